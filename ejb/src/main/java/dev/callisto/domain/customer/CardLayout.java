package dev.callisto.domain.customer;

import dev.callisto.domain.field.FieldDefinition;
import dev.callisto.domain.field.FieldSet;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The custom fields of a tenant's customer cards (customer level, contract number, region...),
 * one layout per tenant, keyed by the tenant's id. Cards keep values only for these fields.
 */
@Entity
@Table(name = "customer_card_layout")
public class CardLayout {

    @Id
    private Long tenantId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "customer_card_field", joinColumns = @JoinColumn(name = "tenant_id"))
    @OrderColumn(name = "position")
    private List<FieldDefinition> fields = new ArrayList<>();

    protected CardLayout() {}

    public CardLayout(long tenantId) {
        this.tenantId = tenantId;
    }

    public void change(List<FieldDefinition> fields) {
        this.fields = new ArrayList<>(FieldSet.distinct(fields));
    }

    /** The stored form of a card's values; unknown keys and bad values are refused by name. */
    public Map<String, String> normalise(Map<String, Object> values) {
        return FieldSet.normalise("customer cards", fields, values);
    }

    public Map<String, Object> present(Map<String, String> stored) {
        return FieldSet.present(fields, stored);
    }

    public List<FieldDefinition> fields() {
        return List.copyOf(fields);
    }
}
