package dev.callisto.domain.ivr;

/** What a caller does in the IVR. */
public sealed interface IvrInput {

    record Start() implements IvrInput {}

    /** One key, 0–9 * #. */
    record Key(String key) implements IvrInput {}

    /** Digits, optionally ended by #. */
    record Digits(String digits) implements IvrInput {}

    /** The node's wait ran out without input. */
    record Timeout() implements IvrInput {}
}
