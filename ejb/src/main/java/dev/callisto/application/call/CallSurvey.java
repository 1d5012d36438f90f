package dev.callisto.application.call;

import dev.callisto.domain.call.Call;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/** The satisfaction survey's answer, whoever gives it (the customer's page, or staff standing in). */
@ApplicationScoped
public class CallSurvey {

    @Inject
    private CallJournal journal;

    public void rate(Call call, int score, Instant now) {
        call.rate(score, now);
        journal.step(call, "rated", null, score + " of 5", now);
        journal.step(call, "ended", null, "after the survey", now);
    }
}
