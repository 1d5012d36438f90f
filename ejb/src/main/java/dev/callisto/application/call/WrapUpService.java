package dev.callisto.application.call;

import dev.callisto.application.Caller;
import dev.callisto.application.Roles;
import dev.callisto.application.audit.Audited;
import dev.callisto.domain.ConflictException;
import dev.callisto.domain.InvalidInputException;
import dev.callisto.domain.call.Call;
import dev.callisto.domain.call.WrapUpField;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The agent's tags, notes and service summary for a call, checked against the tenant's summary
 * fields and recorded as a step, so the call record carries them. Admins define the fields.
 */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
public class WrapUpService {

    // One provider: JSON.createX() looks the provider up again (a class-path scan) on every call.
    private static final JsonProvider JSON = JsonProvider.provider();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private CallAccess access;

    @Inject
    private CallJournal journal;

    @Inject
    private Clock clock;

    public List<WrapUpField> fields() {
        return em.createQuery(
                        "select f from WrapUpField f where f.tenantId = :tenantId order by f.fieldKey",
                        WrapUpField.class)
                .setParameter("tenantId", caller.tenantId())
                .getResultList();
    }

    @RolesAllowed(Roles.ADMIN)
    @Audited("wrap-up-field.define")
    public WrapUpField define(String key, String label, WrapUpField.Type type, List<String> choices, boolean required) {
        if (fields().stream().anyMatch(f -> f.key().equals(key))) {
            throw new ConflictException("key", "summary field " + key + " already exists");
        }
        if (type == WrapUpField.Type.CHOICE && (choices == null || choices.isEmpty())) {
            throw new InvalidInputException("choices", "a choice field needs its choices");
        }
        WrapUpField field = new WrapUpField(caller.tenantId(), key, label, type, choices, required);
        em.persist(field);
        return field;
    }

    /** An agent who was on the call records what it was about; may be repeated, the last one counts. */
    @RolesAllowed(Roles.AGENT)
    public Call wrapUp(long callId, List<String> tags, String notes, Map<String, String> summary) {
        Call call = access.call(callId);
        access.requireVisible(call);
        Map<String, String> values = new TreeMap<>(summary == null ? Map.of() : summary);
        List<WrapUpField> fields = fields();
        for (String key : values.keySet()) {
            if (fields.stream().noneMatch(f -> f.key().equals(key))) {
                throw new InvalidInputException("summary." + key, "no summary field " + key);
            }
        }
        fields.forEach(f -> f.check(values.get(f.key())));
        JsonObjectBuilder wrapUp = JSON.createObjectBuilder()
                .add("tags", JSON.createArrayBuilder(tags == null ? List.of() : tags))
                .add("notes", notes == null ? "" : notes)
                .add("summary", JSON.createObjectBuilder(Map.copyOf(values)));
        journal.step(call, "wrapped-up", access.me().id(), wrapUp.build().toString(), clock.instant());
        return call;
    }
}
