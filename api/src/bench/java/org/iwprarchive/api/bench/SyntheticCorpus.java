package org.iwprarchive.api.bench;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * IWPR-like articles for the search benchmark only: body lengths spread like real reporting (a few hundred to
 * a few thousand words, most near 700), words drawn from a vocabulary shaped like that of news prose (see
 * {@link Vocabulary}), places from IWPR's hierarchy, a few hundred authors, a few thousand quoted sources, dates
 * over 25 years. Written straight into PostgreSQL with JDBC batches, so that 100,000 articles load in minutes.
 */
final class SyntheticCorpus {

    /** How the words of the text are drawn. */
    enum Vocabulary {
        /**
         * Prose as news text has it: function words make about a third of the tokens, then the 230 news words of
         * {@link #VOCABULARY}, then a long tail of 60,000 rarer words (names, places, technical terms; made-up
         * syllable words stand in for them), all ranked by a Zipf-Mandelbrot law, 1 / (rank + 2.7). Content words
         * come in bursts: a third of the content tokens repeat one already used in the same article, as topical
         * words do in real reporting. A query word of the middle of the news words is then in 19 to 42% of the
         * articles (27% on average).
         */
        NEWS,
        /**
         * The corpus of the first four sessions' figures: only the 230 news words, with a log-uniform spread, no
         * function words and no tail, so that every article holds most of the vocabulary and a query word of the
         * middle of it is in 60 to 100% of the articles.
         */
        SMALL
    }

    static final String[] VOCABULARY = ("government opposition election parliament president minister police "
            + "court prison journalist newspaper television radio internet protest rally demonstration border "
            + "security army soldier conflict ceasefire refugee displaced village city capital region province "
            + "district water irrigation cotton wheat harvest farmer market price inflation currency bank oil gas "
            + "pipeline mining gold uranium electricity winter school teacher student university hospital doctor "
            + "health disease vaccine corruption bribe investigation prosecutor lawyer judge verdict sentence "
            + "appeal human rights activist torture detention arrest release amnesty reform constitution "
            + "referendum party coalition campaign vote ballot fraud observer mission report statement interview "
            + "drug smuggling narcotics heroin trafficking migration migrant labour remittance russia china "
            + "turkey iran afghanistan women children family marriage religion mosque church islam extremism "
            + "terrorism militant attack explosion bomb casualties investigation ministry interior defence "
            + "foreign policy agreement treaty sanctions trade export import customs road railway bridge airport "
            + "flood earthquake drought climate environment pollution forest river lake mountain tourism culture "
            + "language media censorship blogger website blocked freedom speech assembly association union "
            + "strike wages pension budget tax spending aid donor project development poverty unemployment youth "
            + "veterans memorial history independence anniversary clan elite regime succession dynasty").split(" ");

    static final String[][] PLACES = {
            {"central-asia", "Central Asia", null}, {"kazakstan", "Kazakstan", "central-asia"},
            {"kyrgyzstan", "Kyrgyzstan", "central-asia"}, {"tajikistan", "Tajikistan", "central-asia"},
            {"turkmenistan", "Turkmenistan", "central-asia"}, {"uzbekistan", "Uzbekistan", "central-asia"},
            {"caucasus", "Caucasus", null}, {"armenia", "Armenia", "caucasus"}, {"azerbaijan", "Azerbaijan", "caucasus"},
            {"georgia", "Georgia", "caucasus"}, {"afghanistan", "Afghanistan", null}, {"iraq", "Iraq", null},
            {"syria", "Syria", null}, {"ukraine", "Ukraine", null}, {"balkans", "Balkans", null},
            {"kosovo", "Kosovo", "balkans"}, {"serbia", "Serbia", "balkans"}};

    private static final String[] GIVEN = ("Aida Bakyt Dana Erlan Farida Giorgi Hamid Inna Jamila Karim Leila Marat "
            + "Nargis Oleg Parviz Rustam Saule Timur Umida Vahe Yerlan Zarina Ali Bahrom Gulnara Nurlan Ravshan "
            + "Sanjar Tamara Zhanna").split(" ");
    private static final String[] FAMILY = ("Abdullaev Bekov Charkviani Dzhumabaev Ergashev Fattahov Gasanov "
            + "Hasanov Ismailova Jumaev Karimov Lomsadze Mamedov Nazarov Orozbekov Pashayan Qodirov Rahimov "
            + "Sadykova Tashkentov Usmonov Valiev Yusupov Zhakupov Aliyev Babaev Dadashev Eshonov Grigoryan "
            + "Hovhannisyan").split(" ");

