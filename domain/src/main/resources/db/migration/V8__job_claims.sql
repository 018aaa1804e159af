-- Several instances of the service may share one database: a job is worked on by the instance that has claimed it,
-- which renews its claim while it works; a claim not renewed within the lease (the instance died) is taken over.
alter table ingest_job add column claimed_by varchar(200);
alter table ingest_job add column heartbeat_at timestamptz;
create index ingest_job_open on ingest_job (id) where status in ('QUEUED', 'RUNNING');
