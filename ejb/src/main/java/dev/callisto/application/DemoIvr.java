package dev.callisto.application;

import dev.callisto.domain.field.FieldDefinition;
import dev.callisto.domain.field.FieldKind;
import dev.callisto.domain.ivr.IvrFlow;
import dev.callisto.domain.ivr.IvrFlowVersion;
import dev.callisto.domain.ivr.Schedule;
import dev.callisto.domain.ticket.Sla;
import dev.callisto.domain.ticket.TicketType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * The demo tenant's IVR: schedules, and a live flow "main" with two menu levels (sales, or
 * service: repairs or a voicemail that asks for the order number first). Open around the clock so
 * the demo answers whenever it is tried; "business-hours" shows a real week with holidays.
 */
@ApplicationScoped
public class DemoIvr {

    private static final String ALWAYS = "{\"zone\":\"Asia/Shanghai\",\"weekly\":{"
            + "\"MON\":[[\"00:00\",\"24:00\"]],\"TUE\":[[\"00:00\",\"24:00\"]],\"WED\":[[\"00:00\",\"24:00\"]],"
            + "\"THU\":[[\"00:00\",\"24:00\"]],\"FRI\":[[\"00:00\",\"24:00\"]],\"SAT\":[[\"00:00\",\"24:00\"]],"
            + "\"SUN\":[[\"00:00\",\"24:00\"]]}}";

    private static final String BUSINESS_HOURS = "{\"zone\":\"Asia/Shanghai\",\"weekly\":{"
            + "\"MON\":[[\"09:00\",\"18:00\"]],\"TUE\":[[\"09:00\",\"18:00\"]],\"WED\":[[\"09:00\",\"18:00\"]],"
            + "\"THU\":[[\"09:00\",\"18:00\"]],\"FRI\":[[\"09:00\",\"18:00\"]]},"
            + "\"holidays\":[\"2027-01-01\",\"2027-02-06\",\"2027-02-07\",\"2027-02-08\"],"
            + "\"special\":{\"2027-02-14\":[[\"09:00\",\"18:00\"]]}}";

    private static final String FLOW =
            """
            {"start":"hours","nodes":[
             {"id":"hours","type":"time","schedule":"always","open":"welcome","closed":"closed","holiday":"closed"},
             {"id":"closed","type":"hangup","prompt":"off-hours","result":"OFF_HOURS"},
             {"id":"welcome","type":"prompt","prompt":"welcome","next":"main"},
             {"id":"main","type":"menu","prompt":"tts:For sales press 1. For service press 2.",
              "timeoutSeconds":8,"retries":2,"onFail":"sales",
              "options":[{"key":"1","label":"Sales","next":"sales"},{"key":"2","label":"Service","next":"service"}]},
             {"id":"sales","type":"queue","skillGroupId":%d},
             {"id":"service","type":"menu","prompt":"tts:For repairs press 1. To leave a message press 2.",
              "timeoutSeconds":8,"retries":2,"onFail":"support",
              "options":[{"key":"1","label":"Repairs","next":"support"},{"key":"2","label":"Leave a message","next":"order"}]},
             {"id":"support","type":"queue","skillGroupId":%d},
             {"id":"order","type":"collect","prompt":"tts:Please enter your order number, then the hash key.",
              "variable":"orderNumber","minDigits":4,"maxDigits":12,"next":"message","onFail":"support"},
             {"id":"message","type":"message","prompt":"tts:Please leave your message after the tone.","ticketTypeId":%d}
            ]}""";

    @PersistenceContext
    private EntityManager em;

    public void load(long tenantId, long salesGroup, long supportGroup, Instant now) {
        em.persist(new Schedule(tenantId, "always", ALWAYS));
        em.persist(new Schedule(tenantId, "business-hours", BUSINESS_HOURS));
        TicketType voicemail = new TicketType(
                tenantId,
                "Voicemail",
                List.of(new FieldDefinition("orderNumber", "Order number", FieldKind.TEXT, false, null)),
                Sla.standard());
        em.persist(voicemail);
        IvrFlow main = new IvrFlow(tenantId, "main");
        em.persist(main);
        em.flush();
        em.persist(new IvrFlowVersion(
                main, FLOW.formatted(salesGroup, supportGroup, voicemail.id()), "demo flow", "admin", now));
        main.publish(1, now);
    }
}
