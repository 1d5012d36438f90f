package dev.callisto.domain.field;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.callisto.domain.InvalidInputException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldDefinitionTest {

    private static final List<String> COLOURS = List.of("red", "green", "blue");

    private static String error(FieldDefinition field, Object value) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> field.normalise(value));
        assertEquals("fields." + field.key(), e.field());
        return e.getMessage();
    }

    @Test
    void eachKindStoresOneCanonicalText() {
        assertEquals("hello", new FieldDefinition("t", null, FieldKind.TEXT, false, null).normalise("  hello "));
        assertEquals(
                "12.50",
                new FieldDefinition("n", null, FieldKind.NUMBER, false, null).normalise(new BigDecimal("12.50")));
        assertEquals("7", new FieldDefinition("n", null, FieldKind.NUMBER, false, null).normalise("7"));
        assertEquals("2026-11-22", new FieldDefinition("d", null, FieldKind.DATE, false, null).normalise("2026-11-22"));
        assertEquals("green", new FieldDefinition("c", null, FieldKind.CHOICE, false, COLOURS).normalise("green"));
        FieldDefinition multi = new FieldDefinition("m", null, FieldKind.MULTI_CHOICE, false, COLOURS);
        assertEquals("blue\nred", multi.normalise(List.of("blue", "red", "blue")));
        assertEquals(List.of("blue", "red"), multi.present("blue\nred"));
    }

    @Test
    void badValuesAreRefusedWithTheReason() {
        assertEquals(
                "Amount must be a number, not 'ten'",
                error(new FieldDefinition("amount", "Amount", FieldKind.NUMBER, false, null), "ten"));
        error(new FieldDefinition("d", null, FieldKind.DATE, false, null), "22/11/2026");
        error(new FieldDefinition("c", null, FieldKind.CHOICE, false, COLOURS), "purple");
        error(new FieldDefinition("m", null, FieldKind.MULTI_CHOICE, false, COLOURS), "red");
        error(new FieldDefinition("m", null, FieldKind.MULTI_CHOICE, false, COLOURS), List.of("red", "pink"));
        error(new FieldDefinition("t", null, FieldKind.TEXT, false, null), "x".repeat(2001));
    }

    @Test
    void requiredFieldsMustBeFilledAndOptionalOnesMayBeEmpty() {
        FieldDefinition required = new FieldDefinition("order", "Order number", FieldKind.TEXT, true, null);
        assertEquals("Order number is required", error(required, "  "));
        error(required, null);
        error(new FieldDefinition("m", null, FieldKind.MULTI_CHOICE, true, COLOURS), List.of());
        assertNull(new FieldDefinition("o", null, FieldKind.DATE, false, null).normalise(""));
    }

    @Test
    void definitionsThemselvesAreChecked() {
        assertThrows(InvalidInputException.class, () -> new FieldDefinition("1bad", null, FieldKind.TEXT, false, null));
        assertThrows(
                InvalidInputException.class, () -> new FieldDefinition("c", null, FieldKind.CHOICE, false, List.of()));
        assertThrows(InvalidInputException.class, () -> new FieldDefinition("c", null, null, false, null));
        InvalidInputException twice = assertThrows(
                InvalidInputException.class,
                () -> FieldSet.distinct(List.of(
                        new FieldDefinition("a", null, FieldKind.TEXT, false, null),
                        new FieldDefinition("a", null, FieldKind.DATE, false, null))));
        assertEquals("fields.key", twice.field());
    }

    @Test
    void aSetRefusesFieldsItDoesNotHaveAndKeepsItsOrder() {
        List<FieldDefinition> fields = List.of(
                new FieldDefinition("order", null, FieldKind.TEXT, true, null),
                new FieldDefinition("level", null, FieldKind.CHOICE, false, List.of("gold", "silver")));
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> FieldSet.normalise("repair tickets", fields, Map.of("order", "A-1", "colour", "red")));
        assertEquals("fields.colour", e.field());
        assertEquals("repair tickets have no field colour", e.getMessage());
        Map<String, String> stored = FieldSet.normalise("cards", fields, Map.of("level", "gold", "order", " A-1 "));
        assertEquals(
                List.of("order", "level"),
                List.copyOf(FieldSet.present(fields, stored).keySet()));
        assertEquals("A-1", stored.get("order"));
    }
}
