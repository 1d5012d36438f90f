package dev.callisto.web.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The REST API, versioned in its path. Its OpenAPI document is served at /openapi by WildFly. */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Callisto API",
                        version = "1",
                        description = "Agents, skill groups, presence and events of one tenant"))
public class RestApplication extends Application {}
