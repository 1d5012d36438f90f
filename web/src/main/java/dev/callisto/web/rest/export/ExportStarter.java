package dev.callisto.web.rest.export;

import dev.callisto.application.export.ExportService;
import dev.callisto.application.export.ExportSource;
import dev.callisto.domain.export.ExportJob;
import dev.callisto.web.rest.QueryParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Starts an export of a search for any resource: 202 with the job to follow under /exports. */
@ApplicationScoped
public class ExportStarter {

    @Inject
    private ExportService exports;

    /** {@code format} is csv or xlsx (default csv); a bad filter is refused now rather than in the background. */
    public Response start(ExportSource<?> search, String format, UriInfo uri) {
        ExportJob.Format f = QueryParams.optionalEnum("format", format, ExportJob.Format.class);
        search.page(0, 1);
        ExportJob job = exports.request(
                search,
                f == null ? ExportJob.Format.CSV : f,
                uri.getRequestUri().getRawQuery());
        return Response.accepted(ExportView.of(exports.get(job.id()))).build();
    }
}
