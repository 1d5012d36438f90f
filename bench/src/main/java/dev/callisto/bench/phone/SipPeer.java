package dev.callisto.bench.phone;

import dev.callisto.domain.phone.SipDigest;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The phone network and the agents' desk phones as the benchmark plays them, on one UDP socket:
 * SIP as text, just what the benchmark's calls need (REGISTER with digest, INVITE/ACK/BYE as the
 * carrier, answering the edge's INVITEs and BYEs as desk phones). Loopback loses nothing, so it
 * does not retransmit.
 */
final class SipPeer implements AutoCloseable {

    /** A SIP message as received: the first line, the headers by lower-case name, the body. */
    record Message(String firstLine, Map<String, String> headers, String body) {
        boolean isResponse() {
            return firstLine.startsWith("SIP/2.0");
        }

        int status() {
            return Integer.parseInt(firstLine.split(" ")[1]);
        }

        String method() {
            return isResponse() ? header("cseq").split(" ")[1] : firstLine.split(" ")[0];
        }

        String header(String name) {
            return headers.getOrDefault(name, "");
        }

        /** Where this SDP wants the audio. */
        InetSocketAddress audio() {
            Matcher c = Pattern.compile("c=IN IP4 ([0-9.]+)").matcher(body);
            Matcher m = Pattern.compile("m=audio (\\d+)").matcher(body);
            if (!c.find() || !m.find()) {
                throw new IllegalStateException("no audio in " + body);
            }
            return new InetSocketAddress(c.group(1), Integer.parseInt(m.group(1)));
        }
    }

    private static final Pattern HEADER = Pattern.compile("^([A-Za-z-]+)\\s*:\\s*(.*)$");

    private final DatagramChannel socket;
    private final InetSocketAddress edge;
    private final int port;
    private final Map<String, Consumer<Message>> byCallId = new ConcurrentHashMap<>();
    private final Thread reader;
    private volatile Consumer<Message> newCalls = m -> {};

    SipPeer(InetSocketAddress edge) throws IOException {
        this.edge = edge;
        this.socket = DatagramChannel.open().bind(new InetSocketAddress("127.0.0.1", 0));
        this.port = ((InetSocketAddress) socket.getLocalAddress()).getPort();
        this.reader = new Thread(this::read, "sip-peer");
        reader.setDaemon(true);
        reader.start();
    }

    int port() {
        return port;
    }

    /** The edge's own URI ({@code sip:host:port}), a REGISTER's request URI. */
    String edgeUri() {
        return "sip:" + edge.getHostString() + ":" + edge.getPort();
    }

    /** What to do with a request that starts a dialog of its own (the edge ringing a desk phone). */
    void onNewCall(Consumer<Message> handler) {
        newCalls = handler;
    }

    /** Everything of this Call-ID (responses and in-dialog requests) goes to {@code handler}. */
    void follow(String callId, Consumer<Message> handler) {
        byCallId.put(callId, handler);
    }

    void forget(String callId) {
        byCallId.remove(callId);
    }

    static String newCallId() {
        return UUID.randomUUID().toString();
    }

    /** A request from this peer: {@code from} and {@code to} are whole header values, tags included. */
    void request(String method, String uri, String callId, int cseq, String from, String to, String extra, String sdp)
            throws IOException {
        StringBuilder m = new StringBuilder()
                .append(method)
                .append(' ')
                .append(uri)
                .append(" SIP/2.0\r\n")
                .append("Via: SIP/2.0/UDP 127.0.0.1:")
                .append(port)
                .append(";branch=z9hG4bK")
                .append(UUID.randomUUID().toString().replace("-", ""))
                .append("\r\nFrom: ")
                .append(from)
                .append("\r\nTo: ")
                .append(to)
                .append("\r\nCall-ID: ")
                .append(callId)
                .append("\r\nCSeq: ")
                .append(cseq)
                .append(' ')
                .append(method)
                .append("\r\nContact: <sip:bench@127.0.0.1:")
                .append(port)
                .append(">\r\nMax-Forwards: 70\r\n")
                .append(extra);
        send(withBody(m, sdp));
    }

