package dev.callisto.domain.field;

import dev.callisto.domain.InvalidInputException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The custom fields a tenant defined for one kind of form (a ticket type, the customer card):
 * checks the definitions once and turns a form's values into their stored text and back.
 */
public final class FieldSet {

    private FieldSet() {}

    /** Refuses a set in which two fields share a key. */
    public static List<FieldDefinition> distinct(List<FieldDefinition> fields) {
        Set<String> keys = new HashSet<>();
        for (FieldDefinition field : fields) {
            if (!keys.add(field.key())) {
                throw new InvalidInputException("fields.key", "field key " + field.key() + " appears twice");
            }
        }
        return List.copyOf(fields);
    }

    /**
     * The stored form of the given values; unknown keys and bad values are refused by name.
     *
     * @param owner what the fields belong to, for the refusal (plural: "Complaint tickets", "customer cards")
     */
    public static Map<String, String> normalise(
            String owner, List<FieldDefinition> fields, Map<String, Object> values) {
        Map<String, Object> given = values == null ? Map.of() : values;
        for (String key : given.keySet()) {
            if (fields.stream().noneMatch(f -> f.key().equals(key))) {
                throw new InvalidInputException("fields." + key, owner + " have no field " + key);
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

    /** Stored values as the API shows them, in the fields' order. */
    public static Map<String, Object> present(List<FieldDefinition> fields, Map<String, String> stored) {
        Map<String, Object> shown = new LinkedHashMap<>();
        for (FieldDefinition field : fields) {
            if (stored.containsKey(field.key())) {
                shown.put(field.key(), field.present(stored.get(field.key())));
            }
        }
        return shown;
    }
}
