package dev.callisto.domain.call;

import dev.callisto.domain.InvalidInputException;

/**
 * How one leg's media link is doing over the last few seconds, from the RTCP statistics of its
 * WebRTC connection to the media server: packet loss, jitter and round-trip time, and the mean
 * opinion score the ITU-T G.107 E-model estimates from them.
 *
 * <p>The E-model is the simplified form VoIP monitors use (Cole and Rosenbluth): one-way delay is
 * half the round trip plus a jitter buffer of twice the jitter plus 10 ms of packetisation; the
 * codec is taken as G.711 with packet-loss concealment (Ie 0, Bpl 25.1). Opus does better than
 * that on the same link, so the estimate errs on the side of flagging a call.
 */
public record LinkQuality(double lossPercent, double jitterMs, double rttMs) {

    /** Below this a leg is poor: what Genesys and most VoIP monitors flag as "fair" or worse. */
    public static final double POOR_MOS = 3.5;

    public LinkQuality {
        check("lossPercent", lossPercent, 100);
        check("jitterMs", jitterMs, 10_000);
        check("rttMs", rttMs, 60_000);
    }

    private static void check(String field, double value, double max) {
        if (!(value >= 0 && value <= max)) { // also refuses NaN
            throw new InvalidInputException(field, field + " is a number from 0 to " + (long) max);
        }
    }

    /** The estimated MOS, 1 (unusable) to 4.5, rounded to two decimals. */
    public double mos() {
        double delay = rttMs / 2 + 2 * jitterMs + 10;
        double delayImpairment = 0.024 * delay + (delay > 177.3 ? 0.11 * (delay - 177.3) : 0);
        double lossImpairment = 95 * lossPercent / (lossPercent + 25.1);
        double r = 93.2 - delayImpairment - lossImpairment;
        double mos = r <= 0 ? 1 : r >= 100 ? 4.5 : 1 + 0.035 * r + r * (r - 60) * (100 - r) * 7e-6;
        return Math.round(Math.max(1, mos) * 100) / 100.0;
    }

    public boolean isPoor() {
        return mos() < POOR_MOS;
    }

    /** Words for the call's trajectory. */
    public String describe() {
        return String.format(
                java.util.Locale.ROOT,
                "MOS %.2f (loss %.1f %%, jitter %.0f ms, round trip %.0f ms)",
                mos(),
                lossPercent,
                jitterMs,
                rttMs);
    }
}
