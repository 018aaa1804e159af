package org.iwprarchive.api.bench;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import javax.sql.DataSource;
import org.iwprarchive.opensearch.OpenSearchTestNode;
import org.iwprarchive.search.index.SearchIndexer;
import org.iwprarchive.search.index.SearchProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Search latency and throughput over HTTP at 4 concurrent clients (or those of {@code -Dbench.clients}), against PostgreSQL full-text search on the
 * same corpus as the baseline. Not part of the test run; see docs/benchmarks.md for the command. The corpus
 * size comes from {@code -Dbench.articles} (default 10,000), the measured queries of each kind from
 * {@code -Dbench.queries} (default 2,000) after {@code -Dbench.warmup} (default 3,000; at most 50 for PostgreSQL) of
 * each kind.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "iwpr.example-data.enabled=false", "iwpr.ingest.run-jobs=false"})
class SearchBenchmark {

    /** Concurrent clients; -Dbench.clients=1,4 measures each query kind at each count (the issue asks for 4). */
    private static final List<Integer> CLIENTS = java.util.Arrays.stream(System.getProperty("bench.clients", "4")
            .split(",")).map(String::strip).map(Integer::valueOf).toList();
    private static final int WARM_UP = Integer.getInteger("bench.warmup", 3_000);
    private static final int BASELINE_WARM_UP = 50;
    private static final int MEASURED = Integer.getInteger("bench.queries", 2_000);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** (a) and (c) draw their words from this stretch of the news words: the middle of the vocabulary. */
    private static final int QUERY_WORDS_FROM = 10;
    private static final int QUERY_WORDS = 140;
    /** (c)'s filters: a region (its countries included) and 16 years. */
    private static final String FILTERS = "&location=central-asia&from=2005-01-01&to=2020-12-31";
    /** (d)'s pages: 100 hits newest first, highlighted, no facets. */
    private static final String DEEP = "&sort=newest&size=100&facets=none";

    /**
     * {@code -Dbench.backend=opensearch} measures the service with its index in a real OpenSearch node started for
     * the benchmark ({@code -Diwpr.opensearch.heap}, default 512m), whose CPU is counted with the service's.
     */
    @DynamicPropertySource
    static void backend(DynamicPropertyRegistry registry) {
        if ("opensearch".equals(System.getProperty("bench.backend"))) {
            registry.add("iwpr.search.backend", () -> "opensearch");
            registry.add("iwpr.search.opensearch.uris", () -> OpenSearchTestNode.shared().uri().toString());
            registry.add("iwpr.search.opensearch.index-prefix", () -> "bench-");
        }
    }

    @LocalServerPort
    private int port;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private DataSource dataSource;

    @Autowired
    private SearchIndexer indexer;

    @Autowired
    private EntityManagerFactory entityManagerFactory;

    @Autowired
    private SearchProperties searchProperties;

    /**
     * Rebuilds the index from PostgreSQL as an operator's reindex does, with its rate, where its CPU goes, the
     * index's size on disk and the heap in use after it. {@code -Dbench.jfr-rebuild=file.jfr} records a profile of it.
     */
    private void rebuild(int size) throws Exception {
        Profiling profiling = Profiling.startIfAsked("bench.jfr-rebuild");
        CpuAccount cpu = new CpuAccount(SearchBenchmark::rebuildThreadGroup);
        long started = System.nanoTime();
        long[] searchable = new long[1];
        // the rebuild ends when every article is searchable; its segments are merged after, in the background,
        // and the queries below wait for that
        CpuAccount.sampling(cpu, () -> {
            indexer.rebuild();
            searchable[0] = System.nanoTime();
            indexer.awaitMerge();
        });
        double seconds = (searchable[0] - started) / 1e9;
        double merged = (System.nanoTime() - searchable[0]) / 1e9;
        profiling.close();
        long bytes;
        if (searchProperties.local()) {
            try (var files = Files.walk(searchProperties.indexDirectory())) {
                bytes = files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
            }
        } else {
            bytes = openSearchIndexBytes();
        }
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("search-bench: rebuild of %d articles in %.1f s = %.0f articles/s; index %.0f MB on disk; "
                        + "heap in use after it %d MB of %d MB%n", size, seconds, size / seconds, bytes / 1e6,
                (runtime.totalMemory() - runtime.freeMemory()) >> 20, runtime.maxMemory() >> 20);
        System.out.printf("search-bench: its segments merged into one in the background in %.1f s after it "
                + "(%.0f articles/s with the merge)%n", merged, size / (seconds + merged));
        cpu.print("search-bench: rebuild and merge ", cpu.seconds(), size, "article");
    }

