-- Imports of web archives (WARC and WACZ files): a snapshot read from one keeps the capture's own date and
-- headers and says where it came from; an import job records how many records of its file it has dealt with, so a
-- restart goes on from there instead of from the beginning.
alter table snapshot drop constraint snapshot_origin_check;
alter table snapshot add constraint snapshot_origin_check
    check (origin in ('FETCH', 'UPLOAD', 'EXAMPLE', 'FILE', 'ARCHIVE'));

alter table ingest_job drop constraint ingest_job_kind_check;
alter table ingest_job add constraint ingest_job_kind_check
    check (kind in ('URLS', 'CRAWL', 'UPLOAD', 'REPARSE', 'IMPORT'));

-- how many records of its file an import has dealt with (stored, passed over or failed), in file order
alter table ingest_job add column records_read bigint;
