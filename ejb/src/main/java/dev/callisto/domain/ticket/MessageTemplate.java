package dev.callisto.domain.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What a customer picks when leaving a message on a channel (web, H5, mini-program): "pre-sales",
 * "after-sales"... Each opens a ticket of its type, asking for that type's fields.
 */
@Entity
@Table(name = "message_template")
public class MessageTemplate {

    @Id
    @GeneratedValue
    private Long id;

    @Column(name = "tenant_id", nullable = false)
    private long tenantId;

    @Column(nullable = false, length = 20)
    private String channel;

    @Column(nullable = false, length = 80)
    private String name;

    @Column(length = 400)
    private String hint;

    private long ticketTypeId;

    protected MessageTemplate() {}

    public MessageTemplate(long tenantId, String channel, String name, String hint, TicketType type) {
        this.tenantId = tenantId;
        this.ticketTypeId = type.id();
        change(channel, name, hint, type);
    }

    public final void change(String channel, String name, String hint, TicketType type) {
        this.channel = channel;
        this.name = name;
        this.hint = hint;
        this.ticketTypeId = type.id();
    }

    public Long id() {
        return id;
    }

    public long tenantId() {
        return tenantId;
    }

    public String channel() {
        return channel;
    }

    public String name() {
        return name;
    }

    public String hint() {
        return hint;
    }

    public long ticketTypeId() {
        return ticketTypeId;
    }
}
