package dev.callisto.application.phone;

import dev.callisto.application.PresenceLog;
import dev.callisto.application.ivr.PromptLibrary;
import dev.callisto.domain.agent.Agent;
import dev.callisto.domain.agent.AgentPhone;
import dev.callisto.domain.agent.AgentState;
import dev.callisto.domain.agent.AnswerMode;
import dev.callisto.domain.ivr.PromptTrack;
import dev.callisto.domain.phone.DialledNumber;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Signing in and out by phone, as the seeds describe it: an agent calling a service number from
 * the number bound to them hears "this is an agent line: 1 to sign in, 2 to sign out, 3 for the
 * normal call", then enters their work number and {@code #}. Signing in this way also switches
 * the agent to answering on that number (the mobile mode); the number and the work number
 * together are the proof of who calls.
 */
@Stateless
@PermitAll
public class PhoneSignIn {

    private static final Logger LOG = Logger.getLogger(PhoneSignIn.class.getName());

    /** What the caller hears at each point of the agent line, as WAVs. */
    public record Menu(
            long tenantId, byte[] welcome, byte[] askWorkNumber, byte[] signedIn, byte[] signedOut, byte[] refused) {}

    private static final String[] WELCOME = {
        "您拨打的号码是坐席接听号码，签入请按1，签出请按2，返回正常通话流程请按3。",
        "This is the agent line. Press 1 to sign in, 2 to sign out, 3 for the normal call."
    };
    private static final String[] ASK_WORK_NUMBER = {"请输入工号，以井号结束。", "Enter your work number, then the hash key."};
    private static final String[] SIGNED_IN = {"签入成功，再见。", "You are signed in. Goodbye."};
    private static final String[] SIGNED_OUT = {"签出成功，再见。", "You are signed out. Goodbye."};
    private static final String[] REFUSED = {"工号不正确，再见。", "That work number does not match this phone. Goodbye."};

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PresenceLog presence;

    @Inject
    private PromptLibrary prompts;

    @Inject
    private Clock clock;

    /** The agent line's menu if {@code caller} is the bound number of one of the tenant's agents. */
    public Optional<Menu> menuFor(long tenantId, String caller) {
        if (boundAgents(tenantId, caller).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Menu(
                tenantId,
                speak(tenantId, WELCOME),
                speak(tenantId, ASK_WORK_NUMBER),
                speak(tenantId, SIGNED_IN),
                speak(tenantId, SIGNED_OUT),
                speak(tenantId, REFUSED)));
    }

    /**
     * The agent bound to {@code caller} with {@code workNumber} signs in (answering on this
     * number, ready for calls) or out.
     *
     * @return false if no such agent, or the agent cannot do it now (on a call)
     */
    public boolean choose(long tenantId, String caller, boolean signIn, String workNumber) {
        Optional<Agent> agent = boundAgents(tenantId, caller).stream()
                .filter(a -> workNumber.equals(a.profile().workNumber()))
                .findFirst();
        if (agent.isEmpty()) {
            LOG.warning(() -> "refused a sign-in by phone from " + caller + " with work number " + workNumber);
            return false;
        }
        Agent a = agent.get();
        Instant now = clock.instant();
        if (a.state().isOnCall() || !signIn && a.state() == AgentState.AFTER_CALL_WORK) {
            return false; // after-call work ends first: signing out from it is not a legal move
        }
        if (signIn) {
            AgentPhone phone = em.find(AgentPhone.class, a.id());
            if (phone == null) {
                phone = new AgentPhone(a);
                em.persist(phone);
            }
            phone.use(AnswerMode.MOBILE, a.profile());
            if (a.state() == AgentState.SIGNED_OUT) {
                presence.record(a, a.signIn(false, now), "phone");
            }
        } else if (a.state() != AgentState.SIGNED_OUT) {
            presence.record(a, a.signOut(now), "phone");
        }
        return true;
    }

    private List<Agent> boundAgents(long tenantId, String caller) {
        Optional<DialledNumber> number = DialledNumber.tryParse(caller);
        if (number.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("Agent.findByPhone", Agent.class)
                .setParameter("tenantId", tenantId)
                .setParameter("numbers", number.get().writtenForms())
                .getResultList();
    }

    /** A prompt in Chinese, then in English ({@code words}: the two sentences). */
    private byte[] speak(long tenantId, String[] words) {
        return PromptTrack.join(List.of(
                prompts.audioForPhone(tenantId, "tts:zh:" + words[0]),
                prompts.audioForPhone(tenantId, "tts:en:" + words[1])));
    }
}
