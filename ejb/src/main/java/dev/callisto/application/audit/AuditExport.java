package dev.callisto.application.audit;

import dev.callisto.application.Page;
import dev.callisto.application.export.ExportSource;
import dev.callisto.application.export.Sheet.Column;
import dev.callisto.domain.audit.AuditEntry;
import java.util.List;

/** An audit log search as an export. */
public record AuditExport(AuditLog log, AuditLog.Query query) implements ExportSource<AuditEntry> {

    private static final List<Column<AuditEntry>> COLUMNS = List.of(
            new Column<>("at", AuditEntry::at),
            new Column<>("who", AuditEntry::actor),
            new Column<>("action", AuditEntry::action),
            new Column<>("target", AuditEntry::target),
            new Column<>("from", AuditEntry::origin));

    @Override
    public String subject() {
        return "audit";
    }

    @Override
    public List<Column<AuditEntry>> columns() {
        return COLUMNS;
    }

    @Override
    public Page<AuditEntry> page(int number, int size) {
        return log.search(query, number, size);
    }
}
