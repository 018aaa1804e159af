-- The report an article is an edition of: the lowest id among the archived articles that edition links join
-- (either way, transitively); null while no other edition of it is archived. Searches show one hit a report.
alter table article add column report_id bigint;
create index article_report on article (report_id) where report_id is not null;

-- the reports of the editions already archived
create temporary table edition_link on commit drop as
    select e.article_id as a, t.id as b
    from article_edition e join article t on t.canonical_url = e.url
    where t.id <> e.article_id;
insert into edition_link select b, a from edition_link;

with recursive reach(start, id) as (
    select distinct a, a from edition_link
    union
    select r.start, l.b from reach r join edition_link l on l.a = r.id
)
update article set report_id = m.report
from (select start, min(id) as report from reach group by start) m
where article.id = m.start;
