package dev.callisto.web.rest.audit;

import dev.callisto.application.Page;
import dev.callisto.application.Roles;
import dev.callisto.application.audit.AuditExport;
import dev.callisto.application.audit.AuditLog;
import dev.callisto.domain.audit.AuditEntry;
import dev.callisto.web.rest.QueryParams;
import dev.callisto.web.rest.export.ExportStarter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;

/** The tenant's audit log: configuration changes, exports, monitoring, token minting; admins only. */
@Path("/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class AuditResource {

    @Inject
    private AuditLog log;

    @Inject
    private ExportStarter exports;

    @Context
    private UriInfo uri;

    public record EntryView(Instant at, String actor, String action, String target, String origin) {
        static EntryView of(AuditEntry e) {
            return new EntryView(e.at(), e.actor(), e.action(), e.target(), e.origin());
        }
    }

    /** Filters: actor, action (prefix, e.g. "ivr."), from, to. */
    @GET
    public Page<EntryView> search(@QueryParam("page") String page, @QueryParam("size") String size) {
        return log.search(query(), QueryParams.integer("page", page, 0), QueryParams.integer("size", size, 50))
                .map(EntryView::of);
    }

    @POST
    @Path("/exports")
    public Response export(@QueryParam("format") String format) {
        return exports.start(new AuditExport(log, query()), format, uri);
    }

    private AuditLog.Query query() {
        var q = uri.getQueryParameters();
        return new AuditLog.Query(
                q.getFirst("actor"),
                q.getFirst("action"),
                QueryParams.optionalInstant("from", q.getFirst("from")),
                QueryParams.optionalInstant("to", q.getFirst("to")));
    }
}
