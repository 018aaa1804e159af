-- The other language editions of an article, as its page links them (<link rel="alternate" hreflang="ru" ...>):
-- the language and the edition's canonical address, whether or not that edition is archived yet.
create table article_edition (
    article_id bigint not null references article (id) on delete cascade,
    language varchar(12) not null,
    url varchar(2048) not null,
    primary key (article_id, language)
);
-- an edition's articles are found from either side: the editions a page links, and the pages that link it
create index article_edition_url on article_edition (url);
