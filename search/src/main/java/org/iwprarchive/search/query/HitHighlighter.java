package org.iwprarchive.search.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.util.BytesRef;
import org.iwprarchive.search.index.IndexFields;
import org.iwprarchive.search.index.LuceneAnalysis;
import org.iwprarchive.search.index.WordsBinder;

/**
 * Title and body highlights of a page of hits, from the texts the search has already read for the hits and the
 * offsets of the matched words kept in postings ({@link WordsBinder}): Lucene's unified highlighter, fed the
 * texts instead of reading each hit's stored document again. The highlighted words are those of the query that
 * apply to the field: the general text and the field's own scoped terms ({@code title:}, {@code body:}), not
 * excluded ones, analysed as the search analysed them. A hit in Russian or Arabic is highlighted from its texts
 * analysed again with its language's stems beside the words as written ({@link LuceneAnalysis#languageWordForms()}),
 * so that a query's word marks its other forms there as the search matched them.
 */
final class HitHighlighter {

    static final String TITLE = IndexFields.TITLE_WORDS;
    static final String BODY = IndexFields.BODY_WORDS;

    private final Analyzer analyzer;
    private final Map<String, Analyzer> languageForms = LuceneAnalysis.languageWordForms();
    private final int bodyFragmentLength;
    private final int bodyFragments;

    HitHighlighter(Analyzer analyzer, int bodyFragmentLength, int bodyFragments) {
        this.analyzer = analyzer;
        this.bodyFragmentLength = bodyFragmentLength;
        this.bodyFragments = bodyFragments;
    }

    /** A hit's title and body, as the search read them, and its language (null when unknown). */
    record Texts(String title, String body, String language) {
    }

    /** A hit's highlights: the title whole, and up to the wanted number of body fragments; empty without a match. */
    record Highlights(List<String> title, List<String> body) {
        static final Highlights NONE = new Highlights(List.of(), List.of());
    }