    /** The article index's size on the OpenSearch node's disk, after a flush and a merge as Lucene's is. */
    private long openSearchIndexBytes() throws Exception {
        var client = org.hibernate.search.mapper.orm.Search.mapping(entityManagerFactory).backend()
                .unwrap(org.hibernate.search.backend.elasticsearch.ElasticsearchBackend.class)
                .client(org.elasticsearch.client.RestClient.class);
        String index = "/bench-article-v" + org.iwprarchive.search.index.ArticleIndexMapping.VERSION + "-read";
        client.performRequest(new org.elasticsearch.client.Request("POST", index + "/_flush"));
        var jvm = client.performRequest(new org.elasticsearch.client.Request("GET", "/_nodes/stats/jvm"));
        try (InputStream body = jvm.getEntity().getContent()) {
            JsonNode node = JSON.readTree(body).get("nodes").iterator().next().get("jvm").get("mem");
            System.out.printf("search-bench: the OpenSearch node's heap in use after the rebuild %d MB of %d MB%n",
                    node.get("heap_used_in_bytes").asLong() >> 20, node.get("heap_max_in_bytes").asLong() >> 20);
        }
        var stats = client.performRequest(new org.elasticsearch.client.Request("GET", index + "/_stats/store"));
        try (InputStream body = stats.getEntity().getContent()) {
            return JSON.readTree(body).get("_all").get("primaries").get("store").get("size_in_bytes").asLong();
        }
    }

    private static String rebuildThreadGroup(String thread) {
        if (thread.contains("Hibernate Search") && thread.contains("Merge")) {
            return "Lucene merges";
        }
        if (thread.contains("Hibernate Search") && thread.contains("Mass")) {
            return "mass indexer: loading entities";
        }
        if (thread.contains("Hibernate Search")) {
            return "Hibernate Search index writer";
        }
        return thread.replaceAll("\\d+", "#");
    }

