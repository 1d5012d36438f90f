package dev.callisto.domain.call;

import dev.callisto.domain.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.util.Arrays;
import java.util.List;

/**
 * A field of the service summary an agent fills in after a call, defined per tenant (order number,
 * product, resolved?...). Checks a value before it is recorded.
 */
@Entity
@Table(name = "wrap_up_field", uniqueConstraints = @UniqueConstraint(columnNames = {"tenant_id", "fieldKey"}))
public class WrapUpField {

    public enum Type {
        TEXT,
        NUMBER,
        CHOICE
    }

    @Id
    @GeneratedValue
    private Long id;

    @Column(name = "tenant_id", nullable = false)
    private long tenantId;

    @Column(nullable = false, length = 40)
    private String fieldKey;

    @Column(nullable = false, length = 80)
    private String label;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Type type;

    /** For CHOICE: the allowed values, separated by |. */
    @Column(length = 1000)
    private String choices;

    private boolean required;

    protected WrapUpField() {}

    public WrapUpField(long tenantId, String key, String label, Type type, List<String> choices, boolean required) {
        this.tenantId = tenantId;
        this.fieldKey = key;
        this.label = label;
        this.type = type;
        this.choices = choices == null || choices.isEmpty() ? null : String.join("|", choices);
        this.required = required;
    }

    /** Refuses a value this field cannot hold, naming the field. */
    public void check(String value) {
        String field = "summary." + fieldKey;
        if (value == null || value.isBlank()) {
            if (required) {
                throw new InvalidInputException(field, label + " is required");
            }
            return;
        }
        if (value.length() > 500) {
            throw new InvalidInputException(field, label + " is longer than 500 characters");
        }
        if (type == Type.NUMBER && !value.matches("-?\\d+(\\.\\d+)?")) {
            throw new InvalidInputException(field, label + " must be a number");
        }
        if (type == Type.CHOICE && !choices().contains(value)) {
            throw new InvalidInputException(field, label + " must be one of " + choices());
        }
    }

    public List<String> choices() {
        return choices == null ? List.of() : Arrays.asList(choices.split("\\|"));
    }

    public Long id() {
        return id;
    }

    public long tenantId() {
        return tenantId;
    }

    public String key() {
        return fieldKey;
    }

    public String label() {
        return label;
    }

    public Type type() {
        return type;
    }

    public boolean required() {
        return required;
    }
}
