package org.iwprarchive.ingest.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
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
 * groups ("Аналитики опасаются", "Экономисты считают") and the article's authors are never sources. A body heading
 * the phrase ("Министерство труда заявило") is an organisation; a description that names nobody ("сотрудник
 * хукумата", "один из врачей"), or any description with a clause that withholds the name ("пожелавший остаться
 * неназванным"), is an anonymous source; an occupation before a name goes to the role ("Экономист Шавкат
 * Рахимов"). The words come from the lexicon's {@code ru-} sections. Pull quotes are not found.
 */
public final class RussianQuoteExtractor {

    /** Past tense in every gender a speaker can have: a man, a woman, a body ("министерство сообщило"). */
    private static final String VERB = "(?:сказал|заявил|отметил|добавил|подчеркнул|пояснил|сообщил|рассказал|"
            + "признал|уточнил|заметил|напомнил|предупредил)[ао]?|считает|говорит|полагает";
    private static final String ADDRESSEE = "(?:\\s+(?:IWPR|ИВПР))?";
    /** {@code «...», — сказал фермер Абдулла Каримов из Баткенской области.} */
    private static final Pattern QUOTE_THEN_SPEAKER = Pattern.compile(
            "^«(?<q>[^»]+)»,?\\s+[—–-]\\s+(?<verb>" + VERB + ")(?<to>" + ADDRESSEE + ")\\s+(?<who>[^.!?]+?)[.!?]?$");
    /** {@code Ерлан Касымов отметил: «...».} */
    private static final Pattern SPEAKER_THEN_QUOTE = Pattern.compile(
            "^(?<who>[^«:]+?)\\s+(?<verb>" + VERB + ")(?<to>" + ADDRESSEE + "):\\s+«(?<q>[^»]+)»[.!?]?$");
    /** {@code Бакыт Осмонов заявил, что ...} */
    /** {@code Бакыт Осмонов заявил, что ...}; the speaker may carry clauses ("Сотрудник хукумата, попросивший ..., сказал"). */
    private static final Pattern SPEAKER_THAT = Pattern.compile(
            "^(?<who>[^«]+?),?\\s+(?<verb>" + VERB + ")(?<to>" + ADDRESSEE + "),\\s+что\\s+(?<q>.+?)[.!?]?$");
    /** {@code По словам Каримова, ...} */
    private static final Pattern ACCORDING_TO = Pattern.compile("^По словам\\s+(?<who>[^,]+),\\s+(?<q>.+?)[.!?]?$");
    /** Two or more capitalised words, not inside guillemets: a person's name. */
    private static final Pattern FULL_NAME = Pattern.compile(
            "(?<![«\\p{L}])(\\p{Lu}[\\p{Ll}’'-]+(?:\\s+\\p{Lu}[\\p{Ll}’'-]+)+)(?![\\p{L}»])");
    private static final Pattern CAPITALISED = Pattern.compile("(?<![«\\p{L}])\\p{Lu}[\\p{Ll}’'-]+");
    private static final Set<String> PRONOUNS = Set.of("он", "она");
    private static final QuoteLexicon LEXICON = QuoteLexicon.standard();
    private static final Set<String> OCCUPATIONS = LEXICON.russianOccupations();
    private static final Set<String> ANONYMOUS_NOUNS = LEXICON.russianAnonymousNouns();
    private static final Set<String> ORGANISATION_HEADS = LEXICON.russianOrganisationHeads();
    /** An acronym naming a body: МВД, ГКНБ, ОБСЕ, UNICEF. */
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,7}");
    /**
     * A clause that withholds the name: "пожелавший остаться неназванным", "попросившая не называть её имени",
     * "на условиях анонимности".
     */
    private static final Pattern WITHHOLDS_NAME = Pattern.compile("анонимн|неназванн|не\\s+называть|не\\s+назвал"
            + "|не\\s+раскрывать", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Set<String> ONE_OF = Set.of("один", "одна", "одно");
    /** The endings of surnames in the nominative across the region (Каримов, Сатпаева, Алиев, Саакян, Гелашвили, Рахимзода). */
    private static final Pattern SURNAME = Pattern.compile("\\p{Lu}\\p{Ll}*(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ский|"
            + "ская|цкий|цкая|ян|янц|дзе|швили|ли|зода|заде|ко|ук|юк|ич|бек|бекова|баев|баева|уулу|кызы)");

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
            if (speaker.kind() == SourceKind.PERSON) {
                // the last person named goes last, for "он"/"она"
                known.removeIf(k -> k.name().equals(speaker.name()));
                known.add(new Known(speaker.name()));
            }
            found.add(new Attribution(speaker.name(), speaker.kind(), speaker.role(), m.group("q").strip(), kind,
                    cue, p));
        }
        return found;
    }

    private record Speaker(String name, SourceKind kind, String role) {
        static Speaker person(String name, String role) {
            return new Speaker(name, SourceKind.PERSON, role == null || role.isEmpty() ? null : role);
        }
    }

    /**
     * Who the words before or after the verb name: a pronoun, a body, a description that names nobody, a person
     * by a full name or by a given name after what they do, or a known surname.
     */
    private static Speaker speaker(String who, List<Known> known, boolean genitive) {
        if (PRONOUNS.contains(who.toLowerCase(Locale.ROOT))) {
            return known.isEmpty() ? null : Speaker.person(known.get(known.size() - 1).name(), null);
        }
        String[] words = SPACES.split(who);
        int comma = who.indexOf(',');
        String described = comma < 0 ? who : who.substring(0, comma).strip();
        // "Сотрудник хукумата, попросивший не называть его имени,": whoever it is, the clause makes it anonymous
        if (comma > 0 && WITHHOLDS_NAME.matcher(who.substring(comma)).find() && !FULL_NAME.matcher(described).find()) {
            return anonymous(described);
        }
        if (!genitive && isOrganisation(words)) {
            return new Speaker(who, SourceKind.ORGANISATION, null);
        }
        if (!genitive && words.length > 2 && ONE_OF.contains(words[0].toLowerCase(Locale.ROOT))
                && words[1].equals("из") && !SURNAME.matcher(words[words.length - 1]).matches()) {
            // "Один из депутатов Жогорку Кенеша": one of a group, named by the group ("Один из организаторов
            // акции Марат Абдиев" ends in a surname, and is him)
            return anonymous(described);
        }
        // the name comes last: "Глава Миграционной службы Рустам Назаров" is Рустам Назаров, in that role
        Matcher full = FULL_NAME.matcher(described);
        MatchResult name = null;
        while (full.find()) {
            name = full.toMatchResult();
        }
        if (name != null) {
            List<String> nameWords = new ArrayList<>(List.of(SPACES.split(name.group(1))));
            StringBuilder role = new StringBuilder(described.substring(0, name.start()).strip());
            // "Экономист Шавкат Рахимов": the occupation that opens the sentence is the role, not a name
            while (nameWords.size() > 1 && OCCUPATIONS.contains(nameWords.get(0).toLowerCase(Locale.ROOT))) {
                role.append(role.length() == 0 ? "" : " ").append(nameWords.remove(0));
            }
            String named = String.join(" ", nameWords);
            if (genitive) {
                named = nominative(named);
            }
            // "Айгерим Сатпаева, мать троих детей": who she is, after her name
            String after = comma < 0 ? "" : who.substring(comma + 1).strip();
            if (role.length() == 0 && !after.isEmpty() && Character.isLowerCase(after.charAt(0))) {
                role.append(after);
            }
            Known earlier = earlier(lastWord(named), known);
            if (earlier != null && nameWords.size() == 1) {
                return Speaker.person(earlier.name(), role.toString());
            }
            if (nameWords.size() == 1 && role.length() > 0) {
                return Speaker.person(named, role.toString()); // "Пенсионер Калыбек": a given name after an occupation
            }
            return nameWords.size() > 1 ? Speaker.person(named, role.toString()) : null;
        }
        // "Местная жительница Гулноза": what someone is, then a given name alone
        if (words.length >= 2 && isCapitalisedWord(words[words.length - 1]) && !genitive
                && describesAPerson(List.of(words).subList(0, words.length - 1))) {
            return Speaker.person(words[words.length - 1], String.join(" ", List.of(words).subList(0,
                    words.length - 1)));
        }
        if (!genitive && ANONYMOUS_NOUNS.contains(words[0].toLowerCase(Locale.ROOT))) {
            return anonymous(described);
        }
        // a single capitalised word: a surname given earlier (a sentence's first word alone is no name)
        Matcher word = CAPITALISED.matcher(who);
        String last = null;
        while (word.find()) {
            last = word.group();
        }
        Known earlier = last == null ? null : earlier(last, known);
        return earlier == null ? null : Speaker.person(earlier.name(), null);
    }

    private static Speaker anonymous(String description) {
        return new Speaker(Character.toLowerCase(description.charAt(0)) + description.substring(1),
                SourceKind.ANONYMOUS, null);
    }

    /** "Министерство труда", "Миграционная служба Таджикистана", "ГКНБ": a body's name, heading the phrase. */
    private static boolean isOrganisation(String[] words) {
        if (ACRONYM.matcher(words[0]).matches()) {
            return true;
        }
        for (int i = 0; i < Math.min(2, words.length); i++) {
            if (ORGANISATION_HEADS.contains(words[i].toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the words say what a person is: an occupation or a kind of person among them. */
    private static boolean describesAPerson(List<String> words) {
        return words.stream().map(w -> w.toLowerCase(Locale.ROOT))
                .anyMatch(w -> OCCUPATIONS.contains(w) || ANONYMOUS_NOUNS.contains(w));
    }

    private static boolean isCapitalisedWord(String word) {
        return CAPITALISED.matcher(word).matches();
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