    @Test
    void measuresSearchAgainstPostgresFullText() throws Exception {
        int size = Integer.getInteger("bench.articles", 10_000);
        boolean baseline = Boolean.parseBoolean(System.getProperty("bench.baseline", "true"));
        long t0 = System.nanoTime();
        // -Dbench.vocabulary=small builds the corpus of the first four sessions' figures
        SyntheticCorpus.Vocabulary vocabulary = SyntheticCorpus.Vocabulary.valueOf(
                System.getProperty("bench.vocabulary", "news").toUpperCase(Locale.ROOT));
        new SyntheticCorpus(jdbc, 42, vocabulary).load(size);
        long loaded = System.nanoTime();
        rebuild(size);
        long indexed = System.nanoTime();
        if (baseline) {
            jdbc.execute("alter table article add column tsv tsvector generated always as ("
                + "setweight(to_tsvector('english', title), 'A') || "
                + "setweight(to_tsvector('english', coalesce(standfirst, '')), 'B') || "
                + "to_tsvector('english', body)) stored");
            jdbc.execute("create index article_tsv_idx on article using gin (tsv)");
            // adding the column rewrote the table: vacuum it now, or autovacuum does it while a later kind is measured
            jdbc.execute("vacuum analyze");
            jdbc.execute("checkpoint");
        }
        long baselineReady = System.nanoTime();
        System.out.printf("search-bench: %d articles, %s vocabulary; load %.1f s, index %.1f s, "
                        + "PostgreSQL tsvector + GIN %.1f s%n", size, vocabulary.name().toLowerCase(Locale.ROOT),
                (loaded - t0) / 1e9, (indexed - loaded) / 1e9, (baselineReady - indexed) / 1e9);

        System.out.println("search-bench: a generated article begins: " + jdbc.queryForObject(
                "select title || ' | ' || left(body, 240) from article order by id limit 1", String.class));

        Random random = new Random(7);
        String[] words = SyntheticCorpus.VOCABULARY;
        IntFunction<String> twoTerms = i -> words[QUERY_WORDS_FROM + random(random, QUERY_WORDS)] + " "
                + words[QUERY_WORDS_FROM + random(random, QUERY_WORDS)];
        IntFunction<String> phrase = i -> words[random(random, 12)] + " " + words[random(random, 12)];
        IntFunction<String> filtered = i -> words[QUERY_WORDS_FROM + random(random, QUERY_WORDS)];

        printMatches(words);

        // -Dbench.only=a,b,c picks query kinds; -Dbench.baseline=false leaves PostgreSQL out;
        // -Dbench.jfr=file.jfr records a profile of the measured part
        List<String> only = List.of(System.getProperty("bench.only", "a,b,c,d,e,f").split(","));
        Profiling.warnIfAssertionsOn("search-bench: ");
        Profiling profiling = Profiling.startIfAsked();
        List<String> rows = new ArrayList<>();
        // -Dbench.lucene=false leaves the raw-Lucene baseline out
        RawLuceneBaseline lucene = searchProperties.local()
                && Boolean.parseBoolean(System.getProperty("bench.lucene", "true"))
                ? new RawLuceneBaseline(entityManagerFactory) : null;
        if (only.contains("a")) {
            rows.addAll(run("(a) two terms", "ours", i -> get("/api/search?q=" + encode(twoTerms.apply(i)) + "&size=20&facets=none")));
            if (lucene != null) {
                rows.addAll(run("(a) two terms", "lucene", i -> lucene.words(twoTerms.apply(i), false)));
            }
            if (baseline) {
                rows.addAll(run("(a) two terms", "postgres", i -> postgres(twoTermsSql(), twoTerms.apply(i).replace(' ', '&'))));
            }
        }
        if (only.contains("b")) {
            rows.addAll(run("(b) phrase", "ours", i -> get("/api/search?q=" + encode("\"" + phrase.apply(i) + "\"")
                    + "&size=20&facets=none")));
            if (lucene != null) {
                rows.addAll(run("(b) phrase", "lucene", i -> lucene.phrase(phrase.apply(i))));
            }
            if (baseline) {
                rows.addAll(run("(b) phrase", "postgres", i -> postgres(phraseSql(), phrase.apply(i))));
            }
        }
        if (only.contains("c")) {
            rows.addAll(run("(c) filtered + facets + highlights", "ours", i -> get("/api/search?q=" + encode(filtered.apply(i))
                    + FILTERS + "&facets=location,author,year&size=20")));
            if (lucene != null) {
                rows.addAll(run("(c) filtered + facets + highlights", "lucene", i -> lucene.filtered(
                        filtered.apply(i), "central-asia", LocalDate.of(2005, 1, 1), LocalDate.of(2020, 12, 31))));
            }
            if (baseline) {
                rows.addAll(run("(c) filtered + facets + highlights", "postgres", i -> postgresFiltered(filtered.apply(i))));
            }
        }
        if (only.contains("d")) {
            // (d) reading on with a cursor: the next 100 of a word's matches newest first, after a first page
            List<String[]> positions = new ArrayList<>();
            for (int i = 0; i < QUERY_WORDS; i++) {
                String word = words[QUERY_WORDS_FROM + i];
                JsonNode first = JSON.readTree(get("/api/search?q=" + encode(word) + DEEP));
                if (!first.get("nextCursor").isNull()) {
                    JsonNode last = first.get("items").get(first.get("items").size() - 1);
                    positions.add(new String[] {word, first.get("nextCursor").asString(),
                            last.get("publishedOn").asString(), last.get("id").asString()});
                }
            }
            rows.addAll(run("(d) cursor page of 100, newest first", "ours", i -> {
                String[] at = positions.get(i % positions.size());
                get("/api/search?q=" + encode(at[0]) + DEEP + "&cursor=" + at[1]);
            }));
            if (baseline) {
                rows.addAll(run("(d) cursor page of 100, newest first", "postgres",
                        i -> postgresAfter(positions.get(i % positions.size()))));
            }
        }
        if (only.contains("e")) {
            // (e) what a client or Swagger UI sends: two words, nothing else, so every facet and 20 hits
            rows.addAll(run("(e) default request: two words, all 6 facets", "ours",
                    i -> get("/api/search?q=" + encode(twoTerms.apply(i)))));
            if (lucene != null) {
                rows.addAll(run("(e) default request: two words, all 6 facets", "lucene",
                        i -> lucene.words(twoTerms.apply(i), true)));
            }
            if (baseline) {
                rows.addAll(run("(e) default request: two words, all 6 facets", "postgres",
                        i -> postgresDefault(twoTerms.apply(i).replace(' ', '&'))));
            }
        }
        if (only.contains("f")) {
            // (f) the analyst interface's search page for the same two words: (e)'s search, its facets as links,
            // the timeline, and the page rendered as HTML
            rows.addAll(run("(f) search page at /: two words, HTML", "ours", i -> get("/?q=" + encode(twoTerms.apply(i)))));
        }
        profiling.close();
        if (lucene != null) {
            lucene.close();
        }
        // CPU: of the whole machine's JVM and PostgreSQL per query while measuring, and of it the JIT compiler's
        System.out.println("search-bench: | corpus | query | engine | clients | p50 ms | p99 ms | queries/s"
                + " | CPU ms/query | of it JIT |");
        rows.forEach(r -> System.out.println("search-bench: | " + size + " " + r));
        assertThat(rows).isNotEmpty();
    }

