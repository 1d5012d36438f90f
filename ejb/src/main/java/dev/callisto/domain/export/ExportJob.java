package dev.callisto.domain.export;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An export of a search (call records, tickets) to a file, running in the background with visible
 * progress.
 */
@Entity
@Table(name = "export_job")
public class ExportJob {

    public enum Format {
        CSV,
        XLSX
    }

    public enum Status {
        QUEUED,
        RUNNING,
        DONE,
        FAILED
    }

    @Id
    @GeneratedValue
    private Long id;

    @Column(name = "tenant_id", nullable = false)
    private long tenantId;

    @Column(nullable = false, length = 80)
    private String requestedBy;

    /** What was exported: "call-records" or "tickets" (null on jobs from before tickets: call records). */
    @Column(length = 20)
    private String subject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 5)
    private Format format;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Status status = Status.QUEUED;

    /** The search, as the query string it was asked with, for the download list. */
    @Column(length = 1000)
    private String filter;

    private long rowsTotal;
    private long rowsWritten;

    @Column(length = 400)
    private String file;

    @Column(length = 400)
    private String error;

    @Column(nullable = false)
    private Instant requestedAt;

    private Instant finishedAt;

    protected ExportJob() {}

    public ExportJob(long tenantId, String requestedBy, String subject, Format format, String filter, Instant now) {
        this.tenantId = tenantId;
        this.subject = subject;
        this.requestedBy = requestedBy;
        this.format = format;
        this.filter = filter;
        this.requestedAt = now;
    }

    public void start(long rowsTotal) {
        this.status = Status.RUNNING;
        this.rowsTotal = rowsTotal;
    }

    public void progress(long rowsWritten) {
        this.rowsWritten = rowsWritten;
    }

    public void finish(String file, Instant now) {
        this.status = Status.DONE;
        this.file = file;
        this.finishedAt = now;
    }

    public void fail(String error, Instant now) {
        this.status = Status.FAILED;
        this.error = error == null || error.length() <= 400 ? error : error.substring(0, 400);
        this.finishedAt = now;
    }

    /** 0 to 100. */
    public int percent() {
        return status == Status.DONE ? 100 : rowsTotal == 0 ? 0 : (int) (100 * rowsWritten / rowsTotal);
    }

    public Long id() {
        return id;
    }

    public long tenantId() {
        return tenantId;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public String subject() {
        return subject == null ? "call-records" : subject;
    }

    public Format format() {
        return format;
    }

    public Status status() {
        return status;
    }

    public String filter() {
        return filter;
    }

    public long rowsTotal() {
        return rowsTotal;
    }

    public long rowsWritten() {
        return rowsWritten;
    }

    public String file() {
        return file;
    }

    public String error() {
        return error;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }
}