    /**
     * The highlights of each hit, by article id, with the offsets of the matched words read from the index.
     *
     * @param idsByDoc the article id of each hit's document in {@code reader}
     */
    Map<Long, Highlights> highlight(IndexReader reader, QueryText text, Map<Long, Texts> all,
                                    Map<Integer, Long> idsByDoc) {
        Map<Long, Highlights> result = new HashMap<>();
        Map<Long, Texts> hits = inOwnLanguages(text, all, result);
        Query query = query(text, analyzer);
        if (query == null || hits.isEmpty()) {
            return result;
        }
        try {
            IndexSearcher searcher = new IndexSearcher(reader);
            searcher.setQueryCache(null);
            Map<Integer, Texts> texts = new HashMap<>();
            idsByDoc.forEach((doc, id) -> {
                if (hits.containsKey(id)) {
                    texts.put(doc, hits.get(id));
                }
            });
            if (texts.isEmpty()) {
                return result;
            }
            int[] docs = texts.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            Map<String, Object[]> highlighted = new Highlighter(searcher, texts).highlight(query, docs);
            for (int i = 0; i < docs.length; i++) {
                result.put(idsByDoc.get(docs[i]), new Highlights(fragments(highlighted.get(TITLE)[i]),
                        fragments(highlighted.get(BODY)[i])));
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The highlights of each hit, by article id, from each hit's title and body analysed again for the query's words:
     * for an index this process cannot read (OpenSearch). Lucene's highlighter then finds the offsets itself,
     * keeping only the words of the query, and the same words are marked in the same fragments as {@link
     * #highlight(IndexReader, QueryText, Map, Map)} marks from the index's postings.
     */
    Map<Long, Highlights> highlightEach(QueryText text, Map<Long, Texts> all) {
        Map<Long, Highlights> result = new HashMap<>();
        Map<Long, Texts> hits = inOwnLanguages(text, all, result);
        byAnalysis(query(text, analyzer), WordsBinder.WORD_FORMS, hits, result);
        return result;
    }

    /**
     * Highlights into {@code result} the hits in a language of {@link #languageForms}, each with its language's word
     * forms; answers the others.
     */
    private Map<Long, Texts> inOwnLanguages(QueryText text, Map<Long, Texts> hits, Map<Long, Highlights> result) {
        Map<Long, Texts> others = new HashMap<>();
        Map<String, Map<Long, Texts>> byLanguage = new HashMap<>();
        hits.forEach((id, texts) -> {
            String own = IndexFields.fieldsLanguage(texts.language());
            if (own != null && languageForms.containsKey(own)) {
                byLanguage.computeIfAbsent(own, language -> new HashMap<>()).put(id, texts);
            } else {
                others.put(id, texts);
            }
        });
        byLanguage.forEach((language, inIt) -> {
            Analyzer forms = languageForms.get(language);
            byAnalysis(query(text, forms), forms, inIt, result);
        });
        return others;
    }

    /** Highlights into {@code result} each of {@code hits} from its texts analysed into {@code forms}. */
    private void byAnalysis(Query query, Analyzer forms, Map<Long, Texts> hits, Map<Long, Highlights> result) {
        if (query == null) {
            return;
        }
        try {
            Highlighter highlighter = new Highlighter(forms);
            for (Map.Entry<Long, Texts> hit : hits.entrySet()) {
                Texts texts = hit.getValue();
                result.put(hit.getKey(), new Highlights(
                        fragments(highlighter.highlightWithoutSearcher(TITLE, query, orEmpty(texts.title()), 1)),
                        fragments(highlighter.highlightWithoutSearcher(BODY, query, orEmpty(texts.body()),
                                bodyFragments))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    @SuppressWarnings("unchecked")
    private static List<String> fragments(Object formatted) {
        return formatted == null ? List.of() : (List<String>) formatted;
    }

    /**
     * The query's words that apply to the title or the body, on their words fields, analysed by {@code parsing};
     * null when there are none.
     */
    private Query query(QueryText text, Analyzer parsing) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        boolean some = false;
        for (String field : List.of(TITLE, BODY)) {
            TextQueryParser parser = new TextQueryParser(parsing, Map.of(field, 1.0f));
            List<String> texts = new ArrayList<>();
            if (!text.general().isEmpty()) {
                texts.add(text.general());
            }
            for (QueryText.Scoped scoped : text.scoped()) {
                if (scoped.occur() != QueryText.Occur.MUST_NOT && QueryText.FIELDS.get(scoped.field()).contains(field)) {
                    texts.add(scoped.text());
                }
            }
            for (String part : texts) {
                Query parsed = anyOf(parser.parse(part));
                if (parsed != null) {
                    any.add(parsed, BooleanClause.Occur.SHOULD);
                    some = true;
                }
            }
        }
        return some ? any.build() : null;
    }

    /**
     * The query with every required part made optional and the excluded ones left out: the search requires all
     * words of a query somewhere in the article, but one field may hold one word and another field the other, and
     * each field marks the words it has. Phrases, prefixes and fuzzy words stay as they are.
     */
    static Query anyOf(Query parsed) {
        if (!(parsed instanceof BooleanQuery bool)) {
            return parsed;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        boolean some = false;
        for (BooleanClause clause : bool.clauses()) {
            if (clause.getOccur() != BooleanClause.Occur.MUST_NOT) {
                Query part = anyOf(clause.getQuery());
                if (part != null) {
                    any.add(part, BooleanClause.Occur.SHOULD);
                    some = true;
                }
            }
        }
        return some ? any.build() : null;
    }

    private static UnifiedHighlighter.Builder configured(UnifiedHighlighter.Builder builder) {
        return builder.withFormatter(new Fragments())
                .withScorer(new MatchedWords())
                .withMaxLength(Integer.MAX_VALUE - 1)
                .withMaxNoHighlightPassages(0);
    }

    /**
     * The unified highlighter over texts given to it: a title is one passage, whole; a body gives passages of
     * about the wanted length.
     */
    private final class Highlighter extends UnifiedHighlighter {

        private final Map<Integer, Texts> texts;

        Highlighter(IndexSearcher searcher, Map<Integer, Texts> texts) {
            // when it analyses a text again (for prefix and fuzzy terms), it reads the word forms the words fields
            // were indexed with: as written and as stemmed
            super(configured(UnifiedHighlighter.builder(searcher, WordsBinder.WORD_FORMS)));
            this.texts = texts;
        }

        /** Without an index: each text is analysed into {@code forms} when it is highlighted. */
        Highlighter(Analyzer forms) {
            super(configured(UnifiedHighlighter.builderWithoutSearcher(forms)));
            this.texts = Map.of();
        }

        /** The formatted fragments of each of {@code docs} (sorted), in their order, by field. */
        Map<String, Object[]> highlight(Query query, int[] docs) throws IOException {
            return highlightFieldsAsObjects(new String[] {TITLE, BODY}, query, docs, new int[] {1, bodyFragments});
        }

        @Override
        protected BreakIterator getBreakIterator(String field) {
            return field.equals(TITLE) ? new WholeBreakIterator()
                    : LengthGoalBreakIterator.createClosestToLength(new BetweenWords(), bodyFragmentLength, 0.5f);
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter,
                                                       int cacheCharsThreshold) throws IOException {
            List<CharSequence[]> values = new ArrayList<>();
            for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
                Texts hit = texts.get(doc);
                CharSequence[] row = new CharSequence[fields.length];
                for (int i = 0; i < fields.length; i++) {
                    String value = hit == null ? null : fields[i].equals(TITLE) ? hit.title() : hit.body();
                    row[i] = value == null ? "" : value;
                }
                values.add(row);
            }
            return values;
        }
    }

    /**
     * Ranks passages by how many of the query's words they hold, then how often, then how early in the text.
     * Lucene's default scorer does the same by BM25 but fills a hash of the matched terms for every passage it
     * considers, which was a tenth of a highlighted search's CPU.
     */
    private static final class MatchedWords extends PassageScorer {

        @Override
        public float score(Passage passage, int contentLength) {
            int matches = passage.getNumMatches();
            BytesRef[] terms = passage.getMatchTerms();
            int distinct = 0;
            for (int i = 0; i < matches; i++) {
                boolean seen = false;
                for (int j = 0; j < i && !seen; j++) {
                    seen = terms[j].bytesEquals(terms[i]);
                }
                distinct += seen ? 0 : 1;
            }
            return (distinct + 0.1f * (matches - distinct)) * norm(passage.getStartOffset());
        }
    }

    /**
     * Boundaries where a word starts after white space, and at both ends. The JDK's word iterator finds the same
     * places by its rule tables, running backwards from each match, which cost more than the rest of the
     * highlighting together.
     */
    static final class BetweenWords extends BreakIterator {

        private CharacterIterator text = new StringCharacterIterator("");
        private String content = "";
        private int current;

        @Override
        public void setText(String newText) {
            content = newText;
            text = new StringCharacterIterator(newText);
            current = 0;
        }

        @Override
        public void setText(CharacterIterator newText) {
            StringBuilder copy = new StringBuilder(newText.getEndIndex() - newText.getBeginIndex());
            for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
                copy.append(c);
            }
            content = copy.toString();
            text = newText;
            current = 0;
        }

        @Override
        public CharacterIterator getText() {
            return text;
        }

        private boolean boundary(int i) {
            return i == 0 || i == content.length()
                    || (Character.isWhitespace(content.charAt(i - 1)) && !Character.isWhitespace(content.charAt(i)));
        }

        @Override
        public int first() {
            current = 0;
            return current;
        }

        @Override
        public int last() {
            current = content.length();
            return current;
        }

        @Override
        public int current() {
            return current;
        }

        @Override
        public int following(int offset) {
            if (offset >= content.length()) {
                current = content.length();
                return DONE;
            }
            int i = offset + 1;
            while (!boundary(i)) {
                i++;
            }
            current = i;
            return current;
        }

        @Override
        public int preceding(int offset) {
            if (offset <= 0) {
                current = 0;
                return DONE;
            }
            int i = Math.min(offset, content.length()) - 1;
            while (!boundary(i)) {
                i--;
            }
            current = i;
            return current;
        }

        @Override
        public int next() {
            return following(current);
        }

        @Override
        public int previous() {
            return preceding(current);
        }

        @Override
        public int next(int n) {
            int result = current;
            for (int i = 0; i < n && result != DONE; i++) {
                result = next();
            }
            for (int i = 0; i > n && result != DONE; i--) {
                result = previous();
            }
            return result;
        }
    }

    /** Each passage as its own fragment, HTML-escaped, with the matched words in {@code <mark>}. */
    private static final class Fragments extends PassageFormatter {

        @Override
        public Object format(Passage[] passages, String content) {
            List<String> fragments = new ArrayList<>(passages.length);
            for (Passage passage : passages) {
                StringBuilder out = new StringBuilder();
                int position = passage.getStartOffset();
                for (int i = 0; i < passage.getNumMatches(); i++) {
                    int start = passage.getMatchStarts()[i];
                    int end = passage.getMatchEnds()[i];
                    if (end <= position) {
                        continue;
                    }
                    escape(content, position, Math.max(start, position), out);
                    out.append("<mark>");
                    escape(content, Math.max(start, position), end, out);
                    out.append("</mark>");
                    position = end;
                }
                escape(content, position, Math.max(position, passage.getEndOffset()), out);
                fragments.add(out.toString().strip());
            }
            return fragments;
        }

        private static void escape(String text, int from, int to, StringBuilder out) {
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '&' -> out.append("&amp;");
                    case '<' -> out.append("&lt;");
                    case '>' -> out.append("&gt;");
                    case '"' -> out.append("&quot;");
                    case '\'' -> out.append("&#x27;");
                    default -> out.append(c);
                }
            }
        }
    }
}
