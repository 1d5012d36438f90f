package dev.callisto.sip;

import dev.callisto.application.phone.AgentLegs;
import dev.callisto.application.phone.OutboundPhoneCalls;
import dev.callisto.application.phone.PhoneCalls;
import dev.callisto.application.phone.PhoneRegistrations;
import dev.callisto.application.phone.PhoneSignIn;
import dev.callisto.application.phone.TrunkChecks;

/** The contact center's side of what the edge carries (each runs on a managed thread, never the stack's). */
record Services(
        PhoneCalls calls,
        OutboundPhoneCalls callsOut,
        AgentLegs agents,
        PhoneSignIn signIn,
        PhoneRegistrations registrations,
        TrunkChecks checks) {}
