package dev.callisto.web.rest;

import dev.callisto.web.rest.problem.Problem;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.Provider;

/** Answers {@link StandIn} operations with 404 unless the server was started to allow them. */
@Provider
@StandIn
@Priority(Priorities.AUTHORIZATION)
public class StandInGate implements ContainerRequestFilter {

    static final String SETTING = "callisto.stand-ins";

    @Override
    public void filter(ContainerRequestContext request) {
        if (!Boolean.getBoolean(SETTING)) {
            request.abortWith(Problem.response(
                    Status.NOT_FOUND,
                    "this stands in for the customer's side or the phone network, which report it themselves;"
                            + " a test or demo server enables it with -D" + SETTING + "=true"));
        }
    }
}
