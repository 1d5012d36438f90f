package dev.callisto.web.rest.export;

import dev.callisto.domain.export.ExportJob;
import java.time.Instant;

/** An export job as the download list shows it. */
public record ExportView(
        long id,
        String subject,
        String format,
        String status,
        int percent,
        long rowsTotal,
        long rowsWritten,
        String filter,
        String requestedBy,
        Instant requestedAt,
        Instant finishedAt,
        String error) {
    public static ExportView of(ExportJob j) {
        return new ExportView(
                j.id(),
                j.subject(),
                j.format().name(),
                j.status().name(),
                j.percent(),
                j.rowsTotal(),
                j.rowsWritten(),
                j.filter(),
                j.requestedBy(),
                j.requestedAt(),
                j.finishedAt(),
                j.error());
    }
}
