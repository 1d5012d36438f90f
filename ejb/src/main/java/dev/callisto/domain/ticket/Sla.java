package dev.callisto.domain.ticket;

import dev.callisto.domain.InvalidInputException;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.time.Instant;

/** How long a ticket type may take to be resolved, per priority, in minutes. */
@Embeddable
public class Sla {

    private int urgentMinutes;
    private int highMinutes;
    private int normalMinutes;
    private int lowMinutes;

    protected Sla() {}

    public Sla(int urgentMinutes, int highMinutes, int normalMinutes, int lowMinutes) {
        check("urgentMinutes", urgentMinutes);
        check("highMinutes", highMinutes);
        check("normalMinutes", normalMinutes);
        check("lowMinutes", lowMinutes);
        this.urgentMinutes = urgentMinutes;
        this.highMinutes = highMinutes;
        this.normalMinutes = normalMinutes;
        this.lowMinutes = lowMinutes;
    }

    /** A common default: four hours urgent, a day high, three days normal, a week low. */
    public static Sla standard() {
        return new Sla(240, 1440, 4320, 10080);
    }

    public Instant dueFrom(Instant start, TicketPriority priority) {
        return start.plus(Duration.ofMinutes(minutes(priority)));
    }

    public int minutes(TicketPriority priority) {
        return switch (priority) {
            case URGENT -> urgentMinutes;
            case HIGH -> highMinutes;
            case NORMAL -> normalMinutes;
            case LOW -> lowMinutes;
        };
    }

    private static void check(String field, int minutes) {
        if (minutes < 1 || minutes > 525_600) {
            throw new InvalidInputException("sla." + field, field + " must be between 1 and 525600 (a year)");
        }
    }
}
