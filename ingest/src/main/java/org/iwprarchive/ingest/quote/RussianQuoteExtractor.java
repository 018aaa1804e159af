package org.iwprarchive.ingest.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.iwprarchive.domain.article.QuotationKind;
import org.iwprarchive.domain.source.SourceKind;

/**
 * Attributions in Russian news copy, by the patterns Russian-language reporting uses: a quote in «guillemets» with
 * its speaker after a dash ({@code «...», — сказал фермер Абдулла Каримов}), a speaker before a colon and a quote
 * ({@code Ерлан Касымов отметил: «...»}), reported speech ({@code X заявил, что ...}, {@code По словам X, ...}),
 * {@code он}/{@code она} for the last source, and a surname alone (in any case) for a full name given earlier.
 * A speaker is a person named by two or more capitalised words; the words before the name are the role. Plural
 * groups ("Аналитики опасаются", "Экономисты считают") and the article's authors are never sources. Fewer shapes
 * than the English rules know: organisations, anonymous sources and pull quotes are not found.
 */
public final class RussianQuoteExtractor {

    private static final String VERB = "(?:сказал|заявил|отметил|добавил|подчеркнул|пояснил|сообщил|рассказал|"
            + "признал|уточнил|заметил|напомнил|предупредил)а?|считает|говорит|полагает";
    private static final String ADDRESSEE = "(?:\\s+(?:IWPR|ИВПР))?";
    /** {@code «...», — сказал фермер Абдулла Каримов из Баткенской области.} */
    private static final Pattern QUOTE_THEN_SPEAKER = Pattern.compile(
            "^«(?<q>[^»]+)»,?\\s+[—–-]\\s+(?<verb>" + VERB + ")(?<to>" + ADDRESSEE + ")\\s+(?<who>[^.!?]+?)[.!?]?$");
    /** {@code Ерлан Касымов отметил: «...».} */
    private static final Pattern SPEAKER_THEN_QUOTE = Pattern.compile(
            "^(?<who>[^«:]+?)\\s+(?<verb>" + VERB + ")(?<to>" + ADDRESSEE + "):\\s+«(?<q>[^»]+)»[.!?]?$");
    /** {@code Бакыт Осмонов заявил, что ...} */
    private static final Pattern SPEAKER_THAT = Pattern.compile(
            "^(?<who>[^«,]+?)\\s+(?<verb>" + VERB + ")(?<to>" + ADDRESSEE + "),\\s+что\\s+(?<q>.+?)[.!?]?$");
    /** {@code По словам Каримова, ...} */
    private static final Pattern ACCORDING_TO = Pattern.compile("^По словам\\s+(?<who>[^,]+),\\s+(?<q>.+?)[.!?]?$");
    /** Two or more capitalised words, not inside guillemets: a person's name. */
    private static final Pattern FULL_NAME = Pattern.compile(
            "(?<![«\\p{L}])(\\p{Lu}[\\p{Ll}’'-]+(?:\\s+\\p{Lu}[\\p{Ll}’'-]+)+)(?![\\p{L}»])");
    private static final Pattern CAPITALISED = Pattern.compile("(?<![«\\p{L}])\\p{Lu}[\\p{Ll}’'-]+");
    private static final Set<String> PRONOUNS = Set.of("он", "она");

    /** A source known in the article: its full name. */
    private record Known(String name) {
        String surname() {
            return name.substring(name.lastIndexOf(' ') + 1);
        }
    }

