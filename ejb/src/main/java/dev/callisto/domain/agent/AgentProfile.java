package dev.callisto.domain.agent;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** What an admin sets about an agent; nothing here changes while the agent works. */
@Embeddable
public record AgentProfile(
        @Column(nullable = false, length = 120) String displayName,
        @Column(length = 20) String workNumber,
        @Column(length = 32) String phoneNumber,
        @Enumerated(EnumType.STRING) @Column(nullable = false, length = 20) AnswerMode answerMode,
        @Column(nullable = false) int maxConcurrentChats) {}
