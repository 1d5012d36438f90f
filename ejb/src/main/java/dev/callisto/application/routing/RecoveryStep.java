package dev.callisto.application.routing;

/**
 * Work that must happen at start-up before routing rebuilds itself from the database, such as
 * ending calls whose media died with the previous server. Implemented outside routing (calls),
 * so routing does not depend on them.
 */
public interface RecoveryStep {
    void beforeRouting();
}
