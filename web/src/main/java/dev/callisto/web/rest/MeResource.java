package dev.callisto.web.rest;

import dev.callisto.application.AgentService;
import dev.callisto.application.Caller;
import dev.callisto.application.Roles;
import dev.callisto.domain.agent.Agent;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.stream.Stream;

/** Who the caller is: login, tenant, roles, and their agent id if they are an agent. */
@Path("/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
public class MeResource {

    @Inject
    private Caller caller;

    @Inject
    private AgentService agents;

    public record Me(String login, long tenantId, List<String> roles, Long agentId) {}

    @GET
    public Me me() {
        List<String> roles = Stream.of(Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN)
                .filter(caller::isInRole)
                .toList();
        return new Me(
                caller.login(),
                caller.tenantId(),
                roles,
                agents.mine().map(Agent::id).orElse(null));
    }
}
