package dev.callisto.application.media;

import dev.callisto.application.phone.PhoneLegs;
import dev.callisto.events.CallEvent;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Makes the media follow the call: a queued customer hears music until an agent answers; hold
 * and the verification segment take the customer and the
 * agent out of the mix (so no PIN reaches the recording) and hold plays music; the answer starts
 * the recording; the end of the call closes its room and completes the recording. Phone legs
 * (dialling out, hanging up) follow through {@link PhoneLegs}.
 */
@Stateless
@PermitAll
public class MediaFollower {

    private static final Logger LOG = Logger.getLogger(MediaFollower.class.getName());

    @Inject
    private MediaPort media;

    @Inject
    private Recordings recordings;

    @Inject
    private PhoneLegs phones;

    /** No transaction of its own: the media calls need none; completing a recording opens one. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public void follow(CallEvent e) {
        phones.follow(e); // the phone leg of a call through the SIP edge, if it has one
        if (!media.isAvailable()) {
            return;
        }
        long call = e.callId();
        String agent = e.agentId() == null ? null : "agent-" + e.agentId();
        switch (e.type()) {
            case "call.queued" -> media.music(call, true);
            case "call.answered", "call.connected" -> {
                media.music(call, false);
                recordings.begin(e.tenantId(), call);
            }
            case "call.held" -> apart(call, agent, true);
            case "call.resumed" -> apart(call, agent, false);
            case "call.verification-started" -> apart(call, agent, true);
            case "call.verified", "call.verification-failed" -> apart(call, agent, false);
            case "call.muted" -> media.mute(call, agent, true);
            case "call.unmuted" -> media.mute(call, agent, false);
            case "call.survey-started" -> {
                if (agent != null) {
                    media.disconnect(call, agent);
                }
            }
            case CallEvent.ENDED -> recordings.complete(e.tenantId(), call);
            default -> LOG.finest(() -> "no media change for " + e.type());
        }
    }

    /** Holds (or resumes) the conversation: neither side is heard, the customer hears music. */
    private void apart(long call, String agent, boolean apart) {
        media.mute(call, "customer", apart);
        if (agent != null) {
            media.mute(call, agent, apart);
        }
        media.music(call, apart);
    }
}
