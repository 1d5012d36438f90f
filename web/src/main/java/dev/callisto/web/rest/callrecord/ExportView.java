package dev.callisto.web.rest.callrecord;

import dev.callisto.domain.callrecord.ExportJob;
import java.time.Instant;

/** An export job as the download list shows it. */
public record ExportView(
        long id,
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
    static ExportView of(ExportJob j) {
        return new ExportView(
                j.id(),
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
