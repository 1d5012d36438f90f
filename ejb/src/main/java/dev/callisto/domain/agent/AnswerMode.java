package dev.callisto.domain.agent;

/** How an agent's calls reach them. */
public enum AnswerMode {
    BROWSER_PHONE,
    SIP_PHONE,
    MOBILE
}
