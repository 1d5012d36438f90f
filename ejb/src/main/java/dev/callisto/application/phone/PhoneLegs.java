package dev.callisto.application.phone;

import dev.callisto.events.CallEvent;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Makes the phone network follow the calls: an agent dialling on a tenant with a trunk places
 * the call through the SIP edge; a phone call ending here hangs up its leg. Called after commit,
 * from the call events, so the edge never sees a call its database does not have yet.
 */
@Stateless
@PermitAll
public class PhoneLegs {

    @Inject
    private OutboundPhoneCalls calls;

    @Inject
    private PhoneNetwork network;

    /** No transaction of its own: {@link OutboundPhoneCalls#route} opens the one it needs. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public void follow(CallEvent e) {
        if (!"PHONE".equals(e.channel())) {
            return;
        }
        if (e.type().equals(CallEvent.PREFIX + "dialing")) {
            calls.route(e.callId()).ifPresent(network::dial);
        } else if (e.type().equals(CallEvent.ENDED)) {
            network.hangUp(e.callId());
        }
    }
}
