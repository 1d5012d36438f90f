package dev.callisto.domain.customer;

import dev.callisto.domain.InvalidInputException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * What the tenant knows about a customer, shown and edited on the screen pop: a name, tags, notes
 * and the tenant's custom fields. The customer is who calls (a phone number or a visitor id), so
 * a card exists once somebody first saves one.
 */
@Entity
@Table(name = "customer_card", uniqueConstraints = @UniqueConstraint(columnNames = {"tenant_id", "customer"}))
public class CustomerCard {

    static final int MAX_TAGS = 20;
    static final int MAX_TAG = 30;
    static final int MAX_NOTES = 2000;

    @Id
    @GeneratedValue
    private Long id;

    @Column(name = "tenant_id", nullable = false)
    private long tenantId;

    @Column(nullable = false, length = 120)
    private String customer;

    @Column(length = 120)
    private String name;

    /** Tags, one per line. */
    @Column(length = 700)
    private String tags;

    @Column(length = MAX_NOTES)
    private String notes;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "customer_card_value", joinColumns = @JoinColumn(name = "card_id"))
    @MapKeyColumn(name = "field_key", length = 40)
    @Column(name = "field_value", length = 2000)
    private Map<String, String> values = new LinkedHashMap<>();

    private Instant updatedAt;

    @Column(length = 80)
    private String updatedBy;

    protected CustomerCard() {}

    public CustomerCard(long tenantId, String customer) {
        this.tenantId = tenantId;
        this.customer = customer;
    }

    /**
     * Replaces what the card says, refusing bad input by field name and keeping nothing of it.
     *
     * @param values already normalised by the tenant's {@link CardLayout}
     */
    public void edit(String name, List<String> tags, String notes, Map<String, String> values, String by, Instant at) {
        String cleanName = name == null || name.isBlank() ? null : name.strip();
        if (cleanName != null && cleanName.length() > 120) {
            throw new InvalidInputException("name", "a name is at most 120 characters");
        }
        LinkedHashSet<String> cleanTags = new LinkedHashSet<>();
        for (String tag : tags == null ? List.<String>of() : tags) {
            String t = tag == null ? "" : tag.strip();
            if (t.isEmpty() || t.length() > MAX_TAG || t.contains("\n")) {
                throw new InvalidInputException("tags", "a tag is 1 to " + MAX_TAG + " characters on one line");
            }
            cleanTags.add(t);
        }
        if (cleanTags.size() > MAX_TAGS) {
            throw new InvalidInputException("tags", "a card has at most " + MAX_TAGS + " tags");
        }
        if (notes != null && notes.length() > MAX_NOTES) {
            throw new InvalidInputException("notes", "notes are at most " + MAX_NOTES + " characters");
        }
        this.name = cleanName;
        this.tags = cleanTags.isEmpty() ? null : String.join("\n", cleanTags);
        this.notes = notes == null || notes.isBlank() ? null : notes;
        this.values = new LinkedHashMap<>(values);
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public Long id() {
        return id;
    }

    public long tenantId() {
        return tenantId;
    }

    public String customer() {
        return customer;
    }

    public String name() {
        return name;
    }

    public List<String> tags() {
        return tags == null ? List.of() : Arrays.asList(tags.split("\n"));
    }

    public String notes() {
        return notes;
    }

    public Map<String, String> values() {
        return Map.copyOf(values);
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
