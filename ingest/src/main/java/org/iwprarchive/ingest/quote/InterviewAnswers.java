package org.iwprarchive.ingest.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iwprarchive.domain.article.QuotationKind;
import org.iwprarchive.domain.source.SourceKind;
import org.iwprarchive.ingest.text.Regexes;

/**
 * The answers of an interview written as questions and answers: each answer is the interviewee's words, though no
 * verb of saying or quotation mark says so. Two shapes are read. Answers after a prefix that names who answers
 * ("Nazarov: ...", "A: ...", "Ответ: ..."), the questions after the publisher's name, "Q:" or "Вопрос:" and their kin;
 * and answers without a prefix, the paragraphs after a paragraph that is only a question, in an article whose opening
 * says it is an interview ("IWPR spoke to X, ...", "She spoke to IWPR about ...", "На вопросы ИВПР ответила X"). A
 * question is nobody's attribution. The interviewee is the person the opening names, with the role it gives them on
 * the first answer; without an opening that names one, the name of the prefix. An article that opens with a question
 * of its own and interviews no one has no answers. One instance a language's words: {@link #ENGLISH},
 * {@link #CYRILLIC} (Russian and Ukrainian), {@link #SOUTH_SLAVIC_AND_ALBANIAN}, {@link #ARABIC}, {@link #PERSIAN}.
 */
final class InterviewAnswers {

    /** Fewest questions answered before an article is taken for an interview (one question may be rhetorical). */
    private static final int FEWEST_QUESTIONS = 2;
    /**
     * The most paragraphs of opening before the first question without a prefix: an interview introduces itself and
     * asks; questions late in a report are the writer's own.
     */
    private static final int LONGEST_OPENING = 2;
    private static final String NAME_WORD = "\\p{Lu}[\\p{L}'\u2019-]+";
    private static final Pattern FULL_NAME = Regexes.compile(NAME_WORD + "(?:\\s+" + NAME_WORD + ")+");
    /** Who the person is, set apart after the name: ", a media lawyer in Dushanbe,". */
    private static final Pattern ROLE_AFTER = Regexes.compile("^,\\s+(?<role>(?:an?|the)\\s+[^,.;:]+),");

    static final InterviewAnswers ENGLISH = new InterviewAnswers(
            Regexes.compile("^(?:IWPR|Q|Question)\\s*:\\s+\\S"), Set.of("A", "Answer"),
            // (the person named after the verb, what they are set apart after the name: no role before it)
            Regexes.compile("(?:IWPR\\s+(?:spoke|talked)\\s+(?:to|with)|IWPR\\s+interviewed)\\s+(?<role>)(?<named>"
                    + NAME_WORD + "(?:\\s+" + NAME_WORD + ")+)?"
                    + "|(?:spoke|talked)\\s+(?:to|with)\\s+IWPR|(?:in\\s+an|an)\\s+interview\\s+with\\s+IWPR"
                    + "|interviewed\\s+by\\s+IWPR"),
            // capitalised words that open a sentence or a phrase, not a name: "In Khujand", "The Dushanbe lawyer"
            Set.of("The", "A", "An", "In", "At", "On", "For", "Since", "After", "Before", "When", "While", "As", "By",
                    "Last", "This", "Every", "IWPR"));
    static final InterviewAnswers CYRILLIC = new InterviewAnswers(
            Regexes.compile("^(?:ИВПР|ІВПР|IWPR|Вопрос|Запитання|Питання)\\s*:\\s+\\S"), Set.of("Ответ", "Відповідь"),
            // "На вопросы ИВПР ответила правозащитница X": what the person is, in lower case, then the name
            Regexes.compile("(?:На\\s+вопросы\\s+(?:ИВПР|IWPR)\\s+ответил[аи]?|На\\s+запитання\\s+(?:ІВПР|IWPR)"
                    + "\\s+відповіл[аи]?)\\s+(?<role>(?:\\p{Ll}[\\p{L}-]*\\s+){0,4}?)(?<named>" + NAME_WORD + "(?:\\s+"
                    + NAME_WORD + ")+)"
                    + "|ответил[аи]?\\s+на\\s+вопросы\\s+(?:ИВПР|IWPR)"
                    + "|відповіл[аи]?\\s+на\\s+запитання\\s+(?:ІВПР|IWPR)"),
            Set.of("ИВПР", "ІВПР", "IWPR"));

