package org.iwprarchive.search.index;

/**
 * The names of the article index's fields, defined once: the mapping writes them, the queries, projections,
 * highlighter and suggestions read them. A rename here is a rename everywhere (and a new {@link
 * ArticleIndexMapping#VERSION}).
 */
public final class IndexFields {

    public static final String ARTICLE_ID = "articleId";
    public static final String CANONICAL_URL = "canonicalUrl";
    /** A hit's title as stored; searched in {@link #TITLE_WORDS}. */
    public static final String TITLE = "title";
    /** A hit's standfirst as stored; searched in {@link #STANDFIRST_WORDS}. */
    public static final String STANDFIRST = "standfirst";
    /** The body as stored (on OpenSearch; on Lucene in {@link #HIT}); searched in {@link #BODY_WORDS}. */
    public static final String BODY = "body";
    public static final String PUBLISHED_ON = "publishedOn";
    /** Where the date comes from: a page that prints it, or the earliest web archive capture. */
    public static final String DATED_BY = "datedBy";
    public static final String YEAR = "year";
    public static final String LANGUAGE = "language";
    /** The report an article is an edition of, when another edition is archived; absent otherwise. */
    public static final String REPORT = "report";
    /** A hit's fields and body in one value of binary doc values, on the Lucene backend ({@link HitRecord}). */
    public static final String HIT = "hit";

    // the tags an article is embedded with, and the fields each has
    static final String AUTHORS = "authors";
    static final String LOCATIONS = "locations";
    static final String TOPICS = "topics";
    static final String QUOTATIONS = "quotations";
    static final String SOURCE = "source";
    static final String NAME = "name";
    static final String SLUG = "slug";
    /** A tag's name as written, for result lists. */
    static final String DISPLAY = "display";
    /** A place's slug and those of the places it lies in. */
    static final String TREE = "tree";
    /** A quoted source's id, as a keyword. */
    static final String KEY = "key";

    public static final String AUTHOR_NAME = AUTHORS + "." + NAME;
    public static final String AUTHOR_SLUG = AUTHORS + "." + SLUG;
    public static final String AUTHOR_DISPLAY = AUTHORS + "." + DISPLAY;
    public static final String LOCATION_NAME = LOCATIONS + "." + NAME;
    public static final String LOCATION_SLUG = LOCATIONS + "." + SLUG;
    public static final String LOCATION_TREE = LOCATIONS + "." + TREE;
    public static final String LOCATION_DISPLAY = LOCATIONS + "." + DISPLAY;
    public static final String TOPIC_NAME = TOPICS + "." + NAME;
    public static final String TOPIC_SLUG = TOPICS + "." + SLUG;
    public static final String TOPIC_DISPLAY = TOPICS + "." + DISPLAY;
    public static final String SOURCE_NAME = QUOTATIONS + "." + SOURCE + "." + NAME;
    public static final String SOURCE_KEY = QUOTATIONS + "." + SOURCE + "." + KEY;

    // where each text's words are searched and highlights read (WordsBinder): its words as written beside their
    // stems; the fields named by the texts themselves only store them, for hits
    public static final String TITLE_WORDS = WordsBinder.field(TITLE);
    public static final String STANDFIRST_WORDS = WordsBinder.field(STANDFIRST);
    public static final String BODY_WORDS = WordsBinder.field(BODY);

    /**
     * The languages whose articles are also indexed in fields of their own ({@link LanguageTextBinder}), with the
     * analyzer of each; English is the main fields'.
     */
    public static final java.util.Map<String, String> LANGUAGE_FIELDS = java.util.Map.of(
            "ru", IwprAnalysisConfigurer.RUSSIAN,
            "uk", IwprAnalysisConfigurer.UKRAINIAN,
            "ar", IwprAnalysisConfigurer.ARABIC,
            "fa", IwprAnalysisConfigurer.PERSIAN);

    /**
     * The language of {@link #LANGUAGE_FIELDS} an article's language is indexed and highlighted in: Dari pages may
     * declare ISO 639-3 "prs", and Dari is written and searched as Persian.
     */
    public static String fieldsLanguage(String language) {
        return "prs".equals(language) ? "fa" : language;
    }

    /** The title of an article in a language of {@link #LANGUAGE_FIELDS}, analysed as that language. */
    public static String title(String language) {
        return TITLE + "_" + language;
    }

    /** The standfirst and body of an article in a language of {@link #LANGUAGE_FIELDS}. */
    public static String body(String language) {
        return BODY + "_" + language;
    }

    private IndexFields() {
    }
}
