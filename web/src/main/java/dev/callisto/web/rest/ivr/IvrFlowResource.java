package dev.callisto.web.rest.ivr;

import dev.callisto.application.Roles;
import dev.callisto.application.ivr.IvrFlows;
import dev.callisto.domain.ivr.FlowDiff;
import dev.callisto.domain.ivr.IvrFlow;
import dev.callisto.domain.ivr.IvrFlowVersion;
import dev.callisto.domain.ivr.IvrStep;
import dev.callisto.web.rest.QueryParams;
import dev.callisto.web.rest.RequestValidator;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
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
import java.util.Map;

/** IVR flows: versions (import and export as JSON), publish, roll back, diff, dry run. */
@Path("/ivr-flows")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
public class IvrFlowResource {

    @Inject
    private IvrFlows flows;

    @Inject
    private RequestValidator validator;

    public record FlowView(String name, int versions, Integer published, Instant publishedAt) {
        static FlowView of(IvrFlow f) {
            return new FlowView(f.name(), f.versions(), f.published(), f.publishedAt());
        }
    }

    public record VersionView(int number, String comment, String createdBy, Instant createdAt) {
        static VersionView of(IvrFlowVersion v) {
            return new VersionView(v.number(), v.comment(), v.createdBy(), v.createdAt());
        }
    }

    public record PublishForm(@NotNull Integer version) {}

    /** Keys ("1", "*"), digit strings ("12345#"), or "timeout"; {@code lookups} answer CRM lookups by node id. */
    public record DryRunForm(
            Integer version,
            Instant at,
            @Size(max = 80) String caller,
            @Size(max = 100) List<String> inputs,
            Map<String, String> lookups,
            boolean pinValid) {}

    public record TurnView(String input, List<String> visited, List<String> prompts, Map<String, Object> outcome) {}

    @GET
    public List<FlowView> list() {
        return flows.list().stream().map(FlowView::of).toList();
    }

    @GET
    @Path("/{name}")
    public FlowView get(@PathParam("name") String name) {
        return FlowView.of(flows.flow(name));
    }

    /** Saves (imports) the body, a flow as JSON, as the flow's next version; refused with the reason if it could not run. */
    @POST
    @Path("/{name}/versions")
    @RolesAllowed(Roles.ADMIN)
    public Response save(@PathParam("name") String name, @QueryParam("comment") String comment, String graph) {
        IvrFlowVersion saved = flows.save(name, graph == null ? "" : graph, comment);
        return Response.status(Response.Status.CREATED)
                .entity(VersionView.of(saved))
                .build();
    }

    @GET
    @Path("/{name}/versions")
    public List<VersionView> versions(@PathParam("name") String name) {
        return flows.versions(name).stream().map(VersionView::of).toList();
    }

    /** Exports a version: the flow JSON as saved. */
    @GET
    @Path("/{name}/versions/{number}")
    public Response export(@PathParam("name") String name, @PathParam("number") int number) {
        return Response.ok(flows.version(name, number).graph(), MediaType.APPLICATION_JSON)
                .build();
    }

    @POST
    @Path("/{name}/publish")
    @RolesAllowed(Roles.ADMIN)
    public FlowView publish(@PathParam("name") String name, PublishForm form) {
        validator.valid(form);
        return FlowView.of(flows.publish(name, form.version()));
    }

    @POST
    @Path("/{name}/rollback")
    @RolesAllowed(Roles.ADMIN)
    public FlowView rollBack(@PathParam("name") String name) {
        return FlowView.of(flows.rollBack(name));
    }

    @GET
    @Path("/{name}/diff")
    public FlowDiff diff(@PathParam("name") String name, @QueryParam("from") String from, @QueryParam("to") String to) {
        return flows.diff(name, QueryParams.integer("from", from, 1), QueryParams.integer("to", to, 1));
    }

    @POST
    @Path("/{name}/dry-run")
    public List<TurnView> dryRun(@PathParam("name") String name, DryRunForm form) {
        validator.valid(form);
        return flows
                .dryRun(name, form.version(), form.at(), form.caller(), form.inputs(), form.lookups(), form.pinValid())
                .stream()
                .map(t -> new TurnView(
                        t.input(),
                        t.step().visited(),
                        t.step().prompts(),
                        outcome(t.step().outcome())))
                .toList();
    }

    /** An outcome as JSON: its kind and its settings. */
    static Map<String, Object> outcome(IvrStep.Outcome outcome) {
        if (outcome instanceof IvrStep.Waiting w) {
            return Map.of("kind", "waiting", "node", w.node(), "digits", w.digits());
        }
        if (outcome instanceof IvrStep.Queue q) {
            return Map.of("kind", "queue", "skillGroupId", q.skillGroupId(), "priority", q.priority());
        }
        if (outcome instanceof IvrStep.ToAgent a) {
            return Map.of("kind", "agent", "agentId", a.agentId());
        }
        if (outcome instanceof IvrStep.ToNumber n) {
            return Map.of("kind", "number", "number", n.number());
        }
        if (outcome instanceof IvrStep.LeaveMessage m) {
            return Map.of("kind", "message", "ticketTypeId", m.ticketTypeId());
        }
        if (outcome instanceof IvrStep.HangUp h) {
            return h.result() == null ? Map.of("kind", "hangup") : Map.of("kind", "hangup", "result", h.result());
        }
        return Map.of("kind", "survey");
    }
}