    /** The answer to {@code request}: its Via, From, Call-ID and CSeq; To with {@code toTag} if it has none. */
    void respond(Message request, int status, String reason, String toTag, String sdp) throws IOException {
        String to = request.header("to");
        StringBuilder m = new StringBuilder("SIP/2.0 ")
                .append(status)
                .append(' ')
                .append(reason)
                .append("\r\nVia: ")
                .append(request.header("via"))
                .append("\r\nFrom: ")
                .append(request.header("from"))
                .append("\r\nTo: ")
                .append(to.contains("tag=") || toTag == null ? to : to + ";tag=" + toTag)
                .append("\r\nCall-ID: ")
                .append(request.header("call-id"))
                .append("\r\nCSeq: ")
                .append(request.header("cseq"))
                .append("\r\nContact: <sip:bench@127.0.0.1:")
                .append(port)
                .append(">\r\n");
        send(withBody(m, sdp));
    }

    /** The Authorization header answering {@code challenge} (a 401) for {@code user}'s REGISTER to {@code uri}. */
    static String authorization(Message challenge, String user, String password, String uri) {
        Map<String, String> asked = SipDigest.parameters(challenge.header("www-authenticate"));
        String realm = asked.get("realm");
        SipDigest.Answer mine = new SipDigest.Answer(
                user, realm, asked.get("nonce"), uri, null, "auth", "00000001", Long.toHexString(System.nanoTime()));
        return "Authorization: " + mine.authorization(SipDigest.hash(user, realm, password), "REGISTER") + "\r\n";
    }

    /** A G.711 A-law offer or answer at {@code rtp}. */
    static String sdp(InetSocketAddress rtp) {
        return "v=0\r\no=bench 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\nm=audio " + rtp.getPort()
                + " RTP/AVP 8 101\r\na=rtpmap:8 PCMA/8000\r\na=rtpmap:101 telephone-event/8000\r\n";
    }

    private static String withBody(StringBuilder head, String sdp) {
        if (sdp == null) {
            return head.append("Content-Length: 0\r\n\r\n").toString();
        }
        byte[] body = sdp.getBytes(StandardCharsets.US_ASCII);
        return head.append("Content-Type: application/sdp\r\nContent-Length: ")
                .append(body.length)
                .append("\r\n\r\n")
                .append(sdp)
                .toString();
    }

    private synchronized void send(String message) throws IOException {
        socket.send(ByteBuffer.wrap(message.getBytes(StandardCharsets.US_ASCII)), edge);
    }

    private void read() {
        ByteBuffer buffer = ByteBuffer.allocate(65_536);
        while (socket.isOpen()) {
            try {
                buffer.clear();
                socket.receive(buffer);
                buffer.flip();
                Message m = parse(StandardCharsets.US_ASCII.decode(buffer).toString());
                Consumer<Message> handler = byCallId.get(m.header("call-id"));
                if (handler != null) {
                    handler.accept(m);
                } else if (!m.isResponse() && m.method().equals("INVITE")) {
                    newCalls.accept(m);
                } else if (!m.isResponse() && !m.method().equals("ACK")) {
                    respond(m, 200, "OK", null, null); // OPTIONS, a BYE for a leg already forgotten
                }
            } catch (IOException | RuntimeException e) {
                if (socket.isOpen()) {
                    System.err.println("sip peer: " + e);
                }
            }
        }
    }

    private static Message parse(String text) {
        int split = text.indexOf("\r\n\r\n");
        String head = split < 0 ? text : text.substring(0, split);
        String body = split < 0 ? "" : text.substring(split + 4);
        String[] lines = head.split("\r\n");
        Map<String, String> headers = new ConcurrentHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            Matcher h = HEADER.matcher(lines[i]);
            if (h.matches()) {
                String name = h.group(1).toLowerCase();
                headers.merge(name, h.group(2), (a, b) -> a + ", " + b); // several Vias in one
            }
        }
        return new Message(lines[0], headers, body);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