    /** The 100 most frequent words of English prose, most frequent first. */
    private static final String[] FUNCTION_WORDS = ("the of and to a in that is was he for it with as his on be at "
            + "by i this had not are but from or have an they which one you were her all she there would their we "
            + "him been has when who will more no if out so said what up its about into than them can only other "
            + "new some could time these two may then do first any my now such like our over man me even most made "
            + "after also did many before must through back years where much your way well down").split(" ");
    private static final Set<String> FUNCTION_WORD_SET = Set.of(FUNCTION_WORDS);
    private static final int TAIL_WORDS = 60_000;
    private static final double REPEATED_CONTENT_WORDS = 1.0 / 3;
    private static final String[] RANKED = rankedWords();
    private static final double[] CUMULATIVE = zipfMandelbrot(RANKED.length, 2.7);

    private final Vocabulary vocabulary;
    private final Random random;
    private final JdbcTemplate jdbc;
    /** The content words (as ranks) used so far in the article being written, for the bursts. */
    private int[] used = new int[4096];
    private int usedCount;

    SyntheticCorpus(JdbcTemplate jdbc, long seed, Vocabulary vocabulary) {
        this.jdbc = jdbc;
        this.random = new Random(seed);
        this.vocabulary = vocabulary;
    }

    /**
     * The share of articles that are a second edition of a report (-Dbench.editions=0.2): 0 by default, as the
     * figures in docs/benchmarks.md are for English articles alone unless they say otherwise.
     */
    static final double EDITIONS = Double.parseDouble(System.getProperty("bench.editions", "0"));

