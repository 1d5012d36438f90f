package dev.callisto.domain.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A message on a ticket: an internal note between staff, a reply the customer sees, or the
 * customer's own reply (always visible to them).
 */
@Entity
@Table(name = "ticket_reply")
public class TicketReply {

    public enum Author {
        STAFF,
        CUSTOMER
    }

    @Id
    @GeneratedValue
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Author authorKind;

    @Column(nullable = false, length = 80)
    private String author;

    @Column(nullable = false, length = 4000)
    private String body;

    private boolean visibleToCustomer;

    @Column(nullable = false)
    private Instant at;

    protected TicketReply() {}

    TicketReply(Author authorKind, String author, String body, boolean visibleToCustomer, Instant at) {
        this.authorKind = authorKind;
        this.author = author;
        this.body = body;
        this.visibleToCustomer = visibleToCustomer || authorKind == Author.CUSTOMER;
        this.at = at;
    }

    public Long id() {
        return id;
    }

    public Author authorKind() {
        return authorKind;
    }

    public String author() {
        return author;
    }

    public String body() {
        return body;
    }

    public boolean visibleToCustomer() {
        return visibleToCustomer;
    }

    public Instant at() {
        return at;
    }
}
