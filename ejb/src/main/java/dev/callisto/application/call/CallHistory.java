package dev.callisto.application.call;

import dev.callisto.domain.call.Call;
import dev.callisto.domain.call.CallStep;
import java.util.List;

/** A call and its steps so far, read together under one visibility check. */
public record CallHistory(Call call, List<CallStep> steps) {}
