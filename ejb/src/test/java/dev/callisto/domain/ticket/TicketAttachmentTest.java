package dev.callisto.domain.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.callisto.domain.InvalidInputException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TicketAttachmentTest {

    @Test
    void typeComesFromTheContentNotTheName() {
        assertEquals("image/png", TicketAttachment.contentTypeOf(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10}, 6));
        assertEquals(
                "application/pdf", TicketAttachment.contentTypeOf("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 8));
        InvalidInputException html = assertThrows(
                InvalidInputException.class,
                () -> TicketAttachment.contentTypeOf("<html><script>".getBytes(StandardCharsets.US_ASCII), 14));
        assertEquals("file", html.field());
    }

    @Test
    void emptyAndOversizedFilesAreRefused() {
        assertThrows(InvalidInputException.class, () -> TicketAttachment.contentTypeOf(new byte[0], 0));
        InvalidInputException big = assertThrows(
                InvalidInputException.class,
                () -> TicketAttachment.contentTypeOf(
                        "%PDF".getBytes(StandardCharsets.US_ASCII), TicketAttachment.MAX_BYTES + 1));
        assertEquals("the file is larger than 10 MB", big.getMessage());
    }
}
