package dev.callisto.web.page;

import dev.callisto.application.call.BlacklistService;
import dev.callisto.domain.DomainException;
import dev.callisto.domain.call.BlacklistEntry;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;

/** The admin console's blacklist: who is refused, why and how often, and a form to add a caller. */
@Named
@ViewScoped
public class BlacklistAdmin implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient BlacklistService blacklist;

    @NotBlank
    @Size(max = 80)
    private String caller;

    @Size(max = 200)
    private String reason;

    public List<BlacklistEntry> getEntries() {
        return blacklist.list();
    }

    public void add() {
        try {
            blacklist.add(caller, reason, null);
            FormMessages.saved(caller + " blacklisted");
            caller = null;
            reason = null;
        } catch (DomainException e) {
            FormMessages.show("tabs:blacklistForm", e, "caller");
        }
    }

    public String getCaller() {
        return caller;
    }

    public void setCaller(String caller) {
        this.caller = caller;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
