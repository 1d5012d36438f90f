package dev.callisto.web.rest.callrecord;

import dev.callisto.application.Page;
import dev.callisto.application.Roles;
import dev.callisto.application.callrecord.CallRecordExport;
import dev.callisto.application.callrecord.CallRecordQuery;
import dev.callisto.application.callrecord.CallRecordService;
import dev.callisto.web.rest.QueryParams;
import dev.callisto.web.rest.export.ExportStarter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** Call record search, the missed-call list, recent calls, and exports of a search. */
@Path("/call-records")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
public class CallRecordResource {

    @Inject
    private CallRecordService records;

    @Inject
    private ExportStarter exports;

    @Context
    private UriInfo uri;

    /**
     * Filters: {@code from}, {@code to} (ISO-8601 instants), {@code agentId}, {@code skillGroupId},
     * {@code customer}, {@code result}, {@code channel}, {@code direction}, {@code minTalkSeconds},
     * {@code maxTalkSeconds}, {@code missed=true}; {@code sort} (e.g. {@code -talkSeconds}); paging.
     */
    @GET
    public Page<CallRecordView> search(@QueryParam("page") String page, @QueryParam("size") String size) {
        return records.search(query(), QueryParams.integer("page", page, 0), QueryParams.integer("size", size, 20))
                .map(r -> CallRecordView.of(r, false));
    }

    /** The caller's five most recent calls. */
    @GET
    @Path("/recent")
    public List<CallRecordView> recent() {
        return records
                .search(
                        new CallRecordQuery(null, null, null, null, null, null, null, null, null, null, false, null),
                        0,
                        5)
                .items()
                .stream()
                .map(r -> CallRecordView.of(r, false))
                .toList();
    }

    @GET
    @Path("/{callId}")
    public CallRecordView get(@PathParam("callId") long callId) {
        return CallRecordView.of(records.get(callId), true);
    }

    /** Starts exporting the same search ({@code format=csv|xlsx}); follow it under /exports. */
    @POST
    @Path("/exports")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public Response export(@QueryParam("format") String format) {
        return exports.start(new CallRecordExport(records, query()), format, uri);
    }

    private CallRecordQuery query() {
        var q = uri.getQueryParameters();
        return new CallRecordQuery(
                QueryParams.optionalInstant("from", q.getFirst("from")),
                QueryParams.optionalInstant("to", q.getFirst("to")),
                QueryParams.optionalLong("agentId", q.getFirst("agentId")),
                QueryParams.optionalLong("skillGroupId", q.getFirst("skillGroupId")),
                q.getFirst("customer"),
                q.getFirst("result"),
                q.getFirst("channel"),
                q.getFirst("direction"),
                QueryParams.optionalLong("minTalkSeconds", q.getFirst("minTalkSeconds")),
                QueryParams.optionalLong("maxTalkSeconds", q.getFirst("maxTalkSeconds")),
                "true".equalsIgnoreCase(q.getFirst("missed")),
                q.getFirst("sort"));
    }
}
