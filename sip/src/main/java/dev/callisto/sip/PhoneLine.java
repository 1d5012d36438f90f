package dev.callisto.sip;

import dev.callisto.sip.rtp.RtpRelay;
import javax.sip.Dialog;

/** A phone call the edge carries: its SIP dialog with the carrier, its audio relay, the SDP it answered. */
record PhoneLine(long callId, String sipCallId, Dialog dialog, RtpRelay relay, String answer) {}
