package dev.callisto.application.ivr;

import dev.callisto.application.Caller;
import dev.callisto.application.Roles;
import dev.callisto.application.audit.Audited;
import dev.callisto.domain.InvalidInputException;
import dev.callisto.domain.ivr.BusinessHours;
import dev.callisto.domain.ivr.Schedule;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The tenant's business hours and holiday calendars, by name; admins keep them. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class Schedules {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private IvrReferences references;

    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public List<Schedule> list() {
        return em.createQuery("select s from Schedule s where s.tenantId = :tenantId order by s.name", Schedule.class)
                .setParameter("tenantId", caller.tenantId())
                .getResultList();
    }

    /** Creates or replaces the schedule {@code name}. */
    @Audited("schedule.put")
    public Schedule put(String name, String hoursJson) {
        if (name == null || !name.matches("[a-z][a-z0-9-]{0,39}")) {
            throw new InvalidInputException("name", "a schedule name is lower-case letters, digits and -");
        }
        BusinessHours.parse(hoursJson); // refused here, naming the field, rather than closing every call later
        Schedule schedule = references.schedule(caller.tenantId(), name).orElse(null);
        if (schedule == null) {
            schedule = new Schedule(caller.tenantId(), name, hoursJson);
            em.persist(schedule);
        } else {
            schedule.change(hoursJson);
        }
        return schedule;
    }
}