    /** Inserts {@code count} articles with their authors, places, topics, sources and quotations. */
    void load(int count) {
        List<Long> places = new ArrayList<>();
        for (String[] place : PLACES) {
            Long parent = place[2] == null ? null
                    : jdbc.queryForObject("select id from location where slug = ?", Long.class, place[2]);
            places.add(jdbc.queryForObject("insert into location (name, slug, kind, parent_id) values (?, ?, ?, ?) "
                            + "on conflict (slug) do update set name = excluded.name returning id", Long.class,
                    place[1], place[0], place[2] == null ? "REGION" : "COUNTRY", parent));
        }
        // authors and quoted people grow with the archive, as a newsroom's do over the years
        List<Long> authors = insertNamed("author", "insert into author (id, name, slug, created_at) "
                + "values (?, ?, ?, now())", authors(count), i -> {
                    String name = GIVEN[i % GIVEN.length] + " " + FAMILY[(i / GIVEN.length + i) % FAMILY.length]
                            + " " + i;
                    return new Object[] {name, "bench-author-" + i};
                });
        List<Long> topics = new ArrayList<>();
        for (String topic : List.of("conflict", "elections", "human-rights", "economy", "media", "security",
                "environment", "health", "migration", "justice")) {
            topics.add(jdbc.queryForObject("insert into topic (name, slug) values (?, ?) on conflict (slug) do update "
                    + "set name = excluded.name returning id", Long.class, topic.replace('-', ' '), topic));
        }
        List<Long> sources = insertNamed("source", "insert into source (id, name, normalized_name, kind) "
                + "values (?, ?, ?, 'PERSON')", sources(count), i -> {
                    String name = GIVEN[random.nextInt(GIVEN.length)] + " " + FAMILY[random.nextInt(FAMILY.length)]
                            + " S" + i;
                    return new Object[] {name, name.toLowerCase()};
                });
        int batch = 500;
        for (int start = 0; start < count; start += batch) {
            int end = Math.min(count, start + batch);
            List<Object[]> articles = new ArrayList<>();
            List<Long> ids = jdbc.queryForList("select nextval(pg_get_serial_sequence('article', 'id')) "
                    + "from generate_series(1, ?)", Long.class, end - start);
            for (int i = start; i < end; i++) {
                long id = ids.get(i - start);
                if (i % 2 == 1 && random.nextDouble() < 2 * EDITIONS) {
                    // the report of the article before it, in Russian: its text letter for letter in Cyrillic, which
                    // the romanised English fields read back, so that both editions match most of the same
                    // searches and one stands for the other
                    Object[] first = articles.get(articles.size() - 1);
                    first[14] = first[0];
                    articles.add(new Object[] {id, "https://iwpr.net/ru/global-voices/bench-" + i, "bench-" + i,
                            cyrillic((String) first[3]), cyrillic((String) first[4]), cyrillic((String) first[5]),
                            first[6], "PAGE", "ru", first[9], String.format("%064d", i), first[11], first[12],
                            first[13], first[0]});
                    continue;
                }
                String body = body();
                LocalDate published = LocalDate.of(2000, 1, 1).plusDays(random.nextInt(25 * 365));
                articles.add(new Object[] {id, "https://iwpr.net/global-voices/bench-" + i, "bench-" + i, title(),
                        sentence(20), body, Date.valueOf(published), "PAGE", "en", body.split(" ").length,
                        String.format("%064d", i), Timestamp.from(Instant.now()), Timestamp.from(Instant.now()),
                        Timestamp.from(Instant.now()), null});
            }
            jdbc.batchUpdate("insert into article (id, canonical_url, slug, title, standfirst, body, published_on, "
                    + "dated_by, language, word_count, content_hash, first_seen_at, last_fetched_at, updated_at, "
                    + "report_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", articles);
            List<Object[]> byAuthor = new ArrayList<>();
            List<Object[]> byPlace = new ArrayList<>();
            List<Object[]> byTopic = new ArrayList<>();
            List<Object[]> quotes = new ArrayList<>();
            for (Object[] article : articles) {
                long id = (Long) article[0];
                usedCount = 0;
                byAuthor.add(new Object[] {id, authors.get(zipf(authors.size())), 0});
                long place = places.get(random.nextInt(places.size()));
                byPlace.add(new Object[] {id, place});
                byTopic.add(new Object[] {id, topics.get(random.nextInt(topics.size()))});
                int quoted = 1 + random.nextInt(4);
                for (int q = 0; q < quoted; q++) {
                    quotes.add(new Object[] {id, sources.get(zipf(sources.size())), sentence(15),
                            q % 2 == 0 ? "DIRECT" : "INDIRECT", "said", q});
                }
            }
            jdbc.batchUpdate("insert into article_author (article_id, author_id, position) values (?, ?, ?)", byAuthor);
            jdbc.batchUpdate("insert into article_location (article_id, location_id) values (?, ?)", byPlace);
            jdbc.batchUpdate("insert into article_topic (article_id, topic_id) values (?, ?)", byTopic);
            jdbc.batchUpdate("insert into quotation (article_id, source_id, text, kind, cue, position) "
                    + "values (?, ?, ?, ?, ?, ?)", quotes);
        }
    }

    private static final String LATIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String CYRILLIC = "абцдефгхийклмнопкрстуввхызАБЦДЕФГХИЙКЛМНОПКРСТУВВХЫЗ";

