package dev.callisto.application.media;

import dev.callisto.application.call.CallJournal;
import dev.callisto.domain.call.Call;
import dev.callisto.domain.call.CallLeg;
import dev.callisto.domain.call.CallStatus;
import dev.callisto.domain.call.LegQuality;
import dev.callisto.domain.call.LinkQuality;
import dev.callisto.domain.media.ChatMessage;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;

/**
 * Takes the link figures a participant's phone reads from its connection to the media server
 * every few seconds, keeps them per leg ({@link LegQuality}) and journals a {@code call.quality}
 * step when a leg turns poor. Reports for a call that has ended, or from someone no longer on it,
 * are dropped: they describe nobody's conversation.
 */
@Stateless
@PermitAll
public class CallQuality {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallMedia media;

    @Inject
    private CallJournal journal;

    @Inject
    private Clock clock;

    public void measured(Participant who, long callId, LinkQuality link) {
        Call call = media.callOf(who, callId);
        if (call.status() == CallStatus.ENDED) {
            return;
        }
        Optional<CallLeg> leg =
                who.kind() == ChatMessage.From.CUSTOMER ? call.customersLeg() : call.staffLeg(who.name());
        if (leg.isEmpty()) {
            return;
        }
        LegQuality quality = em.find(LegQuality.class, leg.get().id());
        if (quality == null) {
            quality = new LegQuality(
                    leg.get().id(), callId, leg.get().role(), leg.get().agentId());
            em.persist(quality);
        }
        if (quality.measure(link)) {
            String whose =
                    leg.get().role().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
            journal.step(call, "quality", leg.get().agentId(), whose + " leg " + link.describe(), clock.instant());
        }
    }
}
