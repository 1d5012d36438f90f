package dev.callisto.domain.ticket;

import dev.callisto.domain.InvalidInputException;
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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
        Set<String> keys = new HashSet<>();
        for (FieldDefinition field : fields) {
            if (!keys.add(field.key())) {
                throw new InvalidInputException("fields.key", "field key " + field.key() + " appears twice");
            }
        }
        this.name = name;
        this.fields = new ArrayList<>(fields);
        this.sla = sla;
    }

    /** The stored form of a ticket's field values; unknown keys and bad values are refused by name. */
    public Map<String, String> normalise(Map<String, Object> values) {
        Map<String, Object> given = values == null ? Map.of() : values;
        for (String key : given.keySet()) {
            if (fields.stream().noneMatch(f -> f.key().equals(key))) {
                throw new InvalidInputException("fields." + key, name + " tickets have no field " + key);
            }
        }
        Map<String, String> stored = new LinkedHashMap<>();
        for (FieldDefinition field : fields) {
            String value = field.normalise(given.get(field.key()));
            if (value != null) {
                stored.put(field.key(), value);
            }
        }
        return stored;
    }

    /** Field values as the API shows them, in the type's field order. */
    public Map<String, Object> present(Map<String, String> stored) {
        Map<String, Object> shown = new LinkedHashMap<>();
        for (FieldDefinition field : fields) {
            if (stored.containsKey(field.key())) {
                shown.put(field.key(), field.present(stored.get(field.key())));
            }
        }
        return shown;
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
