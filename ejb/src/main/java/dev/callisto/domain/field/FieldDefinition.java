package dev.callisto.domain.field;

import dev.callisto.domain.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One custom field of a ticket type. It turns what a form sent into the one text form it is
 * stored in (numbers plain, dates ISO, multi-choice one option per line), or says what is wrong.
 */
@Embeddable
public class FieldDefinition {

    private static final Pattern KEY = Pattern.compile("[a-z][a-zA-Z0-9_]{0,39}");
    private static final int MAX_TEXT = 2000;

    @Column(name = "field_key", nullable = false, length = 40)
    private String key;

    @Column(nullable = false, length = 80)
    private String label;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private FieldKind kind;

    private boolean required;

    /** The choices, one per line (only for choice fields). */
    @Column(length = 2000)
    private String options;

    protected FieldDefinition() {}

    public FieldDefinition(String key, String label, FieldKind kind, boolean required, List<String> options) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new InvalidInputException("fields.key", "a field key is a letter then letters, digits or _: " + key);
        }
        if (kind == null) {
            throw new InvalidInputException("fields.kind", "field " + key + " needs a kind");
        }
        boolean choice = kind == FieldKind.CHOICE || kind == FieldKind.MULTI_CHOICE;
        List<String> choices = options == null
                ? List.of()
                : options.stream().map(String::strip).toList();
        if (choice && (choices.isEmpty() || choices.stream().anyMatch(String::isEmpty))) {
            throw new InvalidInputException("fields.options", "choice field " + key + " needs non-empty options");
        }
        this.key = key;
        this.label = label == null || label.isBlank() ? key : label;
        this.kind = kind;
        this.required = required;
        this.options = choice ? String.join("\n", choices) : null;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public FieldKind kind() {
        return kind;
    }

    public boolean required() {
        return required;
    }

    public List<String> options() {
        return options == null ? List.of() : Arrays.asList(options.split("\n"));
    }

    /**
     * The stored text of {@code value}, or null when it is empty and allowed to be.
     *
     * @throws InvalidInputException naming {@code fields.<key>}
     */
    public String normalise(Object value) {
        boolean empty = value == null
                || value instanceof String s && s.isBlank()
                || value instanceof Collection<?> c && c.isEmpty();
        if (empty) {
            if (required) {
                throw invalid("is required");
            }
            return null;
        }
        return switch (kind) {
            case TEXT -> text(value);
            case NUMBER -> number(value);
            case DATE -> date(value);
            case CHOICE -> choice(value);
            case MULTI_CHOICE -> choices(value);
        };
    }

    /** The stored text as the API shows it: a list for multi-choice, the text otherwise. */
    public Object present(String stored) {
        return stored != null && kind == FieldKind.MULTI_CHOICE ? List.of(stored.split("\n")) : stored;
    }

    private String text(Object value) {
        String text = value.toString().strip();
        if (text.length() > MAX_TEXT) {
            throw invalid("is longer than " + MAX_TEXT + " characters");
        }
        return text;
    }

    private String number(Object value) {
        try {
            return new BigDecimal(value.toString().strip()).toPlainString();
        } catch (NumberFormatException e) {
            throw invalid("must be a number, not '" + value + "'");
        }
    }

    private String date(Object value) {
        try {
            return LocalDate.parse(value.toString().strip()).toString();
        } catch (DateTimeParseException e) {
            throw invalid("must be a date like 2026-11-22, not '" + value + "'");
        }
    }

    private String choice(Object value) {
        String picked = value.toString().strip();
        if (!options().contains(picked)) {
            throw invalid("must be one of " + options() + ", not '" + picked + "'");
        }
        return picked;
    }

    private String choices(Object value) {
        if (!(value instanceof Collection<?> picked)) {
            throw invalid("must be a list of options from " + options());
        }
        Set<String> chosen = new LinkedHashSet<>();
        for (Object one : picked) {
            chosen.add(choice(one));
        }
        return String.join("\n", chosen);
    }

    private InvalidInputException invalid(String problem) {
        return new InvalidInputException("fields." + key, label + " " + problem);
    }
}
