package dev.callisto.domain.phone;

import dev.callisto.domain.ivr.PromptTrack;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The ringback tone an agent hears while a number they dialled rings: 425 Hz, one second on and
 * four off (the tone of China's and most of Europe's networks), for half a minute; a call that
 * rings longer goes on in silence until it is answered or times out.
 */
public final class Ringback {

    private static final int HZ = 425;
    private static final int CYCLES = 6;
    private static final byte[] WAV = render();

    private Ringback() {}

    public static byte[] wav() {
        return WAV.clone();
    }

    private static byte[] render() {
        int rate = PromptTrack.RATE;
        ByteBuffer pcm = ByteBuffer.allocate(CYCLES * 5 * rate * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (int cycle = 0; cycle < CYCLES; cycle++) {
            for (int i = 0; i < 5 * rate; i++) {
                double tone = i < rate ? 0.25 * Math.sin(2 * Math.PI * HZ * i / rate) : 0;
                pcm.putShort((short) (tone * Short.MAX_VALUE));
            }
        }
        return PromptTrack.wav(pcm.array());
    }
}
