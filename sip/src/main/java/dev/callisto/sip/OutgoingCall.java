package dev.callisto.sip;

import dev.callisto.sip.rtp.RtpRelay;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sip.ClientTransaction;

/**
 * A call the edge is placing: its INVITE's transaction, its relay, the ring timeout that cancels
 * it, and whether the callee's side rings (ringback is playing) or sends early media (its audio
 * is in the room already).
 */
record OutgoingCall(
        long callId,
        ClientTransaction invite,
        RtpRelay relay,
        Future<?> ringTimeout,
        AtomicBoolean ringing,
        AtomicBoolean early) {}
