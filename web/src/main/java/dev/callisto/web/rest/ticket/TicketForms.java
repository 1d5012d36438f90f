package dev.callisto.web.rest.ticket;

import dev.callisto.application.ticket.TicketDraft;
import dev.callisto.domain.field.FieldDefinition;
import dev.callisto.domain.field.FieldKind;
import dev.callisto.domain.ticket.Sla;
import dev.callisto.domain.ticket.TicketPriority;
import dev.callisto.domain.ticket.TicketStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Request bodies of the ticket API. */
public final class TicketForms {

    private TicketForms() {}

    /** A new ticket, or the new content of one (then typeId, customer and origin are ignored). */
    public record TicketForm(
            @NotNull Long typeId,
            @NotBlank @Size(max = 200) String subject,
            @Size(max = 4000) String description,
            TicketPriority priority,
            Map<String, Object> fields,
            @Size(max = 80) String customer,
            @Size(max = 20) String channel,
            Long callId,
            Long assigneeAgentId,
            Long skillGroupId) {
        TicketDraft draft() {
            return new TicketDraft(
                    typeId,
                    subject,
                    description,
                    priority,
                    fields,
                    customer,
                    channel,
                    callId,
                    assigneeAgentId,
                    skillGroupId);
        }
    }

    public record StatusForm(@NotNull TicketStatus status) {}

    /** An agent, a skill group, or an agent within a group. */
    public record AssignForm(Long agentId, Long skillGroupId) {}

    /** Without {@code at}, the reminder is cleared. */
    public record FollowUpForm(Instant at) {}

    public record ReplyForm(@NotBlank @Size(max = 4000) String body, boolean visibleToCustomer) {}

    public record FieldForm(
            @NotBlank @Size(max = 40) String key,
            @Size(max = 80) String label,
            @NotNull FieldKind kind,
            boolean required,
            List<@Size(max = 80) String> options) {
        public FieldDefinition definition() {
            return new FieldDefinition(key, label, kind, required, options);
        }
    }

    /** Minutes to resolve, per priority. */
    public record SlaForm(
            @NotNull @Min(1) @Max(525600) Integer urgentMinutes,
            @NotNull @Min(1) @Max(525600) Integer highMinutes,
            @NotNull @Min(1) @Max(525600) Integer normalMinutes,
            @NotNull @Min(1) @Max(525600) Integer lowMinutes) {
        Sla sla() {
            return new Sla(urgentMinutes, highMinutes, normalMinutes, lowMinutes);
        }
    }

    public record TypeForm(
            @NotBlank @Size(max = 80) String name,
            @Size(max = 50) List<@NotNull @Valid FieldForm> fields,
            @Valid SlaForm sla) {
        List<FieldDefinition> definitions() {
            return fields == null
                    ? List.of()
                    : fields.stream().map(FieldForm::definition).toList();
        }

        Sla slaOrNull() {
            return sla == null ? null : sla.sla();
        }
    }

    public record TemplateForm(
            @NotBlank String channel,
            @NotBlank @Size(max = 80) String name,
            @Size(max = 400) String hint,
            @NotNull Long ticketTypeId) {}

    public record PolicyForm(@NotNull List<@NotBlank String> closingRoles) {}
}
