package dev.callisto.sip.rtp;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A prompt the edge plays to a phone itself, as 20 ms G.711 frames: made from the 16 kHz mono
 * WAV the contact center renders (two samples averaged into one, which also filters what 8 kHz
 * cannot carry), played in a loop until stopped.
 */
public final class Prompt {

    static final int FRAME = 160; // 20 ms at 8 kHz

    private final byte[] frames;
    private final int payloadType;
    private int next;

    private Prompt(byte[] frames, int payloadType) {
        this.frames = frames;
        this.payloadType = payloadType;
    }

    /** @param codec {@code pcmu} or {@code pcma}, as the phone's SDP chose */
    public static Prompt of(byte[] wav16k, String codec) {
        ByteBuffer b = ByteBuffer.wrap(wav16k).order(ByteOrder.LITTLE_ENDIAN);
        int data = dataStart(b);
        int samples = (wav16k.length - data) / 4;
        int length = Math.max(FRAME, (samples + FRAME - 1) / FRAME * FRAME);
        byte[] out = new byte[length];
        boolean ulaw = codec.equals("pcmu");
        for (int i = 0; i < length; i++) {
            int pcm = i < samples ? (b.getShort(data + 4 * i) + b.getShort(data + 4 * i + 2)) / 2 : 0;
            out[i] = ulaw ? G711.ulaw(pcm) : G711.alaw(pcm);
        }
        return new Prompt(out, ulaw ? 0 : 8);
    }

    private static int dataStart(ByteBuffer b) {
        for (int at = 12; at + 8 <= b.limit(); at += 8 + b.getInt(at + 4)) {
            if (b.get(at) == 'd' && b.get(at + 1) == 'a' && b.get(at + 2) == 't' && b.get(at + 3) == 'a') {
                return at + 8;
            }
        }
        throw new IllegalArgumentException("not a WAV file: no data chunk");
    }

    int payloadType() {
        return payloadType;
    }

    /** The next 20 ms, from the start again after the end. */
    void nextFrame(ByteBuffer into) {
        into.put(frames, next, FRAME);
        next = (next + FRAME) % frames.length;
    }
}
