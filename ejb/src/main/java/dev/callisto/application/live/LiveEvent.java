package dev.callisto.application.live;

/** An event as it happened, for pages that show the contact center live (monitoring, wallboard). */
public record LiveEvent(long tenantId, String type, String json) {}
