package dev.callisto.domain.call;

import dev.callisto.domain.ConflictException;

/** The command does not fit where the call is (hold a call that is ringing, for instance). */
public class IllegalCallCommandException extends ConflictException {
    public IllegalCallCommandException(long callId, CallStatus status, String command) {
        super("call " + callId + " is " + status + ": cannot " + command);
    }
}
