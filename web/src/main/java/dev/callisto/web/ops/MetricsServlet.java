package dev.callisto.web.ops;

import dev.callisto.application.ops.InstallationFigures;
import dev.callisto.application.ops.InstallationFigures.Count;
import dev.callisto.application.ops.InstallationFigures.Figures;
import dev.callisto.application.ops.InstallationFigures.Queue;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code GET /callisto/metrics}: the installation's figures in Prometheus' text format (0.0.4),
 * for a scraper signed in with the role {@code metrics-reader} (web.xml). The JVM, Undertow,
 * Artemis and the datasource are WildFly's own, on the management port ({@code :9990/metrics}).
 */
@WebServlet("/metrics")
public class MetricsServlet extends HttpServlet {

    @Inject
    private InstallationFigures installation;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain; version=0.0.4; charset=utf-8");
        response.getWriter().write(PrometheusText.of(installation.now()));
    }

    /** The exposition format, written by hand: a few families, no client library needed for that. */
    static final class PrometheusText {
        private final StringBuilder out = new StringBuilder();

        static String of(Figures f) {
            PrometheusText text = new PrometheusText();
            text.family("callisto_calls", "gauge", "Calls in progress by status");
            for (Count c : f.calls()) {
                text.sample("callisto_calls", c.value(), "tenant", c.tenant(), "status", c.label());
            }
            text.family("callisto_queue_waiting", "gauge", "Contacts waiting for an agent, per skill group");
            for (Queue q : f.queues()) {
                text.sample("callisto_queue_waiting", q.waiting(), "tenant", q.tenant(), "skill_group", q.skillGroup());
            }
            text.family(
                    "callisto_queue_oldest_wait_seconds", "gauge", "How long the longest waiting contact has waited");
            for (Queue q : f.queues()) {
                text.sample(
                        "callisto_queue_oldest_wait_seconds",
                        q.oldestWaitSeconds(),
                        "tenant",
                        q.tenant(),
                        "skill_group",
                        q.skillGroup());
            }
            text.family("callisto_agents", "gauge", "Agents by state");
            for (Count c : f.agents()) {
                text.sample("callisto_agents", c.value(), "tenant", c.tenant(), "state", c.label());
            }
            text.family("callisto_media_server_up", "gauge", "Whether the media server answers (1) or not (0)");
            text.sample("callisto_media_server_up", f.mediaAvailable() ? 1 : 0);
            text.family(
                    "callisto_webhook_backlog", "gauge", "Webhook deliveries not yet acknowledged by their receiver");
            for (Count c : f.webhookBacklog()) {
                text.sample("callisto_webhook_backlog", c.value(), "tenant", c.tenant());
            }
            text.family("callisto_events_total", "counter", "Events read from the topic since the server started");
            f.events()
                    .forEach((kind, n) -> text.sample(
                            "callisto_events_total",
                            n,
                            "tenant",
                            f.tenants().get(kind.tenantId()),
                            "type",
                            kind.type()));
            text.family("callisto_event_lag_seconds", "summary", "Time from an event's sending to its reading");
            text.out
                    .append("callisto_event_lag_seconds_sum ")
                    .append(f.eventLagSecondsSum())
                    .append('\n');
            text.out
                    .append("callisto_event_lag_seconds_count ")
                    .append(f.eventLagCount())
                    .append('\n');
            return text.out.toString();
        }

        private void family(String name, String type, String help) {
            out.append("# HELP ").append(name).append(' ').append(help).append('\n');
            out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
        }

        private void sample(String name, long value, String... labels) {
            out.append(name);
            if (labels.length > 0) {
                out.append('{');
                for (int i = 0; i < labels.length; i += 2) {
                    out.append(i == 0 ? "" : ",").append(labels[i]).append("=\"");
                    out.append(escape(labels[i + 1])).append('"');
                }
                out.append('}');
            }
            out.append(' ').append(value).append('\n');
        }

        private static String escape(String value) {
            return value == null
                    ? ""
                    : value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
        }
    }
}
