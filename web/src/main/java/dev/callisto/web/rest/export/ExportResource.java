package dev.callisto.web.rest.export;

import dev.callisto.application.Roles;
import dev.callisto.application.export.ExportService;
import dev.callisto.domain.export.ExportJob;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The download list of exports, and the files themselves (supervisors and admins only). */
@Path("/exports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
public class ExportResource {

    @Inject
    private ExportService exports;

    @GET
    public List<ExportView> list() {
        return exports.list().stream().map(ExportView::of).toList();
    }

    @GET
    @Path("/{id}")
    public ExportView get(@PathParam("id") long id) {
        return ExportView.of(exports.get(id));
    }

    @GET
    @Path("/{id}/file")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    public Response file(@PathParam("id") long id) {
        java.nio.file.Path file = exports.file(id);
        boolean xlsx = exports.get(id).format() == ExportJob.Format.XLSX;
        return Response.ok(
                        file.toFile(),
                        xlsx
                                ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                                : "text/csv; charset=UTF-8")
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + exports.get(id).subject() + "-" + id + (xlsx ? ".xlsx" : ".csv")
                                + "\"")
                .build();
    }
}