    /** A text written letter for letter in Cyrillic, as a stand-in for its Russian edition. */
    static String cyrillic(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            int at = LATIN.indexOf(text.charAt(i));
            out.append(at < 0 ? text.charAt(i) : CYRILLIC.charAt(at));
        }
        return out.toString();
    }

    /** Authors of an archive of this many articles: 300, and one more for every 40 articles. */
    static int authors(int articles) {
        return 300 + articles / 40;
    }

    /** People quoted in an archive of this many articles: 3,000, and one more for every 2 articles. */
    static int sources(int articles) {
        return 3_000 + articles / 2;
    }

    /** Inserts rows with ids drawn from the table's sequence, in batches; returns the ids. */
    private List<Long> insertNamed(String table, String insert, int count,
                                   java.util.function.IntFunction<Object[]> columns) {
        List<Long> ids = new ArrayList<>();
        for (int start = 0; start < count; start += 5_000) {
            int end = Math.min(count, start + 5_000);
            List<Long> drawn = jdbc.queryForList("select nextval(pg_get_serial_sequence(?, 'id')) "
                    + "from generate_series(1, ?)", Long.class, table, end - start);
            List<Object[]> rows = new ArrayList<>();
            for (int i = start; i < end; i++) {
                Object[] named = columns.apply(i);
                Object[] row = new Object[named.length + 1];
                row[0] = drawn.get(i - start);
                System.arraycopy(named, 0, row, 1, named.length);
                rows.add(row);
            }
            jdbc.batchUpdate(insert, rows);
            ids.addAll(drawn);
        }
        return ids;
    }

    /** A word of the text: see {@link Vocabulary}. */
    private String word() {
        if (vocabulary == Vocabulary.SMALL) {
            return VOCABULARY[zipf(VOCABULARY.length)];
        }
        int rank = Arrays.binarySearch(CUMULATIVE, random.nextDouble());
        rank = rank >= 0 ? rank : -rank - 1;
        if (rank >= FUNCTION_WORDS.length) {
            if (usedCount > 0 && random.nextDouble() < REPEATED_CONTENT_WORDS) {
                rank = used[random.nextInt(usedCount)];
            }
            if (usedCount == used.length) {
                used = Arrays.copyOf(used, used.length * 2);
            }
            used[usedCount++] = rank;
        }
        return RANKED[rank];
    }

    /** A word for a title: a content word, never a function word. */
    private String titleWord() {
        String word;
        do {
            word = word();
        } while (vocabulary == Vocabulary.NEWS && FUNCTION_WORD_SET.contains(word));
        return word;
    }

    private static String[] rankedWords() {
        String[] ranked = Arrays.copyOf(FUNCTION_WORDS, FUNCTION_WORDS.length + VOCABULARY.length + TAIL_WORDS);
        System.arraycopy(VOCABULARY, 0, ranked, FUNCTION_WORDS.length, VOCABULARY.length);
        // Three consonant-vowel syllables: 80^3 distinct words, none of them English, none equal to another
        String consonants = "bdfgklmnprstvzhj";
        String vowels = "aeiou";
        int syllables = 16 * vowels.length();
        for (int i = 0; i < TAIL_WORDS; i++) {
            StringBuilder word = new StringBuilder(6);
            for (int n = i, s = 0; s < 3; s++, n /= syllables) {
                int syllable = n % syllables;
                word.append(consonants.charAt(syllable / vowels.length())).append(vowels.charAt(syllable % vowels.length()));
            }
            ranked[FUNCTION_WORDS.length + VOCABULARY.length + i] = word.toString();
        }
        return ranked;
    }

    /** Cumulative probabilities of ranks 1..size under 1 / (rank + shift). */
    private static double[] zipfMandelbrot(int size, double shift) {
        double[] cumulative = new double[size];
        double sum = 0;
        for (int rank = 1; rank <= size; rank++) {
            sum += 1 / (rank + shift);
            cumulative[rank - 1] = sum;
        }
        for (int i = 0; i < size; i++) {
            cumulative[i] /= sum;
        }
        return cumulative;
    }

    private int zipf(int size) {
        double u = random.nextDouble();
        return (int) Math.min(size - 1, Math.floor(Math.pow(size + 1, u)) - 1);
    }

    private String title() {
        StringBuilder t = new StringBuilder();
        for (int i = 0, words = 4 + random.nextInt(5); i < words; i++) {
            t.append(i == 0 ? "" : " ").append(titleWord());
        }
        return Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }

    private String sentence(int words) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words; i++) {
            s.append(i == 0 ? "" : " ").append(word());
        }
        return s.toString();
    }

    /** 150 to 3,000 words, log-normally around 700, in paragraphs of 40 to 80 words. */
    private String body() {
        usedCount = 0;
        int words = (int) Math.max(150, Math.min(3000, Math.exp(6.55 + 0.45 * random.nextGaussian())));
        StringBuilder body = new StringBuilder();
        int written = 0;
        while (written < words) {
            int paragraph = Math.min(words - written, 40 + random.nextInt(41));
            if (body.length() > 0) {
                body.append("\n\n");
            }
            body.append(sentence(paragraph)).append('.');
            written += paragraph;
        }
        return body.toString();
    }
}
