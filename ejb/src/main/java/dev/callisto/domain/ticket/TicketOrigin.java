package dev.callisto.domain.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * Where a ticket came from and whom it is about: the customer (phone number or visitor id), and
 * for a ticket from a call, the call (its record), the recording and the keys pressed in the IVR.
 */
@Embeddable
public class TicketOrigin {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private TicketSource source;

    @Column(length = 80)
    private String customer;

    @Column(length = 20)
    private String channel;

    private Long callId;

    @Column(length = 400)
    private String recordingRef;

    @Column(length = 200)
    private String ivrKeys;

    protected TicketOrigin() {}

    public TicketOrigin(
            TicketSource source, String customer, String channel, Long callId, String recordingRef, String ivrKeys) {
        this.source = source;
        this.customer = customer;
        this.channel = channel;
        this.callId = callId;
        this.recordingRef = recordingRef;
        this.ivrKeys = ivrKeys;
    }

    public static TicketOrigin of(TicketSource source, String customer, String channel) {
        return new TicketOrigin(source, customer, channel, null, null, null);
    }

    public TicketSource source() {
        return source;
    }

    public String customer() {
        return customer;
    }

    public String channel() {
        return channel;
    }

    public Long callId() {
        return callId;
    }

    public String recordingRef() {
        return recordingRef;
    }

    public String ivrKeys() {
        return ivrKeys;
    }
}
