package dev.callisto.sip;

import java.net.InetSocketAddress;
import java.util.Locale;
import java.util.Optional;
import java.util.Vector;
import javax.sdp.Attribute;
import javax.sdp.Connection;
import javax.sdp.MediaDescription;
import javax.sdp.SdpException;
import javax.sdp.SdpFactory;
import javax.sdp.SessionDescription;

/**
 * What a carrier's SDP offer (RFC 4566, read with JAIN-SDP) says of the call's audio: where to
 * send it, the G.711 codec to use (the first the carrier lists: the room mixes at 16 kHz and
 * Janus transcodes) and the telephone-event payload type for keys, if any; and the answer
 * the edge gives back.
 */
record AudioOffer(InetSocketAddress address, String codec, int payloadType, int eventPayloadType) {

    private static final SdpFactory SDP = SdpFactory.getInstance();

    /** The offer's audio, or empty if it has no G.711 audio the edge can take. */
    static Optional<AudioOffer> of(String sdp) throws SdpException {
        SessionDescription session = SDP.createSessionDescription(sdp);
        @SuppressWarnings("unchecked")
        Vector<MediaDescription> media = session.getMediaDescriptions(false);
        if (media == null) {
            return Optional.empty();
        }
        for (MediaDescription m : media) {
            if (!m.getMedia().getMediaType().equals("audio") || m.getMedia().getMediaPort() == 0) {
                continue;
            }
            Connection c = m.getConnection() != null ? m.getConnection() : session.getConnection();
            int events = -1;
            int codecType = -1;
            String codec = null;
            @SuppressWarnings("unchecked")
            Vector<String> formats = m.getMedia().getMediaFormats(false);
            for (String format : formats) {
                int pt = Integer.parseInt(format.strip());
                String name = rtpmap(m, pt).orElse(pt == 0 ? "pcmu/8000" : pt == 8 ? "pcma/8000" : "");
                if (name.startsWith("telephone-event/8000")) {
                    events = pt;
                } else if (codec == null && (name.startsWith("pcmu/8000") || name.startsWith("pcma/8000"))) {
                    codec = name.substring(0, 4);
                    codecType = codec.equals("pcmu") ? 0 : 8; // what the media server sends
                }
            }
            if (codec != null && c != null) {
                return Optional.of(new AudioOffer(
                        new InetSocketAddress(c.getAddress(), m.getMedia().getMediaPort()), codec, codecType, events));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> rtpmap(MediaDescription m, int pt) throws SdpException {
        @SuppressWarnings("unchecked")
        Vector<Attribute> attributes = m.getAttributes(false);
        if (attributes == null) {
            return Optional.empty();
        }
        for (Attribute a : attributes) {
            if ("rtpmap".equals(a.getName()) && a.getValue() != null) {
                String[] parts = a.getValue().strip().split("\\s+", 2);
                if (parts.length == 2 && parts[0].equals(String.valueOf(pt))) {
                    return Optional.of(parts[1].toLowerCase(Locale.ROOT));
                }
            }
        }
        return Optional.empty();
    }

    /** The edge's offer for a call it places: A-law, µ-law and keys, at {@code local}. */
    String offer(InetSocketAddress local, long sessionId) {
        return description(local, sessionId, "8 0 101", "a=rtpmap:8 PCMA/8000\r\na=rtpmap:0 PCMU/8000\r\n");
    }

    /** The edge's answer: the chosen codec and, if offered, telephone-events, at {@code local}. */
    String answer(InetSocketAddress local, long sessionId) {
        String formats = payloadType + (eventPayloadType >= 0 ? " " + eventPayloadType : "");
        String rtpmap = "a=rtpmap:" + payloadType + (codec.equals("pcmu") ? " PCMU/8000" : " PCMA/8000") + "\r\n";
        return description(local, sessionId, formats, rtpmap);
    }

    private String description(InetSocketAddress local, long sessionId, String formats, String rtpmaps) {
        String host = local.getAddress().getHostAddress();
        StringBuilder sdp = new StringBuilder()
                .append("v=0\r\n")
                .append("o=callisto ")
                .append(sessionId)
                .append(' ')
                .append(sessionId)
                .append(" IN IP4 ")
                .append(host)
                .append("\r\n")
                .append("s=callisto\r\n")
                .append("c=IN IP4 ")
                .append(host)
                .append("\r\n")
                .append("t=0 0\r\n")
                .append("m=audio ")
                .append(local.getPort())
                .append(" RTP/AVP ")
                .append(formats)
                .append("\r\n")
                .append(rtpmaps);
        if (eventPayloadType >= 0) {
            sdp.append("a=rtpmap:").append(eventPayloadType).append(" telephone-event/8000\r\n");
            sdp.append("a=fmtp:").append(eventPayloadType).append(" 0-15\r\n");
        }
        return sdp.append("a=ptime:20\r\na=sendrecv\r\n").toString();
    }
}
