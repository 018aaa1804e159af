-- The report an article is an edition of: the lowest id among the archived articles that edition links join
-- (either way, transitively), or a likely edition where no page links it; null while no other edition of it is
-- archived. Searches show one hit a report.
alter table article add column report_id bigint;
create index article_report on article (report_id) where report_id is not null;
-- the articles of a day in the languages other than English, which an English article's likely editions are
-- looked for among (ReportLinker): a few a day, where English ones may be thousands
create index article_day_not_english on article (published_on) where language <> 'en';

-- the reports of the editions already archived
create temporary table edition_link on commit drop as
    select e.article_id as a, t.id as b
    from article_edition e join article t on t.canonical_url = e.url
    where t.id <> e.article_id;
insert into edition_link select b, a from edition_link;
-- where no page links another: published the same day in different languages, with an author and a place in
-- common (ReportLinker's rule); both orders of each pair come out of the join
insert into edition_link
    select a.id, b.id
    from article a join article b
        on b.published_on = a.published_on and b.language <> a.language and b.id <> a.id
    where exists (select 1 from article_author x join article_author y on y.author_id = x.author_id
                  where x.article_id = a.id and y.article_id = b.id)
      and exists (select 1 from article_location x join article_location y on y.location_id = x.location_id
                  where x.article_id = a.id and y.article_id = b.id);

with recursive reach(start, id) as (
    select distinct a, a from edition_link
    union
    select r.start, l.b from reach r join edition_link l on l.a = r.id
)
update article set report_id = m.report
from (select start, min(id) as report from reach group by start) m
where article.id = m.start;
