package dev.callisto.application.call;

import dev.callisto.application.Caller;
import dev.callisto.application.Roles;
import dev.callisto.application.audit.Audited;
import dev.callisto.domain.call.Call;
import dev.callisto.domain.call.LegRole;
import dev.callisto.domain.call.Party;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

/** A supervisor on a live call: listen silently, whisper to the agent, barge in, or end it. */
@Stateless
@RolesAllowed(Roles.SUPERVISOR)
public class SupervisionService {

    @Inject
    private CallAccess access;

    @Inject
    private CallJournal journal;

    @Inject
    private CallEnding ending;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    /** Joins, or switches mode: {@code SUPERVISOR_LISTEN}, {@code SUPERVISOR_WHISPER} or {@code SUPERVISOR_BARGE}. */
    @Audited("call.monitor")
    public Call monitor(long callId, LegRole mode) {
        Call call = access.call(callId);
        Instant now = clock.instant();
        call.monitor(caller.login(), mode, now);
        journal.step(
                call,
                "monitor-" + mode.name().substring("SUPERVISOR_".length()).toLowerCase(),
                call.agentId(),
                "by " + caller.login(),
                now);
        return call;
    }

    @Audited("call.monitor-stop")
    public Call stop(long callId) {
        Call call = access.call(callId);
        Instant now = clock.instant();
        call.stopMonitoring(caller.login(), now);
        journal.step(call, "monitor-ended", call.agentId(), "by " + caller.login(), now);
        return call;
    }

    /** Ends the call for everyone (a stuck or abusive call). */
    @Audited("call.force-release")
    public Call forceRelease(long callId) {
        Call call = access.call(callId);
        ending.end(call, Party.SUPERVISOR, clock.instant());
        return call;
    }
}
