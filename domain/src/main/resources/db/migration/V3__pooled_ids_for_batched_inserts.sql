-- Quotations, snapshots and versions are written many to a page. With ids taken one by one at insert time
-- (identity columns) every row is its own round trip; drawn from a sequence in blocks of 50, Hibernate assigns
-- them before the insert and sends the rows as JDBC batches. Hibernate reads a drawn value as the top of its
-- block, so each sequence continues 50 above the highest id. Inserts that use the column default keep working:
-- each draws (and so reserves) a block of its own.
create sequence quotation_ids increment by 50 owned by quotation.id;
select setval('quotation_ids', (select coalesce(max(id), 0) + 50 from quotation));
alter table quotation alter column id drop identity;
alter table quotation alter column id set default nextval('quotation_ids');

create sequence snapshot_ids increment by 50 owned by snapshot.id;
select setval('snapshot_ids', (select coalesce(max(id), 0) + 50 from snapshot));
alter table snapshot alter column id drop identity;
alter table snapshot alter column id set default nextval('snapshot_ids');

create sequence article_version_ids increment by 50 owned by article_version.id;
select setval('article_version_ids', (select coalesce(max(id), 0) + 50 from article_version));
alter table article_version alter column id drop identity;
alter table article_version alter column id set default nextval('article_version_ids');
