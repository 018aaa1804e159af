package org.iwprarchive.ingest.quote;

import org.iwprarchive.domain.text.Spaces;
import static org.iwprarchive.ingest.quote.ArabicScript.quotedWords;
import static org.iwprarchive.ingest.quote.ArabicScript.reportedWords;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.iwprarchive.domain.article.QuotationKind;
import org.iwprarchive.domain.source.SourceKind;
import org.iwprarchive.ingest.quote.ArabicScript.Folded;

/**
 * Attributions in Persian and Dari news copy. Persian puts the verb of saying last: who speaks opens the sentence and
 * the verb closes the attribution, before a colon and the quote ({@code غلام حیدر، دهقان از انجیل، گفت: «...»}),
 * before "که" and the reported words ({@code سخنگوی وزارت، X، به IWPR گفت که ...}), or before the words without "که";
 * the verb also follows a quote or reported words set off by a comma ({@code «...»، رحیمی گفت}), and "according to" is
 * {@code به گفته}, {@code به گزارش}, {@code به نقل از}, {@code طبق}, {@code بر اساس}. Verbs are singular ("گفت",
 * "می‌گوید", "تاکید کرد" and every tense of a compound's light verb); plural ones ("گفتند", "می‌گویند") are read only
 * after a body's name ("طالبان گفتند"), a group's words never being a source. Persian has no capital letters and its verbs no gender, so a person
 * is recognised by a given name from the lexicon ({@code fa-given-names}, and compounds such as "عبدالرحیم",
 * "نجیب‌الله"), or by what they are set apart beside their name; what stands before the name, or after it between
 * commas, is the role. A body's name opens with a head from
 * {@code fa-organisation-heads}; a description opening with "یک"/"یکی از", or one with a clause that withholds the
 * name, is an anonymous source. "او", "وی" and "ایشان" continue the last person or unnamed source; "این وزارت" the last
 * body of that head; a surname alone a person named earlier. The article's authors are never sources. Names, roles
 * and words are given as the article writes them.
 */
public final class PersianQuoteExtractor {

    private static final QuoteLexicon LEXICON = QuoteLexicon.standard();
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern PARTS = Pattern.compile("\\s*[،,]\\s*");
    private static final String QUOTE = "(?:«(?<q1>[^»]+)»|\"(?<q2>[^\"]+)\"|“(?<q3>[^”]+)”)";
    /** Words that are one quotation from their first character to their last. */
    private static final Pattern WHOLE_QUOTE = Pattern.compile("^[«\u201c\"]([^«»\u201c\u201d\"]+)[»\u201d\"]$");
    /** A quote that opens the words before the verb, a comma inside it or not. */
    private static final Pattern LEADING_QUOTE = Pattern.compile("[«\u201c\"][^«»\u201c\u201d\"]+[»\u201d\"]");
    /** The second part of a quote its verb splits: "«...»، وی افزود، «...»". */
    private static final Pattern SECOND_PART = Pattern.compile("^\\s*[،,]\\s*[«\u201c\"][^«»\u201c\u201d\"]+[»\u201d\"]\\s*$");
    private static final Pattern DIRECT = Pattern.compile("^\\s*:\\s*" + QUOTE);
    private static final Pattern DIRECT_AFTER_COMMA = Pattern.compile("^\\s*[،,]\\s*" + QUOTE + "\\s*$");
    private static final Pattern COLON = Pattern.compile("^\\s*:\\s*(?<q>\\S.*)$");
    private static final Pattern THAT = Pattern.compile("^\\s*[،,]?\\s*که(?![\\p{L}])\\s*(?<q>\\S.*)$");
    /** Words that open a sentence and name nobody: "اما", "در همین حال،", "از سوی دیگر،". */
    private static final Pattern OPENER = Pattern.compile("^(?:(?:اما|همچنان|همچنین|در\\s+همین\\s+حال"
            + "|در\\s+عین\\s+حال|از\\s+سوی\\s+دیگر|از\\s+طرف\\s+دیگر|با\\s+این\\s+حال|در\\s+این\\s+میان"
            + "|در\\s+همین\\s+حال)(?![\\p{L}])\\s*[،,]?\\s*)+");
    /**
     * "According to": "به گفته", "به قول", "به گزارش", "به نقل از", "طبق (گفته|اظهارات|گزارش|اعلامیه)", "بر اساس ...",
     * "به باور", and who, to the first comma.
     */
    private static final Pattern ACCORDING_TO = Pattern.compile("^(?<cue>به\\s+گفته|به\\s+قول|به\\s+گزارش"
            // in someone's view: "به باور X،", "به عقیده X،"
            + "|به\\s+باور|به\\s+عقیده"
            + "|به\\s+نقل\\s+از"
            + "|(?:طبق|بر\\s*اساس|براساس|بر\\s*بنیاد)(?:\\s+(?:گفته|اظهارات|گزارش|اعلامیه|بیانیه|ارقام|امار|معلومات)\\p{L}*)?)"
            // the ezafe after a word ending in "ه", written out or as a hamza above it: "به گفته‌ی او", "به گفتهٔ او"
            + "(?:(?<=ه)(?:\u200c?ی|\u0654))?"
            + "(?![\\p{L}])\\s*(?<who>[^،,«\"“]+?)\\s*[،,]\\s*(?<rest>\\S.*)$");
    private static final Pattern CUE_EZAFE = Pattern.compile("[\u200c\u0654]+$");
    /**
     * A body's report that says it, impersonally: "در گزارش سازمان X آمده است که ...", "در اعلامیه وزارت گفته شده که
     * ...": the body is whose the report is.
     */
    private static final Pattern REPORT_SAYS = Pattern.compile("^در\\s+(?:گزارش|اعلامیه|بیانیه|تحقیق|پژوهش)"
            + "(?:\\s+(?:تازه|جدید|اخیر|سالانه))?\\s+(?<who>[^،,«\"“]+?)\\s+(?<cue>(?:[اآ]مده|گفته\\s+شده|تاکید\\s+شده)"
            + "(?:\\s+است)?)\\s+(?:که\\s+)?(?<rest>\\S.*)$");
    /**
     * A trade made of a thing and who sells, weaves, makes, sews, keeps, works at or throws it ("باغدار", an orchard's
     * keeper, "مغازه‌دار", a shopkeeper, "ترمیم‌کار", a repairer, "چاپ‌انداز", a buzkashi rider, "تیرانداز", a
     * marksman), the non-joiner between them folded away.
     */
    private static final Pattern TRADE = Pattern.compile("\\p{L}{3,}(?:فروش|باف|ساز|دوز|دار|کار|انداز)");
    /**
     * Who pulls, catches, delivers or washes something, by the verb's stem after a longer thing ("کراچی‌کش",
     * "ماهی‌گیر", "نامه‌رسان", "قالین‌شو"): four letters before it at least, so that "پیشکش" and "کشمکش" are not read
     * as trades.
     */
    private static final Pattern LONGER_TRADE = Pattern.compile("\\p{L}{4,}(?:کش|گیر|رسان|شو)");
    /**
     * Who cuts something, by "بر" after a thing whose last letter is "ه" ("شیشه‌بر", a glazier): "ه" never joins
     * the letter after it, so the two stand apart, as in months ("دسامبر") and "برابر" they do not.
     */
    private static final Pattern CUTTER = Pattern.compile("\\p{L}{3,}هبر");
    /** The stems of trades above that may stand apart as words ("گاز فروش"); "کار" not, as "روز کار" is no trade. */
    private static final Set<String> TRADE_STEMS = Set.of("فروش", "باف", "ساز", "دوز", "دار", "انداز", "کش", "گیر",
            "رسان");
    /** "این را" after the words and before who said them: "«...»، این را X گفت". */
    private static final Pattern THIS_SAID = Pattern.compile("\\s*[،,]?\\s*این\\s+(?:سخنان\\s+|مطلب\\s+)?را\\s+");
    /** IWPR spoken to: "به IWPR", "به انستیتوت گزارش‌دهی جنگ و صلح", in folded form. */
    private static final Pattern ADDRESSEE = Pattern.compile("(?:^|\\s)به\\s+(?:IWPR|انستیتوت\\s+گزارش\\s*دهی"
            + "\\s+جنگ\\s+و\\s+صلح|موسسه\\s+گزارش\\s*دهی\\s+جنگ\\s+و\\s+صلح)(?![\\p{L}])");
    /** Others spoken to: "به خبرنگاران", "به رسانه‌ها", "به خبرگزاری ...". */
    private static final Pattern MEDIA_ADDRESSED = Pattern.compile("(?:^|\\s)به\\s+(?:خبرنگاران|رسانه\\s*ها"
            + "|خبرگزاری\\s+\\S+|تلویزیون\\s+\\S+|رادیو\\s+\\S+|روزنامه\\s+\\S+)(?![\\p{L}])");
    /**
     * Where it was said, which names nobody, to the next comma: "در یک اعلامیه", "در گفتگو با IWPR", "در نشست خبری
     * در کابل", "در گزارش تازه خود", "با نشر اعلامیه‌ای".
     */
    private static final Pattern OCCASION = Pattern.compile("(?:^|\\s)(?:در|طی|با\\s+(?:نشر|انتشار|صدور|ارسال))\\s+"
            // "در تازه‌ترین گزارش خود": a superlative or "one" before the occasion's noun
            + "(?:(?:یک|تازه\\s*ترین|جدیدترین|اخرین|نخستین|اولین)\\s+)?(?:اعلامیه|بیانیه"
            + "|نشست|کنفرانس|مصاحبه|گفتگو|گفت\\s*وگو|گفت\\s*و\\s*گو|صحبت|پیام|گزارش|نامه|سخنرانی|جلسه|تماس|مراسم"
            + "|پست|صفحه|اطلاعیه|خبرنامه|ویدیو|ویدئو|توییت|تویت|توئیت)\\p{L}*(?:\\s+[^،,]*)?");
    /** When it was said: "روز دوشنبه", "دیروز", "هفته گذشته", "اخیرا", "پیش از این". */
    private static final Pattern WHEN_SAID = Pattern.compile("(?:^|\\s)(?:روز\\s+\\p{L}+|دیروز|امروز|امسال|اخیرا"
            // "پیش از این", "قبلا": before now
            + "|پیش\\s+از\\s+این|قبل\\s+از\\s+این|پیشتر|قبلا"
            + "|(?:شب|صبح|عصر|بعدازظهر)\\s+\\p{L}+|(?:هفته|ماه|سال)\\s+(?:گذشته|پیش|جاری|قبل))(?![\\p{L}])");
    /** Words that say "also", "then", "but" beside who: no part of a name. */
    private static final Pattern ADVERBS = Pattern.compile("(?:^|\\s)(?:همچنین|همچنان|نیز|هم|اما|در\\s+ادامه"
            + "|بار\\s+دیگر|در\\s+پایان|سپس|پس\\s+از\\s+ان|در\\s+عین\\s+حال)(?![\\p{L}])");
    /**
     * What the speaker was doing or what the words rest on, within who, to the next comma: "ضمن ابراز نگرانی از
     * ...", "با اشاره به ...", "در پاسخ به ...", "در واکنش به ...", "پس از ...", "در حالی که ... نشان می‌داد",
     * "بر بنیاد آمار خود".
     */
    /**
     * What the speaker did first, to "و" before the verb of saying: "طالبان این ادعا را رد کردند و گفتند" (the object
     * opened by a demonstrative or "all", then "را" and its verb).
     */
    private static final Pattern FIRST_ACT = Pattern.compile("(?:^|\\s)(?:این|ان|همه|هر|تمام)\\s[^،,]*\\sرا\\s[^،,]*\\sو\\s*$");
    /** A "که" ending who, its clause taken out. */
    private static final Pattern DANGLING_THAT = Pattern.compile("\\s+که$");
    /** "و" after a verb: another verb follows ("تأیید کرد و گفت که"), which the words belong to. */
    private static final Pattern AND_THEN = Pattern.compile("\\s+و\\s");
    private static final Pattern ASIDE = Pattern.compile("(?:^|\\s)(?:ضمن|با\\s+اشاره\\s+به|در\\s+پاسخ\\s+به"
            // "پس از دیدار با والی" (after meeting the governor), not "پس از آن" (afterwards), an adverb before who
            + "|در\\s+واکنش\\s+به|پس\\s+از(?!\\s+ان(?![\\p{L}]))"
            + "|در\\s+حالی\\s*که|بر\\s*(?:اساس|بنیاد)|طبق)\\s[^،,]*");
    /**
     * A clause that withholds the name: "که نخواست نامش فاش شود", "که خواست نامش گرفته نشود", "به شرط فاش نشدن
     * نامش", "به دلیل مسایل امنیتی".
     */
    private static final Pattern WITHHOLDS_NAME = Pattern.compile("(?:ن?خواست|نمی\\s*خواست|نخواسته)\\p{L}*\\s+"
            + "(?:که\\s+)?(?:نام|هویت|اسم)|(?:نام|هویت|اسم)ش?\\s+(?:فاش|ذکر|گرفته|برده|افشا|اعلام)"
            + "|شرط\\s+(?:عدم|فاش\\s+نشدن"
            + "|ذکر\\s+نشدن|افشا\\s+نشدن)|دلیل\\s+(?:مسایل|مسائل|نگرانی\\S*)\\s+امنیتی");
    /** Where "به شرط ..." or "به دلیل ..." opens among a phrase's words, or -1. */
    private static int conditionOnName(List<String> words) {
        for (int i = 1; i + 1 < words.size(); i++) {
            if (words.get(i).equals("به") && (words.get(i + 1).equals("شرط") || words.get(i + 1).equals("دلیل"))) {
                return i;
            }
        }
        return -1;
    }

