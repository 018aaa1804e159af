package org.iwprarchive.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Author names from bylines ("By A and B in Bishkek") and the bio sentence that closes an article. */
final class Bylines {

    private static final Pattern BY = Pattern.compile("^\\s*By\\s+(.+?)\\s*$");
    /**
     * A reporter's credit: "Reporting by", "Report by", "Words by", "Posted by", and the Russian and Ukrainian
     * "Материал подготовила", "Підготував".
     */
    private static final Pattern REPORTING_BY = Pattern.compile("^\\s*(?:(?:Reporting|Reported|Report|Words|Text|Story"
            + "|Interview|Interviewed|Posted|Written)\\s+by|(?:Материал\\s+|Матеріал\\s+)?(?:подготовил[аи]?"
            + "|підготува(?:в|ла|ли)))"
            + "\\s+(?=\\p{Lu})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * Other editions' "By": the Spanish, Portuguese and French "Por A y B", "Par A et B", the Albanian "Nga A dhe B", the
     * Bosnian, Croatian and Serbian "Piše: A" ("writes").
     */
    private static final Pattern ROMANCE_BY = Pattern.compile("^\\s*(?:Por|Par|Nga|Piše|Pišu|Napisao|Napisala|Пише|Пишу|Пишува)"
            + "\\s*:?\\s+(?=\\p{Lu})");
    /**
     * The Arabic edition's "By", "بقلم هيوا عثمان", and the Kurdish (Sorani), Persian and Pashto editions' "written by":
     * "نووسینی", "نوشته", "لیکنه".
     */
    private static final Pattern ARABIC_BY = Pattern.compile("^\\s*(?:\u0628\u0642\u0644\u0645|\u0646\u0648\u0648\u0633\u06cc\u0646\u06cc"
            + "|\u0646\u0648\u0634\u062a\u0647|\u0644\u06cc\u06a9\u0646\u0647)\\s*:?\\s+");
    /** Where an Arabic-script byline was written from: "في أربيل", Sorani "لە هەولێر", Persian "در کابل". */
    private static final Pattern ARABIC_PLACE_SUFFIX = Pattern.compile("\\s+(?:\u0641\u064a|\u0644\u06d5|\u062f\u0631)"
            + "\\s+\\p{IsArabic}+(?:\\s+\\p{IsArabic}+)?$");
    /** A name in Arabic script, which has no capitals: two to five words. */
    private static final Pattern ARABIC_NAME = Pattern.compile("^\\p{IsArabic}+(?:\\s+\\p{IsArabic}+){1,4}$");
    /** A name in the Georgian script, which has no capitals either: two to four words ("ნინო ხარაიშვილი"). */
    private static final Pattern GEORGIAN_NAME = Pattern.compile("^\\p{IsGeorgian}+(?:\\s+\\p{IsGeorgian}+){1,3}$");
    /** Where a credit says when: " on Monday 12th March 2012". */
    private static final Pattern ON_A_DATE = Pattern.compile("\\s+on\\s+(?=\\S)");
    /** A full stop after a word of three letters or more, closing a line (not an initial's point). */
    private static final Pattern CLOSING_STOP = Pattern.compile("(?<=\\p{L}{3})\\.\\s*$");
    /** "; additional reporting by B": more reporters, up to the next credit. */
    private static final Pattern ADDITIONAL_REPORTING = Pattern.compile("^;\\s*(?:additional|further)\\s+reporting\\s+by\\s+"
            + "([^;]+)", Pattern.CASE_INSENSITIVE);
    /** An issue reference after a byline: "By A in Baku (CRS No. 433, 05-Mar-08)". */
    private static final Pattern TRAILING_REFERENCE = Pattern.compile("\\s*\\([^()]{1,60}\\)\\s*$");
    /**
     * Where a byline was written from, its words capitalised ("in Nizhny Novgorod", "in Rostov-on-Don"; the Spanish,
     * French and Portuguese editions' "en Caracas", "à Paris", "em Luanda", the Albanian "në Mitrovicë", the Bosnian
     * "iz Haga", "u Sarajevu").
     */
    private static final Pattern PLACE_SUFFIX = Pattern.compile(",?\\s+(?:in|en|\u00e0|em|n\u00eb|iz|u|из|у|во|од)\\s+\\p{Lu}[\\p{L}.'-]*"
            + "(?:\\s+(?:\\p{Lu}[\\p{L}.'-]*|de|of|on|el|al))*$");
    private static final Pattern NAME = Pattern.compile("^\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*){0,4}$");
    /** What joins two names: a comma, "and", and the Russian and Ukrainian "и", "та", "і". */
    private static final Pattern JOINT = Pattern.compile("(?:,\\s*and\\s+|,\\s*|\\s+(?:and|и|та|і)\\s+)");
    /**
     * What follows the names in a bio: a verb ("is", "works"), in Russian or Ukrainian too ("является", "працює"), or
     * the dash those languages write for "is" ("Алмаз Исмаилов – независимый журналист").
     */
    private static final Pattern BIO_VERB = Pattern.compile("^\\s+(?:(?:is|was|are|were|works|worked|reports|является"
            + "|работает|працює|є|je|su|radi|је|су|ради|е|се|работи|\u00ebsht\u00eb|jan\u00eb|punon)(?=[\\s,.]|$)"
            + "|[\u2013\u2014-]\\s)");

    private Bylines() {
    }

    /** Whether a line opens as a byline does, in any edition's words: "By", "Par", "Пише:", "بقلم". */
    static boolean opensAByline(String line) {
        return line.stripLeading().startsWith("By") || ROMANCE_BY.matcher(line).lookingAt()
                || ARABIC_BY.matcher(line).lookingAt();
    }

    /** Whether a line opens with a reporter's credit: "Reporting by A; additional reporting by B". */
    static boolean isCredit(String line) {
        return REPORTING_BY.matcher(line).lookingAt();
    }

    /**
     * A credit line as a byline: "Reporting by A in Gaziantep; additional reporting by B" is "By A in Gaziantep and B";
     * what follows another credit ("; editing by C") is not the authors'. Other lines as they are.
     */
    static String asByline(String line) {
        Matcher credit = REPORTING_BY.matcher(line);
        if (!credit.lookingAt()) {
            return line;
        }
        String rest = line.substring(credit.end());
        int other = rest.indexOf(';');
        // the full stop a credit closing an article ends with ("Материал подготовил Бакыт Асанов.") is no part of it
        String first = CLOSING_STOP.matcher(other < 0 ? rest : rest.substring(0, other)).replaceFirst("");
        // "Posted by A on Monday 12th March 2012": when, not who
        Matcher when = ON_A_DATE.matcher(first);
        if (when.find() && DateLines.written(first.substring(when.end())).isPresent()) {
            first = first.substring(0, when.start());
        }
        Matcher additional = ADDITIONAL_REPORTING.matcher(other < 0 ? "" : rest.substring(other));
        String more = additional.lookingAt() ? additional.group(1).strip() : "";
        return "By " + PLACE_SUFFIX.matcher(first.strip()).replaceFirst("") + (more.isEmpty() ? "" : " and " + more);
    }

    /** The names in a {@code By ...} line, or empty when the line is not a byline. */
    static Optional<List<String>> names(String given) {
        Matcher arabic = ARABIC_BY.matcher(given);
        Matcher romance = ROMANCE_BY.matcher(given);
        String line = arabic.lookingAt() ? "By " + given.substring(arabic.end())
                : romance.lookingAt() ? "By " + given.substring(romance.end()) : given;
        if (line.length() > 160 || !line.stripLeading().startsWith("By ")) {
            return Optional.empty();
        }
        Matcher by = BY.matcher(line);
        if (!by.matches() || line.length() > 160) {
            return Optional.empty();
        }
        String names = PLACE_SUFFIX.matcher(TRAILING_REFERENCE.matcher(by.group(1)).replaceFirst("")).replaceFirst("");
        List<String> found = new ArrayList<>();
        for (String part : names.split("\\s*(?:,\\s*and\\s+|,|\u060c|\\s+(?:and|и|та|і|\u0648|y|et|e|i|dhe)\\s+|\\s*&\\s*)\\s*")) {
            // "By A in Moscow and B in Dushanbe": each name with where it was written from
            String name = ARABIC_PLACE_SUFFIX.matcher(PLACE_SUFFIX.matcher(part.strip()).replaceFirst(""))
                    .replaceFirst("");
            if (!NAME.matcher(name).matches() && !ARABIC_NAME.matcher(name).matches()
                    && !GEORGIAN_NAME.matcher(name).matches()) {
                return Optional.empty();
            }
            found.add(name);
        }
        // "Автор: Улугбек Бабакулов, Ош", "By Anna Petrova, Kabul": one word after the full names' comma is where the
        // byline was written from
        if (found.size() >= 2 && !found.get(found.size() - 1).contains(" ") && names.matches(".*,\\s*\\S+\\s*$")
                && found.subList(0, found.size() - 1).stream().allMatch(name -> name.contains(" "))) {
            found.remove(found.size() - 1);
        }
        return found.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(found));
    }

