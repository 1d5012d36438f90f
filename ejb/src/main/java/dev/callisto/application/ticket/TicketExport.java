package dev.callisto.application.ticket;

import dev.callisto.application.Page;
import dev.callisto.application.export.ExportSource;
import dev.callisto.application.export.Sheet.Column;
import dev.callisto.domain.ticket.Ticket;
import java.util.List;
import java.util.TreeMap;

/** A ticket search as an export; custom fields go into one column as key=value pairs. */
public record TicketExport(TicketService tickets, TicketQuery query) implements ExportSource<Ticket> {

    private static final List<Column<Ticket>> COLUMNS = List.of(
            new Column<>("ticket id", Ticket::id),
            new Column<>("type", Ticket::typeId),
            new Column<>("subject", Ticket::subject),
            new Column<>("status", Ticket::status),
            new Column<>("priority", Ticket::priority),
            new Column<>("source", t -> t.origin().source()),
            new Column<>("customer", t -> t.origin().customer()),
            new Column<>("channel", t -> t.origin().channel()),
            new Column<>("call id", t -> t.origin().callId()),
            new Column<>("agent", Ticket::assigneeAgentId),
            new Column<>("skill group", Ticket::skillGroupId),
            new Column<>("created by", Ticket::createdBy),
            new Column<>("created", Ticket::createdAt),
            new Column<>("due", Ticket::dueAt),
            new Column<>("resolved", Ticket::resolvedAt),
            new Column<>("closed", Ticket::closedAt),
            new Column<>("fields", t -> new TreeMap<>(t.fields()).toString()));

    @Override
    public String subject() {
        return "tickets";
    }

    @Override
    public List<Column<Ticket>> columns() {
        return COLUMNS;
    }

    @Override
    public Page<Ticket> page(int number, int size) {
        return tickets.search(query, number, size);
    }
}