    /** How many articles (c)'s words match, alone and with (c)'s filters: the work each (c) query does. */
    private void printMatches(String[] words) throws Exception {
        long[] alone = new long[QUERY_WORDS];
        long[] filtered = new long[QUERY_WORDS];
        for (int i = 0; i < QUERY_WORDS; i++) {
            String q = "/api/search?size=1&facets=year&q=" + encode(words[QUERY_WORDS_FROM + i]);
            // counted by year, since a total beyond 10,000 is a lower bound
            alone[i] = yearCounts(get(q + "&to=2014-12-31")) + yearCounts(get(q + "&from=2015-01-01"));
            filtered[i] = yearCounts(get(q + FILTERS));
        }
        String all = "/api/search?size=1&facets=year";
        long articles = yearCounts(get(all + "&to=2014-12-31")) + yearCounts(get(all + "&from=2015-01-01"));
        System.out.printf("search-bench: (c)'s %d words are each in %.1f%% of the %d articles on average (%.1f%% "
                        + "to %.1f%%); with (c)'s filters they match %.0f articles on average (%d to %d)%n", QUERY_WORDS,
                100.0 * Arrays.stream(alone).average().orElseThrow() / articles, articles,
                100.0 * Arrays.stream(alone).min().orElseThrow() / articles,
                100.0 * Arrays.stream(alone).max().orElseThrow() / articles,
                Arrays.stream(filtered).average().orElseThrow(), Arrays.stream(filtered).min().orElseThrow(),
                Arrays.stream(filtered).max().orElseThrow());
    }

    /** The sum of a search page's year facet counts. */
    private static long yearCounts(String page) {
        JsonNode years = JSON.readTree(page).get("facets").get(0);
        if (!years.get("field").asString().equals("year")) {
            throw new IllegalStateException("not a complete year facet: " + years);
        }
        long sum = 0;
        for (JsonNode value : years.get("values")) {
            sum += value.get("count").asLong();
        }
        return sum;
    }

    private static int random(Random random, int bound) {
        synchronized (random) {
            return random.nextInt(bound);
        }
    }