    private static final Pattern PARENTHESES = Pattern.compile("\\s*\\([^)]*\\)");
    /** A note that the name given is not the person's own: "که نام واقعی‌اش نیست", "نام مستعار". */
    private static final Pattern NAME_NOT_REAL = Pattern.compile("نام\\s*(?:‌)?\\s*(?:واقعی|مستعار)|اسم\\s*مستعار");
    /** "که" as a word, which opens a clause. */
    private static final Pattern CLAUSE_WORD = Pattern.compile("(?<![\\p{L}])که(?![\\p{L}])");
    /** A person's age, alone or opening what is said of them: "۵۲ ساله", "۳۴ ساله و صاحب یک کارگاه". */
    private static final Pattern AGE = Pattern.compile("^[\\d۰-۹٠-٩]+\\s*ساله(?![\\p{L}])");
    /** What says who someone is right after their name, without a comma: an age, or a clause with "که". */
    private static final Pattern DESCRIBED_AFTER_NAME = Pattern.compile("^(?:[\\d۰-۹٠-٩]+\\s*ساله|که)(?![\\p{L}])");
    private static final Set<String> PREPOSITIONS = Set.of("از", "در", "به", "با", "برای", "تا", "بر", "که", "و");
    /** Words that may open a description before what someone is: "تنها متخصص ...", "نخستین زن ...". */
    private static final Set<String> QUALIFIERS = Set.of("تنها", "یگانه", "نخستین", "اولین", "اخرین", "سابق");
    /** Who the verb's own subject is: "او", "وی", "ایشان". */
    private static final Set<String> PRONOUNS = Set.of("او", "وی", "ایشان");
    /** What a compound given name ends in: "نجیب‌الله", "عبدالرحمن", "شمس‌الدین", "ضیاءالحق". */
    private static final Pattern COMPOUND_NAME = Pattern.compile("^(?:عبد\\p{L}{2,}|\\p{L}{2,}(?:الله|الرحمن"
            + "|الرحیم|الدین|الحق|الملک)"
            // a name with an honorific joined to it, as Afghans give them: "گل‌آغا", "سیدآغا", "شیرخان"
            + "|\\p{L}{2,}(?:[آا]غا|خان))$");
    private static final int MOST_NAME_WORDS = 4;
    /** Whom something was asked of, last before the verb: "از وزارت صحت عامه". */
    private static final Pattern ASKED_OF = Pattern.compile("\\s+از\\s+[^،,]+$");

