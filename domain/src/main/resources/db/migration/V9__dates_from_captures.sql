-- Where an article's date comes from: PAGE when a page of it prints one; CAPTURE when none does and a web archive
-- captured one of its pages that day (the article was published then or before); null while it has no date.
alter table article add column dated_by varchar(16);
update article set dated_by = 'PAGE' where published_on is not null;
alter table article add constraint article_dated_by check (
    (published_on is null and dated_by is null) or (published_on is not null and dated_by in ('PAGE', 'CAPTURE')));