    @FunctionalInterface
    private interface Request {
        void run(int i) throws Exception;
    }

    private List<String> run(String query, String engine, Request request) throws Exception {
        // The service's code needs thousands of queries before the JIT compiler is done with it (2 cores give it
        // one C2 thread); PostgreSQL compiles nothing and only needs its caches filled.
        int warmUp = engine.equals("postgres") ? Math.min(WARM_UP, BASELINE_WARM_UP) : WARM_UP;
        for (int i = 0; i < warmUp; i++) {
            request.run(i);
        }
        List<String> rows = new ArrayList<>();
        for (int clients : CLIENTS) {
            rows.add(run(query, engine, request, clients));
        }
        return rows;
    }

    private String run(String query, String engine, Request request, int clientCount) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(clientCount);
        try {
            long[] latencies = new long[MEASURED];
            List<Callable<Void>> work = new ArrayList<>();
            for (int c = 0; c < clientCount; c++) {
                int client = c;
                work.add(() -> {
                    for (int i = client; i < MEASURED; i += clientCount) {
                        long start = System.nanoTime();
                        request.run(i);
                        latencies[i] = System.nanoTime() - start;
                    }
                    return null;
                });
            }
            CpuAccount cpu = new CpuAccount(SearchBenchmark::threadGroup);
            long start = System.nanoTime();
            for (Future<Void> done : clients.invokeAll(work)) {
                done.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            cpu.sample();
            Map<String, Double> spent = cpu.seconds();
            double cpuSeconds = CpuAccount.total(spent);
            cpu.print("search-bench cpu " + query + ", " + engine + ", " + clientCount + " clients: ", spent, MEASURED,
                    "query");
            Arrays.sort(latencies);
            return String.format("| %s | %s | %d | %.1f | %.1f | %.0f | %.1f | %.1f |", query, engine, clientCount,
                    latencies[MEASURED / 2] / 1e6,
                    latencies[(int) (MEASURED * 0.99)] / 1e6, MEASURED / seconds, cpuSeconds * 1000 / MEASURED,
                    spent.getOrDefault("JIT compiler", 0.0) * 1000 / MEASURED);
        } finally {
            clients.shutdown();
        }
    }

    private static String threadGroup(String thread) {
        if (thread.startsWith("http-nio")) {
            return "service request threads (HTTP, search, JSON)";
        }
        if (thread.startsWith("pool-") || thread.startsWith("Keep-Alive-")) {
            return "benchmark clients";
        }
        return "other Java threads";
    }

    /**
     * One GET over a kept-alive connection. The JDK's blocking {@link HttpURLConnection} costs the shared two cores
     * about a third of what {@code java.net.http.HttpClient} does with its selector thread and futures (0.19 against
     * 0.56 ms a (c) query), so the load generator takes less from the service it measures, as wrk or ab would.
     */
    private String get(String path) throws Exception {
        HttpURLConnection connection = (HttpURLConnection) URI.create("http://localhost:" + port + path).toURL()
                .openConnection();
        int status = connection.getResponseCode();
        // read to the end and close, which hands the connection back to the keep-alive cache
        try (InputStream body = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
            String text = new String(body.readAllBytes(), StandardCharsets.UTF_8);
            if (status != 200) {
                throw new IllegalStateException(path + " answered " + status + ": " + text);
            }
            return text;
        }
    }

    private static String twoTermsSql() {
        return highlightedTop(" from article a, to_tsquery('english', ?) q where a.tsv @@ q");
    }

    private static String phraseSql() {
        return highlightedTop(" from article a, phraseto_tsquery('english', ?) q where a.tsv @@ q");
    }

    /** The 20 best of the matching rows by ts_rank, with ts_headline highlights of their bodies. */
    private static String highlightedTop(String matching) {
        return "select a.id, a.title, ts_headline('english', a.body, q, 'StartSel=<mark>, StopSel=</mark>, "
                + "MaxFragments=2') from (select a.id, a.title, a.body, q, ts_rank(a.tsv, q) as rank" + matching
                + " order by rank desc limit 20) a";
    }