    private final Pattern verbInside;
    /** The verbs of saying in the plural, which only a body's name may be the subject of ("طالبان گفتند"). */
    private final Pattern pluralVerbInside;
    private final Set<String> givenNames = folded("fa-given-names");
    /**
     * The first words of verbs of asking someone ("از وزارت خواست که", "درخواست کرده است"), as folded; they are in
     * [fa-speech-verbs] too.
     */
    private final Set<String> requestVerbs = LEXICON.words("fa-request-verbs").stream()
            .map(verb -> fold(SPACES.split(verb)[0])).collect(Collectors.toUnmodifiableSet());
    private final Set<String> titles = folded("fa-titles");
    private final Set<String> occupations = folded("fa-occupations");
    private final Set<String> anonymousNouns = folded("fa-anonymous-nouns");
    private final Set<String> organisationHeads = folded("fa-organisation-heads");
    /** Titles that only address someone and say nothing of what they do. */
    private final Set<String> address = Set.of(fold("آقای"), fold("خانم"), fold("جناب"), fold("بانو"));

    public PersianQuoteExtractor() {
        Set<String> forms = new LinkedHashSet<>();
        List<List<String>> light = LEXICON.words("fa-light-verbs").stream()
                .map(line -> List.of(PARTS.split(line))).toList();
        for (String verb : LEXICON.words("fa-speech-verbs")) {
            forms.add(verb);
            for (List<String> lightForms : light) {
                String past = lightForms.get(0);
                if (verb.endsWith(" " + past)) {
                    String noun = verb.substring(0, verb.length() - past.length());
                    lightForms.forEach(form -> forms.add(noun + form));
                }
            }
        }
        verbInside = verbPattern(forms);
        pluralVerbInside = verbPattern(forms.stream().flatMap(PersianQuoteExtractor::plurals).toList());
    }

    /** Any of the forms, its words with or without space between them, as a word of its own. */
    private static Pattern verbPattern(Collection<String> forms) {
        String verbs = forms.stream().map(PersianQuoteExtractor::fold).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(form -> Arrays.stream(SPACES.split(form)).map(Pattern::quote).collect(Collectors.joining("\\s*")))
                .collect(Collectors.joining("|"));
        return Pattern.compile("(?<![\\p{L}])(?<verb>" + verbs + ")(?![\\p{L}])");
    }

    /**
     * The third person plural of a singular form: "گفت" "گفتند", "گفته است" "گفته اند", "اعلام کرد" "اعلام کردند",
     * "می گوید" "می گویند". After "می" the verb may be a present ("می گوید") or a past ("می گفت"), which the form does
     * not tell apart; both plurals are given, the one that is no word never being met.
     */
    private static Stream<String> plurals(String form) {
        int space = form.lastIndexOf(' ');
        String before = space < 0 ? "" : form.substring(0, space + 1);
        String last = form.substring(space + 1);
        if (last.equals("است")) {
            return Stream.of(before + "اند");
        }
        if (before.endsWith("می ") && last.endsWith("د")) {
            return Stream.of(before + last + "ند", before + last.substring(0, last.length() - 1) + "ند");
        }
        return Stream.of(before + last + "ند");
    }

    /** A source named so far: its name as written, its folded words, its kind and its role's folded words. */
    /** A source met; {@code firstRole}: who a person named without words is, for their first words. */
    private record Known(String name, SourceKind kind, List<String> words, List<String> roleWords, String firstRole) {

        Known(String name, SourceKind kind, List<String> words, List<String> roleWords) {
            this(name, kind, words, roleWords, null);
        }
    }

    private record Speaker(String name, SourceKind kind, String role) {
    }

    public List<Attribution> extract(List<String> paragraphs, List<String> authors) {
        List<Known> known = new ArrayList<>();
        return InterviewAnswers.PERSIAN.addTo(ArabicScript.attributions(paragraphs, authors,
                ArabicScript.Folding.PERSIAN, (sentence, paragraph) -> attribution(sentence, known, paragraph)), paragraphs);
    }

    private Attribution attribution(Folded sentence, List<Known> known, int paragraph) {
        String t = sentence.text();
        Matcher opener = OPENER.matcher(t);
        int from = opener.lookingAt() ? opener.end() : 0;
        Matcher m = ACCORDING_TO.matcher(t).region(from, t.length());
        if (m.matches()) {
            return accordingTo(sentence, m, known, paragraph);
        }
        m = REPORT_SAYS.matcher(t).region(from, t.length());
        if (m.matches()) {
            return attributedWords(speaker(who(sentence.original(m.start("who"), m.end("who"))), known), known,
                    sentence.original(m.start("rest"), m.end("rest")), sentence.original(m.start("cue"), m.end("cue")),
                    paragraph);
        }
        for (Pattern verbs : List.of(verbInside, pluralVerbInside)) {
            Matcher verb = verbs.matcher(t);
            while (verb.find()) {
                if (verb.start() <= from) {
                    continue;
                }
                Attribution attribution = spoken(sentence, verb, from, known, paragraph, verbs == pluralVerbInside);
                if (attribution != null) {
                    return attribution;
                }
            }
        }
        learn(sentence.original(), known);
        return null;
    }

    /**
     * A person a sentence that reports no words opens with, as a feature does ("غلام سخی در کارگاهی ... می‌سازد"): a
     * given name and the words after it up to a preposition or a comma, three at most, so that "او" finds the person
     * next.
     */
    /**
     * Whom someone is to another, or what someone is, then a name set apart: "دختر او، مریم،", "بنیان‌گذار آن، فرشته
     * کریمی،".
     */
    private static final Pattern RELATION_THEN_NAME = Pattern.compile("(?<role>[^\u060c,]{2,40})[\u060c,]\\s+"
            + "(?<name>[^\\s\u060c,]+(?:\\s+[^\\s\u060c,]+){0,2})[\u060c,]\\s+");
    /** Kin, neighbours and colleagues, as a relation opens: "دختر", "همسر", "همسایه", "همکار". */
    private static final Set<String> RELATIONS = Set.of("دختر", "پسر", "مادر", "پدر", "همسر", "شوهر", "خواهر",
            "برادر", "همسایه", "نواسه", "مادرکلان", "پدرکلان", "همکار");
    /** A pronoun joined to a noun's end: "خواهرش" is her sister, "پدرشان" their father. */
    private static final Pattern JOINED_PRONOUN = Pattern.compile("(?:ش|شان)$");

    /** "یکی از شاگردان او": one of someone's kin or of those who do something, as a role. */
    private boolean isOneOf(String role) {
        List<String> words = words(role.strip()).stream().map(PersianQuoteExtractor::fold).toList();
        if (words.size() < 3 || !words.get(0).equals("یکی") || !words.get(1).equals("از")) {
            return false;
        }
        String singular = PLURAL_ENDING.matcher(words.get(2)).replaceFirst("");
        return isRelation(singular) || isRoleWord(singular);
    }

    /** A plural's ending: "شاگردان", "کارگرها". */
    private static final Pattern PLURAL_ENDING = Pattern.compile("(?:ان|‌ها|ها)$");

    /** Whether a word names kin or a neighbour, with a pronoun joined to it or without: "دختر", "خواهرش". */
    private static boolean isRelation(String word) {
        return RELATIONS.contains(word) || RELATIONS.contains(JOINED_PRONOUN.matcher(word).replaceFirst(""));
    }

    /** One word opening a sentence, then what the person does, set apart: "فریده، آرایشگر ۳۵ ساله،". */
    private static final Pattern NAME_THEN_OCCUPATION = Pattern.compile("(?:(?<title>[^\\s\u060c,]+)\\s+)?"
            + "(?<name>[^\\s\u060c,]+)[\u060c,]\\s+(?<role>[^\u060c,]{2,60})[\u060c,]\\s+");
    /** A master of a craft and other nouns of one who works at one, folded: "استادکار", "پیشه‌ور". */
    private static final Set<String> MASTERS = Set.of("استادکار", "صنعتگر", "پیشهور", "کاریگر");
    /** Words of when that may follow a name opening a sentence: "هر روز", "اکنون", "هنوز", "سال‌هاست". */
    /** Numbers in words, which no name holds: "سی", "دوازده". */
    private static final Set<String> NUMBER_WORDS = Set.of("دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "ده",
            "یازده", "دوازده", "سیزده", "چهارده", "پانزده", "شانزده", "هفده", "هجده", "نوزده", "بیست", "سی", "چهل",
            "پنجاه", "شصت", "هفتاد", "هشتاد", "نود", "صد");
    /** A number in figures or in words. */
    private static final Pattern FIGURES = Pattern.compile("^[\\d\u06f0-\u06f9\u0660-\u0669]+$");

