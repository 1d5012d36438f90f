package dev.callisto.sip.rtp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RtpRelaysTest {

    @Test
    void keysPressedOneAfterAnotherBetweenTonesAllArrive() throws Exception {
        LinkedBlockingQueue<Character> keys = new LinkedBlockingQueue<>();
        try (RtpRelays relays = new RtpRelays(Executors.defaultThreadFactory());
                DatagramChannel phone = DatagramChannel.open().bind(new InetSocketAddress("127.0.0.1", 0))) {
            InetAddress loopback = InetAddress.getByName("127.0.0.1");
            RtpRelay[] box = new RtpRelay[1];
            byte[] wav = new byte[44 + 32_000];
            System.arraycopy("RIFF".getBytes(), 0, wav, 0, 4);
            System.arraycopy("data".getBytes(), 0, wav, 36, 4);
            ByteBuffer.wrap(wav)
                    .order(java.nio.ByteOrder.LITTLE_ENDIAN)
                    .putInt(4, 36 + 32_000)
                    .putInt(16, 16)
                    .putInt(40, 32_000);
            RtpRelay relay = relays.open(loopback, loopback, 101, k -> {
                keys.add((char) k);
                box[0].play(Prompt.of(wav, "pcma")); // as the agent line does on a key: the next prompt
            });
            box[0] = relay;
            relay.connect((InetSocketAddress) phone.getLocalAddress(), null);
            relay.play(Prompt.of(wav, "pcma")); // a prompt playing to the phone while it presses keys
            InetSocketAddress to = relay.carrierAddress();
            int[] sequence = {0};
            long timestamp = 0;
            for (char key : "18051#".toCharArray()) {
                for (int i = 0; i < 10; i++) { // 200 ms of audio between keys
                    phone.send(packet(8, false, sequence[0]++, timestamp, new byte[160]), to);
                    timestamp += 160;
                    Thread.sleep(20);
                }
                long start = timestamp;
                for (int i = 0; i < 6; i++) {
                    byte[] event = {
                        (byte) "0123456789*#".indexOf(key), (byte) (i >= 3 ? 0x8A : 0x0A), 0, (byte) (160 * (i + 1))
                    };
                    phone.send(packet(101, i == 0, sequence[0]++, start, event), to);
                    Thread.sleep(20);
                }
                timestamp += 960;
            }
            StringBuilder got = new StringBuilder();
            for (Character k; (k = keys.poll(2, TimeUnit.SECONDS)) != null; ) {
                got.append(k);
                if (got.length() == 6) {
                    break;
                }
            }
            assertEquals("18051#", got.toString());
        }
    }

    private static ByteBuffer packet(int payloadType, boolean marker, int sequence, long timestamp, byte[] payload) {
        ByteBuffer p = ByteBuffer.allocate(12 + payload.length);
        p.put((byte) 0x80).put((byte) (payloadType | (marker ? 0x80 : 0)));
        p.putShort((short) sequence).putInt((int) timestamp).putInt(0x5EED).put(payload);
        return p.flip();
    }
}
