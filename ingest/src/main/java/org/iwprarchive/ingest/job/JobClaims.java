package org.iwprarchive.ingest.job;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which instance works on which job, when several instances share one database: a job is claimed by one instance
 * in one statement ({@code FOR UPDATE SKIP LOCKED}, so two instances asking at once never get the same job), the
 * claim is renewed while the job runs, and a claim left unrenewed for the lease (its instance died) is open to
 * any instance, which resumes the job from where its progress was recorded.
 */
@Component
public class JobClaims {

    private static final String CLAIM = """
            update ingest_job set claimed_by = ?, heartbeat_at = now()
            where id = (select id from ingest_job
                        where status in ('QUEUED', 'RUNNING')
                          and (claimed_by is null or claimed_by = ?
                               or heartbeat_at < now() - make_interval(secs => ?))
                        order by id
                        limit 1
                        for update skip locked)
            returning id""";

    private final JdbcTemplate jdbc;
    private final String instance;
    private final Duration lease;

    @Autowired
    JobClaims(JdbcTemplate jdbc, JobProperties properties) {
        this(jdbc, properties.instanceId() == null || properties.instanceId().isBlank() ? defaultInstance()
                : properties.instanceId(), properties.claimLease());
    }

    /** Claims as the named instance, with the given lease. */
    public JobClaims(JdbcTemplate jdbc, String instance, Duration lease) {
        this.jdbc = jdbc;
        this.instance = instance;
        this.lease = lease;
    }

    /** What this instance claims jobs as. */
    public String instance() {
        return instance;
    }

    /** The oldest open job no other live instance holds, now claimed by this one; empty when there is none. */
    public Optional<Long> claimNext() {
        List<Long> claimed = jdbc.queryForList(CLAIM, Long.class, instance, instance, lease.toMillis() / 1000.0);
        return claimed.stream().findFirst();
    }

    /** Renews this instance's claim on a job; false when it no longer holds it (another instance took it over). */
    public boolean renew(long jobId) {
        return jdbc.update("update ingest_job set heartbeat_at = now() where id = ? and claimed_by = ?", jobId,
                instance) == 1;
    }

    /** Lets go of a job this instance holds, so another may take it at once (on a stop that pauses it). */
    public void release(long jobId) {
        jdbc.update("update ingest_job set claimed_by = null, heartbeat_at = null where id = ? and claimed_by = ?",
                jobId, instance);
    }

    /**
     * The host's name: an instance restarted on its host (after a crash, say) is the same instance and goes on with
     * its jobs at once, without waiting out its own lease. Two instances on one host need ids of their own.
     */
    private static String defaultInstance() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
