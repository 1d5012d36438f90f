package dev.callisto.application.ivr;

import dev.callisto.domain.ivr.IvrStep;
import dev.callisto.domain.ivr.IvrVisit;

/** A call's IVR visit and, while the caller is in a menu, what the menu waits for (the visual IVR's buttons). */
public record IvrStatus(IvrVisit visit, IvrStep.Waiting waiting) {}
