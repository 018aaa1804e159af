-- Backfills from a Wayback Machine: a job that lists the captures of an address prefix through the archive's CDX
-- API (a frontier entry of kind CDX a page of the listing) and fetches each capture as an article page.
alter table ingest_job drop constraint ingest_job_kind_check;
alter table ingest_job add constraint ingest_job_kind_check
    check (kind in ('URLS', 'CRAWL', 'UPLOAD', 'REPARSE', 'IMPORT', 'BACKFILL'));

alter table ingest_job_url drop constraint ingest_job_url_kind_check;
alter table ingest_job_url add constraint ingest_job_url_kind_check
    check (kind in ('ARTICLE', 'LISTING', 'SITEMAP', 'CDX'));