    /** Bosnian, Croatian, Serbian, Macedonian and Albanian. */
    static final InterviewAnswers SOUTH_SLAVIC_AND_ALBANIAN = new InterviewAnswers(
            Regexes.compile("^(?:IWPR|ИВПР|Pitanje|Питање|Прашање|Pyetje|Pyetja)\\s*:\\s+\\S"),
            Set.of("Odgovor", "Одговор", "Përgjigje", "Përgjigja"),
            // "Na pitanja IWPR-a odgovorila je ekologinja X", "На прашањата на ИВПР одговори економистката X",
            // "Pyetjeve të IWPR-së iu përgjigj gazetarja X": what the person is, in lower case, then the name
            Regexes.compile("(?:Na\\s+pitanja\\s+IWPR-a\\s+odgovori(?:o|la)\\s+je"
                    + "|На\\s+прашањата\\s+на\\s+(?:ИВПР|IWPR)\\s+одговори"
                    + "|Pyetjeve\\s+të\\s+IWPR-së\\s+iu\\s+përgjigj)\\s+(?<role>(?:\\p{Ll}[\\p{L}-]*\\s+){0,4}?)"
                    + "(?<named>" + NAME_WORD + "(?:\\s+" + NAME_WORD + ")+)"
                    + "|[Oo]dgovori(?:o|la)\\s+je\\s+na\\s+pitanja\\s+IWPR-a"
                    + "|одговори\\s+на\\s+прашањата\\s+на\\s+(?:ИВПР|IWPR)"
                    + "|iu\\s+përgjigj\\s+pyetjeve\\s+të\\s+IWPR-së"),
            Set.of("IWPR", "ИВПР"));

    /** A word of Arabic script, the zero-width non-joiner Persian writes inside words with it. */
    private static final String ARABIC_SCRIPT_WORD = "[\\p{IsArabic}\u200c]+";
    /** Who the person is, set apart after the name with the Arabic comma: "X، وکیل مدافع ...،". */
    private static final Pattern ROLE_AFTER_ARABIC_COMMA = Regexes.compile("^\\s*\u060c\\s*(?<role>[^\u060c.]+)\u060c");

    /**
     * Arabic: questions after "س:" or "سؤال:", answers after "ج:" or "جواب:" or the interviewee's name; "أجرى IWPR
     * مقابلة مع <role> X." names the interviewee, the name the two words before the comma or the stop (three after
     * "عبد", "أبو", "أم"), as Arabic names have no capitals to tell them by. Only prefixed questions are read: the
     * Arabic question mark ends no question the reading of questions that stand alone takes.
     */
    static final InterviewAnswers ARABIC = new InterviewAnswers(
            Regexes.compile("^(?:IWPR|س|سؤال|السؤال)\\s*:\\s+\\S"), Set.of("ج", "جواب", "الجواب"),
            Regexes.compile("(?:أجرى|اجرى|أجرت|اجرت)\\s+(?:IWPR|معهد\\s+صحافة\\s+الحرب\\s+والسلام)\\s+"
                    + "(?:مقابلة|حوارا|حواراً|لقاء)\\s+مع\\s+(?<role>(?:\\S+\\s+){0,4}?)"
                    + "(?<named>(?:(?:عبد|أبو|ابو|أم|ام)\\s+)?[^\\s\u060c.]+\\s+[^\\s\u060c.]+)(?=\\s*[\u060c.]|\\s*$)"),
            Set.of("IWPR"), ARABIC_SCRIPT_WORD, ROLE_AFTER_ARABIC_COMMA);
    /**
     * Persian and Dari: questions after "IWPR:", "پرسش:" or "سوال:", answers after "پاسخ:" or the interviewee's
     * name; "IWPR با X، <role>، گفت‌وگو کرده است" names the interviewee, two words before the comma, and who they are
     * after it.
     */
    static final InterviewAnswers PERSIAN = new InterviewAnswers(
            Regexes.compile("^(?:IWPR|پرسش|سوال|سؤال)\\s*:\\s+\\S"), Set.of("پاسخ", "جواب"),
            Regexes.compile("(?:IWPR|انستیتوت\\s+گزارش\u200cدهی\\s+جنگ\\s+و\\s+صلح)\\s+با\\s+(?<role>)"
                    + "(?<named>[^\\s\u060c.]+\\s+[^\\s\u060c.]+)(?=\\s*\u060c)"),
            Set.of("IWPR"), ARABIC_SCRIPT_WORD, ROLE_AFTER_ARABIC_COMMA);

    private final Pattern questionPrefix;
    private final Pattern answerPrefix;
    private final Set<String> answerWords;
    private final Pattern interview;
    private final Set<String> notNameOpenings;
    private final Pattern roleAfter;

    private InterviewAnswers(Pattern questionPrefix, Set<String> answerWords, Pattern interview,
                             Set<String> notNameOpenings) {
        this(questionPrefix, answerWords, interview, notNameOpenings, NAME_WORD, ROLE_AFTER);
    }

    /**
     * @param nameWord  one word of a name as the script writes it: capitalised, or any word of Arabic script
     * @param roleAfter who the person is, set apart after the name the opening gives (group {@code role})
     */
    private InterviewAnswers(Pattern questionPrefix, Set<String> answerWords, Pattern interview,
                             Set<String> notNameOpenings, String nameWord, Pattern roleAfter) {
        this.questionPrefix = questionPrefix;
        this.answerWords = answerWords;
        this.answerPrefix = Regexes.compile("^(?<who>" + String.join("|", answerWords) + "|" + nameWord + "(?:\\s+"
                + nameWord + "){0,2})\\s*:\\s+(?<words>\\S.*)$");
        this.interview = interview;
        this.notNameOpenings = notNameOpenings;
        this.roleAfter = roleAfter;
    }