    private static boolean isNumber(String folded) {
        return NUMBER_WORDS.contains(folded) || FIGURES.matcher(folded).matches();
    }

    /** How far into a sentence the comma after an opening of where may stand. */
    private static final int OPENING_REACH = 60;
    private static final Set<String> WHEN_AFTER_NAME = Set.of("هر", "اکنون", "حالا", "هنوز", "همیشه", "روزانه",
            "هرروز", "سالهاست", "سالها", "امروز", "امسال");
    /** An age after a trade: "۳۵ ساله". */
    private static final Pattern AGE_AFTER = Pattern.compile("\\s+[\\d\u06f0-\u06f9\u0660-\u0669]{1,3}\\s+ساله$");
    /** A comma closing a word: "احمدی،". */
    private static final Pattern SET_APART = Pattern.compile("[\u060c,]$");

    private void learn(String sentence, List<Known> known) {
        List<String> words = words(sentence);
        int comma = sentence.indexOf('\u060c');
        if (comma > 0 && comma < OPENING_REACH && !words.isEmpty() && PREPOSITIONS.contains(fold(words.get(0)))
                && sentence.lastIndexOf('\u00ab', comma) < 0) {
            // "در چهارراه گلوباغ هرات، رحیم‌داد ...": where, set apart, opens the sentence before whom it tells of
            learn(sentence.substring(comma + 1).strip(), known);
            return;
        }
        Matcher related = RELATION_THEN_NAME.matcher(sentence);
        String opening = related.lookingAt() ? fold(SPACES.split(related.group("role").strip())[0]) : "";
        // "شاگردش، معصومه،": one's own by what they do, with the pronoun joined to it
        if (related.lookingAt() && (isRelation(opening) || isRoleWord(opening) || isOneOf(related.group("role"))
                || isRoleWord(JOINED_PRONOUN.matcher(opening).replaceFirst("")))
                && isGivenName(fold(SPACES.split(related.group("name"))[0]))) {
            // "دختر او، مریم، نیز کنار مادرش کار می‌کند": whom she is to someone, then her given name set apart
            String name = related.group("name");
            String role = related.group("role").strip();
            known.removeIf(k -> k.name().equals(name));
            known.add(new Known(name, SourceKind.PERSON, List.of(fold(name)),
                    words(role).stream().map(PersianQuoteExtractor::fold).toList(), role));
            return;
        }
        Matcher described = NAME_THEN_OCCUPATION.matcher(sentence);
        // "استاد غلام‌حسین، نوازنده رباب،": a title of address before the name is neither name nor role; "زهرا حسینی،
        // خیاطی از شهر بامیان،": a given name before it is the name's
        String before = described.lookingAt() && described.group("title") != null ? fold(described.group("title")) : null;
        // (or a noun of a person: "رضا، نوجوان افغان ۱۵ ساله،")
        String describing = described.lookingAt() ? fold(words(described.group("role")).get(0)) : "";
        if (described.lookingAt() && (isRoleWord(describing) || anonymousNouns.contains(describing))
                && !isRoleWord(fold(described.group("name")))
                && (before == null || titles.contains(before) || isGivenName(before))) {
            // "فریده، آرایشگر ۳۵ ساله، اکنون ...": a name the lists need not know, then her trade and age set apart;
            // the age is no role
            String name = before != null && !titles.contains(before)
                    ? described.group("title") + " " + described.group("name") : described.group("name");
            String role = AGE_AFTER.matcher(described.group("role").strip()).replaceFirst("");
            known.removeIf(k -> k.name().equals(name));
            known.add(new Known(name, SourceKind.PERSON, words(name).stream().map(PersianQuoteExtractor::fold).toList(),
                    words(role).stream().map(PersianQuoteExtractor::fold).toList(), role));
            return;
        }
        if (words.size() >= 3 && SET_APART.matcher(words.get(0)).find()
                && isGivenName(fold(SET_APART.matcher(words.get(0)).replaceFirst("")))) {
            // "گل‌بانو، ۴۰ ساله، از ...": a given name alone, set apart from what is said of her
            String name = SET_APART.matcher(words.get(0)).replaceFirst("");
            known.removeIf(k -> k.name().equals(name));
            known.add(new Known(name, SourceKind.PERSON, List.of(fold(name)), List.of()));
            return;
        }
        // "قابله شکریه احمدی در روستاها ...": what someone does, then the name
        int start = words.size() >= 4 && isRoleWord(fold(words.get(0))) && isGivenName(fold(words.get(1))) ? 1 : 0;
        if (words.size() < 3 || !isGivenName(fold(words.get(start)))) {
            return;
        }
        int end = start + 1;
        boolean setApart = false;
        // (an age after the name closes it as where or when does: "رحیم‌داد دوازده ساله هر روز ...")
        boolean aged = end + 1 < words.size() && fold(words.get(end + 1)).equals("ساله")
                // (or a number, which no name holds: "غلام نبی سی سال است که ...")
                || end < words.size() && isNumber(fold(words.get(end)));
        while (!aged && end < Math.min(start + 3, words.size()) && !PREPOSITIONS.contains(fold(words.get(end)))
                && !WHEN_AFTER_NAME.contains(fold(words.get(end)))
                // (a verb is never a name's: "زهرا لباسی می‌دوزد و ...")
                && !VERB_OR_OBJECT_MARK.matcher(words.get(end)).find()) {
            aged = end + 2 < words.size() && fold(words.get(end + 2)).equals("ساله")
                    || end + 1 < words.size() && isNumber(fold(words.get(end + 1)));
            if (aged) {
                end++;
                break;
            }
            end++;
            // "گل‌بی‌بی احمدی، ۴۸ ساله، از ...": a comma after the name sets apart what is said of the person next
            if (SET_APART.matcher(words.get(end - 1)).find()) {
                setApart = true;
                break;
            }
        }
        boolean endsBeforeWhereOrWhen = aged || end < words.size() && (PREPOSITIONS.contains(fold(words.get(end)))
                || WHEN_AFTER_NAME.contains(fold(words.get(end))));
        if (!setApart && !endsBeforeWhereOrWhen && isSurnameThenObject(words, start)) {
            // "رحیمه نوری پشم قالین را ... رنگ می‌کند": a surname made with "ی", then what the person works on
            end = start + 2;
            endsBeforeWhereOrWhen = true;
        }
        // (a given name alone opening the sentence, too: "گل‌آغا هر روز ...", "گل‌آغا در ...")
        if (end < start + 2 && !(start == 0 && endsBeforeWhereOrWhen) || !setApart && !endsBeforeWhereOrWhen) {
            return; // the name ends where a preposition or when begins what is said of the person
        }
        String name = SET_APART.matcher(String.join(" ", words.subList(start, end))).replaceFirst("");
        known.removeIf(k -> k.name().equals(name));
        known.add(new Known(name, SourceKind.PERSON, words.subList(start, end).stream()
                .map(PersianQuoteExtractor::fold).toList(), start == 0 ? List.of() : List.of(fold(words.get(0))),
                start == 0 ? null : words.get(0)));
    }

    /** "ی" as the finder compares it, the letter a surname made from a word ends with ("نوری"). */
    private static final String FOLDED_YEH = fold("ی");
    /** Words ending in "ی" that open what is said of a person, not a surname: "وقتی", "خیلی", "یکی". */
    private static final Set<String> NOT_SURNAMES = Set.of("وقتی", "زمانی", "خیلی", "کمی", "یکی", "کسی", "چیزی",
            "جایی", "گاهی", "بعضی", "برخی", "تنهایی", "مدتی", "سالی", "روزی");
    /**
     * A verb's opening, with its non-joiner, or a word that closes an object, which a surname is never followed by:
     * "می‌بافد", "را" (a name may open with "می": "مینا", "میرزایی").
     */
    private static final Pattern VERB_OR_OBJECT_MARK = Pattern.compile("^(?:ن?می\u200c|را$|است$|بود$|شد$|کرد$)");

