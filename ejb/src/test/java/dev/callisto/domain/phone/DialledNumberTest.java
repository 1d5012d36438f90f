package dev.callisto.domain.phone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.callisto.domain.InvalidInputException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DialledNumberTest {

    @Test
    void numbersAsPeopleWriteThemBecomeE164() {
        assertEquals(
                "+861060001234", DialledNumber.parse("010 6000 1234", "number").e164());
        assertEquals(
                "+8613800138000",
                DialledNumber.parse("+86 138-0013-8000", "number").e164());
        assertEquals(
                "+864008001234", DialledNumber.parse("4008001234", "number").e164());
        assertEquals(
                "+14155550100", DialledNumber.parse("+1 415 555 0100", "number").e164());
    }

    @Test
    void whatIsNoNumberIsRefusedNamingTheField() {
        assertEquals(
                "callerId",
                assertThrows(InvalidInputException.class, () -> DialledNumber.parse("not a number", "callerId"))
                        .field());
        assertTrue(DialledNumber.tryParse("anonymous").isEmpty());
        assertTrue(DialledNumber.tryParse("12").isEmpty());
    }

    @Test
    void aMobileNumberSaysWhereItIsAndWhoseNetworkItIsOn() {
        String where = DialledNumber.parse("13800138000", "number").location(Locale.SIMPLIFIED_CHINESE);
        assertTrue(where.contains("移动"), where);
        String beijing = DialledNumber.parse("010 6000 1234", "number").location(Locale.SIMPLIFIED_CHINESE);
        assertTrue(beijing.contains("北京"), beijing);
    }

    @Test
    void aNumberIsFoundHoweverItWasTypedIn() {
        assertEquals(
                java.util.List.of("+8613800138000", "8613800138000", "13800138000", "013800138000"),
                DialledNumber.parse("+86 138 0013 8000", "number").writtenForms());
    }
}
