package dev.callisto.media.janus;

/** Janus refused a request or could not be reached. */
public class JanusException extends RuntimeException {

    private final int code;

    JanusException(String message) {
        this(0, message);
    }

    JanusException(int code, String message) {
        super(code == 0 ? message : message + " (Janus error " + code + ")");
        this.code = code;
    }

    /** Janus's error code, 0 when Janus was not reached. */
    public int code() {
        return code;
    }
}
