package dev.callisto.domain.ivr;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** A tenant's named business hours with holidays and special days; flows' time conditions name it. */
@Entity
@Table(name = "ivr_schedule", uniqueConstraints = @UniqueConstraint(columnNames = {"tenant_id", "name"}))
public class Schedule {

    @Id
    @GeneratedValue
    private Long id;

    @Column(name = "tenant_id", nullable = false)
    private long tenantId;

    @Column(nullable = false, length = 40)
    private String name;

    @Column(nullable = false, length = 8000)
    private String hours;

    protected Schedule() {}

    public Schedule(long tenantId, String name, String hoursJson) {
        this.tenantId = tenantId;
        this.name = name;
        change(hoursJson);
    }

    /** Checked before it is stored: a schedule that cannot be read never reaches a live flow. */
    public final void change(String hoursJson) {
        BusinessHours.parse(hoursJson);
        this.hours = hoursJson;
    }

    public BusinessHours businessHours() {
        return BusinessHours.parse(hours);
    }

    public Long id() {
        return id;
    }

    public long tenantId() {
        return tenantId;
    }

    public String name() {
        return name;
    }

    public String hours() {
        return hours;
    }
}
