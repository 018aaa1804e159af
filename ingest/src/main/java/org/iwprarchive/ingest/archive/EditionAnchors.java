package org.iwprarchive.ingest.archive;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iwprarchive.domain.source.SourceKind;
import org.iwprarchive.ingest.parse.Slugs;
import org.iwprarchive.ingest.quote.Attribution;

/**
 * What a report's text keeps in whatever language it is written, so that its editions share it where no page links
 * another and no author is credited on both: its numbers, as values ("150,000", "150 000" and "150 тисяч" are all
 * 150000; "1.5 million" and "1,5 млн" 1500000; "12 March" and "12 марта" share 12), and the surnames of the people it
 * quotes, romanised as their language spells them and with runs of i and y made one ("Kravchenko" and "Кравченко"
 * are kravchenko, "Zelenskyy" and "Зеленський" zelenski). Whole numbers under ten are left out: every text has them.
 */
final class EditionAnchors {

    /** The most anchors an article keeps: its first numbers in the order of the text, its sources' names first. */
    static final int MOST = 64;

    /**
     * A number: digits in groups of three (separated by a comma or a space) or a run of digits, a decimal part after
     * a point or a comma, and a word that multiplies it ("2.4bn", "1,5 млн"); not part of a word ("M03").
     */
    static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\d.,])(\\d{1,3}(?:[, \u00a0\u202f]\\d{3})+|\\d+)"
            + "(?:[.,](\\d+))?(?:\\s*(thousand|million|billion|bn|тыс\\.|тысяч\\p{L}*|тисяч\\p{L}*|млн\\.?"
            + "|миллион\\p{L}*|мільйон\\p{L}*|млрд\\.?|миллиард\\p{L}*|мільярд\\p{L}*)(?!\\p{L})|(?![\\d\\p{L}]))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern GROUP_SEPARATORS = Pattern.compile("[, \u00a0\u202f]");
    private static final Pattern I_OR_Y = Pattern.compile("[iy]+");

    private EditionAnchors() {
    }

    static Set<String> of(List<String> paragraphs, List<Attribution> quoted, String language) {
        Set<String> anchors = new LinkedHashSet<>();
        for (Attribution attribution : quoted) {
            if (attribution.sourceKind() == SourceKind.PERSON && anchors.size() < MOST) {
                if (Slugs.hasOtherScript(attribution.source())) {
                    continue; // spelled in Latin letters by ICU (Arabic), as no English edition would spell it
                }
                String slug = Slugs.of(attribution.source(), language);
                String surname = I_OR_Y.matcher(slug.substring(slug.lastIndexOf('-') + 1)).replaceAll("i");
                if (surname.length() >= 3 && !Character.isDigit(surname.charAt(0))) {
                    anchors.add(surname);
                }
            }
        }
        for (String paragraph : paragraphs) {
            for (MatchResult number : numbers(paragraph)) {
                if (anchors.size() == MOST) {
                    return anchors;
                }
                String value = value(number);
                if (value != null) {
                    anchors.add(value);
                }
            }
        }
        return anchors;
    }

    /**
     * The numbers of a text, as {@code NUMBER.matcher(text).find()} finds them, but tried only where a digit is:
     * a number starts at a digit, and at a digit after another it cannot start, so a run of digits that is no
     * number is passed over whole.
     */
    static List<MatchResult> numbers(String text) {
        List<MatchResult> found = new ArrayList<>();
        Matcher number = NUMBER.matcher(text).useTransparentBounds(true);
        int length = text.length();
        int at = 0;
        while (at < length) {
            if (!isDigit(text.charAt(at))) {
                at++;
                continue;
            }
            number.region(at, length);
            if (number.lookingAt()) {
                found.add(number.toMatchResult());
                at = number.end();
            } else {
                while (at < length && isDigit(text.charAt(at))) {
                    at++;
                }
            }
        }
        return found;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The number's value, written plainly ("1500000", "3.5"); null for a whole number under ten. */
    private static String value(MatchResult number) {
        String whole = GROUP_SEPARATORS.matcher(number.group(1)).replaceAll("");
        if (whole.length() > 15) {
            return null; // an identifier, not an amount
        }
        BigDecimal value = new BigDecimal(number.group(2) == null ? whole : whole + "." + number.group(2));
        String multiplier = number.group(3) == null ? "" : number.group(3).toLowerCase(Locale.ROOT);
        if (multiplier.startsWith("th") || multiplier.startsWith("тыс") || multiplier.startsWith("тис")) {
            value = value.movePointRight(3);
        } else if (multiplier.startsWith("b") || multiplier.startsWith("млрд") || multiplier.contains("ярд")
                || multiplier.contains("иард")) {
            value = value.movePointRight(9);
        } else if (!multiplier.isEmpty()) {
            value = value.movePointRight(6);
        }
        if (number.group(2) == null && value.compareTo(BigDecimal.TEN) < 0) {
            return null;
        }
        return value.stripTrailingZeros().toPlainString();
    }
}
