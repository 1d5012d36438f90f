package dev.callisto.web.rest.ticket;

import dev.callisto.domain.field.FieldDefinition;
import dev.callisto.domain.ticket.MessageTemplate;
import dev.callisto.domain.ticket.Ticket;
import dev.callisto.domain.ticket.TicketAttachment;
import dev.callisto.domain.ticket.TicketChange;
import dev.callisto.domain.ticket.TicketPriority;
import dev.callisto.domain.ticket.TicketReply;
import dev.callisto.domain.ticket.TicketType;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** How tickets and their parts look in the API. */
public final class TicketViews {

    private TicketViews() {}

    /**
     * A ticket. {@code callRecord} links the call it came from (its record carries the recordings
     * and IVR keys); {@code replies} and {@code history} are filled only when one ticket is read.
     */
    public record TicketView(
            long id,
            long typeId,
            String typeName,
            String subject,
            String description,
            String priority,
            String status,
            String source,
            String customer,
            String channel,
            Long callId,
            String callRecord,
            String recording,
            String ivrKeys,
            Long assigneeAgentId,
            Long skillGroupId,
            String createdBy,
            Instant createdAt,
            Instant updatedAt,
            Instant dueAt,
            boolean overdue,
            Instant resolvedAt,
            Instant closedAt,
            Instant followUpAt,
            Map<String, Object> fields,
            List<ReplyView> replies,
            List<ChangeView> history) {

        public static TicketView of(Ticket t, TicketType type, Instant now, boolean whole) {
            Long callId = t.origin().callId();
            return new TicketView(
                    t.id(),
                    t.typeId(),
                    type.name(),
                    t.subject(),
                    t.description(),
                    t.priority().name(),
                    t.status().name(),
                    t.origin().source().name(),
                    t.origin().customer(),
                    t.origin().channel(),
                    callId,
                    callId == null ? null : "/api/v1/call-records/" + callId,
                    t.origin().recordingRef(),
                    t.origin().ivrKeys(),
                    t.assigneeAgentId(),
                    t.skillGroupId(),
                    t.createdBy(),
                    t.createdAt(),
                    t.updatedAt(),
                    t.dueAt(),
                    t.isOverdue(now),
                    t.resolvedAt(),
                    t.closedAt(),
                    t.followUpAt(),
                    type.present(t.fields()),
                    whole ? t.replies().stream().map(ReplyView::of).toList() : null,
                    whole ? t.history().stream().map(ChangeView::of).toList() : null);
        }
    }

    public record ReplyView(
            long id, String author, String authorKind, String body, boolean visibleToCustomer, Instant at) {
        public static ReplyView of(TicketReply r) {
            return new ReplyView(r.id(), r.author(), r.authorKind().name(), r.body(), r.visibleToCustomer(), r.at());
        }
    }

    public record ChangeView(Instant at, String by, String what, String from, String to) {
        static ChangeView of(TicketChange c) {
            return new ChangeView(c.at(), c.by(), c.what(), c.from(), c.to());
        }
    }

    public record AttachmentView(
            long id,
            String fileName,
            String contentType,
            long size,
            boolean visibleToCustomer,
            String uploadedBy,
            Instant uploadedAt) {
        static AttachmentView of(TicketAttachment a) {
            return new AttachmentView(
                    a.id(),
                    a.fileName(),
                    a.contentType(),
                    a.size(),
                    a.visibleToCustomer(),
                    a.uploadedBy(),
                    a.uploadedAt());
        }
    }

    public record FieldView(String key, String label, String kind, boolean required, List<String> options) {
        public static FieldView of(FieldDefinition f) {
            return new FieldView(f.key(), f.label(), f.kind().name(), f.required(), f.options());
        }
    }

    public record SlaView(int urgentMinutes, int highMinutes, int normalMinutes, int lowMinutes) {}

    public record TypeView(long id, String name, List<FieldView> fields, SlaView sla) {
        static TypeView of(TicketType t) {
            var sla = t.sla();
            return new TypeView(
                    t.id(),
                    t.name(),
                    t.fields().stream().map(FieldView::of).toList(),
                    new SlaView(
                            sla.minutes(TicketPriority.URGENT),
                            sla.minutes(TicketPriority.HIGH),
                            sla.minutes(TicketPriority.NORMAL),
                            sla.minutes(TicketPriority.LOW)));
        }
    }

    public record TemplateView(long id, String channel, String name, String hint, long ticketTypeId) {
        static TemplateView of(MessageTemplate m) {
            return new TemplateView(m.id(), m.channel(), m.name(), m.hint(), m.ticketTypeId());
        }
    }
}
