package dev.callisto.sip;

import dev.callisto.sip.rtp.RtpRelay;
import javax.sip.Dialog;

/**
 * One phone leg of a call the edge carries: whose it is ({@code customer}, the carrier's caller
 * or callee, or {@code agent-12}, an agent's desk phone or mobile), its SIP dialog, its audio
 * relay, and the SDP the edge answered with (for re-INVITEs).
 */
record PhoneLine(long callId, String participant, String sipCallId, Dialog dialog, RtpRelay relay, String answer) {

    static final String CUSTOMER = "customer";

    /** A caller on the agent line (signing in or out by phone): no call of the contact center's. */
    static final String SIGN_IN = "sign-in";

    boolean isCustomer() {
        return CUSTOMER.equals(participant);
    }

    boolean isAgent() {
        return participant.startsWith("agent-");
    }

    /** The agent of an agent's leg ({@code agent-12}: 12). */
    long agentId() {
        return Long.parseLong(participant.substring("agent-".length()));
    }
}
