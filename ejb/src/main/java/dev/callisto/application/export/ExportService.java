package dev.callisto.application.export;

import dev.callisto.application.Caller;
import dev.callisto.application.Page;
import dev.callisto.application.Roles;
import dev.callisto.application.audit.Audited;
import dev.callisto.domain.ConflictException;
import dev.callisto.domain.NotFoundException;
import dev.callisto.domain.export.ExportJob;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Exports a search (call records, tickets) to CSV or .xlsx in the background. The job's progress is committed
 * page by page, so the download list shows it moving; the file lands in the server's data
 * directory, per tenant, and only supervisors and admins of that tenant can fetch it.
 */
@Stateless
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
public class ExportService {

    private static final Logger LOG = Logger.getLogger(ExportService.class.getName());
    private static final int PAGE = Page.MAX_SIZE;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    /** Records the job, then starts it once the job is committed (so the background run can see it). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ExportJob request(ExportSource<?> source, ExportJob.Format format, String filter) {
        ExportService self = session.getBusinessObject(ExportService.class);
        ExportJob job = self.create(source.subject(), format, filter);
        self.run(job.id(), source);
        return job;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @Audited("export.request")
    public ExportJob create(String subject, ExportJob.Format format, String filter) {
        ExportJob job = new ExportJob(caller.tenantId(), caller.login(), subject, format, filter, clock.instant());
        em.persist(job);
        return job;
    }

    public List<ExportJob> list() {
        return em.createQuery(
                        "select j from ExportJob j where j.tenantId = :tenantId order by j.id desc", ExportJob.class)
                .setParameter("tenantId", caller.tenantId())
                .setMaxResults(50)
                .getResultList();
    }

    public ExportJob get(long id) {
        ExportJob job = em.find(ExportJob.class, id);
        if (job == null || job.tenantId() != caller.tenantId()) {
            throw new NotFoundException("export", id);
        }
        return job;
    }

    public Path file(long id) {
        ExportJob job = get(id);
        if (job.status() != ExportJob.Status.DONE) {
            throw new ConflictException("export " + id + " is " + job.status());
        }
        return Path.of(job.file());
    }

    /** Runs after the request has committed (it was called through the asynchronous proxy). */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public <T> void run(long jobId, ExportSource<T> source) {
        ExportService self = session.getBusinessObject(ExportService.class);
        try {
            boolean xlsx = em.find(ExportJob.class, jobId).format() == ExportJob.Format.XLSX;
            Path file = directory(caller.tenantId()).resolve(jobId + (xlsx ? ".xlsx" : ".csv"));
            Page<T> page = source.page(0, PAGE);
            self.progress(jobId, page.total(), 0, null);
            long written = 0;
            try (OutputStream out = Files.newOutputStream(file);
                    Sheet<T> sheet = Sheet.open(xlsx, out, source.subject(), source.columns())) {
                for (int n = 0; !page.items().isEmpty(); page = source.page(++n, PAGE)) {
                    for (T item : page.items()) {
                        sheet.write(item);
                    }
                    written += page.items().size();
                    self.progress(jobId, page.total(), written, null);
                }
            }
            self.progress(jobId, written, written, file.toString());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "export " + jobId + " failed", e);
            self.fail(jobId, e.toString());
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void progress(long jobId, long total, long written, String finishedFile) {
        ExportJob job = em.find(ExportJob.class, jobId);
        if (job.status() == ExportJob.Status.QUEUED) {
            job.start(total);
        }
        job.progress(written);
        if (finishedFile != null) {
            job.finish(finishedFile, clock.instant());
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void fail(long jobId, String error) {
        em.find(ExportJob.class, jobId).fail(error, clock.instant());
    }

    private static Path directory(long tenantId) throws IOException {
        Path dir = Path.of(
                System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")),
                "callisto",
                "exports",
                String.valueOf(tenantId));
        return Files.createDirectories(dir);
    }
}
