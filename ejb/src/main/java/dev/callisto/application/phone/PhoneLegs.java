package dev.callisto.application.phone;

import dev.callisto.events.CallEvent;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Makes the phone network follow the calls: an agent dialling on a tenant with a trunk places
 * the call through the SIP edge; an offer to an agent who answers on a phone (or a consultation
 * of a colleague who does) rings that phone, and stops when it ends; an agent leaving the call
 * (transfer, survey, the end of a consultation) hangs up their phone; a call ending here hangs
 * up all its legs. Called after commit, from the call events, so the edge never sees a call its
 * database does not have yet.
 */
@Stateless
@PermitAll
public class PhoneLegs {

    @Inject
    private OutboundPhoneCalls calls;

    @Inject
    private AgentLegs agents;

    @Inject
    private PhoneNetwork network;

    /** No transaction of its own: the services it asks open the ones they need. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public void follow(CallEvent e) {
        String step = e.type().substring(CallEvent.PREFIX.length());
        Long agent = e.agentId();
        switch (step) {
            case "offered", "consult-started" -> {
                if (agent != null) {
                    agents.ringFor(e.callId(), agent).ifPresent(network::ring);
                }
            }
            case "ring-no-answer", "offer-ended" -> {
                if (agent != null) {
                    network.stopRinging(e.callId(), agent);
                }
            }
            case "transferred", "survey-started", "consult-ended" -> {
                if (agent != null) {
                    network.stopRinging(e.callId(), agent); // a colleague who had not picked up yet
                }
                network.keepOnly(e.callId(), agents.stillOn(e.callId()));
            }
            case "dialing" -> {
                if ("PHONE".equals(e.channel())) {
                    calls.route(e.callId()).ifPresent(network::dial);
                }
            }
            case "ended" -> network.hangUp(e.callId());
            default -> {}
        }
    }
}
