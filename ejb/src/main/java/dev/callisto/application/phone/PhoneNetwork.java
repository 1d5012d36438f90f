package dev.callisto.application.phone;

import java.util.Set;

/**
 * What the contact center needs from the phone network, whatever carries it (the SIP edge in the
 * {@code sip} module): calls come in through {@link PhoneCalls}; this side places outbound calls,
 * ends a call's phone leg when the call ends here, and says whether the edge is up.
 */
public interface PhoneNetwork {

    /**
     * Where an outbound call goes: the number (E.164) through the tenant's trunk ({@code udp} or
     * {@code tcp}), showing its caller id.
     */
    record Dialling(long callId, String number, String trunkHost, int trunkPort, String transport, String callerId) {}

    /**
     * Places the call on the trunk (an INVITE); the network's answer comes back through
     * {@link OutboundPhoneCalls#answeredOut} or {@link OutboundPhoneCalls#failedOut}.
     */
    void dial(Dialling dialling);

    /**
     * An agent's phone rung for an offer: a desk phone ({@code user} at the {@code host}:{@code port}
     * it registered from) or the agent's own number through the trunk, showing {@code callerId}.
     * With {@code acceptPrompt} (a WAV) the agent must press 1 after picking up before the call
     * is bridged, so a voicemail cannot take it. The phone's answer comes back through
     * {@link AgentLegs}.
     */
    record AgentRing(
            long callId, long agentId, String user, String host, int port, String callerId, byte[] acceptPrompt) {}

    void ring(AgentRing ring);

    /** The offer is over before the agent's phone answered: it stops ringing (CANCEL, or BYE while asking for the key). */
    void stopRinging(long callId, long agentId);

    /** Ends every phone leg of the call (a BYE to the carrier and to agents' phones); nothing if it has none. */
    void hangUp(long callId);

    /**
     * Ends the phone legs of agents no longer on the call (one who transferred it, handed it to
     * the survey, or left a consultation): every agent's leg but those of {@code stillOn}
     * ({@code agent-12}, ...).
     */
    void keepOnly(long callId, Set<String> stillOn);

    /** Where the edge takes SIP, e.g. {@code udp+tcp:127.0.0.1:5080}; empty while it is down. */
    String address();
}
