package dev.callisto.application.audit;

import dev.callisto.application.Caller;
import dev.callisto.domain.audit.AuditEntry;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Writes the audit line of an {@link Audited} method after it succeeded, inside its transaction:
 * the action, the caller, the arguments that name the target (ids, names; never file contents),
 * and the request's origin.
 */
@Audited
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class AuditRecorder {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private Instance<RequestOrigin> origin;

    @Inject
    private Clock clock;

    @AroundInvoke
    Object record(InvocationContext invocation) throws Exception {
        Object result = invocation.proceed();
        Audited audited = invocation.getMethod().getAnnotation(Audited.class);
        String action = audited != null && !audited.value().isEmpty()
                ? audited.value()
                : invocation.getMethod().getDeclaringClass().getSimpleName() + "."
                        + invocation.getMethod().getName();
        em.persist(new AuditEntry(
                caller.tenantId(),
                clock.instant(),
                caller.login(),
                action,
                target(invocation.getParameters()),
                origin()));
        return result;
    }

    private static String target(Object[] parameters) {
        return Arrays.stream(parameters)
                .filter(p -> p == null
                        || p instanceof Number
                        || p instanceof CharSequence
                        || p instanceof Enum<?>
                        || p instanceof Boolean)
                .map(p -> p == null ? "-" : p.toString())
                .map(p -> p.length() > 80 ? p.substring(0, 80) + "…" : p)
                .collect(Collectors.joining(" "));
    }

    private String origin() {
        try {
            return origin.get().address();
        } catch (ContextNotActiveException noRequest) {
            return "internal";
        }
    }
}
