package dev.callisto.domain.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of a ticket's history: who changed what, when, from which value to which. */
@Entity
@Table(name = "ticket_change")
public class TicketChange {

    @Id
    @GeneratedValue
    private Long id;

    @Column(nullable = false)
    private Instant at;

    @Column(name = "changed_by", nullable = false, length = 80)
    private String by;

    @Column(nullable = false, length = 40)
    private String what;

    @Column(name = "old_value", length = 400)
    private String from;

    @Column(name = "new_value", length = 400)
    private String to;

    protected TicketChange() {}

    TicketChange(Instant at, String by, String what, Object from, Object to) {
        this.at = at;
        this.by = by;
        this.what = what;
        this.from = clip(from);
        this.to = clip(to);
    }

    private static String clip(Object value) {
        String text = value == null ? null : value.toString();
        return text == null || text.length() <= 400 ? text : text.substring(0, 399) + "…";
    }

    public Instant at() {
        return at;
    }

    public String by() {
        return by;
    }

    public String what() {
        return what;
    }

    public String from() {
        return from;
    }

    public String to() {
        return to;
    }
}
