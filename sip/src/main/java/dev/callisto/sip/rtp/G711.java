package dev.callisto.sip.rtp;

/**
 * ITU-T G.711 encoding of 16-bit linear samples, µ-law and A-law, for the prompts the edge plays
 * to a phone itself (before it is in a call's room). The media server encodes everything else.
 */
public final class G711 {

    private G711() {}

    public static byte ulaw(int pcm) {
        int sign = pcm < 0 ? 0x80 : 0;
        int magnitude = Math.min(Math.abs(pcm), 32_635) + 0x84;
        int exponent = 7;
        for (int mask = 0x4000; (magnitude & mask) == 0 && exponent > 0; mask >>= 1) {
            exponent--;
        }
        int mantissa = (magnitude >> (exponent + 3)) & 0x0F;
        return (byte) ~(sign | (exponent << 4) | mantissa);
    }

    public static byte alaw(int pcm) {
        int sign = pcm >= 0 ? 0x80 : 0;
        int magnitude = Math.min(Math.abs(pcm), 32_635);
        int exponent = 7;
        for (int mask = 0x4000; (magnitude & mask) == 0 && exponent > 0; mask >>= 1) {
            exponent--;
        }
        int mantissa = (magnitude >> (exponent == 0 ? 4 : exponent + 3)) & 0x0F;
        return (byte) ((sign | (exponent << 4) | mantissa) ^ 0x55);
    }
}
