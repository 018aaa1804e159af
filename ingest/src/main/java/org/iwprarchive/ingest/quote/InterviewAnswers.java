package org.iwprarchive.ingest.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iwprarchive.domain.article.QuotationKind;
import org.iwprarchive.domain.source.SourceKind;
import org.iwprarchive.ingest.text.Regexes;

/**
 * The answers of an interview written as questions and answers, in English: each answer is the interviewee's words,
 * though no verb of saying or quotation mark says so. Two shapes are read. Answers after a prefix that names who
 * answers ("Nazarov: ...", "A: ..."), the questions after "IWPR:", "Q:" or "Question:"; and answers without a prefix,
 * the paragraphs after a paragraph that is only a question, in an article whose opening says it is an interview ("IWPR
 * spoke to X, ...", "She spoke to IWPR about ..."). A question is nobody's attribution. The interviewee is the person
 * the opening names, with the role it gives them on the first answer; without an opening that names one, the name of
 * the prefix. An article that opens with a question of its own and interviews no one has no answers.
 */
final class InterviewAnswers {

    /** Fewest questions answered before an article is taken for an interview (one question may be rhetorical). */
    private static final int FEWEST_QUESTIONS = 2;
    /**
     * The most paragraphs of opening before the first question without a prefix: an interview introduces itself and
     * asks; questions late in a report are the writer's own.
     */
    private static final int LONGEST_OPENING = 2;
    private static final Pattern QUESTION_PREFIX = Regexes.compile("^(?:IWPR|Q|Question)\\s*:\\s+\\S");
    private static final Pattern ANSWER_PREFIX = Regexes.compile(
            "^(?<who>A|Answer|\\p{Lu}[\\p{L}'\u2019-]+(?:\\s+\\p{Lu}[\\p{L}'\u2019-]+){0,2})\\s*:\\s+(?<words>\\S.*)$");
    /** An opening that says the article is an interview, and with whom when it names the person after the verb. */
    private static final Pattern INTERVIEW = Regexes.compile("(?:IWPR\\s+(?:spoke|talked)\\s+(?:to|with)"
            + "|IWPR\\s+interviewed)\\s+(?<named>\\p{Lu}[\\p{L}'\u2019-]+(?:\\s+\\p{Lu}[\\p{L}'\u2019-]+)+)?"
            + "|(?:spoke|talked)\\s+(?:to|with)\\s+IWPR|(?:in\\s+an|an)\\s+interview\\s+with\\s+IWPR"
            + "|interviewed\\s+by\\s+IWPR");
    private static final Pattern FULL_NAME = Regexes.compile(
            "\\p{Lu}[\\p{L}'\u2019-]+(?:\\s+\\p{Lu}[\\p{L}'\u2019-]+)+");
    /** Who the person is, set apart after the name: ", a media lawyer in Dushanbe,". */
    private static final Pattern ROLE_AFTER = Regexes.compile("^,\\s+(?<role>(?:an?|the)\\s+[^,.;:]+),");
    /** Capitalised words that open a sentence or a phrase, not a name: "In Khujand", "The Dushanbe lawyer". */
    private static final Set<String> NOT_NAME_OPENINGS = Set.of("The", "A", "An", "In", "At", "On", "For", "Since",
            "After", "Before", "When", "While", "As", "By", "Last", "This", "Every", "IWPR");

    private InterviewAnswers() {
    }

    /**
     * The attributions of an article with its interview's answers added and anything found in its questions left
     * out; those found, as they are, when the article is no interview.
     */
    static List<Attribution> addTo(List<Attribution> found, List<String> paragraphs) {
        boolean prefixed = paragraphs.stream().filter(p -> QUESTION_PREFIX.matcher(p).lookingAt()).count()
                >= FEWEST_QUESTIONS;
        int opening = prefixed ? firstMatching(paragraphs, QUESTION_PREFIX) : firstStandAloneQuestion(paragraphs);
        if (opening < 0) {
            return found;
        }
        Interviewee interviewee = interviewee(paragraphs.subList(0, opening));
        if (!prefixed && (opening > LONGEST_OPENING || countStandAloneQuestions(paragraphs) < FEWEST_QUESTIONS)) {
            return found;
        }
        List<Attribution> answers = new ArrayList<>();
        List<Integer> questions = new ArrayList<>();
        boolean answering = false;
        for (int i = opening; i < paragraphs.size(); i++) {
            String paragraph = paragraphs.get(i).strip();
            boolean question = prefixed ? QUESTION_PREFIX.matcher(paragraph).lookingAt() : isStandAloneQuestion(paragraph);
            if (question) {
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
                Matcher answer = ANSWER_PREFIX.matcher(paragraph);
                if (!answer.matches()) {
                    continue; // an editor's note between the answers, or the end of the interview
                }
                String who = answer.group("who");
                if (!who.equals("A") && !who.equals("Answer") && (name == null || !isPartOf(who, name))) {
                    name = who; // an answer prefixed by a name the opening did not give: that name
                }
                cue = who + ":";
                words = answer.group("words");
            }
            if (name == null) {
                continue; // "A:", or questions without prefixes, where the opening says of no interview with anyone
            }
            String source = name;
            String role = answers.stream().noneMatch(a -> a.source().equals(source)) && interviewee != null
                    && source.equals(interviewee.name()) ? interviewee.role() : null;
            answers.add(new Attribution(source, SourceKind.PERSON, role, withoutClosingStop(words),
                    QuotationKind.DIRECT, cue, i));
        }
        if (answers.isEmpty()) {
            return found;
        }
        List<Attribution> all = new ArrayList<>(found.stream().filter(a -> !questions.contains(a.paragraph())).toList());
        all.addAll(answers);
        all.sort(Comparator.comparingInt(Attribution::paragraph));
        return all;
    }

    private record Interviewee(String name, String role) {
    }

    /** The person the opening says the interview is with, and who they are; null when it names no one. */
    private static Interviewee interviewee(List<String> opening) {
        for (String paragraph : opening) {
            Matcher interview = INTERVIEW.matcher(paragraph);
            if (!interview.find()) {
                continue;
            }
            Matcher name = interview.group("named") != null ? FULL_NAME.matcher(paragraph).region(
                    interview.start("named"), paragraph.length()) : FULL_NAME.matcher(paragraph);
            while (name.find()) {
                String words = name.group();
                String first = words.substring(0, words.indexOf(' '));
                if (NOT_NAME_OPENINGS.contains(first) || BodyNames.named(words).isPresent()) {
                    continue;
                }
                Matcher role = ROLE_AFTER.matcher(paragraph.substring(name.end()));
                return new Interviewee(words, role.lookingAt() ? role.group("role").strip() : null);
            }
        }
        return null;
    }

    /** "Nazarov" or "Rustam" of "Rustam Nazarov", or the whole name. */
    private static boolean isPartOf(String who, String name) {
        return name.equals(who) || List.of(name.split("\\s+")).contains(who);
    }

    private static int firstMatching(List<String> paragraphs, Pattern pattern) {
        for (int i = 0; i < paragraphs.size(); i++) {
            if (pattern.matcher(paragraphs.get(i).strip()).lookingAt()) {
                return i;
            }
        }
        return -1;
    }

    private static int firstStandAloneQuestion(List<String> paragraphs) {
        for (int i = 0; i < paragraphs.size(); i++) {
            if (isStandAloneQuestion(paragraphs.get(i).strip())) {
                return i;
            }
        }
        return -1;
    }

    private static long countStandAloneQuestions(List<String> paragraphs) {
        return paragraphs.stream().map(String::strip).filter(InterviewAnswers::isStandAloneQuestion).count();
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
