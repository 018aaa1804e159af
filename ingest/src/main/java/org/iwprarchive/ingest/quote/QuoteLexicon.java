package org.iwprarchive.ingest.quote;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words the quotation finder reads attributions by, kept as data in {@code lexicon.txt} beside this class:
 * cue verbs, titles, words that are not names, what anonymous sources and organisations are called. Tuning the
 * finder to a new kind of article starts there, not in the patterns.
 */
final class QuoteLexicon {

    private static final String RESOURCE = "lexicon.txt";
    private static final QuoteLexicon STANDARD = load();

    private final Map<String, List<String>> sections;

    private QuoteLexicon(Map<String, List<String>> sections) {
        this.sections = sections;
    }

    static QuoteLexicon standard() {
        return STANDARD;
    }

    /** Verbs and phrases that attribute speech, longer ones before the shorter ones they start with. */
    List<String> cues() {
        return section("cues");
    }

    /** The first word of every cue ("said" of "said in a statement"). */
    Set<String> cueFirstWords() {
        return cues().stream().map(cue -> cue.split(" ")[0]).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** Cues that attribute speech only when "that" follows them (after when or where it was said). */
    Set<String> thatCues() {
        return Set.copyOf(section("that-cues"));
    }

    List<String> invertedCues() {
        return section("inverted-cues");
    }

    Set<String> titles() {
        return Set.copyOf(section("titles"));
    }

    /** Capitalised words of an office's field, between "Minister of" and the holder's name. */
    Set<String> portfolioWords() {
        return Set.copyOf(section("portfolio-words"));
    }

    Set<String> jobTitles() {
        return Set.copyOf(section("job-titles"));
    }

    /** What people are called for what they do, in lower case: the anonymous nouns but relations and bare words. */
    Set<String> occupations() {
        Set<String> words = new HashSet<>(section("anonymous-nouns"));
        section("not-occupations").forEach(words::remove);
        words.removeIf(word -> word.contains(" "));
        return Set.copyOf(words);
    }

    /** Given names and other capitalised words that end as the names of trades do ("Peter", "Victor", "Later"). */
    Set<String> endingAsTrades() {
        return Set.copyOf(section("ending-as-trades"));
    }

    Set<String> notNames() {
        return Set.copyOf(section("not-names"));
    }

    Set<String> leads() {
        return Set.copyOf(section("leads"));
    }

    /**
     * A section of single lower-case words, such as a Cyrillic language's occupations written before a name
     * ({@code ru-occupations}: "Экономист Шавкат Рахимов"), the first words of descriptions that name nobody
     * ({@code uk-anonymous-nouns}: "співробітник міністерства") or the heads of bodies' names
     * ({@code ru-organisation-heads}: "Министерство труда").
     */
    Set<String> words(String section) {
        return Set.copyOf(section(section));
    }

    /** Words of judgement something is called without quotation marks: "called the condition unfair". */
    List<String> judgementWords() {
        return section("judgement-words");
    }

    /** Cues that attribute only the direct quote right before them: ""...," he laughed." */
    List<String> afterQuoteCues() {
        return section("after-quote-cues");
    }

    Set<String> notPeople() {
        return Set.copyOf(section("not-people"));
    }

    List<String> anonymousNouns() {
        return section("anonymous-nouns");
    }

    List<String> organisationHeads() {
        return section("organisation-heads");
    }

    List<String> organisationOfHeads() {
        return section("organisation-of-heads");
    }

    List<String> organisationFirstHeads() {
        return section("organisation-first-heads");
    }

    List<String> organisationDescribedHeads() {
        return section("organisation-described-heads");
    }

    Set<String> genericOrganisations() {
        return Set.copyOf(section("generic-organisations"));
    }

    /** The entries as one regular-expression alternation, in their order, each taken literally. */
    static String alternation(List<String> entries) {
        return entries.stream().map(QuoteLexicon::literal).collect(Collectors.joining("|"));
    }

    private static String literal(String entry) {
        return entry.matches("[\\p{L}' ]+") ? entry : Pattern.quote(entry);
    }

    private List<String> section(String name) {
        List<String> entries = sections.get(name);
        if (entries == null || entries.isEmpty()) {
            throw new IllegalStateException("the quotation lexicon has no section [" + name + "]");
        }
        return entries;
    }

    private static QuoteLexicon load() {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        try (InputStream in = QuoteLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the quotation lexicon " + RESOURCE + " is missing");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> current = null;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String entry = line.strip();
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                if (entry.startsWith("[") && entry.endsWith("]")) {
                    current = sections.computeIfAbsent(entry.substring(1, entry.length() - 1), k -> new ArrayList<>());
                } else if (current == null) {
                    throw new IllegalStateException("the quotation lexicon has an entry before any section: " + entry);
                } else {
                    current.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new QuoteLexicon(sections);
    }
}
