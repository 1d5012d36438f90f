package dev.callisto.domain.crm;

import dev.callisto.domain.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The tenant's CRM page for the agent desk's screen pop: a URL template with {number}, {callId}
 * and {agent}, filled in (URL-encoded) for each call, and the hosts the desk may frame. A template
 * pointing anywhere else is refused, so a changed setting cannot frame an arbitrary site.
 */
@Entity
@Table(name = "crm_page")
public class CrmPage {

    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]{1,253}");

    @Id
    @Column(name = "tenant_id")
    private long tenantId;

    @Column(nullable = false, length = 1000)
    private String urlTemplate;

    @Column(nullable = false, length = 1000)
    private String allowedHosts;

    protected CrmPage() {}

    public CrmPage(long tenantId) {
        this.tenantId = tenantId;
        this.urlTemplate = "";
        this.allowedHosts = "";
    }

    public void change(String template, List<String> hosts) {
        if (hosts == null
                || hosts.isEmpty()
                || hosts.stream().anyMatch(h -> h == null || !HOST.matcher(h).matches())) {
            throw new InvalidInputException(
                    "allowedHosts", "list the host names the desk may frame, e.g. crm.example.com");
        }
        URI uri;
        try {
            uri = URI.create(fill(template, "0", "0", "agent"));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException(
                    "urlTemplate", "urlTemplate is an http(s) URL with {number}, {callId}, {agent}");
        }
        if (uri.getScheme() == null || !uri.getScheme().matches("https?") || uri.getHost() == null) {
            throw new InvalidInputException(
                    "urlTemplate", "urlTemplate is an http(s) URL with {number}, {callId}, {agent}");
        }
        if (hosts.stream().noneMatch(uri.getHost()::equalsIgnoreCase)) {
            throw new InvalidInputException("urlTemplate", "the CRM host " + uri.getHost() + " is not in allowedHosts");
        }
        this.urlTemplate = template;
        this.allowedHosts = String.join(",", hosts);
    }

    /** The page for one call, or null when the tenant has none. */
    public String urlFor(String number, long callId, String agent) {
        return urlTemplate.isEmpty() ? null : fill(urlTemplate, number, Long.toString(callId), agent);
    }

    public String urlTemplate() {
        return urlTemplate;
    }

    public List<String> allowedHosts() {
        return allowedHosts.isEmpty() ? List.of() : Arrays.asList(allowedHosts.split(","));
    }

    private static String fill(String template, String number, String callId, String agent) {
        return template.replace("{number}", encode(number))
                .replace("{callId}", encode(callId))
                .replace("{agent}", encode(agent));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
