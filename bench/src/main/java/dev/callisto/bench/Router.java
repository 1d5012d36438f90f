package dev.callisto.bench;

import java.util.List;

/** The operations the benchmark drives, so the engine and the full-scan baseline run the same stream. */
interface Router {

    void addAgent(long agentId, long readySince, List<Long> groups);

    /** A contact arrives; returns the offers made because of it, each {contactId, agentId}. */
    List<long[]> arrive(long contactId, long groupId, long now);

    /** The agent's contact ended; returns the offers made because of it, each {contactId, agentId}. */
    List<long[]> finish(long contactId, long agentId, long now);
}
