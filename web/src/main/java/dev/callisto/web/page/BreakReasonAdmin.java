package dev.callisto.web.page;

import dev.callisto.application.BreakReasonService;
import dev.callisto.domain.DomainException;
import dev.callisto.domain.agent.BreakReason;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;

/** The admin console's break reasons: add one, retire one or bring it back (never deleted). */
@Named
@ViewScoped
public class BreakReasonAdmin implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient BreakReasonService reasons;

    @NotBlank
    @Size(max = 40)
    @Pattern(regexp = "[a-z0-9-]+", message = "lower-case letters, digits and - only")
    private String code;

    @NotBlank
    @Size(max = 80)
    private String label;

    public List<BreakReason> getReasons() {
        return reasons.list();
    }

    public void add() {
        try {
            reasons.create(code, label);
            FormMessages.saved("Break reason " + code + " added");
            code = null;
            label = null;
        } catch (DomainException e) {
            FormMessages.show("tabs:breakForm", e, "code");
        }
    }

    /** Retires an active reason (agents can no longer choose it) or brings a retired one back. */
    public void toggle(BreakReason reason) {
        reasons.update(reason.id(), reason.label(), !reason.active());
        FormMessages.saved("Break reason " + reason.code() + (reason.active() ? " retired" : " active again"));
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }
}
