package org.iwprarchive.ingest.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iwprarchive.domain.source.QuotationKind;
import org.iwprarchive.domain.source.SourceKind;

/**
 * Finds who is quoted in an article, in what role, saying what. Rules, not a model: the attribution patterns
 * of English news writing as IWPR uses them, checked against a labelled evaluation set (see docs/quotes.md).
 *
 * <p>Direct quotes are attributed by the clause after them ({@code ," said X}, {@code ," X told IWPR},
 * {@code ," read a statement}) or before them ({@code X said, "...}); reported speech by {@code According to X,}
 * and {@code X said/noted/warned/... (that) ...}. A quote paragraph that follows a direct quote without an
 * attribution of its own continues it; a quote followed by a "Name, role" line is a pull-quote. Within the
 * article, a surname or "President Surname" links to the full name used earlier, and he/she to the last
 * source. The article's authors are never sources, nor is anyone only mentioned.
 */
public final class QuoteExtractor {

    private static final String CUE_WORDS = "said in a statement|told reporters|told IWPR|told|said|says|added|adds|"
            + "noted|notes|warned|warns|echoed|echoes|explained|explains|stressed|stresses|argued|argues|insisted|"
            + "insists|claimed|claims|stated|states|announced|admitted|admits|observed|recalled|remarked|"
            + "emphasised|emphasized|pointed out|complained|complains|acknowledged|acknowledges|asserted|"
            + "maintained|maintains|predicted|predicts|urged|urges|conceded|denied|denies";
    // patterns used on every sentence, compiled once
    private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.!?][\"\u201d]?$");
    private static final Pattern LEADING_CUE = Pattern.compile("^(?:" + CUE_WORDS + ")\\s+(?:that\\s+)?");
    private static final Pattern RELATIVE_CLAUSE = Pattern.compile("\\b(?:who|which|that)\\b.*$");
    private static final Pattern VERB = Pattern.compile(
            "\\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might)\\b");
    private static final Pattern TRAILING_COMMA = Pattern.compile(",$");
    private static final Pattern COMMA = Pattern.compile(",\\s*");
    private static final Pattern STARTS_LOWER = Pattern.compile("\\p{Ll}");
    private static final Pattern STARTS_DESCRIPTION = Pattern.compile("\\p{Ll}|(?:The|A|An|His|Her|Their|Its)\\s");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NAME_WORD = Pattern.compile("[\\p{L}'\u2019.-]+");
    private static final Pattern OWNER_ARTICLE = Pattern.compile("^(?:the|its|their)\\s+");
    private static final Pattern TRAILING_CLAUSE_MARK = Pattern.compile("[,;:]$");
    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{L}'\u2019-]*\\.?");
    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.?");
    private static final Pattern TRAILING_MARKS = Pattern.compile("[,.;:]+$");
    /** The first word of every cue; a text without one of them cannot match a pattern that needs a cue. */
    private static final Set<String> CUE_STARTS = java.util.Arrays.stream(CUE_WORDS.split("\\|"))
            .map(cue -> cue.split(" ")[0]).collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final String OPEN = "[\"\u201c]";
    private static final String CLOSE = "[\"\u201d]";
    private static final Pattern QUOTE = Pattern.compile(OPEN + "([^\"\u201c\u201d]{2,}?)" + CLOSE);
    private static final Pattern AFTER_CUE_SPEAKER = Pattern.compile(
            "^,?\\s*(?<cue>" + CUE_WORDS + ")\\s+(?<speaker>[^.;:!?,\"\u201c\u201d]{2,160}?)"
                    + "(?:,\\s+(?<role>(?!\\p{Ll}+ing\\b)\\p{Ll}[^.;:!?\"\u201c\u201d]{1,160}?))?\\s*(?:[.;]|,\\s|$)");
    private static final Pattern AFTER_SPEAKER_CUE = Pattern.compile(
            "^,?\\s*(?<speaker>[^.;:!?\"\u201c\u201d]{2,200}?)\\s+(?<cue>" + CUE_WORDS + ")\\b");
    private static final Pattern AFTER_STATEMENT = Pattern.compile(
            "^,?\\s*(?<cue>read (?:a|an|the) (?<owner>[\\w'\u2019 -]{0,60}?)\\s*statement)\\b");
    private static final Pattern AFTER_STATEMENT_FROM = Pattern.compile(
            "^,?\\s*(?<cue>read a statement (?:from|by|issued by) (?:the\\s+)?(?<owner>[^.,;\"\u201c\u201d]{2,80}?))\\s*(?:[.;]|,\\s|$)");
    private static final Pattern INVERTED = Pattern.compile(
            "^(?<text>[^\"\u201c\u201d]{3,}?),\\s+(?<cue>said|says|added|adds|noted|warned|explained|argued)\\s+"
                    + "(?<speaker>[^.;:!?]{2,160}?)[.!?]?$");
    private static final Pattern BEFORE_SPEAKER_CUE = Pattern.compile(
            "(?<speaker>[^.;:!?\"\u201c\u201d]{2,200}?)\\s+(?<cue>" + CUE_WORDS + ")(?:\\s+that)?\\s*[,:]?\\s*$");
    private static final Pattern ACCORDING_TO = Pattern.compile(
            "^(?<lead>.{0,80}?\\b)?[Aa]ccording to (?<speaker>[^,;]{2,160}?)"
                    + "(?:,\\s*(?<role>(?:an?|the)\\s[^,;]{2,160}?))?"
                    + ",\\s*(?<text>.+?)[.!?]?$");
    private static final Pattern REPORTED = Pattern.compile(
            "^(?<pre>.{1,300}?)\\s+(?<cue>" + CUE_WORDS + ")(?:,\\s*\\p{Ll}+,)?(?:\\s+(?:that|how|whether))?\\s+"
                    + "(?<text>[^\\s\"\u201c].{2,}?)[.!?]?$");
    private static final Pattern PULL_QUOTE_LINE = Pattern.compile(
            "^(?<name>\\p{Lu}[\\p{L}'\u2019.-]+(?:\\s+\\p{Lu}[\\p{L}'\u2019.-]+){1,3}),\\s+(?<role>[^.\"\u201c\u201d]{2,80})$");
    /** A sentence ends at . ! or ? before a capital or a quote (or a quote already blanked out as \\u0000). */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}\"\u201c\u0000])");
    private static final Pattern FULL_NAME = Pattern.compile(
            "\\b(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\.?)?(?:\\s+\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?){1,2})\\b");
    private static final Pattern LEADING_ACRONYM = Pattern.compile("^(?:[Tt]he\\s+)?(\\p{Lu}{2,6})\\b");
    private static final Pattern ANY_ACRONYM = Pattern.compile("\\b(\\p{Lu}{2,6})\\b");
    private static final Pattern ACRONYM = Pattern.compile("^(?:[Tt]he\\s+)?(\\p{Lu}{2,6}s?)$");
    private static final Pattern ORGANISATION = Pattern.compile("^(?:[Tt]he\\s+)?((?:\\p{Lu}[\\p{L}'\u2019-]*\\s+)"
            + "(?:(?:of|for|and|on|the|\\p{Lu}[\\p{L}'\u2019-]*)\\s+){0,6}(?:Ministry|Party|Organisation|Organization|"
            + "Committee|Council|Movement|Office|Agency|Watch|Commission|Service|Court|Union|Front|Bank|Fund|Group|"
            + "Institute|Centre|Center|Foundation|Association|Government|Embassy|Parliament|Assembly|Alliance|"
            + "Coalition|Network|Federation|Authority|Department|Prosecutor's Office|International|Mission))$");
    /** "Helsinki Committee of Armenia": a named body with "of/for/on" and a place or subject after it. */
    private static final Pattern ORGANISATION_OF = Pattern.compile("^(?:[Tt]he\\s+)?(\\p{Lu}[\\p{L}'\u2019-]*\\s+"
            + "(?:\\p{Lu}[\\p{L}'\u2019-]*\\s+){0,3}(?:Committee|Council|Commission|Centre|Center|Institute|Union|"
            + "Association|Foundation|Movement|Party|Office|Ministry|Agency|Court|Bank|Fund)\\s+(?:of|for|on)\\s+"
            + "(?:the\\s+)?\\p{Lu}[\\p{L}'\u2019-]*(?:\\s+\\p{Lu}[\\p{L}'\u2019-]*){0,3})$");
    private static final Pattern ORGANISATION_DESCRIBED = Pattern.compile("^(?:[Tt]he\\s+)?(\\p{Lu}[\\p{L}'\u2019-]*"
            + "(?:\\s+[\\p{Ll}-]+){0,3}\\s+(?:ministry|government|office|committee|commission|embassy|"
            + "administration|parliament|police|army|council|agency|service|court|prosecutor's office))$");
    private static final Pattern ORGANISATION_FIRST = Pattern.compile("^(?:[Tt]he\\s+)?((?:Committee|Union|Council|"
            + "Association|Federation|Office|Ministry|Institute|Centre|Center|Movement|Party|Front|Organisation|"
            + "Organization|Coalition|Commission|League|Society)(?:\\s+(?:of|for|to|and|on|the|in|\\p{Lu}[\\p{L}'\u2019-]*)){1,7})$");
    private static final Pattern ANONYMOUS = Pattern.compile("^(?:an?|one|another)\\s+(?:[\\p{Ll}-]+\\s+){0,3}?"
            + "(?:official|officials|journalist|resident|source|diplomat|analyst|observer|expert|activist|farmer|"
            + "teacher|member|representative|spokesperson|spokesman|spokeswoman|doctor|woman|man|student|worker|"
            + "employee|officer|lawyer|politician|businessman|trader|villager|witness|mother|father|refugee|"
            + "soldier|police officer|human rights defender)\\b.*$");
    private static final Set<String> TITLES = Set.of("President", "Prime", "Minister", "General", "Gen", "Dr", "Mr",
            "Mrs", "Ms", "Professor", "Prof", "Ambassador", "Deputy", "Governor", "Mayor", "Judge", "Colonel",
            "Senator", "Chairman", "Chairwoman", "Speaker", "Foreign", "Defence", "Defense", "Interior", "Justice",
            "Vice", "Sheikh", "Imam", "Father", "Commander", "Major", "Captain", "Secretary", "Chief", "Head");
    private static final Set<String> NOT_NAMES = Set.of("The", "This", "That", "These", "Those", "It", "In", "A", "An",
            "But", "However", "And", "Although", "While", "When", "If", "As", "At", "On", "For", "With", "From", "By",
            "After", "Before", "During", "Some", "Many", "Most", "Other", "Others", "Such", "There", "Their", "They",
            "We", "I", "You", "His", "Her", "Its", "Our", "Central", "Western", "Eastern", "Northern", "Southern");
    /** Words that open a clause rather than a role. */
    private static final Set<String> LEADS = Set.of("In", "On", "At", "For", "With", "From", "By", "After", "Before",
            "During", "Although", "While", "When", "If", "As", "But", "However", "Despite", "Dismissing", "Asked",
            "Speaking", "Meanwhile", "Since", "Because", "And", "Yet", "So", "Still", "Instead", "Today", "Yesterday",
            "Last", "This", "That", "It", "There", "They", "We", "Some", "Many", "Most", "The", "Its", "Their", "His",
            "Her", "Our");
    private static final Set<String> GENERIC_ORGANISATIONS = Set.of("alliance", "organisation", "organization",
            "government", "ministry", "party", "movement", "group", "office", "embassy", "agency", "committee");

    /** What is known while reading one article. */
    private static final class Context {
        final Map<String, String> fullNameBySurname = new HashMap<>();
        final Set<String> ambiguousSurnames = new java.util.HashSet<>();
        final List<String> organisations = new ArrayList<>();
        final Set<String> authorKeys;
        final List<Attribution> found = new ArrayList<>();
        Attribution last;

        Context(List<String> authors) {
            this.authorKeys = new java.util.HashSet<>();
            authors.forEach(a -> authorKeys.add(SourceNames.key(a)));
        }
    }

    /** A resolved speaker: who, what kind, and the role this mention gives. */
    private record Speaker(String name, SourceKind kind, String role) {
    }

    /**
     * @param paragraphs the article body, one entry a paragraph
     * @param authors    the article's authors, who are never sources
     */
    public List<Attribution> extract(List<String> paragraphs, List<String> authors) {
        Context context = new Context(authors == null ? List.of() : authors);
        if (paragraphs == null) {
            return List.of();
        }
        boolean skipNext = false;
        for (int i = 0; i < paragraphs.size(); i++) {
            String paragraph = paragraphs.get(i) == null ? "" : paragraphs.get(i).strip();
            if (skipNext) {
                skipNext = false;
                continue;
            }
            learnNames(paragraph, context);
            String next = i + 1 < paragraphs.size() ? paragraphs.get(i + 1).strip() : "";
            skipNext = paragraph(paragraph, next, i, context);
        }
        return List.copyOf(context.found);
    }

    /** @return whether the next paragraph was used up (a pull-quote attribution line) */
    private boolean paragraph(String paragraph, String next, int index, Context context) {
        Attribution before = context.last;
        int foundBefore = context.found.size();
        // every quote and every sentence of reported speech, taken in the order they are written, so that
        // "he" refers to whoever was last named before it
        List<Map.Entry<Integer, Runnable>> steps = new ArrayList<>();
        List<String> quoted = new ArrayList<>();
        List<Integer> consumedQuotes = new ArrayList<>();
        StringBuilder unquoted = new StringBuilder(paragraph);
        Matcher quote = QUOTE.matcher(paragraph);
        while (quote.find()) {
            String text = clean(quote.group(1));
            String ahead = paragraph.substring(quote.end());
            String behind = paragraph.substring(0, quote.start());
            quoted.add(text);
            int at = quote.start();
            steps.add(Map.entry(at, () -> {
                if (!insideConsumedSentence(at, consumedQuotes, paragraph)) {
                    attributeDirect(text, behind, ahead, index, context);
                }
            }));
            for (int i = quote.start(); i < quote.end(); i++) {
                unquoted.setCharAt(i, '\u0000');
            }
        }
        int sentenceStart = 0;
        Matcher boundary = SENTENCE_END.matcher(unquoted);
        while (true) {
            boolean more = boundary.find();
            int sentenceEnd = more ? boundary.start() : unquoted.length();
            String masked = unquoted.substring(sentenceStart, sentenceEnd);
            String sentence = paragraph.substring(sentenceStart, sentenceEnd).strip();
            if (!masked.isBlank()) {
                int start = sentenceStart;
                // a sentence with a quote in it is reported speech only when its attribution comes first and
                // the quote is a phrase inside what is reported ("said the harvest relied on "volunteers"")
                steps.add(Map.entry(start, () -> {
                    if (reported(sentence, masked.indexOf('\u0000') >= 0, index, context)) {
                        consumedQuotes.add(start);
                    }
                }));
            }
            if (!more) {
                break;
            }
            sentenceStart = boundary.end();
        }
        steps.sort(Map.Entry.comparingByKey());
        steps.forEach(step -> step.getValue().run());

        boolean attributed = context.found.size() > foundBefore;
        if (quoted.isEmpty() || attributed || !startsWithQuote(paragraph)) {
            return false;
        }
        Matcher line = PULL_QUOTE_LINE.matcher(next);
        if (endsWithQuote(paragraph) && line.matches()) {
            Speaker speaker = resolve(line.group("name"), context).orElse(null);
            if (speaker != null && !isRepeat(speaker, quoted, context)) {
                quoted.forEach(t -> add(speaker, line.group("role").strip(), t, QuotationKind.DIRECT, null, index,
                        context));
            }
            return true;
        }
        if (before != null && before.kind() == QuotationKind.DIRECT && before.paragraph() == index - 1) {
            // a quote paragraph right after a direct quote, with no attribution of its own, goes on with it
            quoted.forEach(t -> add(new Speaker(before.source(), before.sourceKind(), null), null, t,
                    QuotationKind.DIRECT, null, index, context));
        }
        return false;
    }

    private void attributeDirect(String text, String before, String after, int index, Context context) {
        for (Pattern statementClause : List.of(AFTER_STATEMENT, AFTER_STATEMENT_FROM)) {
            Matcher statement = statementClause.matcher(after);
            if (statement.find()) {
                Optional<Speaker> owner = organisationNamed(statement.group("owner").strip(), context);
                if (owner.isPresent()) {
                    add(owner.get(), null, text, QuotationKind.DIRECT, statement.group("cue"), index, context);
                    return;
                }
            }
        }
        boolean cueAfter = mayHoldCue(after);
        Matcher cueFirst = AFTER_CUE_SPEAKER.matcher(after);
        if (cueAfter && cueFirst.find()) {
            Optional<Speaker> speaker = speaker(cueFirst.group("speaker"), context);
            if (speaker.isPresent()) {
                String role = speaker.get().kind() == SourceKind.PERSON && cueFirst.group("role") != null
                        && speaker.get().role() == null ? cueFirst.group("role").strip() : speaker.get().role();
                add(speaker.get(), role, text, QuotationKind.DIRECT, cueFirst.group("cue"), index, context);
                return;
            }
        }
        Matcher speakerFirst = AFTER_SPEAKER_CUE.matcher(after);
        if (cueAfter && speakerFirst.find()) {
            Optional<Speaker> speaker = speaker(speakerFirst.group("speaker"), context);
            if (speaker.isPresent()) {
                add(speaker.get(), speaker.get().role(), text, QuotationKind.DIRECT, speakerFirst.group("cue"), index,
                        context);
                return;
            }
        }
        String clauseBefore = lastClause(before);
        Matcher beforeQuote = BEFORE_SPEAKER_CUE.matcher(clauseBefore);
        if (mayHoldCue(clauseBefore) && beforeQuote.find()) {
            Optional<Speaker> speaker = speaker(beforeQuote.group("speaker"), context);
            if (speaker.isPresent()) {
                add(speaker.get(), speaker.get().role(), text, QuotationKind.DIRECT, beforeQuote.group("cue"), index,
                        context);
                return;
            }
        }
        // "...," Farhad said. "It has nothing to do with women." : a quote right after an attributed one in the
        // same paragraph goes on with it
        Attribution last = context.last;
        if (last != null && last.kind() == QuotationKind.DIRECT && last.paragraph() == index
                && ENDS_SENTENCE.matcher(before.strip()).matches() && !before.isBlank()) {
            add(new Speaker(last.source(), last.sourceKind(), null), null, text, QuotationKind.DIRECT, null, index,
                    context);
        }
    }

    /**
     * Reported speech: "According to X, ...", "X said (that) ..." or "..., said X."
     *
     * @param quoted whether the sentence holds a quote; then only an attribution that comes before it counts
     * @return whether the sentence was attributed
     */
    private boolean reported(String sentence, boolean quoted, int index, Context context) {
        Matcher according = ACCORDING_TO.matcher(sentence);
        if (sentence.contains("ccording to ") && according.matches()) {
            Optional<Speaker> speaker = speaker(according.group("speaker"), context);
            if (speaker.isPresent()) {
                String role = speaker.get().role();
                String text = according.group("text");
                if (according.group("role") != null) {
                    if (speaker.get().kind() == SourceKind.PERSON && role == null && isNounPhrase(according.group("role"))) {
                        role = according.group("role").strip();
                    } else {
                        text = according.group("role") + ", " + text; // not a role after all
                    }
                }
                add(speaker.get(), role, text, QuotationKind.INDIRECT, "according to", index, context);
                return true;
            }
        }
        if (!mayHoldCue(sentence)) {
            return false; // both patterns below need a cue word
        }
        Matcher reported = REPORTED.matcher(sentence);
        if (reported.matches() && !hasQuote(reported.group("pre"))) {
            Optional<Speaker> speaker = speaker(reported.group("pre"), context);
            if (speaker.isPresent()) {
                String text = LEADING_CUE.matcher(reported.group("text")).replaceFirst("");
                add(speaker.get(), speaker.get().role(), text, QuotationKind.INDIRECT, reported.group("cue"), index,
                        context);
                return true;
            }
        }
        Matcher inverted = INVERTED.matcher(sentence);
        if (!quoted && inverted.matches()) {
            Optional<Speaker> speaker = speaker(inverted.group("speaker"), context);
            if (speaker.isPresent()) {
                add(speaker.get(), speaker.get().role(), inverted.group("text"), QuotationKind.INDIRECT,
                        inverted.group("cue"), index, context);
                return true;
            }
        }
        return false;
    }

    /** "a presenter who has covered six elections" is a role; "the situation is bad" is a clause. */
    private static boolean isNounPhrase(String phrase) {
        String main = RELATIVE_CLAUSE.matcher(phrase).replaceAll("");
        return !VERB.matcher(main).find();
    }

    private static boolean hasQuote(String text) {
        return text.indexOf('"') >= 0 || text.indexOf('\u201c') >= 0 || text.indexOf('\u201d') >= 0;
    }

    /** Whether the quote at {@code at} lies in a sentence already attributed as reported speech. */
    private static boolean insideConsumedSentence(int at, List<Integer> consumedStarts, String paragraph) {
        for (int start : consumedStarts) {
            if (start <= at) {
                Matcher end = SENTENCE_END.matcher(paragraph);
                int sentenceEnd = end.find(start) ? end.start() : paragraph.length();
                // the quote's own closing mark may precede the sentence end; a start inside counts
                if (at < sentenceEnd || sentenceEnd <= start) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Reads a speaker phrase: a name with or without its role, an anonymous description, a pronoun. */
    private Optional<Speaker> speaker(String phrase, Context context) {
        String p = TRAILING_COMMA.matcher(phrase.strip()).replaceAll("").strip();
        if (p.isEmpty() || p.length() > 200) {
            return Optional.empty();
        }
        String[] segments = COMMA.split(p);
        if (segments.length >= 2) {
            Optional<Speaker> first = resolve(segments[0], context);
            String rest = p.substring(p.indexOf(',') + 1).strip();
            // "Rustam Jumaev, a spokesperson for ..." : a name, then its role
            if (first.isPresent() && first.get().kind() == SourceKind.PERSON && STARTS_LOWER.matcher(rest).lookingAt()) {
                return Optional.of(new Speaker(first.get().name(), SourceKind.PERSON, rest));
            }
            // "a teacher in Jizzak, who asked not to be identified" : one anonymous description
            if (first.isPresent() && first.get().kind() == SourceKind.ANONYMOUS && rest.startsWith("who ")) {
                String name = Character.toLowerCase(p.charAt(0)) + p.substring(1);
                return Optional.of(new Speaker(name, SourceKind.ANONYMOUS, null));
            }
            // "the newspaper's deputy editor, Rahim Hajiev" and "His lawyer, Nurbek Toktakunov" : role, then name
            if (segments.length == 2 && STARTS_DESCRIPTION.matcher(segments[0]).lookingAt()) {
                Optional<Speaker> last = resolve(segments[1], context);
                if (last.isPresent() && last.get().kind() == SourceKind.PERSON && last.get().role() == null) {
                    return Optional.of(new Speaker(last.get().name(), SourceKind.PERSON, segments[0].strip()));
                }
            }
            p = segments[segments.length - 1].strip();
        }
        return resolve(p, context);
    }

    private Optional<Speaker> resolve(String phrase, Context context) {
        String p = phrase.strip();
        String lower = p.toLowerCase(Locale.ROOT);
        if (lower.equals("he") || lower.equals("she")) {
            Attribution last = context.last;
            return last == null ? Optional.empty() : Optional.of(new Speaker(last.source(), last.sourceKind(), null));
        }
        if (ANONYMOUS.matcher(p).matches() || ANONYMOUS.matcher(lower).matches()) {
            if (SPACES.split(p).length > 14) {
                return Optional.empty();
            }
            String name = Character.toLowerCase(p.charAt(0)) + p.substring(1);
            return Optional.of(new Speaker(name, SourceKind.ANONYMOUS, null));
        }
        Matcher acronym = ACRONYM.matcher(p);
        if (acronym.matches()) {
            return Optional.of(new Speaker(acronym.group(1), SourceKind.ORGANISATION, null));
        }
        for (Pattern kind : List.of(ORGANISATION, ORGANISATION_FIRST, ORGANISATION_OF, ORGANISATION_DESCRIBED)) {
            Matcher organisation = kind.matcher(p);
            if (organisation.matches()) {
                return Optional.of(new Speaker(organisation.group(1), SourceKind.ORGANISATION, null));
            }
        }
        return person(p, context);
    }

    /** "NATO spokeswoman Stefanie Babst": the capitalised run at the end is the name, what precedes it the role. */
    private Optional<Speaker> person(String phrase, Context context) {
        String[] tokens = SPACES.split(phrase);
        if (tokens.length > 12) {
            return Optional.empty();
        }
        int start = tokens.length;
        while (start > 0 && isNameToken(tokens[start - 1])) {
            start--;
        }
        if (start == tokens.length) {
            return Optional.empty();
        }
        List<String> roleWords = new ArrayList<>(List.of(tokens).subList(0, start));
        List<String> nameWords = new ArrayList<>(List.of(tokens).subList(start, tokens.length));
        if (roleWords.isEmpty()) {
            while (nameWords.size() > 1 && (LEADS.contains(nameWords.get(0)) || NOT_NAMES.contains(nameWords.get(0)))) {
                nameWords.remove(0); // "But Umida Niazova": the sentence's first word is not her name
            }
        }
        while (nameWords.size() > 1 && TITLES.contains(nameWords.get(0).replace(".", ""))) {
            roleWords.add(nameWords.remove(0));
        }
        if (nameWords.isEmpty() || NOT_NAMES.contains(nameWords.get(0)) || TITLES.contains(nameWords.get(0))) {
            return Optional.empty();
        }
        for (String word : roleWords) {
            if (!NAME_WORD.matcher(word).matches()) {
                return Optional.empty();
            }
        }
        if (!roleWords.isEmpty() && LEADS.contains(roleWords.get(0))) {
            return Optional.empty(); // "In spite of ... Afghanistan": a clause, not a role
        }
        String name = String.join(" ", nameWords);
        if (nameWords.size() == 1) {
            String surname = nameWords.get(0);
            if (context.ambiguousSurnames.contains(surname)) {
                return Optional.empty();
            }
            if (context.fullNameBySurname.containsKey(surname)) {
                name = context.fullNameBySurname.get(surname);
            } else if (roleWords.isEmpty() || !TITLES.contains(roleWords.get(roleWords.size() - 1).replace(".", ""))) {
                return Optional.empty(); // a lone capitalised word that names no one met before
            }
        }
        if (context.authorKeys.contains(SourceNames.key(name))) {
            return Optional.empty();
        }
        String role = roleWords.isEmpty() ? null : String.join(" ", roleWords);
        if (role != null && roleWords.size() > 8) {
            return Optional.empty();
        }
        return Optional.of(new Speaker(name, SourceKind.PERSON, role));
    }

    /** The owner of "an alliance statement": an organisation named, or the one the article last named. */
    private Optional<Speaker> organisationNamed(String owner, Context context) {
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        Optional<Speaker> named = resolve(owner, context).filter(s -> s.kind() == SourceKind.ORGANISATION);
        if (named.isPresent()) {
            return named;
        }
        Matcher leadingAcronym = LEADING_ACRONYM.matcher(owner);
        if (leadingAcronym.find()) {
            return Optional.of(new Speaker(leadingAcronym.group(1), SourceKind.ORGANISATION, null));
        }
        String generic = OWNER_ARTICLE.matcher(owner.toLowerCase(Locale.ROOT)).replaceAll("");
        if (GENERIC_ORGANISATIONS.contains(generic) && !context.organisations.isEmpty()) {
            return Optional.of(new Speaker(context.organisations.get(context.organisations.size() - 1),
                    SourceKind.ORGANISATION, null));
        }
        return Optional.empty();
    }

    private static boolean isNameToken(String token) {
        String t = TRAILING_CLAUSE_MARK.matcher(token).replaceAll("");
        return CAPITALISED.matcher(t).matches() || INITIAL.matcher(t).matches();
    }

    /**
     * Whether a text has a word that starts a cue ("said", "told", "pointed", ...), read as runs of ASCII letters:
     * every match of a pattern with a cue has one, so a text without any is passed over without running the
     * patterns, whose lazy speaker groups try every cue at every position.
     */
    static boolean mayHoldCue(String text) {
        int length = text.length();
        int i = 0;
        while (i < length) {
            while (i < length && !isAsciiLetter(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < length && isAsciiLetter(text.charAt(i))) {
                i++;
            }
            if (i > start && CUE_STARTS.contains(text.substring(start, i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** Full names and organisations met so far: what a later surname or "the alliance" refers to. */
    private void learnNames(String paragraph, Context context) {
        Matcher names = FULL_NAME.matcher(paragraph);
        while (names.find()) {
            List<String> words = new ArrayList<>(List.of(SPACES.split(names.group(1))));
            while (!words.isEmpty() && (NOT_NAMES.contains(words.get(0)) || TITLES.contains(words.get(0))
                    || LEADS.contains(words.get(0)))) {
                words.remove(0);
            }
            if (words.size() < 2) {
                continue;
            }
            String surname = words.get(words.size() - 1);
            String full = String.join(" ", words);
            String known = context.fullNameBySurname.putIfAbsent(surname, full);
            if (known != null && !known.equals(full)) {
                context.ambiguousSurnames.add(surname);
            }
        }
        Matcher acronyms = ANY_ACRONYM.matcher(paragraph);
        while (acronyms.find()) {
            context.organisations.add(acronyms.group(1));
        }
    }

    private static boolean isRepeat(Speaker speaker, List<String> texts, Context context) {
        return context.found.stream().anyMatch(a -> a.source().equals(speaker.name())
                && texts.stream().anyMatch(t -> a.text().contains(t) || t.contains(a.text())));
    }

    private static void add(Speaker speaker, String role, String text, QuotationKind kind, String cue, int index,
                            Context context) {
        String cleaned = clean(text);
        if (cleaned.isEmpty()) {
            return;
        }
        Attribution attribution = new Attribution(speaker.name(), speaker.kind(), role, cleaned, kind, cue, index);
        context.found.add(attribution);
        context.last = attribution;
    }

    private static String lastClause(String before) {
        String[] sentences = SENTENCE_END.split(before);
        return sentences.length == 0 ? before : sentences[sentences.length - 1];
    }

    private static boolean startsWithQuote(String paragraph) {
        return !paragraph.isEmpty() && (paragraph.charAt(0) == '"' || paragraph.charAt(0) == '\u201c');
    }

    private static boolean endsWithQuote(String paragraph) {
        char last = paragraph.charAt(paragraph.length() - 1);
        return last == '"' || last == '\u201d';
    }

    private static String clean(String text) {
        return TRAILING_MARKS.matcher(SPACES.matcher(text).replaceAll(" ").strip()).replaceAll("").strip();
    }
}
