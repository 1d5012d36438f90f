package dev.callisto.application.phone;

/**
 * What the contact center needs from the phone network, whatever carries it (the SIP edge in the
 * {@code sip} module): calls come in through {@link PhoneCalls}; this side places outbound calls,
 * ends a call's phone leg when the call ends here, and says whether the edge is up.
 */
public interface PhoneNetwork {

    /** Where an outbound call goes: the number (E.164) through the tenant's trunk, showing its caller id. */
    record Dialling(long callId, String number, String trunkHost, int trunkPort, String callerId) {}

    /**
     * Places the call on the trunk (an INVITE); the network's answer comes back through
     * {@link OutboundPhoneCalls#answeredOut} or {@link OutboundPhoneCalls#failedOut}.
     */
    void dial(Dialling dialling);

    /** Ends the call's phone leg (a BYE to the carrier), if it has one; nothing otherwise. */
    void hangUp(long callId);

    /** Where the edge takes SIP, e.g. {@code udp:127.0.0.1:5080}; empty while it is down. */
    String address();
}
