package dev.callisto.web.rest.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ConstraintConflictTest {

    @Test
    void readsTheFieldFromH2sMessage() {
        assertEquals(
                "name",
                ConstraintConflict.field("Unique index or primary key violation: \"PUBLIC.UKABC_INDEX_8 ON"
                        + " PUBLIC.SKILL_GROUP(TENANT_ID NULLS FIRST, NAME NULLS FIRST) VALUES ( /* 2 */ 1, 'x' )\";"));
    }

    @Test
    void readsTheFieldFromPostgresqlsMessage() {
        assertEquals(
                "fieldKey",
                ConstraintConflict.field("ERROR: duplicate key value violates unique constraint \"uk_x\"\n"
                        + "  Detail: Key (tenant_id, field_key)=(1, x) already exists."));
    }

    @Test
    void namesNoFieldWhenTheDriverNamesNoColumns() {
        assertNull(ConstraintConflict.field("ORA-00001: unique constraint (CALLISTO.UK_X) violated"));
        assertNull(ConstraintConflict.field("PRIMARY KEY ON PUBLIC.CUSTOMER_CARD_LAYOUT(TENANT_ID)"));
    }
}
