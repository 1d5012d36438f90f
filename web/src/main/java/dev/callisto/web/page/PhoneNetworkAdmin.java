package dev.callisto.web.page;

import dev.callisto.application.phone.TrunkService;
import dev.callisto.application.phone.TrunkService.TrunkSetup;
import dev.callisto.application.phone.TrunkService.TrunkStatus;
import dev.callisto.domain.DomainException;
import dev.callisto.domain.phone.ServiceNumber;
import dev.callisto.domain.phone.Trunk;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;

/** The admin console's phone network: trunks (IP peers) with their calls in progress, and service numbers. */
@Named
@ViewScoped
public class PhoneNetworkAdmin implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient TrunkService trunks;

    @NotBlank
    @Size(max = 80)
    private String name;

    @NotBlank
    @Pattern(regexp = "[A-Za-z0-9.:-]+", message = "a host name or an IP address")
    private String host;

    @Min(1)
    @Max(65535)
    private int port = 5060;

    @Min(1)
    @Max(10000)
    private int maxCalls = 30;

    @Size(max = 32)
    private String callerId;

    /** A registering trunk's credentials (both, or neither for an IP peer). */
    @Size(max = 80)
    private String username;

    @Size(max = 128)
    private String secret;

    @NotBlank
    @Size(max = 32)
    private String number;

    private Long trunkId;

    @Size(max = 80)
    private String flow;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getSecret() {
        return secret;
    }

    public void setSecret(String secret) {
        this.secret = secret;
    }

    /** Now, for the trunks' registrations (each holds until a time). */
    public java.time.Instant getNow() {
        return java.time.Instant.now();
    }

    public List<TrunkStatus> getTrunks() {
        return trunks.trunks();
    }

    public List<ServiceNumber> getNumbers() {
        return trunks.numbers();
    }

    public void addTrunk() {
        try {
            trunks.create(new TrunkSetup(
                    name,
                    host,
                    port,
                    Trunk.Transport.UDP,
                    blankToNull(username),
                    blankToNull(secret),
                    blankToNull(callerId),
                    maxCalls));
            FormMessages.saved("Trunk " + name + " added");
            name = null;
            host = null;
            callerId = null;
            username = null;
            secret = null;
        } catch (DomainException e) {
            FormMessages.show("tabs:trunkForm", e, "name");
        }
    }

    public void addNumber() {
        try {
            if (trunkId == null) {
                FormMessages.showAt("tabs:numberForm", "trunkId", "choose a trunk");
                return;
            }
            ServiceNumber added = trunks.addNumber(number, trunkId, blankToNull(flow), null);
            FormMessages.saved("Number " + added.number() + " added");
            number = null;
        } catch (DomainException e) {
            FormMessages.show("tabs:numberForm", e, "number");
        }
    }

    public void deleteNumber(ServiceNumber n) {
        trunks.deleteNumber(n.id());
        FormMessages.saved("Number " + n.number() + " removed");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public int getPort() {
        return port;
    }

    public void setPort(int port) {
        this.port = port;
    }

    public int getMaxCalls() {
        return maxCalls;
    }

    public void setMaxCalls(int maxCalls) {
        this.maxCalls = maxCalls;
    }

    public String getCallerId() {
        return callerId;
    }

    public void setCallerId(String callerId) {
        this.callerId = callerId;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public Long getTrunkId() {
        return trunkId;
    }

    public void setTrunkId(Long trunkId) {
        this.trunkId = trunkId;
    }

    public String getFlow() {
        return flow;
    }

    public void setFlow(String flow) {
        this.flow = flow;
    }
}