    /**
     * The attributions of an article with its interview's answers added and anything found in its questions left
     * out; those found, as they are, when the article is no interview.
     */
    List<Attribution> addTo(List<Attribution> found, List<String> paragraphs) {
        boolean prefixed = paragraphs.stream().filter(p -> questionPrefix.matcher(p.strip()).lookingAt()).count()
                >= FEWEST_QUESTIONS;
        Predicate<String> isQuestion = prefixed ? p -> questionPrefix.matcher(p).lookingAt()
                : InterviewAnswers::isStandAloneQuestion;
        int opening = first(paragraphs, isQuestion);
        if (opening < 0 || !prefixed && (opening > LONGEST_OPENING
                || paragraphs.stream().map(String::strip).filter(isQuestion).count() < FEWEST_QUESTIONS)) {
            return found;
        }
        Interviewee interviewee = interviewee(paragraphs.subList(0, opening));
        List<Attribution> answers = new ArrayList<>();
        List<Integer> questions = new ArrayList<>();
        boolean answering = false;
        boolean roleGiven = false;
        for (int i = opening; i < paragraphs.size(); i++) {
            String paragraph = paragraphs.get(i).strip();
            if (isQuestion.test(paragraph)) {
                questions.add(i);
                answering = true;
                continue;
            }
            if (!answering || paragraph.isEmpty()) {
                continue;
            }
            String cue = null;
            String words = paragraph;
            String name = interviewee == null ? null : interviewee.name();
            if (prefixed) {
                Matcher answer = answerPrefix.matcher(paragraph);
                if (!answer.matches()) {
                    continue; // an editor's note between the answers, or the end of the interview
                }
                String who = answer.group("who");
                if (!answerWords.contains(who) && (name == null || !isPartOf(who, name))) {
                    name = who; // an answer prefixed by a name the opening did not give: that name
                }
                cue = who + ":";
                words = answer.group("words");
            }
            if (name == null) {
                continue; // "A:", or questions without prefixes, where the opening says of no interview with anyone
            }
            // the role the opening gave, on the interviewee's first answer only
            boolean firstAnswer = interviewee != null && name.equals(interviewee.name()) && !roleGiven;
            roleGiven |= firstAnswer;
            answers.add(new Attribution(name, SourceKind.PERSON, firstAnswer ? interviewee.role() : null,
                    withoutClosingStop(words), QuotationKind.DIRECT, cue, i));
        }
        if (answers.isEmpty()) {
            return found;
        }
        List<Attribution> all = new ArrayList<>(found.stream().filter(a -> !questions.contains(a.paragraph()))
                .toList());
        all.addAll(answers);
        all.sort(Comparator.comparingInt(Attribution::paragraph));
        return all;
    }

    private record Interviewee(String name, String role) {
    }

    /** The person the opening says the interview is with, and who they are; null when it names no one. */
    private Interviewee interviewee(List<String> opening) {
        for (String paragraph : opening) {
            Matcher said = interview.matcher(paragraph);
            if (!said.find()) {
                continue;
            }
            if (said.group("named") != null) {
                // "IWPR spoke to X, a lawyer,", "На вопросы ИВПР ответила правозащитница X": named after the verb
                String role = said.group("role").strip();
                Matcher after = roleAfter.matcher(paragraph.substring(said.end("named")));
                return new Interviewee(said.group("named"), !role.isEmpty() ? role
                        : after.lookingAt() ? after.group("role").strip() : null);
            }
            // "Zarina Akhmedova has run a shelter ... She spoke to IWPR": the person named last before it
            List<String> names = FULL_NAME.matcher(paragraph.substring(0, said.start())).results()
                    .map(MatchResult::group).filter(this::isPersonsName).toList();
            if (!names.isEmpty()) {
                return new Interviewee(names.get(names.size() - 1), null);
            }
        }
        return null;
    }

    /** Not a phrase a capital opens ("In Khujand") nor a body's name ("Amnesty International"). */
    private boolean isPersonsName(String words) {
        return !notNameOpenings.contains(words.substring(0, words.indexOf(' '))) && BodyNames.named(words).isEmpty();
    }

    /** "Nazarov" or "Rustam" of "Rustam Nazarov", or the whole name. */
    private static boolean isPartOf(String who, String name) {
        return name.equals(who) || List.of(name.split("\\s+")).contains(who);
    }

    /** The first paragraph, stripped, that {@code holds}; -1 when none. */
    private static int first(List<String> paragraphs, Predicate<String> holds) {
        for (int i = 0; i < paragraphs.size(); i++) {
            if (holds.test(paragraphs.get(i).strip())) {
                return i;
            }
        }
        return -1;
    }

    /** A paragraph that is a question: it ends with a question mark. */
    private static boolean isStandAloneQuestion(String paragraph) {
        return paragraph.endsWith("?");
    }

    private static String withoutClosingStop(String words) {
        String stripped = words.strip();
        return stripped.endsWith(".") && !stripped.endsWith("..") ? stripped.substring(0, stripped.length() - 1)
                : stripped;
    }
}