    /**
     * Whether the given name at {@code start} has a surname made with "ی" after it ("نوری", "احمدی") and then a word
     * of what the person does that is neither a verb nor "را", so that the name is two words with no preposition to
     * end it; an indefinite object ("قالینی می‌بافد") is followed by its verb.
     */
    private boolean isSurnameThenObject(List<String> words, int start) {
        if (start + 3 >= words.size()) {
            return false;
        }
        String surname = fold(words.get(start + 1));
        String next = words.get(start + 2);
        return surname.length() >= 3 && surname.endsWith(FOLDED_YEH) && !NOT_SURNAMES.contains(surname)
                && !isRoleWord(surname) && !isNumber(surname) && !PREPOSITIONS.contains(surname)
                && !WHEN_AFTER_NAME.contains(surname) && Character.isLetter(surname.charAt(0))
                && !VERB_OR_OBJECT_MARK.matcher(next).find() && !PREPOSITIONS.contains(fold(next));
    }

    /**
     * The words around a verb of saying: who before it, then a colon and a quote, "که" and reported words, or the
     * words at once; or, with the verb ending the sentence, the words before the last comma and who after it.
     */
    private Attribution spoken(Folded sentence, Matcher verb, int from, List<Known> known, int paragraph,
                               boolean plural) {
        String t = sentence.text();
        String after = t.substring(verb.end());
        String before = sentence.original(from, verb.start());
        boolean request = requestVerbs.contains(SPACES.split(verb.group("verb"))[0]);
        if (request) {
            // "شورا از وزارت خواست که ...": whom it was asked of is no part of who asked
            before = ASKED_OF.matcher(before).replaceFirst("");
        }
        Matcher direct = DIRECT.matcher(after);
        // "می‌گوید، «...»": a comma for the colon, where no quote before the verb makes it a quote's second part
        if (!direct.lookingAt() && !LEADING_QUOTE.matcher(t).region(from, verb.start()).find()) {
            direct = DIRECT_AFTER_COMMA.matcher(after);
        }
        if (direct.lookingAt()) {
            String said = quoted(sentence, direct, verb.end());
            return attributed(speaker(who(before), known, plural), known, quotedWords(said), QuotationKind.DIRECT,
                    cue(sentence, verb, before), paragraph);
        }
        Matcher colon = COLON.matcher(after);
        Matcher that = THAT.matcher(after);
        String said;
        if (colon.matches()) {
            said = sentence.original(verb.end() + colon.start("q"), t.length());
        } else if (that.matches()) {
            said = sentence.original(verb.end() + that.start("q"), t.length());
        } else if (after.isBlank() || SECOND_PART.matcher(after).matches()) {
            // "...، رحیمی گفت", "«...» رحیمی گفت": the words first, who after the last comma or the quote
            int comma = Math.max(t.lastIndexOf('،', verb.start()), t.lastIndexOf(',', verb.start()));
            Matcher quote = LEADING_QUOTE.matcher(t).region(from, verb.start());
            Matcher thisSaid = quote.lookingAt() ? THIS_SAID.matcher(t).region(quote.end(), verb.start()) : null;
            if (thisSaid != null && thisSaid.lookingAt()) {
                // "«...»، این را رئیس اتحادیه، X، گفت": "this" the words, and who said them all that stands after it
                String who = sentence.original(thisSaid.end(), verb.start());
                return attributedWords(speaker(who(who), known, plural), known, sentence.original(from, quote.end()),
                        cue(sentence, verb, who), paragraph);
            }
            int split = quote.lookingAt() && quote.end() > comma ? quote.end() : comma;
            if (split == comma && comma > 0 && quote.lookingAt() && toldOnly(t.substring(comma + 1, verb.start()))) {
                // "«...»، نورالله، کشاورزی از ...، می‌گوید": a comma closing who is set apart after the quote (and
                // whom it was told may stand between it and the verb: "...، باغدار در ...، به IWPR گفت")
                split = quote.end();
            }
            if (split <= from) {
                return null;
            }
            String who = sentence.original(split == comma ? comma + 1 : split, verb.start());
            said = sentence.original(from, split);
            return attributedWords(speaker(who(who), known, plural), known, said, cue(sentence, verb, who),
                    paragraph);
        } else if (!request && Character.isLetter(after.strip().isEmpty() ? ' ' : after.strip().charAt(0))
                && Character.isWhitespace(after.charAt(0)) && !AND_THEN.matcher(after).lookingAt()) {
            // "او گفت این طرح ...": reported words without "که" (not after a verb of asking: "خواست نامش ..." is
            // "wanted his name ...")
            said = sentence.original(verb.end(), t.length());
        } else {
            return null;
        }
        return attributedWords(speaker(who(before), known, plural), known, said, cue(sentence, verb, before),
                paragraph);
    }

    /** Whether the words between a comma and the verb are nothing, or only whom it was told ("به IWPR"). */
    private static boolean toldOnly(String between) {
        String rest = MEDIA_ADDRESSED.matcher(ADDRESSEE.matcher(between).replaceFirst("")).replaceFirst("");
        return rest.isBlank();
    }

    /**
     * "به گفته X، (role،) ...": who to the first comma, a description of them set apart, then the words; or what
     * someone is to the first comma and the name set apart after it ("به گفته سخنگوی وزارت معارف، X، ...").
     */
    private Attribution accordingTo(Folded sentence, Matcher m, List<Known> known, int paragraph) {
        String rest = sentence.original(m.start("rest"), m.end("rest"));
        List<String> who = new ArrayList<>(who(sentence.original(m.start("who"), m.end("who"))));
        String[] restParts = PARTS.split(rest, 2);
        List<String> setApart = restParts.length == 2 ? words(fold(restParts[0])) : List.of();
        List<String> first = words(fold(m.group("who")));
        if (restParts.length == 2 && (describes(setApart)
                || describes(first) && nameStart(setApart) == 0 && nameLength(setApart, 0) == setApart.size())) {
            who.add(restParts[0]);
            rest = restParts[1];
        }
        // (the cue's words without the ezafe's joiner or hamza, which folding leaves out: "به گفته‌ی" is "به گفته")
        String cue = CUE_EZAFE.matcher(sentence.original(m.start("cue"), m.end("cue"))).replaceFirst("");
        return attributedWords(speaker(who, known), known, rest, cue, paragraph);
    }

    /** Reported words, or a quote when they are one whole. */
    private Attribution attributedWords(Speaker speaker, List<Known> known, String said, String cue, int paragraph) {
        String words = reportedWords(said);
        Matcher whole = WHOLE_QUOTE.matcher(words);
        if (whole.matches()) {
            return attributed(speaker, known, quotedWords(whole.group(1)), QuotationKind.DIRECT, cue, paragraph);
        }
        return attributed(speaker, known, words, QuotationKind.INDIRECT, cue, paragraph);
    }

    private Attribution attributed(Speaker speaker, List<Known> known, String text, QuotationKind kind, String cue,
                                   int paragraph) {
        if (speaker == null || text.isBlank()) {
            return null;
        }
        // the role given when the source was introduced stays known when it is quoted again without one
        List<String> roleWords = speaker.role() == null
                ? known.stream().filter(k -> k.name().equals(speaker.name())).findFirst().map(Known::roleWords)
                .orElse(List.of())
                : words(speaker.role()).stream().map(PersianQuoteExtractor::fold).toList();
        // "دختر او، مریم، ..." and then "مریم گفت": her first words, in the role she was named in
        String role = speaker.role() != null || speaker.kind() != SourceKind.PERSON ? speaker.role()
                : known.stream().filter(k -> k.name().equals(speaker.name())).findFirst().map(Known::firstRole)
                .orElse(null);
        known.removeIf(k -> k.name().equals(speaker.name()));
        known.add(new Known(speaker.name(), speaker.kind(), words(speaker.name()).stream()
                .map(PersianQuoteExtractor::fold).toList(), roleWords));
        return new Attribution(speaker.name(), speaker.kind(), role, text, kind, cue, paragraph);
    }

    /** The verb as written, with IWPR when it is the one spoken to: "به IWPR گفت". */
    private static String cue(Folded sentence, Matcher verb, String before) {
        String cue = sentence.original(verb.start("verb"), verb.end("verb"));
        return ADDRESSEE.matcher(fold(before)).find() ? "به IWPR " + cue : cue;
    }

