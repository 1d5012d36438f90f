package dev.callisto.web.rest.call;

import dev.callisto.application.Roles;
import dev.callisto.application.call.CallService;
import dev.callisto.application.call.CallbackPlans;
import dev.callisto.domain.call.Call;
import dev.callisto.domain.call.CallbackPlan;
import dev.callisto.web.rest.RequestValidator;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;

/** Contact plans: an agent schedules a callback, sees the due ones on the desk, and dials them. */
@Path("/callback-plans")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.AGENT)
public class CallbackPlanResource {

    @Inject
    private CallbackPlans plans;

    @Inject
    private CallService calls;

    @Inject
    private RequestValidator validator;

    public record PlanForm(
            @NotNull @Size(max = 32) String customer, @NotNull Instant dueAt, @Size(max = 500) String note) {}

    public record PlanView(long id, String customer, Instant dueAt, String note, boolean due) {
        static PlanView of(CallbackPlan p) {
            return new PlanView(p.id(), p.customer(), p.dueAt(), p.note(), p.isDue(Instant.now()));
        }
    }

    @POST
    public Response plan(PlanForm form) {
        validator.valid(form);
        return Response.status(Response.Status.CREATED)
                .entity(PlanView.of(plans.plan(form.customer(), form.dueAt(), form.note())))
                .build();
    }

    /** My open plans, soonest first ({@code due=true}: only those due now). */
    @GET
    public List<PlanView> mine(@QueryParam("due") boolean due) {
        return plans.mine(due).stream().map(PlanView::of).toList();
    }

    /** Calls the customer back now; the plan is done. */
    @POST
    @Path("/{id}/dial")
    public Response dial(@PathParam("id") long id) {
        Call call = plans.dial(id);
        return Response.status(Response.Status.CREATED)
                .entity(CallView.of(calls.history(call.id())))
                .build();
    }

    @DELETE
    @Path("/{id}")
    public Response cancel(@PathParam("id") long id) {
        plans.cancel(id);
        return Response.noContent().build();
    }
}
