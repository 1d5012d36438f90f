package dev.callisto.domain.ticket;

import static dev.callisto.domain.ticket.TicketStatus.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.callisto.domain.ConflictException;
import dev.callisto.domain.InvalidInputException;
import dev.callisto.domain.field.FieldDefinition;
import dev.callisto.domain.field.FieldKind;
import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TicketTest {

    private static final Map<TicketStatus, Set<TicketStatus>> ALLOWED = Map.of(
            NEW, EnumSet.of(OPEN, PENDING, RESOLVED),
            OPEN, EnumSet.of(PENDING, RESOLVED),
            PENDING, EnumSet.of(OPEN, RESOLVED),
            RESOLVED, EnumSet.of(OPEN, CLOSED),
            CLOSED, EnumSet.of(OPEN));

    private final Instant now = Instant.parse("2026-11-22T10:00:00Z");

    static TicketType repairs() {
        TicketType type = new TicketType(
                7L,
                "Repair",
                List.of(
                        new FieldDefinition("order", "Order", FieldKind.TEXT, true, null),
                        new FieldDefinition("product", "Product", FieldKind.CHOICE, false, List.of("Phone", "Tablet"))),
                new Sla(60, 120, 240, 480));
        try {
            Field id = TicketType.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(type, 3L);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return type;
    }

    private Ticket ticket(TicketPriority priority) {
        return new Ticket(
                repairs(),
                "Screen cracked",
                "It fell",
                priority,
                Map.of("order", "A-1"),
                TicketOrigin.of(TicketSource.MESSAGE, "+8613800000000", "H5"),
                "+8613800000000",
                now);
    }

    /** Drives a ticket into {@code status} through allowed steps only. */
    private Ticket ticketIn(TicketStatus status) {
        Ticket t = ticket(TicketPriority.NORMAL);
        switch (status) {
            case NEW -> {}
            case OPEN, PENDING, RESOLVED -> t.moveTo(status, "agent1", now);
            case CLOSED -> {
                t.moveTo(RESOLVED, "agent1", now);
                t.moveTo(CLOSED, "supervisor", now);
            }
        }
        return t;
    }

    @Test
    void everyStatusPairIsAllowedOrRefusedAsTheWorkflowSays() {
        for (TicketStatus from : TicketStatus.values()) {
            for (TicketStatus to : TicketStatus.values()) {
                Ticket t = ticketIn(from);
                if (ALLOWED.get(from).contains(to)) {
                    t.moveTo(to, "agent1", now);
                    assertEquals(to, t.status(), from + " -> " + to);
                } else {
                    assertThrows(
                            IllegalTicketTransitionException.class,
                            () -> t.moveTo(to, "agent1", now),
                            from + " -> " + to);
                    assertEquals(from, t.status());
                }
            }
        }
    }

    @Test
    void dueTimeFollowsTheTypesSlaForThePriorityAndMovesWhenThePriorityDoes() {
        Ticket t = ticket(TicketPriority.URGENT);
        assertEquals(now.plus(Duration.ofMinutes(60)), t.dueAt());
        t.edit(repairs(), "Screen cracked", "It fell", TicketPriority.LOW, Map.of("order", "A-1"), "agent1", now);
        assertEquals(now.plus(Duration.ofMinutes(480)), t.dueAt());
        assertTrue(t.isOverdue(now.plus(Duration.ofMinutes(481))));
        t.moveTo(RESOLVED, "agent1", now);
        assertFalse(t.isOverdue(now.plus(Duration.ofMinutes(481))), "a resolved ticket is not overdue");
    }

    @Test
    void reopeningClearsResolvedAndClosedTimes() {
        Ticket t = ticketIn(CLOSED);
        assertEquals(now, t.closedAt());
        t.moveTo(OPEN, "supervisor", now.plusSeconds(5));
        assertNull(t.resolvedAt());
        assertNull(t.closedAt());
    }

    @Test
    void aCustomerReplyBringsAWaitingOrResolvedTicketBackAndAClosedOneRefusesIt() {
        for (TicketStatus waiting : List.of(PENDING, RESOLVED)) {
            Ticket t = ticketIn(waiting);
            t.reply(TicketReply.Author.CUSTOMER, "+8613800000000", "Still broken", false, now);
            assertEquals(OPEN, t.status());
            assertTrue(t.repliesForCustomer().get(0).visibleToCustomer(), "the customer sees their own reply");
        }
        Ticket closed = ticketIn(CLOSED);
        assertThrows(
                ConflictException.class,
                () -> closed.reply(TicketReply.Author.CUSTOMER, "+8613800000000", "Hello?", true, now));
    }

    @Test
    void internalNotesAreNotForTheCustomer() {
        Ticket t = ticketIn(OPEN);
        t.reply(TicketReply.Author.STAFF, "agent1", "Customer sounds angry", false, now);
        t.reply(TicketReply.Author.STAFF, "agent1", "A new screen is on its way", true, now);
        assertEquals(2, t.replies().size());
        assertEquals(
                List.of("A new screen is on its way"),
                t.repliesForCustomer().stream().map(TicketReply::body).toList());
    }

    @Test
    void assigningAnAgentOpensANewTicketAndEveryChangeIsInTheHistory() {
        Ticket t = ticket(TicketPriority.NORMAL);
        t.assignTo(11L, 5L, "supervisor", now);
        assertEquals(OPEN, t.status());
        assertEquals(
                List.of("created", "agent", "skill group", "status"),
                t.history().stream().map(TicketChange::what).toList());
        TicketChange agent = t.history().get(1);
        assertEquals("supervisor", agent.by());
        assertNull(agent.from());
        assertEquals("11", agent.to());
        assertThrows(ConflictException.class, () -> ticketIn(CLOSED).assignTo(12L, null, "supervisor", now));
    }

    @Test
    void followUpReminderIsDueOnceItsTimeHasComeWhileTheTicketIsActive() {
        Ticket t = ticketIn(OPEN);
        t.remindAt(now.plusSeconds(60), "agent1", now);
        assertFalse(t.reminderDue(now));
        assertTrue(t.reminderDue(now.plusSeconds(60)));
        t.reminded();
        assertFalse(t.reminderDue(now.plusSeconds(120)), "a reminder goes out once");
    }

    @Test
    void fieldValuesAreCheckedByTheTypeAndErrorsNameTheField() {
        InvalidInputException missing = assertThrows(
                InvalidInputException.class,
                () -> new Ticket(
                        repairs(),
                        "s",
                        null,
                        null,
                        Map.of(),
                        TicketOrigin.of(TicketSource.API, "c", null),
                        "agent1",
                        now));
        assertEquals("fields.order", missing.field());
        InvalidInputException badChoice = assertThrows(InvalidInputException.class, () -> ticket(TicketPriority.NORMAL)
                .edit(repairs(), "s", null, null, Map.of("order", "A", "product", "Car"), "agent1", now));
        assertEquals("fields.product", badChoice.field());
    }
}