    private static String quoted(Folded sentence, Matcher m, int offset) {
        String group = m.group("q1") != null ? "q1" : m.group("q2") != null ? "q2" : "q3";
        return sentence.original(offset + m.start(group), offset + m.end(group));
    }

    /**
     * The parts of who speaks, set apart by commas, without whom they spoke to, where and when, and the adverbs
     * beside them; the written text of each.
     */
    private static List<String> who(String written) {
        String t = fold(written);
        for (Pattern drop : List.of(ADDRESSEE, MEDIA_ADDRESSED, OCCASION, WHEN_SAID, ASIDE, ADVERBS, FIRST_ACT)) {
            Matcher m = drop.matcher(t);
            StringBuilder kept = new StringBuilder();
            int last = 0;
            while (m.find()) {
                if ((drop == WHEN_SAID || drop == ASIDE && setApart(t, m.start())) && inClause(t, m.start())) {
                    // "که هفته گذشته ... از دست داد", and in a description set apart after a name "که پس از مرگ
                    // شوهرش ... آغاز کرده است": when the clause's event was, not when or after what it was said (an
                    // unnamed source's own clause goes with it: "یک زن معترض که پس از دو هفته آزاد شد")
                    continue;
                }
                kept.append(t, last, m.start()).append(' ');
                last = m.end();
            }
            t = kept.append(t.substring(last)).toString();
        }
        // the folded text is what is kept; names are given back as written where they are the same words
        String cleaned = PARENTHESES.matcher(t).replaceAll(" ");
        List<String> parts = new ArrayList<>();
        for (String part : PARTS.split(cleaned.strip())) {
            // "یک زن معترض که پس از دو هفته آزاد شد": a "که" left alone once its clause was taken out
            String p = DANGLING_THAT.matcher(Spaces.single(part).strip()).replaceFirst("");
            if (!p.isEmpty()) {
                parts.add(written(written, p));
            }
        }
        return parts;
    }

    /** Whether a place in who is in a part set apart by a comma after the first. */
    private static boolean setApart(String t, int at) {
        return t.lastIndexOf('،', at) >= 0 || t.lastIndexOf(',', at) >= 0;
    }

    /** Whether a place in who is inside a clause with "که" about the person, in the same part between commas. */
    private static boolean inClause(String t, int at) {
        int part = Math.max(t.lastIndexOf('،', at), t.lastIndexOf(',', at)) + 1;
        return CLAUSE_WORD.matcher(t.substring(part, at)).find();
    }

