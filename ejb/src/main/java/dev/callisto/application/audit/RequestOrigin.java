package dev.callisto.application.audit;

import jakarta.enterprise.context.RequestScoped;

/** Where the current request came from (the client's address), set by the web layer for the audit log. */
@RequestScoped
public class RequestOrigin {

    private String address;

    public String address() {
        return address;
    }

    public void from(String address) {
        this.address = address == null || address.length() <= 80 ? address : address.substring(0, 80);
    }
}
