package dev.callisto.domain.ticket;

import dev.callisto.domain.field.FieldDefinition;
import dev.callisto.domain.field.FieldSet;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A kind of ticket a tenant handles (complaint, repair, pre-sales question), with its fields and SLA. */
@Entity
@Table(name = "ticket_type", uniqueConstraints = @UniqueConstraint(columnNames = {"tenant_id", "name"}))
public class TicketType {

    @Id
    @GeneratedValue
    private Long id;

    @Column(name = "tenant_id", nullable = false)
    private long tenantId;

    @Column(nullable = false, length = 80)
    private String name;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ticket_type_field", joinColumns = @JoinColumn(name = "ticket_type_id"))
    @OrderColumn(name = "position")
    private List<FieldDefinition> fields = new ArrayList<>();

    @Embedded
    private Sla sla;

    protected TicketType() {}

    public TicketType(long tenantId, String name, List<FieldDefinition> fields, Sla sla) {
        this.tenantId = tenantId;
        change(name, fields, sla);
    }

    public final void change(String name, List<FieldDefinition> fields, Sla sla) {
        this.fields = new ArrayList<>(FieldSet.distinct(fields));
        this.name = name;
        this.sla = sla;
    }

    /** The stored form of a ticket's field values; unknown keys and bad values are refused by name. */
    public Map<String, String> normalise(Map<String, Object> values) {
        return FieldSet.normalise(name + " tickets", fields, values);
    }

    /** Field values as the API shows them, in the type's field order. */
    public Map<String, Object> present(Map<String, String> stored) {
        return FieldSet.present(fields, stored);
    }

    public Long id() {
        return id;
    }

    public long tenantId() {
        return tenantId;
    }

    public String name() {
        return name;
    }

    public List<FieldDefinition> fields() {
        return List.copyOf(fields);
    }

    public Sla sla() {
        return sla;
    }
}
