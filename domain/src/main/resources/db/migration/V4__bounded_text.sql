-- Every text the archive indexes has a bound (TextLimits) that fits the column's b-tree index (2,704 bytes an
-- entry, at most 4 bytes a character) and a Lucene term (32,766 bytes). The parser keeps within them; these
-- checks are the last guard. NOT VALID: rows an earlier version stored are not checked (the index rebuild
-- reports such an article instead of failing on it), every new or changed row is.
alter table article add constraint article_canonical_url_length check (length(canonical_url) <= 2048) not valid;
alter table article add constraint article_slug_length check (length(slug) <= 2048) not valid;
alter table article add constraint article_title_length check (length(title) <= 1000) not valid;
alter table article add constraint article_language_tag check (language ~ '^[A-Za-z0-9-]{1,16}$') not valid;

alter table author add constraint author_name_length check (length(name) <= 200) not valid;
alter table author add constraint author_slug_length check (length(slug) <= 200) not valid;
alter table author add constraint author_bio_length check (length(bio) <= 2000) not valid;
alter table author add constraint author_profile_url_length check (length(profile_url) <= 2048) not valid;

alter table location add constraint location_name_length check (length(name) <= 200) not valid;
alter table location add constraint location_slug_length check (length(slug) <= 200) not valid;
alter table location add constraint location_url_length check (length(url) <= 2048) not valid;

alter table topic add constraint topic_name_length check (length(name) <= 200) not valid;
alter table topic add constraint topic_slug_length check (length(slug) <= 200) not valid;

alter table source add constraint source_name_length check (length(name) <= 200) not valid;
alter table source add constraint source_normalized_name_length check (length(normalized_name) <= 200) not valid;
alter table source add constraint source_latest_role_length check (length(latest_role) <= 500) not valid;

alter table quotation add constraint quotation_role_length check (length(role) <= 500) not valid;
alter table quotation add constraint quotation_cue_length check (length(cue) <= 100) not valid;

alter table snapshot add constraint snapshot_requested_url_length check (length(requested_url) <= 2048) not valid;
alter table snapshot add constraint snapshot_final_url_length check (length(final_url) <= 2048) not valid;
alter table snapshot add constraint snapshot_content_type_length check (length(content_type) <= 255) not valid;

alter table ingest_job_url add constraint ingest_job_url_url_length check (length(url) <= 2048) not valid;