    /** Hits with their highlights and total, as the service answers (a) and (b): the top 20 and the count. */
    private void postgres(String sql, String query) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            consume(connection, sql, query);
            consume(connection, "select count(*) from article a where a.tsv @@ "
                    + (sql.contains("phraseto") ? "phraseto_tsquery" : "to_tsquery") + "('english', ?)", query);
        }
    }

    /** The filtered query with a region and dates, three facet counts by GROUP BY, and ts_headline highlights. */
    private void postgresFiltered(String word) throws Exception {
        String matching = " from article a, to_tsquery('english', ?) q where a.tsv @@ q "
                + "and a.published_on between date '2005-01-01' and date '2020-12-31' "
                + "and exists (select 1 from article_location al join location l on l.id = al.location_id "
                + "left join location p on p.id = l.parent_id where al.article_id = a.id "
                + "and (l.slug = 'central-asia' or p.slug = 'central-asia'))";
        try (Connection connection = dataSource.getConnection()) {
            consume(connection, highlightedTop(matching), word);
            consume(connection, "select count(*)" + matching, word);
            consume(connection, "select l.slug, count(*) from (select a.id" + matching + ") m "
                    + "join article_location al on al.article_id = m.id join location l on l.id = al.location_id "
                    + "group by l.slug order by 2 desc limit 20", word);
            consume(connection, "select au.slug, count(*) from (select a.id" + matching + ") m "
                    + "join article_author aa on aa.article_id = m.id join author au on au.id = aa.author_id "
                    + "group by au.slug order by 2 desc limit 20", word);
            consume(connection, "select extract(year from a.published_on), count(*)" + matching
                    + " group by 1 order by 2 desc", word);
        }
    }

    /** (e) in PostgreSQL: the top 20 with highlights, the count, and the six facets by GROUP BY. */
    private void postgresDefault(String terms) throws Exception {
        String matching = " from article a, to_tsquery('english', ?) q where a.tsv @@ q";
        try (Connection connection = dataSource.getConnection()) {
            consume(connection, twoTermsSql(), terms);
            consume(connection, "select count(*)" + matching, terms);
            for (String[] facet : new String[][] {{"article_location", "location_id", "location"},
                    {"article_author", "author_id", "author"}, {"article_topic", "topic_id", "topic"}}) {
                consume(connection, "select t.slug, count(*) from (select a.id" + matching + ") m join " + facet[0]
                        + " j on j.article_id = m.id join " + facet[2] + " t on t.id = j." + facet[1]
                        + " group by t.slug order by 2 desc, 1 limit 20", terms);
            }
            consume(connection, "select s.source_id, count(distinct s.article_id) from (select a.id" + matching
                    + ") m join quotation s on s.article_id = m.id group by s.source_id order by 2 desc, 1 limit 20",
                    terms);
            consume(connection, "select extract(year from a.published_on), count(*)" + matching
                    + " group by 1 order by 2 desc, 1", terms);
            consume(connection, "select a.language, count(*)" + matching + " group by 1 order by 2 desc, 1 limit 20",
                    terms);
        }
    }

    /** (d) in PostgreSQL: the 100 rows after a (day, id) newest first, with highlights, and the whole count. */
    private void postgresAfter(String[] position) throws Exception {
        String sql = "select a.id, a.title, ts_headline('english', a.body, q, 'StartSel=<mark>, StopSel=</mark>, "
                + "MaxFragments=2') from article a, to_tsquery('english', ?) q where a.tsv @@ q "
                + "and (a.published_on, a.id) < (?, ?) order by a.published_on desc, a.id desc limit 101";
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, position[0]);
                statement.setObject(2, java.time.LocalDate.parse(position[2]));
                statement.setLong(3, Long.parseLong(position[3]));
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        rows.getObject(1);
                    }
                }
            }
            consume(connection, "select count(*) from article a where a.tsv @@ to_tsquery('english', ?)", position[0]);
        }
    }

    private static void consume(Connection connection, String sql, String parameter) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    rows.getObject(1);
                }
            }
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
