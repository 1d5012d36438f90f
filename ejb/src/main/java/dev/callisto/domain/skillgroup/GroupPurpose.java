package dev.callisto.domain.skillgroup;

/**
 * What a skill group is for. Telemarketing (outbound campaigns, sales calls) and inbound service
 * are kept apart: a group takes inbound calls only if it is an inbound group, and an agent works
 * in groups of one purpose only, so no inbound caller reaches a telemarketer and no telemarketing
 * target list mixes with the service queues.
 */
public enum GroupPurpose {
    INBOUND,
    TELEMARKETING
}
