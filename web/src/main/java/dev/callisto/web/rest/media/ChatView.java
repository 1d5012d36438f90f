package dev.callisto.web.rest.media;

import dev.callisto.domain.media.ChatMessage;
import java.time.Instant;

/** One message of a call's chat transcript. */
public record ChatView(long id, long callId, String from, String name, String text, Long imageId, Instant at) {

    public static ChatView of(ChatMessage m) {
        return new ChatView(m.id(), m.callId(), m.sender().name(), m.senderName(), m.text(), m.imageId(), m.sentAt());
    }
}
