package dev.callisto.sip;

import dev.callisto.sip.rtp.RtpRelay;
import java.util.concurrent.Future;
import javax.sip.ClientTransaction;

/** A call the edge is placing: its INVITE's transaction, its relay, and the ring timeout that cancels it. */
record OutgoingCall(long callId, ClientTransaction invite, RtpRelay relay, Future<?> ringTimeout) {}