    /**
     * The authors whose bio {@code paragraph} is: it opens with their names ("X is ...", "X and Y are ...")
     * followed by a verb of the kind bios use. Empty when it is not a bio.
     */
    static List<ParsedAuthor> bioOf(String paragraph, List<ParsedAuthor> authors) {
        if (paragraph.length() >= 400) {
            return List.of();
        }
        List<ParsedAuthor> owners = new ArrayList<>();
        String rest = paragraph;
        boolean matched = true;
        while (matched) {
            matched = false;
            for (ParsedAuthor author : authors) {
                if (!owners.contains(author) && rest.startsWith(author.name())) {
                    owners.add(author);
                    rest = rest.substring(author.name().length());
                    Matcher joint = JOINT.matcher(rest);
                    if (joint.lookingAt()) {
                        rest = rest.substring(joint.end());
                        matched = true;
                    }
                    break;
                }
            }
        }
        // "هیوا عوسمان ڕاهێنەری IWPRە لە هەولێر.": a short paragraph opening with the names and naming IWPR is a bio in
        // a language whose verb ends the sentence
        return !owners.isEmpty() && (BIO_VERB.matcher(rest).find() || paragraph.length() < 200
                && paragraph.contains("IWPR")) ? owners : List.of();
    }

    /** Authors of these names, without their pages. */
    static List<ParsedAuthor> authors(List<String> names) {
        return names.stream().map(n -> author(n, null)).toList();
    }

    static ParsedAuthor author(String name, String profileUrl) {
        String clean = name.strip().replaceAll("\\s+", " ");
        return new ParsedAuthor(clean, Slugs.of(clean), null, profileUrl);
    }

    static boolean isPhotoCredit(String paragraph) {
        if (paragraph.length() >= 300) {
            return false;
        }
        String lower = paragraph.strip().toLowerCase(Locale.ROOT);
        if (lower.startsWith("photo:") || lower.startsWith("(photo:")) {
            return true;
        }
        int credit = lower.lastIndexOf("(photo:");
        return credit >= 0 && lower.endsWith(")") && lower.indexOf(')', credit) == lower.length() - 1;
    }
}
