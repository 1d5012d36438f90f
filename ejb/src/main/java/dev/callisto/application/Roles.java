package dev.callisto.application;

/** Role names as the identity realm (file realm or Keycloak) grants them. */
public final class Roles {
    public static final String AGENT = "agent";
    public static final String SUPERVISOR = "supervisor";
    public static final String ADMIN = "admin";
    /** Installation operations, not a tenant's: scrapes the figures of every tenant ({@code /metrics}). */
    public static final String METRICS_READER = "metrics-reader";

    private Roles() {}
}
