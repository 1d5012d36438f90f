package dev.callisto.web.page;

import dev.callisto.application.Page;
import dev.callisto.application.callrecord.CallRecordExport;
import dev.callisto.application.callrecord.CallRecordQuery;
import dev.callisto.application.callrecord.CallRecordService;
import dev.callisto.application.export.ExportService;
import dev.callisto.domain.DomainException;
import dev.callisto.domain.call.CallResult;
import dev.callisto.domain.callrecord.CallRecord;
import dev.callisto.domain.export.ExportJob;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The admin console's call records: search with filters (dates, agent, skill group, customer,
 * result, missed only), play a call's recording, export the search as CSV or Excel in the
 * background, and the list of exports with their progress and a download link when done.
 */
@Named
@ViewScoped
public class CallRecordAdmin implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final int SHOWN = 50;

    @Inject
    private transient CallRecordService records;

    @Inject
    private transient ExportService exports;

    private LocalDate from;
    private LocalDate to;
    private Long agentId;
    private Long skillGroupId;

    @Size(max = 120)
    private String customer;

    private CallResult result;
    private boolean missedOnly;

    private transient Page<CallRecord> found;

    public CallResult[] getResults() {
        return CallResult.values();
    }

    public Page<CallRecord> getFound() {
        if (found == null) {
            found = records.search(query(), 0, SHOWN);
        }
        return found;
    }

    public void search() {
        try {
            found = records.search(query(), 0, SHOWN);
        } catch (DomainException e) {
            FormMessages.show("tabs:recordForm", e, null);
        }
    }

    /** Exports the current search in the background; the export list below follows it. */
    public void export(String format) {
        try {
            ExportJob job = exports.request(
                    new CallRecordExport(records, query()), ExportJob.Format.valueOf(format), describe());
            FormMessages.saved("Export " + job.id() + " started");
        } catch (DomainException e) {
            FormMessages.show("tabs:recordForm", e, null);
        }
    }

    public List<ExportJob> getExports() {
        return exports.list();
    }

    /** Whether the export list should keep refreshing itself. */
    public boolean isExporting() {
        return getExports().stream()
                .anyMatch(j -> j.status() == ExportJob.Status.RUNNING || j.status() == ExportJob.Status.QUEUED);
    }

    private CallRecordQuery query() {
        ZoneId zone = ZoneId.systemDefault();
        return new CallRecordQuery(
                from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant(),
                agentId,
                skillGroupId,
                customer == null || customer.isBlank() ? null : customer.strip(),
                result == null ? null : result.name(),
                null,
                null,
                null,
                null,
                missedOnly,
                null);
    }

    private String describe() {
        return "from=" + from + " to=" + to + " agent=" + agentId + " group=" + skillGroupId + " customer=" + customer
                + " result=" + result + " missed=" + missedOnly;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public Long getAgentId() {
        return agentId;
    }

    public void setAgentId(Long agentId) {
        this.agentId = agentId;
    }

    public Long getSkillGroupId() {
        return skillGroupId;
    }

    public void setSkillGroupId(Long skillGroupId) {
        this.skillGroupId = skillGroupId;
    }

    public String getCustomer() {
        return customer;
    }

    public void setCustomer(String customer) {
        this.customer = customer;
    }

    public CallResult getResult() {
        return result;
    }

    public void setResult(CallResult result) {
        this.result = result;
    }

    public boolean isMissedOnly() {
        return missedOnly;
    }

    public void setMissedOnly(boolean missedOnly) {
        this.missedOnly = missedOnly;
    }
}
