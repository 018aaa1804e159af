package org.iwprarchive.ingest.parse;

import com.ibm.icu.util.PersianCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.JulianFields;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.iwprarchive.ingest.text.Regexes;

/** Publication dates as IWPR prints them ("Monday, 21 February, 2005") and as metadata gives them (ISO). */
final class DateLines {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
            Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11),
            Map.entry("december", 12),
            // the Russian and Ukrainian editions' months, as a date writes them ("12 марта 2008 г.", "3 березня")
            Map.entry("января", 1), Map.entry("февраля", 2), Map.entry("марта", 3), Map.entry("апреля", 4),
            Map.entry("мая", 5), Map.entry("июня", 6), Map.entry("июля", 7), Map.entry("августа", 8),
            Map.entry("сентября", 9), Map.entry("октября", 10), Map.entry("ноября", 11), Map.entry("декабря", 12),
            Map.entry("січня", 1), Map.entry("лютого", 2), Map.entry("березня", 3), Map.entry("квітня", 4),
            Map.entry("травня", 5), Map.entry("червня", 6), Map.entry("липня", 7), Map.entry("серпня", 8),
            Map.entry("вересня", 9), Map.entry("жовтня", 10), Map.entry("листопада", 11), Map.entry("грудня", 12),
            // the Arabic edition's months, by their Levantine and their Egyptian names
            Map.entry("كانون الثاني", 1), Map.entry("شباط", 2), Map.entry("آذار", 3), Map.entry("نيسان", 4),
            Map.entry("أيار", 5), Map.entry("حزيران", 6), Map.entry("تموز", 7), Map.entry("آب", 8),
            Map.entry("أيلول", 9), Map.entry("تشرين الأول", 10), Map.entry("تشرين الثاني", 11),
            Map.entry("كانون الأول", 12),
            Map.entry("يناير", 1), Map.entry("فبراير", 2), Map.entry("مارس", 3), Map.entry("أبريل", 4),
            Map.entry("مايو", 5), Map.entry("يونيو", 6), Map.entry("يوليو", 7), Map.entry("أغسطس", 8),
            Map.entry("سبتمبر", 9), Map.entry("أكتوبر", 10), Map.entry("نوفمبر", 11), Map.entry("ديسمبر", 12),
            // the Georgian edition's months, and the Armenian edition's as a date writes them ("15 մարտի 2019")
            Map.entry("იანვარი", 1), Map.entry("თებერვალი", 2), Map.entry("მარტი", 3), Map.entry("აპრილი", 4),
            Map.entry("მაისი", 5), Map.entry("ივნისი", 6), Map.entry("ივლისი", 7), Map.entry("აგვისტო", 8),
            Map.entry("სექტემბერი", 9), Map.entry("ოქტომბერი", 10),
            Map.entry("ნოემბერი", 11), Map.entry("დეკემბერი", 12),
            Map.entry("հունվարի", 1), Map.entry("փետրվարի", 2), Map.entry("մարտի", 3), Map.entry("ապրիլի", 4),
            Map.entry("մայիսի", 5), Map.entry("հունիսի", 6), Map.entry("հուլիսի", 7), Map.entry("օգոստոսի", 8),
            Map.entry("սեպտեմբերի", 9), Map.entry("հոկտեմբերի", 10),
            Map.entry("նոյեմբերի", 11), Map.entry("դեկտեմբերի", 12),
            // the Tajik edition's months, as a date writes them ("14 марти 2018")
            Map.entry("январи", 1), Map.entry("феврали", 2), Map.entry("марти", 3), Map.entry("апрели", 4),
            Map.entry("майи", 5), Map.entry("июни", 6), Map.entry("июли", 7), Map.entry("августи", 8),
            Map.entry("сентябри", 9), Map.entry("октябри", 10), Map.entry("ноябри", 11), Map.entry("декабри", 12),
            // months in the nominative, as the Kyrgyz edition writes them ("12-апрель, 2016-ж."), and the Uzbek (Latin
            // and Cyrillic) and Kazakh editions' months
            Map.entry("январь", 1), Map.entry("февраль", 2), Map.entry("март", 3), Map.entry("апрель", 4),
            Map.entry("май", 5), Map.entry("июнь", 6), Map.entry("июль", 7), Map.entry("август", 8),
            Map.entry("сентябрь", 9), Map.entry("октябрь", 10), Map.entry("ноябрь", 11), Map.entry("декабрь", 12),
            Map.entry("yanvar", 1), Map.entry("fevral", 2), Map.entry("mart", 3), Map.entry("aprel", 4),
            Map.entry("iyun", 6), Map.entry("iyul", 7), Map.entry("avgust", 8), Map.entry("sentyabr", 9),
            Map.entry("oktyabr", 10), Map.entry("noyabr", 11), Map.entry("dekabr", 12),
            Map.entry("январ", 1), Map.entry("феврал", 2), Map.entry("апрел", 4), Map.entry("июн", 6),
            Map.entry("июл", 7), Map.entry("сентябр", 9), Map.entry("октябр", 10), Map.entry("ноябр", 11),
            Map.entry("декабр", 12),
            // the Kyrgyz months in the possessive a year-first date writes ("2010-жылдын 14-октябры")
            Map.entry("январы", 1), Map.entry("февралы", 2), Map.entry("марты", 3), Map.entry("майы", 5),
            Map.entry("июну", 6), Map.entry("июлу", 7), Map.entry("августу", 8), Map.entry("сентябры", 9),
            Map.entry("октябры", 10), Map.entry("ноябры", 11), Map.entry("декабры", 12),
            Map.entry("қаңтар", 1), Map.entry("ақпан", 2), Map.entry("наурыз", 3), Map.entry("сәуір", 4),
            Map.entry("мамыр", 5), Map.entry("маусым", 6), Map.entry("шілде", 7), Map.entry("тамыз", 8),
            Map.entry("қыркүйек", 9), Map.entry("қазан", 10), Map.entry("қараша", 11), Map.entry("желтоқсан", 12),
            // the Azerbaijani edition's August (its other months are the Uzbek ones), and the Turkmen edition's
            Map.entry("avqust", 8),
            Map.entry("ýanwar", 1), Map.entry("fewral", 2), Map.entry("maý", 5), Map.entry("iýun", 6),
            Map.entry("iýul", 7), Map.entry("awgust", 8), Map.entry("sentýabr", 9), Map.entry("oktýabr", 10),
            Map.entry("noýabr", 11),
            // the Spanish edition's ("12 de mayo de 2020") and the French edition's ("12 mai 2020")
            Map.entry("enero", 1), Map.entry("febrero", 2), Map.entry("marzo", 3), Map.entry("abril", 4),
            Map.entry("mayo", 5), Map.entry("junio", 6), Map.entry("julio", 7), Map.entry("agosto", 8),
            Map.entry("septiembre", 9), Map.entry("setiembre", 9), Map.entry("octubre", 10),
            Map.entry("noviembre", 11), Map.entry("diciembre", 12),
            Map.entry("janvier", 1), Map.entry("février", 2), Map.entry("mars", 3), Map.entry("avril", 4),
            Map.entry("mai", 5), Map.entry("juin", 6), Map.entry("juillet", 7), Map.entry("août", 8),
            Map.entry("septembre", 9), Map.entry("octobre", 10), Map.entry("novembre", 11), Map.entry("décembre", 12),
            // the Bosnian, Croatian and Serbian edition's ("5. mart 2004.", "5. ožujka 2004.", "5. март 2004.")
            Map.entry("januar", 1), Map.entry("februar", 2), Map.entry("maj", 5), Map.entry("juni", 6),
            Map.entry("juli", 7), Map.entry("septembar", 9), Map.entry("oktobar", 10), Map.entry("novembar", 11),
            Map.entry("decembar", 12),
            Map.entry("siječnja", 1), Map.entry("veljače", 2), Map.entry("ožujka", 3), Map.entry("travnja", 4),
            Map.entry("svibnja", 5), Map.entry("lipnja", 6), Map.entry("srpnja", 7), Map.entry("kolovoza", 8),
            Map.entry("rujna", 9), Map.entry("listopada", 10), Map.entry("studenoga", 11), Map.entry("studenog", 11),
            Map.entry("prosinca", 12),
            Map.entry("јануар", 1), Map.entry("фебруар", 2), Map.entry("април", 4), Map.entry("мај", 5),
            Map.entry("јун", 6),
            Map.entry("јул", 7), Map.entry("септембар", 9), Map.entry("октобар", 10), Map.entry("новембар", 11),
            Map.entry("децембар", 12),
            // the Macedonian edition's ("12 јуни 2006")
            Map.entry("јануари", 1), Map.entry("февруари", 2), Map.entry("јуни", 6), Map.entry("јули", 7),
            Map.entry("септември", 9), Map.entry("октомври", 10), Map.entry("ноември", 11), Map.entry("декември", 12),
            // the Albanian edition's ("12 qershor 2009")
            Map.entry("janar", 1), Map.entry("shkurt", 2), Map.entry("prill", 4), Map.entry("qershor", 6),
            Map.entry("korrik", 7), Map.entry("gusht", 8), Map.entry("shtator", 9), Map.entry("tetor", 10),
            Map.entry("nëntor", 11), Map.entry("nentor", 11), Map.entry("dhjetor", 12),
            // the Kurdish (Sorani) edition's, written with the genitive's "ی" after them ("١٤ی ئایاری ٢٠٠٨")
            Map.entry("کانوونی دووەم", 1), Map.entry("شوبات", 2), Map.entry("ئازار", 3), Map.entry("نیسان", 4),
            Map.entry("ئایار", 5), Map.entry("حوزەیران", 6), Map.entry("تەمموز", 7), Map.entry("ئاب", 8),
            Map.entry("ئەیلوول", 9), Map.entry("تشرینی یەکەم", 10), Map.entry("تشرینی دووەم", 11),
            Map.entry("کانوونی یەکەم", 12));
    /**
     * The months of the solar Hijri calendar, by the Dari names Afghanistan uses, the Persian names Iran uses and the
     * Pashto names, in order: the Dari and Pashto editions date by it ("۲۳ جوزا ۱۳۹۱", "۱۲ چنګاښ ۱۳۹۰").
     */
    private static final List<List<String>> SOLAR_MONTHS = List.of(List.of("حمل", "فروردین", "وری"),
            List.of("ثور", "اردیبهشت", "غویی"), List.of("جوزا", "خرداد", "غبرګولی"), List.of("سرطان", "تیر", "چنګاښ"),
            List.of("اسد", "مرداد", "زمری"), List.of("سنبله", "شهریور", "وږی"), List.of("میزان", "مهر", "تله"),
            List.of("عقرب", "آبان", "لړم"), List.of("قوس", "آذر", "لیندۍ"), List.of("جدی", "دی", "مرغومی"),
            List.of("دلو", "بهمن", "سلواغه"), List.of("حوت", "اسفند", "کب"));
    /** A solar Hijri date: day, month, and a year of the 14th or 15th century of that calendar (1921 to 2121). */
    private static final Pattern SOLAR_DATE = Regexes.compile("(?<!\\d)(\\d{1,2})\\s+(" + SOLAR_MONTHS.stream()
            .flatMap(List::stream).collect(Collectors.joining("|")) + ")\\s+(1[34]\\d{2})(?!\\d)");

    /**
     * A month's name in any of the editions' languages (the longest first, so "تشرين الثاني" before "تشرين"), or its
     * abbreviation as templates print it ("18 Mar 2010", "Sept. 3, 2009").
     */
    private static final String MONTH = "(" + MONTHS.keySet().stream()
            .sorted(java.util.Comparator.comparingInt(String::length).reversed()).collect(Collectors.joining("|"))
            + "|Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\.?";
    private static final String ENGLISH_MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\.?";
    /** Case folded in Cyrillic too. */
    private static final int ANY_CASE = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /**
     * What follows a year in Russian, Ukrainian, Kyrgyz and Uzbek: "2008 г.", "2008 года", "2008 р.", "2008 року",
     * "2016-ж.", "2021 yil".
     */
    private static final String YEAR_WORD = "(?:\\s*[гр]\\.|\\s+года|\\s+року|-ж\\.?|-жылы|\\s+yil|\\.)?";
    /**
     * Between a day and its month: a hyphen or spaces, the English ordinal's "th", the French first's "er", the Spanish
     * "de" and the ordinal point of the Bosnian, Croatian and Serbian edition ("12th March", "1er mai", "12 de mayo",
     * "5. mart").
     */
    private static final String DAY_TO_MONTH = "(?:er|st|nd|rd|th|\\.|\u06cc)?(?:-|\\s+)(?:de\\s+)?";
    /** The Spanish "de" before a year ("de mayo de 2020"). */
    private static final String MONTH_TO_YEAR = "(?:de\\s+)?";
    private static final String WEEKDAY = "(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+)?";
    private static final Pattern DAY_MONTH_YEAR = Regexes.compile(
            "\\b" + WEEKDAY + "(\\d{1,2})" + DAY_TO_MONTH + MONTH + "\u06cc?,?\\s+" + MONTH_TO_YEAR + "(\\d{4})\\b", ANY_CASE);
    /**
     * "March 5, 2009", "Sept. 3, 2009": month first, as only English writes it, so only English months are tried (the
     * pattern is searched through whole texts, and every month of every edition at every letter would cost).
     */
    private static final Pattern MONTH_DAY_YEAR = Regexes.compile(
            "\\b" + WEEKDAY + ENGLISH_MONTH + "\\s+(\\d{1,2}),?\\s+(\\d{4})\\b", ANY_CASE);
    /**
     * "18-Jul-02", "05-Mar-2008", and with spaces "12 Feb 09" where nothing but punctuation follows (not "5 May 20
     * people"): IWPR's issue references; a two-digit year is of 1990 to 2089.
     */
    private static final Pattern DAY_MON_YEAR = Regexes.compile("\\b(\\d{1,2})(?:-" + MONTH + "-(\\d{2}|\\d{4})\\b"
            + "| " + MONTH + " (\\d{2})\\b(?![^\\S\\n]*[\\p{L}\\d]))", Pattern.CASE_INSENSITIVE);
    /**
     * The year first, as the Turkic editions write a date: the Kyrgyz "2010-жылдын 14-октябры", the Kazakh "2010 жылғы
     * 14 қазан", the Uzbek "2010-yil 14-oktyabr", the Azerbaijani "2010-cu il 14 oktyabr".
     */
    private static final Pattern YEAR_MONTH_DAY = Regexes.compile("\\b(\\d{4})(?:-|\\s+)(?:жылдын|жылы|жылғы|yil|yilning"
            + "|-?(?:ci|cı|cu|cü)\\s+il|yılı)\\s+(\\d{1,2})(?:-|\\s+)" + MONTH + "(?![\\p{L}])", ANY_CASE);
    /** "14/06/2011", "14.06.2011": day first, as a British and a Russian site write it, unless the day cannot be. */
    private static final Pattern NUMERIC = Regexes.compile("^\\s*(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})\\s*$");
    private static final Pattern ISO = Regexes.compile("^(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern COMPACT = Regexes.compile("((?:19|20)\\d{2})(\\d{2})(\\d{2})(?:\\d{4,6})?");
    /** A line of nothing but a date of digits, day first: "12.03.2008", "12.03.2008 г.", "14.03.2012.". */
    private static final Pattern NUMERIC_LINE = Regexes.compile("^\\s*\\d{1,2}[/.]\\d{1,2}[/.]\\d{4}\\.?"
            + "(?:\\s*[гр]\\.)?\\s*$");
    /** A date of digits with the year first: "2015/03/14", "2015-03-14", "2015.03.14". */
    private static final Pattern YEAR_FIRST_NUMERIC = Regexes.compile("(?<![\\d/.-])((?:19|20)\\d{2})[/.-](\\d{1,2})[/.-]"
            + "(\\d{1,2})(?![\\d/])");
    /** A date of digits inside a line; the point BCS writes after a year ("14.03.2012. 10:45") may close it. */
    private static final Pattern NUMERIC_INSIDE = Regexes.compile("(?<![\\d/.])\\d{1,2}[/.]\\d{1,2}[/.]\\d{4}"
            + "(?![\\d/]|\\.\\d)");
    /** Drupal's default medium date format, month first, with the time after a dash: "03/04/2015 - 14:20". */
    private static final Pattern DRUPAL_MEDIUM = Regexes.compile("(\\d{2})/(\\d{2})/(\\d{4}) - \\d{2}:\\d{2}");
    private static final Pattern PATH_DATE = Regexes.compile("/((?:19|20)\\d{2})/(0[1-9]|1[0-2])/(0[1-9]|[12]\\d|3[01])/");
    /** A line that is nothing but a date: a date line of the template, not a date inside a sentence. */
    private static final Pattern WHOLE_LINE = Regexes.compile(
            // "Bishkek, 9 October 2012": a dateline, the place it was written from first; "Publié le 3 février 2011":
            // the words of publishing, without a colon
            "^\\s*(?:(?:Published|Posted)(?:\\s+on)?\\s+|Publié\\s+le\\s+|Publicado(?:\\s+el)?\\s+|Опубликовано\\s+"
            + "|Опубліковано\\s+|Objavljeno\\s+)?"
            + "(?:\\p{Lu}[\\p{L}'\u2019-]+(?:\\s+\\p{Lu}[\\p{L}'\u2019-]+){0,2},\\s+)?" + WEEKDAY
            + "(?:\\d{1,2}" + DAY_TO_MONTH + MONTH + ",?\\s+" + MONTH_TO_YEAR + "\\d{4}|" + MONTH + "\\s+\\d{1,2},?\\s+\\d{4})"
                    + YEAR_WORD + "\\s*$", ANY_CASE);

    private DateLines() {
    }

    /** A date in ISO form, with or without a time and offset. */
    static Optional<LocalDate> iso(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String text = value.strip();
        try {
            return Optional.of(OffsetDateTime.parse(text).toLocalDate());
        } catch (DateTimeParseException e) {
            Matcher m = ISO.matcher(text);
            return m.find() ? valid(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))) : Optional.empty();
        }
    }

    /** The first written-out date in {@code text} ("21 February, 2005" or "February 21, 2005"). */
    static Optional<LocalDate> written(String given) {
        if (given == null) {
            return Optional.empty();
        }
        String text = westernDigits(given);
        Matcher dmy = DAY_MONTH_YEAR.matcher(text);
        if (dmy.find()) {
            return valid(Integer.parseInt(dmy.group(3)), month(dmy.group(2)), Integer.parseInt(dmy.group(1)));
        }
        Matcher mdy = MONTH_DAY_YEAR.matcher(text);
        if (mdy.find()) {
            return valid(Integer.parseInt(mdy.group(3)), month(mdy.group(1)), Integer.parseInt(mdy.group(2)));
        }
        Matcher dashed = DAY_MON_YEAR.matcher(text);
        if (dashed.find()) {
            boolean spaced = dashed.group(2) == null;
            String digits = spaced ? dashed.group(5) : dashed.group(3);
            int year = Integer.parseInt(digits);
            year = digits.length() == 4 ? year : year >= 90 ? 1900 + year : 2000 + year;
            return valid(year, month(spaced ? dashed.group(4) : dashed.group(2)), Integer.parseInt(dashed.group(1)));
        }
        Matcher yearFirst = YEAR_MONTH_DAY.matcher(text);
        if (yearFirst.find()) {
            return valid(Integer.parseInt(yearFirst.group(1)), month(yearFirst.group(3)),
                    Integer.parseInt(yearFirst.group(2)));
        }
        return hasPersianLetters(text) ? solar(text) : Optional.empty();
    }

    /** Whether the text has any letter of the Arabic script, in which solar Hijri months are written. */
    private static boolean hasPersianLetters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0600' && c <= '\u06ff') {
                return true;
            }
        }
        return false;
    }

    /** The first solar Hijri date in the text, in the Gregorian calendar (by ICU's Persian calendar). */
    private static Optional<LocalDate> solar(String text) {
        Matcher m = SOLAR_DATE.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        int month = 0;
        while (!SOLAR_MONTHS.get(month).contains(m.group(2))) {
            month++;
        }
        PersianCalendar calendar = new PersianCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
        calendar.setLenient(false); // "30 اسفند" of a common year is no date, not the next day
        calendar.clear();
        calendar.set(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)));
        try {
            return Optional.of(LocalDate.MIN.with(JulianFields.JULIAN_DAY, calendar.get(PersianCalendar.JULIAN_DAY)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * A date line of digits alone ("14/06/2011"): day, month, year; month first only when the second number cannot be
     * a month's ("06/14/2011").
     */
    static Optional<LocalDate> numeric(String text) {
        Matcher m = text == null ? null : NUMERIC.matcher(text);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        int first = Integer.parseInt(m.group(1));
        int second = Integer.parseInt(m.group(2));
        int year = Integer.parseInt(m.group(3));
        return second > 12 ? valid(year, first, second) : valid(year, second, first);
    }

    /**
     * A date of digits inside a line: "Submitted by webeditor on Thu, 07/14/2016 - 10:32" (read as {@link #numeric},
     * except that a date written as Drupal's default medium format writes it, "m/d/Y - H:i", is month first:
     * "Created 03/04/2015 - 14:20" is the fourth of March), or year first ("2015/03/14"), in any digits.
     */
    static Optional<LocalDate> numericIn(String given) {
        String text = given == null ? null : westernDigits(given);
        Matcher m = text == null ? null : NUMERIC_INSIDE.matcher(text);
        if (m == null || !m.find()) {
            // the year first, as the Arabic edition and ISO write it: "٢٠١٥/٠٣/١٤", "2015-03-14"
            Matcher yearFirst = text == null ? null : YEAR_FIRST_NUMERIC.matcher(text);
            return yearFirst != null && yearFirst.find() ? valid(Integer.parseInt(yearFirst.group(1)),
                    Integer.parseInt(yearFirst.group(2)), Integer.parseInt(yearFirst.group(3))) : Optional.empty();
        }
        Matcher drupal = DRUPAL_MEDIUM.matcher(text);
        if (drupal.find(m.start()) && drupal.start() == m.start()) {
            return valid(Integer.parseInt(drupal.group(3)), Integer.parseInt(drupal.group(1)),
                    Integer.parseInt(drupal.group(2)));
        }
        return numeric(m.group());
    }

    /** A date of eight digits, year, month and day, as some templates' meta tags write it: "20080512". */
    static Optional<LocalDate> compact(String value) {
        Matcher m = value == null ? null : COMPACT.matcher(value.strip());
        return m != null && m.matches() ? valid(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3))) : Optional.empty();
    }

    /** A date in an address's path, as blogs print it: {@code /2011/06/14/}. */
    static Optional<LocalDate> inPath(String address) {
        Matcher m = address == null ? null : PATH_DATE.matcher(address);
        return m != null && m.find() ? valid(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3))) : Optional.empty();
    }

    /** Whether a line is nothing but a date: written out, or in digits ("12.03.2008", "12.03.2008 г."). */
    static boolean isDateLine(String line) {
        if (line.length() > 48) {
            return false;
        }
        if (WHOLE_LINE.matcher(line).matches() || NUMERIC_LINE.matcher(line).matches() && numericIn(line).isPresent()) {
            return true;
        }
        // "2015-yil 12-mart", "2010-жылдын 14-октябры": a Turkic edition's date, year first, and nothing else
        Matcher yearFirst = YEAR_MONTH_DAY.matcher(line.strip());
        return yearFirst.lookingAt() && yearFirst.end() == line.strip().length();
    }

    /** Arabic-Indic digits ("١٢", and the Persian "۱۲") as the digits the patterns read ("12"). */
    private static String westernDigits(String text) {
        StringBuilder western = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int digit = c >= '\u0660' && c <= '\u0669' ? c - '\u0660' : c >= '\u06f0' && c <= '\u06f9' ? c - '\u06f0' : -1;
            if (digit >= 0) {
                if (western == null) {
                    western = new StringBuilder(text);
                }
                western.setCharAt(i, (char) ('0' + digit));
            }
        }
        return western == null ? text : western.toString();
    }

    private static int month(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        Integer full = MONTHS.get(lower);
        if (full != null) {
            return full;
        }
        // an abbreviation: the month whose name it begins
        return MONTHS.entrySet().stream().filter(m -> m.getKey().startsWith(lower)).findFirst().orElseThrow()
                .getValue();
    }

    private static Optional<LocalDate> valid(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