    /** The words of {@code folded} as {@code written} has them, when it has them in a row; else the folded ones. */
    private static String written(String written, String folded) {
        Folded f = Folded.of(written, ArabicScript.Folding.PERSIAN);
        String[] target = SPACES.split(folded);
        String text = f.text();
        // find the folded words as a run of words in the written text, spaces between them however many
        String pattern = Arrays.stream(target).map(Pattern::quote).collect(Collectors.joining("\\s+"));
        Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + pattern + "(?![\\p{L}\\p{N}])").matcher(text);
        return m.find() ? f.original(m.start(), m.end()).strip() : folded;
    }

    /**
     * Who the parts name: the last person or unnamed source, for a pronoun; the last body of a head, for "این" and
     * that head; a source named earlier; a body; a person by a given name or set apart beside a description; or
     * someone unnamed described.
     */
    /** Who the parts name, when the verb is plural only a body: a plural verb after anyone else is a group's. */
    private Speaker speaker(List<String> who, List<Known> known, boolean plural) {
        Speaker speaker = speaker(who, known);
        return plural && speaker != null && speaker.kind() != SourceKind.ORGANISATION ? null : speaker;
    }

    private Speaker speaker(List<String> who, List<Known> known) {
        List<String> parts = withoutBut(who);
        if (parts.isEmpty()) {
            return null;
        }
        String head = parts.get(0);
        List<String> words = words(head);
        List<String> folded = words.stream().map(PersianQuoteExtractor::fold).toList();
        if (folded.isEmpty()) {
            return null;
        }
        if (folded.size() == 1 && PRONOUNS.contains(folded.get(0))) {
            return last(known, kind -> kind != SourceKind.ORGANISATION, null);
        }
        if (folded.size() == 2 && folded.get(0).equals("این")) {
            // "این وزارت": the body of that head named last; "این سازمان" after "دیده‌بان حقوق بشر": the last body;
            // "این مقام" after "یک مقام امنیتی ...": the unnamed source described by that noun
            String noun = folded.get(1);
            if (organisationHeads.contains(noun)) {
                Speaker same = last(known, kind -> kind == SourceKind.ORGANISATION, noun);
                return same != null ? same : last(known, kind -> kind == SourceKind.ORGANISATION, null);
            }
            Speaker described = describedBefore(noun, known);
            if (described == null && MASTERS.contains(noun)) {
                // "این استادکار" after "عبدالقیوم، مبل‌ساز ...،": a master of a craft, the person last named by one
                return lastOfATrade(known);
            }
            return described != null || !isOccupation(noun) ? described : lastWithoutRole(known);
        }
        if (folded.size() > 2 && folded.get(0).equals("این") && isOccupation(folded.get(1))
                && isAgeAlone(String.join(" ", words.subList(2, words.size())))) {
            // "این قفل‌ساز ۴۸ ساله": what the person named before does, and the age
            Speaker described = describedBefore(folded.get(1), known);
            return described != null ? described : lastWithoutRole(known);
        }
        Matcher withholds = WITHHOLDS_NAME.matcher(fold(String.join(" ", parts)));
        boolean withheld = withholds.find();
        if (withheld) {
            // "یک مقام محلی که نخواست نامش فاش شود": the description, without the clause
            int clause = folded.indexOf("که");
            if (clause < 0) {
                // "یک مسئول وزارت ... به شرط فاش نشدن نامش": the condition, opened by "به", is no description
                clause = conditionOnName(folded);
            }
            String description = clause > 0 ? String.join(" ", words.subList(0, clause)) : head;
            return new Speaker(description, SourceKind.ANONYMOUS, null);
        }
        String described = described(parts);
        if (folded.size() > 1 && address.contains(folded.get(0)) && !described.isEmpty()) {
            // "خانم نیکزاد، همسر سمیع‌الله،": someone introduced by a courtesy title and a description is someone new,
            // whoever shares the surname
            return new Speaker(String.join(" ", words.subList(1, words.size())), SourceKind.PERSON, described);
        }
        Known earlier = earlier(withoutTitles(folded), known);
        if (earlier != null) {
            return new Speaker(earlier.name(), earlier.kind(), null);
        }
        if (organisationHeads.contains(folded.get(0)) || organisationHeads.contains(withoutEzafe(folded.get(0)))
                || folded.size() > 1
                && organisationHeads.contains(folded.get(0) + " " + folded.get(1))
                // a body's name in Pashto, as Afghan bodies are officially named: "د" (of) first, the head last
                // ("د افغانستان بانک")
                || folded.size() > 2 && folded.get(0).equals("د")
                && organisationHeads.contains(folded.get(folded.size() - 1))) {
            return new Speaker(head, SourceKind.ORGANISATION, null);
        }
        if (NAME_NOT_REAL.matcher(described).find() && !described.contains("،") && folded.size() <= 3) {
            // "شکیبا، که نام واقعی‌اش نیست،": a person by the name the article gives her; the note is no role
            return new Speaker(head, SourceKind.PERSON, null);
        }
        int name = nameStart(folded);
        if (name >= 0) {
            int end = name + nameLength(folded, name);
            // "رئیس صحت عامه غزنی داکتر X": a title right before the name is cut from a role that says more
            int roleEnd = name;
            while (roleEnd > 1 && titles.contains(folded.get(roleEnd - 1))) {
                roleEnd--;
            }
            String role = String.join(" ", words.subList(0, roleEnd));
            if (address.contains(fold(role))) {
                role = "";
            }
            // what is set apart beside the name says more than a title before it (an age alone says nothing of what
            // the person is: "مریم، ۱۲ ساله، گفت")
            if (!described.isEmpty() && !isAgeAlone(described) && (role.isEmpty() || titles.contains(fold(role)))) {
                role = described;
            } else if (roleEnd == 1 && isRelation(folded.get(0)) && !apartAfterRelation(described).isEmpty()) {
                role = role + "، " + described; // "همسرش مریم، معلم مکتب،": whose she is and what she is, both
            }
            // "گلالی ۲۸ ساله که ... فرار کرده است": an age, a clause about the person or an occupation right after
            // the name
            String rest = String.join(" ", words.subList(end, words.size()));
            // ("حاجی عبدالواحد که سی سال است بخاری می‌سازد": a clause after the name says more than a title before it)
            if ((role.isEmpty() || titles.contains(fold(role))) && (DESCRIBED_AFTER_NAME.matcher(fold(rest)).lookingAt()
                    || end < folded.size() && isRoleWord(folded.get(end)))) {
                // "X رئیس امور مهاجرین ننگرهار گفت": what the person is, right after the name, commas or none
                role = rest;
            }
            return new Speaker(String.join(" ", words.subList(name, end)), SourceKind.PERSON,
                    role.isEmpty() ? null : role);
        }
        if (parts.size() > 1 && describes(folded)) {
            // "سخنگوی ریاست زراعت هرات، محمد ابراهیم رحیمی،": what someone is, then who, set apart
            List<String> next = words(parts.get(1));
            List<String> nextFolded = next.stream().map(PersianQuoteExtractor::fold).toList();
            int start = nameStart(nextFolded);
            if (start < 0 && isBareName(nextFolded)) {
                start = 0;
            }
            if (start >= 0) {
                return new Speaker(String.join(" ", next.subList(start, start + nameLength(nextFolded, start))),
                        SourceKind.PERSON, head);
            }
        }
        // ("پسرش یما که در کارگاه کمک می‌کند": or a clause about them right after the name, which the relation before
        // the name is kept over)
        boolean clauseAfter = folded.size() > 3 && folded.get(2).equals("که");
        if ((folded.size() == 2 || clauseAfter) && !RELATIONS.contains(folded.get(0)) && isRelation(folded.get(0))
                && isBareName(folded.subList(1, 2)) && !isRelation(folded.get(1)) && !isRoleWord(folded.get(1))) {
            // "دخترش رنا، طراح جوان لباس،": whom the person is to someone, with the pronoun joined to it, then a given
            // name the lexicon lacks; what is set apart after the name joins the role, as a second description
            String apart = clauseAfter ? "" : apartAfterRelation(described);
            return new Speaker(words.get(1), SourceKind.PERSON, apart.isEmpty() ? words.get(0) : words.get(0) + "، " + apart);
        }
        // (a title before it is neither name nor role: "داکتر فریده نوری، مسئول بانک خون،")
        List<String> untitled = withoutTitles(folded);
        if (!described.isEmpty() && isBareName(untitled)) {
            // "فریبا، ۳۴ ساله،": a name the lexicon lacks, made a person by what is said of them
            return new Speaker(String.join(" ", words.subList(folded.size() - untitled.size(), words.size())),
                    SourceKind.PERSON, isAgeAlone(described) ? null : described);
        }
        // "آمر صحت عامه بلخ گفت": an office with no name to it is someone unnamed
        if (isDescription(folded) || parts.size() == 1 && isOccupation(folded.get(0)) && folded.size() > 1) {
            return new Speaker(head, SourceKind.ANONYMOUS, null);
        }
        if (parts.size() == 1 && folded.size() == 1 && isOccupation(folded.get(0))) {
            // "قاضی گفت", "متهم گفت": the person named before with that noun as the role, or else someone named by
            // the office alone
            Known same = namedWithRole(folded.get(0), known);
            return same != null ? new Speaker(same.name(), same.kind(), null)
                    : new Speaker(head, SourceKind.ANONYMOUS, null);
        }
        return null;
    }

    /** The person last met whose role holds that noun ("کشاورز" after "محمد کریمی، کشاورز ..."); null when none. */
    private static Known namedWithRole(String noun, List<Known> known) {
        for (int i = known.size() - 1; i >= 0; i--) {
            Known k = known.get(i);
            if (k.kind() == SourceKind.PERSON && k.roleWords() != null && k.roleWords().contains(noun)) {
                return k;
            }
        }
        return null;
    }

    /**
     * The parts of who without a "but" ("ولی") that opens them; "ولی" before a given name, or within a name, is a
     * given name itself ("ولی محمد حکیمی", "احمد ولی نادری").
     */
    private List<String> withoutBut(List<String> parts) {
        if (parts.isEmpty()) {
            return parts;
        }
        List<String> words = words(parts.get(0));
        if (words.isEmpty() || !fold(words.get(0)).equals("ولی")
                || words.size() > 1 && isGivenName(fold(words.get(1)))) {
            return parts;
        }
        List<String> rest = new ArrayList<>(parts.subList(1, parts.size()));
        if (words.size() > 1) {
            rest.add(0, String.join(" ", words.subList(1, words.size())));
        }
        return rest;
    }

    /**
     * The last unnamed source whose description has this noun ("یک مقام امنیتی" for "مقام"), or the last person whose
     * role has it ("کارشناس منابع آب" for "کارشناس"); null when there is none.
     */
    private static Speaker describedBefore(String noun, List<Known> known) {
        for (int i = known.size() - 1; i >= 0; i--) {
            Known k = known.get(i);
            // "این کارشناس" after "X، کارشناس منابع آب،": a person whose role says so
            if (k.kind() == SourceKind.ANONYMOUS && k.words().contains(noun)
                    || k.kind() == SourceKind.PERSON && k.roleWords().contains(noun)) {
                return new Speaker(k.name(), k.kind(), null);
            }
        }
        return null;
    }

    /** The last person, when named by a trade or without a role; null when the last person's role is no trade. */
    private Speaker lastOfATrade(List<Known> known) {
        return lastPersonIf(known, roleWords -> roleWords.isEmpty() || isOccupation(roleWords.get(0)));
    }

    /**
     * The last person named without a role, whom "این قفل‌ساز" may name when no role had the noun ("محمد نسیم در یک
     * دکان ... قفل می‌سازد"); null when the last person had a role, which would have said what they do.
     */
    private static Speaker lastWithoutRole(List<Known> known) {
        return lastPersonIf(known, List::isEmpty);
    }

    /** The last person known, without a role, when their role's words pass the test; null otherwise or when none. */
    private static Speaker lastPersonIf(List<Known> known, java.util.function.Predicate<List<String>> roleFits) {
        for (int i = known.size() - 1; i >= 0; i--) {
            Known k = known.get(i);
            if (k.kind() == SourceKind.PERSON) {
                return roleFits.test(k.roleWords()) ? new Speaker(k.name(), k.kind(), null) : null;
            }
        }
        return null;
    }

    /** The last source of a kind, and of a body's head when one is given. */
    private static Speaker last(List<Known> known, java.util.function.Predicate<SourceKind> kind, String head) {
        for (int i = known.size() - 1; i >= 0; i--) {
            Known k = known.get(i);
            if (kind.test(k.kind()) && (head == null || !k.words().isEmpty() && k.words().get(0).equals(head))) {
                return new Speaker(k.name(), k.kind(), null);
            }
        }
        return null;
    }

    /** Words without the titles that open them: "داکتر احمد" is "احمد", a surname that may be someone's named before. */
    private List<String> withoutTitles(List<String> folded) {
        int start = 0;
        while (start < folded.size() - 1 && titles.contains(folded.get(start))) {
            start++;
        }
        return folded.subList(start, folded.size());
    }

    /** A person named earlier, by their whole name, the words it ends with (a surname) or their given name. */
    private static Known earlier(List<String> words, List<Known> known) {
        for (int i = known.size() - 1; i >= 0; i--) {
            Known k = known.get(i);
            List<String> name = k.words();
            if (k.kind() != SourceKind.PERSON || words.size() > name.size()) {
                continue;
            }
            if (name.subList(name.size() - words.size(), name.size()).equals(words)
                    || name.subList(0, words.size()).equals(words)) {
                return k;
            }
        }
        return null;
    }

    /**
     * What the parts after the name say of the person: every part from the first that describes someone (an
     * occupation, "یک"/"یکی از", an age, a clause with "که"), joined as the article writes them.
     */
    /** Whether what is set apart is an age and nothing more: "۱۲ ساله". */
    private static boolean isAgeAlone(String described) {
        String folded = fold(described).strip();
        Matcher age = AGE.matcher(folded);
        return age.lookingAt() && age.end() == folded.length();
    }

    private String described(List<String> parts) {
        for (int i = 1; i < parts.size(); i++) {
            List<String> folded = words(parts.get(i)).stream().map(PersianQuoteExtractor::fold).toList();
            // ("مسافری که برای درمان به مشهد می‌رود": a noun with the indefinite "ی", then a clause of who it is)
            boolean someoneWho = folded.size() > 2 && folded.get(0).endsWith("ی") && folded.get(1).equals("که");
            // ("کوزه‌گر ۵۵ ساله‌ی استالفی": a noun right before an age is what the person is, listed or not)
            boolean nounOfAge = folded.size() > 2
                    && AGE.matcher(String.join(" ", folded.subList(1, folded.size()))).lookingAt();
            if (describes(folded) || AGE.matcher(fold(parts.get(i))).lookingAt() || folded.get(0).equals("که")
                    || someoneWho || nounOfAge) {
                return String.join("، ", parts.subList(i, parts.size()));
            }
        }
        return "";
    }

    /**
     * What is set apart after a relation and a name that is a second description of the person: not a clause ("که
     * ..."), which a role before the name leaves out, nor an age, which is no role; "" when there is none.
     */
    private static String apartAfterRelation(String described) {
        String folded = fold(described);
        return folded.startsWith("که ") || AGE.matcher(folded).lookingAt() ? "" : described;
    }

    /** Whether words open by saying what someone is: an occupation or title, after "یک" or "یکی از" or not. */
    private boolean describes(List<String> folded) {
        if (folded.isEmpty()) {
            return false;
        }
        int first = folded.get(0).equals("یک") || QUALIFIERS.contains(folded.get(0)) ? 1
                : folded.size() > 1 && folded.get(0).equals("یکی") && folded.get(1).equals("از") ? 2 : 0;
        if (first >= folded.size()) {
            return false;
        }
        String word = folded.get(first);
        // "بزرگ قومی", "ریش سفید": what someone is, in two words
        boolean twoWords = first + 1 < folded.size() && (occupations.contains(word + " " + folded.get(first + 1))
                // "یک گاز فروش": a trade written apart from the thing it sells, makes or pulls
                || TRADE_STEMS.contains(folded.get(first + 1)) && isOccupation(word + folded.get(first + 1)));
        return first == 2 || twoWords || isOccupation(word) || titles.contains(word) || anonymousNouns.contains(word);
    }

    /**
     * An occupation, with the ezafe's "ی" written or not ("سخنگوی"), with the indefinite "ای" ("قابله‌ای"), or two
     * words of one ("مغازه دار").
     */
    private boolean isOccupation(String word) {
        return occupations.contains(word) || word.endsWith("ی") && occupations.contains(word.substring(0,
                word.length() - 1))
                // "سرمربی", "سرمعلم": the head of those who do it
                || word.length() > 5 && word.startsWith("سر") && isOccupation(word.substring(2))
                // "قابله‌ای", "نماینده‌ای": one, with the indefinite "ای" after a final vowel
                || word.endsWith("ای") && occupations.contains(word.substring(0, word.length() - 2))
                // "قالین‌فروش", "قالین‌باف", "ساعت‌ساز", "ترمیم‌کار", "گاری‌کش": who sells, weaves, makes, works at or
                // pulls something, whatever the thing;
                // "قالین‌فروشی": one such, with the indefinite "ی"
                || TRADE.matcher(word).matches() || LONGER_TRADE.matcher(word).matches() || CUTTER.matcher(word).matches()
                || word.endsWith("ی") && (TRADE.matcher(word.substring(0, word.length() - 1)).matches()
                || LONGER_TRADE.matcher(word.substring(0, word.length() - 1)).matches());
    }

    /**
     * Someone unnamed described: "یک مقام محلی", "یکی از اعضای خانواده", or a noun for a person with the indefinite
     * "ی" ("منبعی در وزارت").
     */
    private boolean isDescription(List<String> folded) {
        String first = folded.get(0);
        if (first.equals("یکی") && folded.size() > 2 && folded.get(1).equals("از")) {
            return true;
        }
        if (first.equals("یک") && folded.size() > 1) {
            String noun = folded.get(1);
            return anonymousNouns.contains(noun) || isOccupation(noun);
        }
        return first.endsWith("ی") && anonymousNouns.contains(first.substring(0, first.length() - 1));
    }

    /**
     * Where a person's name begins: the first given name; -1 when none. A given name right after a title or
     * occupation begins it ("قاضی عبدالرحیم نوری", "سخنگوی وزارت داخله صدیق صدیقی").
     */
    private int nameStart(List<String> folded) {
        for (int i = 0; i < folded.size(); i++) {
            String word = folded.get(i);
            if (PREPOSITIONS.contains(word)) {
                return -1; // a name comes before a preposition; one after it is where or whom ("باشنده ... از")
            }
            if (isGivenName(word)) {
                return nameLength(folded, i) <= MOST_NAME_WORDS ? i : -1;
            }
        }
        return -1;
    }

    private boolean isGivenName(String word) {
        // "رحیم‌داد", "الله‌داد": a given name and "داد" (given by), joined
        return givenNames.contains(word) || COMPOUND_NAME.matcher(word).matches() || isTwoGivenNames(word)
                || word.endsWith("داد") && givenNames.contains(word.substring(0, word.length() - 3));
    }

    /**
     * Two given names written as one ("گل‌احمد", "نورمحمد", "شیرین‌گل"): the non-joiner between them, if any, is gone
     * from the folded word, so every place it could have been is tried.
     */
    private boolean isTwoGivenNames(String word) {
        for (int cut = 2; cut <= word.length() - 2; cut++) {
            if (givenNames.contains(word.substring(0, cut)) && givenNames.contains(word.substring(cut))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words of a name from its start: to the end, to a preposition, to an age, or, after two words of name, to
     * what the person is ("محمد قاسم حقانی رئیس امور مهاجرین"); one word is not enough to end at an occupation, as
     * surnames are often made from one ("وکیلی", "قاضی").
     */
    private int nameLength(List<String> folded, int start) {
        int end = start + 1;
        while (end < folded.size() && !PREPOSITIONS.contains(folded.get(end))
                && !Character.isDigit(folded.get(end).charAt(0))
                && !(end - start >= 2 && isRoleWord(folded.get(end)))) {
            end++;
        }
        return end - start;
    }

    /** A word that opens what someone is: an occupation or a title. */
    private boolean isRoleWord(String word) {
        return isOccupation(word) || titles.contains(word);
    }

    /** Words that may be a name the lexicon lacks: one to four, none a preposition or a description's. */
    private boolean isBareName(List<String> folded) {
        return !folded.isEmpty() && folded.size() <= MOST_NAME_WORDS && folded.stream().noneMatch(PREPOSITIONS::contains)
                && !describes(folded) && !isDescription(folded) && !PRONOUNS.contains(folded.get(0))
                && !folded.get(0).equals("این") && folded.stream().allMatch(w -> Character.isLetter(w.charAt(0)));
    }

    /** The words of a text, without any that is only marks (a lone tatweel or vowel sign folds to nothing). */
    private static List<String> words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? List.of()
                : Arrays.stream(SPACES.split(stripped)).filter(word -> !fold(word).isEmpty()).toList();
    }

    /**
     * A section's entries folded; an entry of two words ("مغازه دار") also as one, as it is written with the
     * zero-width non-joiner ("مغازه‌دار").
     */
    private static Set<String> folded(String section) {
        return LEXICON.words(section).stream().map(PersianQuoteExtractor::fold)
                .flatMap(entry -> java.util.stream.Stream.of(entry, entry.replace(" ", "")))
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * A folded word without the ezafe written out after a final "ه" ("اداره‌ی میراث فرهنگی": the office of cultural
     * heritage), which joins it to what follows.
     */
    private static String withoutEzafe(String folded) {
        return folded.length() > 2 && folded.endsWith("\u0647\u06cc")
                ? folded.substring(0, folded.length() - 1) : folded;
    }

    /** A word or text as the finder compares it (see {@link ArabicScript}). */
    static String fold(String text) {
        return Folded.of(text, ArabicScript.Folding.PERSIAN).text();
    }
}
