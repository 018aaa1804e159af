package org.iwprarchive.ingest.job;

/** Published when a job is stored, so the runner starts on it once the transaction commits. */
record JobQueued(long jobId) {
}
