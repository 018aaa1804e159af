-- What an article's text shares with its editions in other languages whatever their language: its numbers and the
-- surnames of the people it quotes, romanised (ReportLinker's rule for editions no page links and no author joins).
-- Articles archived before it have none until a reparse, and are joined to editions by the other rules alone.
alter table article add column anchors text[] not null default '{}';