    public List<Attribution> extract(List<String> paragraphs, List<String> authors) {
        Set<String> authorKeys = authors.stream().map(SourceNames::key).collect(Collectors.toSet());
        List<Known> known = new ArrayList<>();
        List<Attribution> found = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            String paragraph = paragraphs.get(p).strip();
            Matcher m;
            QuotationKind kind;
            String cue;
            String who;
            if ((m = QUOTE_THEN_SPEAKER.matcher(paragraph)).matches()
                    || (m = SPEAKER_THEN_QUOTE.matcher(paragraph)).matches()) {
                kind = QuotationKind.DIRECT;
                cue = (m.group("verb") + m.group("to")).toLowerCase(Locale.ROOT).replace("iwpr", "IWPR");
                who = m.group("who").strip();
            } else if ((m = SPEAKER_THAT.matcher(paragraph)).matches()) {
                kind = QuotationKind.INDIRECT;
                cue = (m.group("verb") + m.group("to")).toLowerCase(Locale.ROOT).replace("iwpr", "IWPR");
                who = m.group("who").strip();
            } else if ((m = ACCORDING_TO.matcher(paragraph)).matches()) {
                kind = QuotationKind.INDIRECT;
                cue = "по словам";
                who = m.group("who").strip();
            } else {
                continue;
            }
            Speaker speaker = speaker(who, known, cue.equals("по словам"));
            if (speaker == null || authorKeys.contains(SourceNames.key(speaker.name()))) {
                continue;
            }
            if (known.stream().noneMatch(k -> k.name().equals(speaker.name()))) {
                known.add(new Known(speaker.name()));
            } else {
                // the last one named goes last, for "он"/"она"
                known.removeIf(k -> k.name().equals(speaker.name()));
                known.add(new Known(speaker.name()));
            }
            found.add(new Attribution(speaker.name(), SourceKind.PERSON, speaker.role(), m.group("q").strip(), kind,
                    cue, p));
        }
        return found;
    }

    private record Speaker(String name, String role) {
    }

    /** Who the words before or after the verb name: a full name with its role, a pronoun, or a known surname. */
    private static Speaker speaker(String who, List<Known> known, boolean genitive) {
        if (PRONOUNS.contains(who.toLowerCase(Locale.ROOT))) {
            return known.isEmpty() ? null : new Speaker(known.get(known.size() - 1).name(), null);
        }
        Matcher full = FULL_NAME.matcher(who);
        if (full.find()) {
            String name = full.group(1);
            String role = who.substring(0, full.start()).strip();
            if (genitive) {
                name = nominative(name);
            }
            Known earlier = earlier(lastWord(name), known);
            if (earlier != null && name.split("\\s+").length == 1) {
                return new Speaker(earlier.name(), role.isEmpty() ? null : role);
            }
            return new Speaker(name, role.isEmpty() ? null : role);
        }
        // a single capitalised word: a surname given earlier (a sentence's first word alone is no name)
        Matcher word = CAPITALISED.matcher(who);
        String last = null;
        while (word.find()) {
            last = word.group();
        }
        Known earlier = last == null ? null : earlier(last, known);
        return earlier == null ? null : new Speaker(earlier.name(), null);
    }

    /** The source named earlier whose surname this word is, in whatever case it stands. */
    private static Known earlier(String word, List<Known> known) {
        for (int i = known.size() - 1; i >= 0; i--) {
            String surname = known.get(i).surname();
            if (word.equals(surname) || nominativeForms(word).contains(surname)) {
                return known.get(i);
            }
        }
        return null;
    }

    /** The nominative a surname in the genitive may have: Каримова is Каримов's, Нурпеисовой Нурпеисова's. */
    private static List<String> nominativeForms(String word) {
        List<String> forms = new ArrayList<>();
        for (String[] ending : new String[][] {{"овой", "ова"}, {"евой", "ева"}, {"иной", "ина"}, {"ской", "ская"},
                {"ова", "ов"}, {"ева", "ев"}, {"ина", "ин"}, {"ского", "ский"}, {"а", ""}, {"я", "й"}}) {
            if (word.endsWith(ending[0])) {
                forms.add(word.substring(0, word.length() - ending[0].length()) + ending[1]);
            }
        }
        return forms;
    }

    /** A full name given in the genitive ("по словам Асель Нурпеисовой"), with its surname in the nominative. */
    private static String nominative(String name) {
        String surname = lastWord(name);
        List<String> forms = nominativeForms(surname);
        return forms.isEmpty() ? name : name.substring(0, name.length() - surname.length()) + forms.get(0);
    }

    private static String lastWord(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }
}
