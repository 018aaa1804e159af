package org.iwprarchive.ingest.quote;

import org.iwprarchive.domain.text.Spaces;
import static org.iwprarchive.ingest.quote.ArabicScript.quotedWords;
import static org.iwprarchive.ingest.quote.ArabicScript.reportedWords;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.iwprarchive.domain.article.QuotationKind;
import org.iwprarchive.domain.source.SourceKind;
import org.iwprarchive.ingest.quote.ArabicScript.Folded;

/**
 * Attributions in Arabic news copy, by the shapes Arabic reporting writes them in. The verb of saying comes first
 * and its subject after it ({@code وقال أحمد الحسن، وهو صاحب فرن، لـIWPR إن ...}, {@code وقالت المهندسة رنا يوسف:
 * "..."}), or after the quote ({@code «...»، تقول أم خالد، وهي أرملة ...}), or the subject opens the sentence ({@code
 * أما فاطمة العلي ... فقالت إنها ...}); reported words follow إن/أن, and "according to" is {@code بحسب}/{@code وفقاً لـ}.
 * A verb without a subject ({@code وأضاف:}, {@code وأوضحت أن}) continues the last source its gender fits: the verb
 * says whether a man or a woman speaks. Arabic has no capital letters, so a person is recognised by a given name
 * from the lexicon ({@code ar-male-names}, {@code ar-female-names}; a kunya such as "أم خالد"; a compound opening
 * with "عبد"), or by a title or occupation before words that are not a description; what stands before the name, or
 * after it with "وهو"/"وهي" or as an apposition, is the role. A body's name opens with a head from {@code
 * ar-organisation-heads} ("وزارة الكهرباء"); a description of someone unnamed ("مسؤول في المديرية", "أحد عمال
 * المحطة"), or any description with a clause that withholds the name ("طلب عدم الكشف عن اسمه"), is an anonymous
 * source. A surname alone refers to a person named earlier. Plural groups and the article's authors are never
 * sources. Short vowels and the forms of alef are folded before any comparison; names, roles and quoted words are
 * given as the article writes them.
 */
public final class ArabicQuoteExtractor {

    private static final QuoteLexicon LEXICON = QuoteLexicon.standard();
    /** Words that are one quotation from their first character to their last: «...» or “...”. */
    private static final Pattern WHOLE_QUOTE = Pattern.compile("^[«\u201c\"]([^«»\u201c\u201d\"]+)[»\u201d\"]$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern PARTS = Pattern.compile("\\s*[،,]\\s*");
    private static final String QUOTE = "(?:«(?<q1>[^»]+)»|\"(?<q2>[^\"]+)\"|“(?<q3>[^”]+)”)";
    /**
     * Where reported words begin: إن or أن, alone or with a pronoun joined ("إنها"), after "إلى" or "من" ("أشار إلى
     * أن", "حذرت من أن", "شدد على أن") or with "ب" ("بأن"), in folded form.
     */
    private static final String THAT = "(?<![\\p{L}])(?:(?:الى|من|على)\\s+)?ب?(?:ان|انه|انها|انهم|انهن|انني|اننا)(?![\\p{L}])";
    private static final Pattern REPORTED = Pattern.compile(THAT);
    private static final Pattern DIRECT = Pattern.compile("^(?<who>[^«\"“:]*?)\\s*:\\s*" + QUOTE);
    /**
     * The words that close what someone said, a feature's last: "وختم أبو يونس حديثه بالقول: «...»", "واختتمت
     * حديثها بالقول", in folded form (the subject may be left to the verb).
     */
    private static final Pattern CLOSING_WORDS = Pattern.compile("^و?(?:ختم|اختتم)(?<she>ت)?(?:\\s+(?<who>[^«\"“:]+?))?"
            + "\\s+(?:حديث|كلام)(?:ه|ها)\\s+(?<cue>بالقول)\\s*:\\s*" + QUOTE + "\\s*[.!؟?]*\\s*$");
    /**
     * Words quoted after the speaker without a colon, ending the sentence: "قال الطالب الجامعي حيدر كاظم «...»." (a
     * quotation inside the sentence may be a body's name: "قال المسؤول في «الهيئة» إن").
     */
    private static final Pattern DIRECT_WITHOUT_COLON = Pattern.compile("^(?<who>[^«\"“:]*?)\\s+" + QUOTE
            + "\\s*[.!؟?]*\\s*$");
    /**
     * Adverbials of turn-taking before the verb: "من جهته،", "من جانبها،", "بدوره،"; and where the words were said,
     * set apart: "وفي حديث لـIWPR،", "في تصريح للصحفيين،", "خلال مؤتمر صحفي في بغداد،" (the tatweel folded away).
     */
    private static final Pattern OPENER = Pattern.compile("^و?(?:من\\s+جهت(?:ها|ه|هم)|من\\s+جانب(?:ها|ه|هم)"
            // "بينما قال مسؤول ...": "while" opening a sentence of its own
            + "|بدور(?:ها|ه|هم)|في\\s+المقابل|في\\s+غضون\\s+ذلك|كذلك|كما|بينما|في\\s+حين|فيما)(?![\\p{L}])\\s*[،,]?\\s*"
            + "|^و?(?:في\\s+(?:حديث|تصريح(?:ات)?|مقابلة)\\s+(?:ل\\s*IWPR|ل\\p{L}+|مع\\s+[^،,]{1,40})"
            // a trial's pleading: "وفي مرافعته الختامية،"
            + "|في\\s+مرافعت(?:ه|ها)(?:\\s+الختامية|\\s+الافتتاحية)?"
            + "|خلال\\s+م[ؤو]تمر\\s+صحفي(?:\\s+[^،,]{1,40})?)\\s*[،,]\\s*");
    /**
     * A clause of its own, then "while" and a verb opening a sentence of its own: "وتنتظر العائلات ...، بينما قالت X إن"
     * (the words after "بينما" read as a sentence).
     */
    private static final Pattern WHILE = Pattern.compile("[،,]\\s*(?:بينما|في\\s+حين|فيما)\\s+(?=\\S)");
    /** A protected witness's name the court gave, in quotation marks after "باسم مستعار": "باسم مستعار هو «أبو زينب»". */
    private static final Pattern PSEUDONYM = Pattern.compile("(?:باسم\\s+مستعار\\s+(?:هو\\s+|هي\\s+)?"
            // or by the code it gave: "الشاهد الذي عرّفته المحكمة بالرمز «س-7»"
            + "|(?:بالرمز|بالحرف)\\s+)[«\"“](?<name>[^»\"”]+)[»\"”]");
    /** What opens a sentence whose subject comes before the verb: "أما ... فقالت", "غير أن ... قالت". */
    private static final Pattern SUBJECT_OPENER = Pattern.compile("^(?:و?اما|و?لكن|غير\\s+ان|الا\\s+ان|بينما"
            + "|في\\s+حين)\\s+");
    /**
     * A body's report, statement or figures after "according to": "بحسب تقرير لمنظمة ...", "وفقاً لبيان صادر عن
     * الوزارة", "وبحسب تقديرات منظمة اليونيسف"; ending in "ل" where the body's name is joined to it.
     */
    private static final String REPORT = "(?<report>(?:تقرير|بيان|دراسة|ارقام|احصاءات|احصائيات|بيانات|تقديرات|معطيات)"
            + "\\s*(?:صادر\\s+عن\\s+|صادرة\\s+عن\\s+|ل(?=\\p{L}{3}))?)?";
    private static final Pattern ACCORDING_TO = Pattern.compile("^(?<and>و)?(?:بحسب|حسب|(?<to>وفقا|طبقا)\\s*ل|نقلا\\s+عن)\\s*"
            // "بحسب ما قاله طبيب ...", "وفقاً لما ذكرته الوزارة": according to what someone said
            + REPORT
            + "(?<what>ما\\s+(?:قاله|قالته|ذكره|ذكرته|اكده|اكدته|افاد\\s+به|افادت\\s+به|صرح\\s+به|صرحت\\s+به)\\s+)?"
            // "..., طلب عدم الكشف عن هويته، فإن ...": a clause that withholds the name, between who and the words
            + "(?<who>[^،,]+?)\\s*[،,]\\s*(?:[^،,]*(?:عدم|دون)\\s+(?:الكشف|ذكر|نشر|الافصاح|كشف)[^،,]*[،,]\\s*)?"
            + "(?:ف?(?:ان|انه|انها)\\s+)?(?<q>.+)$");
    /** The comma that sets a part of a sentence apart. */
    private static final Pattern SET_APART = Pattern.compile("\\s*[\u060c,]\\s*");
    /** "فإن", "إن", "أن" opening the words said, as written. */
    private static final Pattern THAT_OPENING = Pattern.compile("^ف?[إأا]ن(?:ه|ها)?\\s+");
    /** The words, then whom they are according to: "انخفضت المناسيب ...، بحسب تقرير منظمة الأغذية والزراعة." */
    private static final Pattern TRAILING_ACCORDING_TO = Pattern.compile("^(?<q>[^«\u201c\"،,]+?)\\s*[،,]\\s*"
            + "و?(?<cue>بحسب|حسب|(?:وفقا|طبقا)\\s*ل)\\s*" + REPORT + "(?<who>[^،,.«\u201c\"]+?)\\s*[.]?$");
    /**
     * Words another outlet reports: "ونقلت وكالة الأنباء عن مسؤول في المحافظة قوله إن ..." (the one quoted is the
     * source, the gender of "قوله"/"قولها" theirs).
     */
    private static final Pattern REPORTED_BY = Pattern.compile("^و?(?<verb>نقلت|نقل)\\s+\\S.*?\\s+عن\\s+(?<who>.+?)"
            + "\\s+(?<says>قوله|قولها)\\s*(?::\\s*" + QUOTE + "|" + THAT + "\\s*(?<q>.+))$");
    /**
     * A body's report, statement or study as the subject, in folded form: "تقرير للبنك", "بيان صادر عن الوزارة", "تقرير
     * الشبكة السورية" (the report and whose it is, joined).
     */
    private static final Pattern REPORT_OF = Pattern.compile("\\s*(?:تقرير|بيان|دراسة|احصاءات|بيانات)\\s+"
            + "(?:صادرة?\\s+عن\\s+|ل(?=\\p{L}{3})|(?=ال))");
    /** Other media spoken to, to the next comma: "لوسائل الإعلام", "للصحفيين", "لقناة الجزيرة". */
    private static final Pattern MEDIA_ADDRESSED = Pattern.compile("(?:^|\\s)ل(?:وسائل|لصحفيين|لصحافيين|قناة|صحيفة"
            + "|وكالة|موقع|إذاعة|اذاعة|تلفزيون)(?![\\p{L}])[^،,]*");
    /** IWPR as the one spoken to ("لـIWPR", "لمعهد صحافة الحرب والسلام"), in the words as written. */
    private static final Pattern ADDRESSEE = Pattern.compile("(?:^|\\s)(?:لـ?\\s?)?(?:IWPR|\"?معهد صحافة الحرب"
            + " والسلام\"?)(?![\\p{L}])");
    /**
     * Where or how it was said, which names nobody, to the next comma: "في بيان", "في تصريح صحفي", "في تقرير صدر
     * الشهر الماضي", "في اتصال هاتفي مع IWPR"; and "قائلاً", "saying", after the verb.
     */
    private static final Pattern OCCASION = Pattern.compile("(?:^|\\s)(?:في\\s+(?:(?:بيان|بلاغ|تصريح|حديث|م[ؤو]تمر"
            + "|تقرير|منشور|اتصال|لقاء)(?:ه|ها|هم)?|(?:مقابل|رسال|تغريد|كلم)(?:ة|ت(?:ه|ها|هم)))(?![\\p{L}])[^،,]*"
            // the speaker's own: "في تقريره", "في بيانها", "في كلمته"
            + "|قائل(?:اً|ا|ةً|ة|ين)(?![\\p{L}])"
            // during what: "خلال الجلسة", "أثناء جلسة البرلمان", "خلال مؤتمر صحفي"; after the name, to the end of
            // who: "خلال تجمع في الدار البيضاء"
            + "|(?:خلال|[أا]ثناء)\\s+(?:ال\\p{L}+|\\p{L}+\\s+(?:ال\\p{L}+|صحفي|صحافي))(?![\\p{L}])"
            + "|(?:خلال|[أا]ثناء)\\s+[^،,]*$"
            // by what means, after the name: "عبر الهاتف", "عبر تطبيق واتساب"
            + "|عبر\\s+[^،,]*$"
            // before whom: "أمام المحكمة", "أمام قاضي التحقيق", "أمام الصحفيين"
            + "|[أا]مام\\s+(?:ال\\p{L}+|\\p{L}+\\s+ال\\p{L}+)(?![\\p{L}]))");
    /**
     * When it was said, at the end of who said it: "الشهر الماضي", "الأسبوع الماضي", "أمس", "يوم الأحد", "مساء الاثنين"
     * ("وأعلنت المفوضية ... الشهر الماضي أن").
     */
    private static final Pattern WHEN_SAID = Pattern.compile("\\s+(?:(?:في\\s+)?(?:الشهر|ال[أا]سبوع|العام|السنة)\\s+"
            + "(?:الماضي|الماضية|الحالي|الجاري|المنصرم)|[أا]مس|اليوم|(?:يوم|مساء|صباح)\\s+\\p{L}+)$");
    /** A clause that withholds the name: "طلب عدم الكشف عن اسمه", "رفض ذكر اسمه", "فضلت عدم ذكر اسمها". */
    private static final Pattern WITHHOLDS_NAME = Pattern.compile("(?:عدم|دون)\\s+(?:الكشف|ذكر|نشر|الافصاح|كشف)"
            + "|(?:رفض|رفضت|يرفض|ترفض)\\s+(?:ذكر|الكشف|نشر)|هويت|اسمه|اسمها");
    /**
     * A clause that withholds the name, after the description without a comma: "موظف في دائرة الصحة طلب عدم ذكر
     * اسمه"; it opens a part of its own.
     */
    private static final Pattern WITHHOLDING_CLAUSE = Pattern.compile("\\s+(?=(?:طلب|طلبت|رفض|رفضت|فضّ?ل|فضّ?لت)\\s+"
            + "(?:عدم|ذكر|الكشف|نشر)(?![\\p{L}]))");
    private static final Pattern PARENTHESES = Pattern.compile("\\s*\\([^)]*\\)");
    /** A relative pronoun, as a word: where a clause about someone begins. */
    /** A note that the name given is not the person's own: "وهو اسم مستعار", "ليس اسمها الحقيقي" (folded). */
    private static final Pattern NAME_NOT_REAL = Pattern.compile("اسم مستعار|اسمها الحقيقي|اسمه الحقيقي");
    private static final Pattern RELATIVE_PRONOUN = Pattern.compile("(?:^|\\s)(?:الذي|التي)(?=\\s)");
    private static final Set<String> PREPOSITIONS = Set.of("من", "في", "الى", "على", "عن", "مع", "لدى");
    /** Words of when, folded, that may follow a name and are none of it: "منذ", "قبل", "بعد", "خلال", "طوال". */
    /** "الكبرى", "الأصغر", "الوحيد": which of someone's children or siblings, after the relation (folded). */
    private static final Set<String> ELDER_OR_YOUNGER = Set.of(fold("الكبرى"), fold("الكبير"), fold("الصغرى"),
            fold("الصغير"), fold("الأكبر"), fold("الأصغر"), fold("الوسطى"), fold("الوحيد"), fold("الوحيدة"));
    private static final Set<String> WORDS_OF_WHEN = Set.of("منذ", "قبل", "بعد", "خلال", "طوال", "حتى");
    /** The words that open a kunya, folded: "أبو", "أم". */
    private static final Set<String> KUNYA_WORDS = Set.of("ابو", "ام");
    /** A word that goes on a body's name: with the article, or with "ل" or "و" joined ("للأمم", "والمهجرين"). */
    private static final Pattern NAME_GOES_ON = Pattern.compile("(?:و?ال|لل|ل(?=\\p{L}{3}))");
    /** The most words a person's name has here ("محمد عبد الله الحسن"). */
    private static final int MOST_NAME_WORDS = 4;
    /** Who speaks on behalf of ("باسم") a body: "المتحدث باسم", "الناطق باسم". */
    private static final Set<String> SPOKESPEOPLE = Set.of("متحدث", "ناطق");
    /** Who the verb's own pronoun is: "هو", "هي". */
    private static final Set<String> PRONOUNS = Set.of("هو", "هي");
    /** Titles that only address someone and say nothing of what they do (a pilgrim's, a sheikh's). */
    private static final Set<String> ADDRESS = Stream.of("السيد", "السيدة", "الحاج", "الحاجة", "الشيخ")
            .map(ArabicQuoteExtractor::fold).collect(Collectors.toUnmodifiableSet());
    /** Titles of address before a name, as folded: "الحاج", "الحاجة", "السيد", "السيدة". */
    private static final Set<String> HONORIFICS = Set.of("الحاج", "الحاجه", "السيد", "السيده");
    /**
     * Kin and neighbours, without the article and a woman's ة: whom someone is to another ("جارة أبي يونس"); not "أم"
     * and "أب", which open a kunya.
     */
    private static final Set<String> RELATIONS = Set.of("جار", "زوج", "زوجة", "ابن", "ابنة", "بنت", "شقيق", "اخ",
            "اخت", "والد", "والدة", "جد", "عم", "خال", "حفيد", "زميل", "عروس", "عريس");
    /**
     * Titles of address that a role may end in, before the name: "الأستاذ في جامعة بغداد الدكتور X" is a lecturer,
     * "رئيس الجمعية الشيخ X" the association's head, the doctor's or the sheikh's title no part of what he is (a rank,
     * "اللواء", says what he is, and stays).
     */
    private static final Set<String> ADDRESS_AFTER_ROLE = Stream.of("السيد", "السيدة", "الدكتور", "الدكتورة", "الحاج",
                    "الحاجة", "الشيخ")
            .map(ArabicQuoteExtractor::fold).collect(Collectors.toUnmodifiableSet());

    /** The verbs of saying, folded, each with whether it is the feminine form. */
    private final Map<String, Boolean> feminineVerb = new HashMap<>();
    private final Pattern verbFirst;
    private final Pattern quoteFirst;
    /** The words, then according to what someone said: "«...»، بحسب ما قاله X، وهو ...". */
    private final Pattern quoteThenAccordingTo;
    private final Pattern verbInside;
    /** A second verb of saying joined after a comma: "ونفى المتهم التهم، وقال أمام المحكمة:". */
    private final Pattern thenSaid;
    private final Set<String> maleNames = folded("ar-male-names");
    private final Set<String> femaleNames = folded("ar-female-names");
    private final Set<String> titles = folded("ar-titles");
    private final Set<String> occupations = folded("ar-occupations");
    private final Set<String> tradesAlsoSurnames = folded("ar-trades-also-surnames");
    private final Set<String> anonymousNouns = folded("ar-anonymous-nouns");
    private final Set<String> organisationHeads = folded("ar-organisation-heads");
    private final Set<String> bareOrganisationHeads = folded("ar-organisation-bare-heads");
    private final Set<String> places = folded("ar-places");
    private final Set<String> backReferences = folded("ar-back-references");
    /** The decade of someone's age, as an adjective with the article, folded: "الستيني", "الاربعينية". */
    private static final Pattern AGE_BY_DECADE = Pattern.compile(
            "ال(?:عشري|ثلاثي|اربعي|خمسي|ستي|سبعي|ثماني|تسعي)ني(?:ه|ة)?");

    public ArabicQuoteExtractor() {
        for (String pair : LEXICON.words("ar-speech-verbs")) {
            String[] forms = SPACES.split(pair);
            feminineVerb.put(fold(forms[0]), false);
            feminineVerb.put(fold(forms[1]), true);
        }
        String verbs = feminineVerb.keySet().stream().sorted((a, b) -> b.length() - a.length())
                .collect(Collectors.joining("|"));
        String verb = "[وف]?(?<verb>" + verbs + ")(?![\\p{L}])";
        verbFirst = Pattern.compile("^" + verb + "(?<rest>.*)$");
        quoteFirst = Pattern.compile("^" + QUOTE + "\\s*[،,]?\\s*" + verb + "(?<rest>.*)$");
        // the verb with the pronoun of what was said joined ("قاله", "قالته", "ذكرته") or after "به" ("صرح به")
        quoteThenAccordingTo = Pattern.compile("^" + QUOTE + "\\s*[،,]?\\s*(?<cue>و?(?:بحسب|حسب|(?:وفقا|طبقا)\\s*ل)"
                + "\\s*ما\\s+(?<verb>" + verbs + ")(?:ه|\\s+به))(?![\\p{L}])(?<rest>.*)$");
        verbInside = Pattern.compile("(?<=\\s|[،,])" + verb);
        thenSaid = Pattern.compile("[،,]\\s*و(?<verb>" + verbs + ")(?![\\p{L}])");
    }

    /** A source named so far: a person's or body's name as written, its folded words, and its gender. */
    /** A source met: {@code role} is who a person named without words is, for their first words (null after them). */
    private record Known(String name, SourceKind kind, List<String> words, boolean feminine, String role) {

        Known(String name, SourceKind kind, List<String> words, boolean feminine) {
            this(name, kind, words, feminine, null);
        }
    }

    private record Speaker(String name, SourceKind kind, String role, boolean feminine) {
    }

    public List<Attribution> extract(List<String> paragraphs, List<String> authors) {
        List<Known> known = new ArrayList<>();
        return InterviewAnswers.ARABIC.addTo(BodyReferences.referBack(ArabicScript.attributions(paragraphs, authors,
                ArabicScript.Folding.ARABIC, (sentence, paragraph) -> attribution(sentence, known, paragraph))),
                paragraphs);
    }

    private Attribution attribution(Folded sentence, List<Known> known, int paragraph) {
        String t = sentence.text();
        Matcher opener = OPENER.matcher(t);
        int from = opener.lookingAt() ? opener.end() : 0;
        Matcher m = quoteFirst.matcher(t).region(from, t.length());
        if (m.matches()) {
            return attribute(sentence, m.start("rest"), t.length(), m, known, quoted(sentence, m),
                    QuotationKind.DIRECT, paragraph);
        }
        m = quoteThenAccordingTo.matcher(t).region(from, t.length());
        if (m.matches()) {
            // the cue is all of "بحسب ما قاله", as "بحسب" opening the sentence gives it
            Attribution said = attribute(sentence, m.start("rest"), t.length(), m, known, quoted(sentence, m),
                    QuotationKind.DIRECT, paragraph);
            return said == null ? null : new Attribution(said.source(), said.sourceKind(), said.role(), said.text(),
                    said.kind(), sentence.original(m.start("cue"), m.end("cue")).replaceFirst("^و", ""),
                    said.paragraph());
        }
        m = ACCORDING_TO.matcher(t).region(from, t.length());
        if (m.matches()) {
            boolean joined = m.group("report") != null ? m.group("report").endsWith("ل")
                    : m.group("to") != null && m.group("what") == null;
            return accordingTo(sentence, m, joined, m.group("and") == null ? m.start() : m.end("and"), known,
                    paragraph);
        }
        m = TRAILING_ACCORDING_TO.matcher(t).region(from, t.length());
        if (m.matches() && SPACES.split(m.group("q").strip()).length >= 3) {
            return accordingTo(sentence, m, m.group("report") != null && m.group("report").endsWith("ل"),
                    m.start("cue"), known, paragraph);
        }
        m = REPORTED_BY.matcher(t).region(from, t.length());
        if (m.matches()) {
            Speaker speaker = speaker(parts(strip(sentence.original(m.start("who"), m.end("who")))),
                    m.group("says").endsWith("ها"), known);
            boolean direct = m.group("q") == null;
            String text = direct ? quoted(sentence, m) : reportedWords(sentence.original(m.start("q"), m.end("q")));
            return attributed(speaker, known, text, direct ? QuotationKind.DIRECT : QuotationKind.INDIRECT,
                    sentence.original(m.start("verb"), m.end("verb")), paragraph);
        }
        m = CLOSING_WORDS.matcher(t).region(from, t.length());
        if (m.matches()) {
            Speaker speaker = m.group("who") == null ? continued(m.group("she") != null, known)
                    : speaker(parts(strip(sentence.original(m.start("who"), m.end("who")))), m.group("she") != null,
                    known);
            return attributed(speaker, known, quoted(sentence, m), QuotationKind.DIRECT,
                    sentence.original(m.start("cue"), m.end("cue")), paragraph);
        }
        m = verbFirst.matcher(t).region(from, t.length());
        if (m.matches()) {
            return spoken(sentence, m, m.start("rest"), known, paragraph, true);
        }
        Matcher whileSaid = WHILE.matcher(t);
        if (whileSaid.find() && whileSaid.start() > from) {
            m = verbFirst.matcher(t).region(whileSaid.end(), t.length());
            Attribution said = m.matches() ? spoken(sentence, m, m.start("rest"), known, paragraph, true) : null;
            if (said != null) {
                return said;
            }
        }
        Matcher inside = verbInside.matcher(t);
        while (inside.find()) {
            if (inside.start() > from) {
                Attribution attribution = spoken(sentence, inside, inside.end(), known, paragraph, false);
                if (attribution != null) {
                    return attribution;
                }
            }
        }
        learn(sentence.original(), known);
        return null;
    }

    /**
     * The words of whom they are "according to", before them or after them: the name with its article back where
     * {@code joined} says "لـ" took it ("للمفوضية"), and the cue from {@code cueStart} to the name, "لـ" written whole.
     */
    private Attribution accordingTo(Folded sentence, Matcher m, boolean joined, int cueStart, List<Known> known,
                                    int paragraph) {
        String who = sentence.original(m.start("who"), m.end("who"));
        if (joined && who.startsWith("ل")) {
            who = withArticle(who);
        }
        List<String> parts = new ArrayList<>(List.of(strip(PARENTHESES.matcher(who).replaceAll(""))));
        String said = sentence.original(m.start("q"), m.end("q"));
        String[] setApart = SET_APART.split(said, 2);
        List<String> next = setApart.length == 2 ? foldedWords(setApart[0]) : List.of();
        List<String> first = foldedWords(parts.get(0));
        boolean nameAfterRole = describesSomeone(first) && nameStart(next) == 0 && nameLength(next, 0) == next.size();
        boolean roleAfterName = !next.isEmpty() && nameStart(first) == 0 && describesSomeone(next);
        if (nameAfterRole || roleAfterName) {
            // "وبحسب المتحدث باسم وزارة التربية، كريم السيد، فإن ...": what someone is, then the name set apart, or
            // the name, then what the person is ("وبحسب محمد حسن، مدير المدرسة، فإن ...")
            parts.add(setApart[0].strip());
            said = THAT_OPENING.matcher(setApart[1].strip()).replaceFirst("");
        }
        Speaker speaker = speaker(parts, null, known);
        String cue = sentence.original(cueStart, m.start("who")).strip();
        return attributed(speaker, known, reportedWords(said), QuotationKind.INDIRECT,
                cue.endsWith("ل") ? cue + "ـ" : cue, paragraph);
    }

    /**
     * A person a sentence that reports no words names, as a feature opens ("يصنع محمد زنابيلي صابون الغار"): a given
     * name the lexicon knows and the word after it, so that the surname alone ("يقول زنابيلي") finds the person later.
     */
    private static final Pattern NAME_PUNCTUATION = Pattern.compile("[\u060c,.:;]+$");
    /** A relation opening a sentence, then a name of two or three words set apart: "زوجها، كاوه رشيد،". */
    private static final Pattern RELATION_SET_APART = Pattern.compile("(?<relation>\\p{L}+)\u060c\\s+"
            + "(?<name>\\p{L}+\\s+\\p{L}+(?:\\s+\\p{L}+)?)\u060c");
    /** What someone is opening a sentence, then a name of two or three words set apart: "صاحب المكتبة، أحمد يونس،". */
    private static final Pattern DESCRIBED_SET_APART = Pattern.compile("(?<described>\\p{L}+(?:\\s+\\p{L}+){1,4})\u060c\\s+"
            + "(?<name>\\p{L}+\\s+\\p{L}+(?:\\s+\\p{L}+)?)\u060c");
    /** A relation, as folded, that names a woman: "زوجته", "ابنتها", "اخته", "ام". */
    private static final Pattern WOMANS_RELATION = Pattern.compile("(?:زوجت|ابنت|بنت|اخت|شقيقت|جارت|حفيدت|والدت|ام)");
    /**
     * How something was said, closing who says it: with sorrow, sadness, anger, pride, bitterness, grief, pain, irony,
     * calm, a smile or enthusiasm ("بحسرة"), or laughing, smiling or weeping ("ضاحكاً", "مبتسمة").
     */
    private static final Pattern HOW_SAID = Pattern.compile("(?:^|\\s+)(?:ب(?:حسرة|حزن|غضب|فخر|مرارة|أسى|ألم|سخرية"
            + "|هدوء|ابتسامة|حماس)|(?:ضاحك|مبتسم|باك)(?:اً|ا|ة|ية|ياً)?)$");
    /** When it was said, closing the words that name who: "بعد الإفراج عنه", "عقب الجلسة", "خلال مؤتمر صحفي". */
    private static final Pattern WHEN_AFTER_NAME = Pattern.compile("\\s+(?:بعد|عقب|قبل|خلال)\\s+\\p{L}+"
            + "(?:\\s+\\p{L}+){0,3}$");
    /** "He"/"she" and the word after it, not set apart from what stands before: "ناصر وهو يمسح يديه". */
    private static final Pattern WHILE_DOING = Pattern.compile("(?:^|\\s+)(وهو|وهي)\\s+(\\S+)");
    /** A kunya set apart with who the person is: "أبو يونس، وهو نجار من حي الميدان،". */
    private static final Pattern KUNYA_DESCRIBED = Pattern.compile("(?<kunya>أبو|أم)\\s+(?<given>\\p{L}+)\u060c\\s+"
            + "(?:وهو|وهي)\\s+(?<role>[^\u060c.:]+)\u060c");

    private void learn(String sentence, List<Known> known) {
        String[] words = SPACES.split(sentence.strip());
        Matcher related = RELATION_SET_APART.matcher(sentence);
        if (related.lookingAt() && OWN_RELATION.matcher(fold(related.group("relation"))).matches()) {
            // "زوجها، كاوه رشيد، يعمل ميكانيكيا": whom someone is to the person before, then a name set apart, which
            // the lists need not know
            String name = related.group("name");
            String relation = fold(related.group("relation"));
            boolean female = WOMANS_RELATION.matcher(relation).lookingAt();
            if (known.stream().noneMatch(k -> k.name().equals(name))) {
                known.add(new Known(name, SourceKind.PERSON, foldedWords(name), female, related.group("relation")));
            }
            return;
        }
        Matcher kunya = KUNYA_DESCRIBED.matcher(sentence);
        if (kunya.find() && isGivenName(fold(kunya.group("given")))) {
            // "يعيش أبو يونس، وهو نجار من حي الميدان، في غرفة ...": a father's or mother's name, and who they are
            String name = kunya.group("kunya") + " " + kunya.group("given");
            if (known.stream().noneMatch(k -> k.name().equals(name))) {
                known.add(new Known(name, SourceKind.PERSON, foldedWords(name), fold(kunya.group("kunya")).equals("ام"),
                        kunya.group("role").strip()));
            }
            return;
        }
        for (int i = 0; i + 2 < words.length; i++) {
            String title = fold(words[i]);
            if (HONORIFICS.contains(title) && fold(words[i + 2]).startsWith("ال") && !isGivenName(fold(words[i + 1]))) {
                // "يصطاد الحاج كاظم الإبراهيمي ...": after a title of address, a given name the lexicon may not know
                // and a family name
                String name = NAME_PUNCTUATION.matcher(words[i + 1] + " " + words[i + 2]).replaceFirst("");
                if (known.stream().noneMatch(k -> k.name().equals(name))) {
                    known.add(new Known(name, SourceKind.PERSON, foldedWords(name), title.endsWith("ه")));
                }
                return;
            }
        }
        Matcher apart = DESCRIBED_SET_APART.matcher(sentence);
        if (apart.lookingAt()) {
            // "صاحب مكتبة الرواد، أحمد يونس، أعاد فتح محله": what someone is, then the name set apart, before a verb
            Speaker named = speaker(List.of(apart.group("described").strip(), apart.group("name")), null, known);
            if (named != null && named.kind() == SourceKind.PERSON && named.role() != null
                    && known.stream().noneMatch(k -> k.name().equals(named.name()))) {
                known.add(new Known(named.name(), SourceKind.PERSON, foldedWords(named.name()), named.feminine(),
                        named.role()));
                return;
            }
        }
        for (int i = 0; i < words.length; i++) {
            // "ويعمل معه ابن أخيه عمر.": a given name may close the sentence; "أما جاره كريم، فقد باع": or a clause
            String bare = NAME_PUNCTUATION.matcher(words[i]).replaceFirst("");
            String given = fold(bare);
            String next = i + 1 < words.length && bare.equals(words[i]) ? words[i + 1] : "";
            String foldedNext = fold(next);
            // ("يقضي أبو كرار لياليه ...": after "أبو" a son's name the lists lack is a name too)
            // ("وتساعده زوجته أم حيدر في لصق الورق": before a preposition, a given name is one only after whose relation
            // the person is, alone)
            int relationAt = i > 0 && KUNYA_WORDS.contains(fold(words[i - 1])) ? i - 2 : i - 1;
            if (relationAt > 0 && ELDER_OR_YOUNGER.contains(fold(words[relationAt]))) {
                relationAt--; // "ابنتها الكبرى مريم": the eldest or youngest, after the relation
            }
            boolean ownRelation = relationAt >= 0 && OWN_RELATION.matcher(fold(words[relationAt])).matches();
            if (!isGivenName(given) && !(i > 0 && isSonsName(fold(words[i - 1]), given))
                    || PREPOSITIONS.contains(foldedNext) && !ownRelation) {
                continue;
            }
            // "عبد الكريم الساعدي": a servant's name is two words, and a family name with the article comes after both;
            // "نسرين عبد الله": a father's name that is one, after the given name
            boolean compound = !next.isEmpty() && (given.equals("عبد") && i + 2 < words.length
                    && fold(words[i + 2]).startsWith("ال") || foldedNext.equals("عبد") && i + 2 < words.length);
            // "يجلس الإسكافي أبو خالد أمام دكانه": after a father's or mother's name, only a family name with the
            // article joins it; the kunya is the name
            boolean afterKunya = i > 0 && KUNYA_WORDS.contains(fold(words[i - 1]));
            boolean female = afterKunya ? fold(words[i - 1]).equals("ام") : femaleNames.contains(given);
            // "ابنته سارة تدرس الموسيقى": a verb of her gender after the given name is no part of the name
            // ("ورث أبو علي المهنة": a kunya the article has named already is the whole name, what the verb took after it)
            String kunyaAlone = afterKunya ? NAME_PUNCTUATION.matcher(words[i - 1] + " " + words[i]).replaceFirst("") : "";
            // ("ابنه سمير منذ عشر سنوات": a word of when after a given name is no family name)
            // ("وتتعلم ابنتها الكبرى مريم الحرفة": after whose relation the person is, a noun in "-ة" with the article
            // is what the verb took, no family name)
            boolean alone = next.isEmpty() || WORDS_OF_WHEN.contains(foldedNext) || PREPOSITIONS.contains(foldedNext)
                    || ownRelation && foldedNext.startsWith("ال") && next.endsWith("ة")
                    || afterKunya && !foldedNext.startsWith("ال")
                    || afterKunya && known.stream().anyMatch(k -> k.name().equals(kunyaAlone))
                    || !compound && !isGivenName(foldedNext) && !foldedNext.startsWith("ال")
                    && isPresentVerb(foldedNext, female);
            String name = NAME_PUNCTUATION.matcher((afterKunya ? words[i - 1] + " " : "") + words[i]
                    + (alone ? "" : " " + next) + (compound ? " " + words[i + 2] : "")).replaceFirst("");
            // "يعمل الحرفي يونس الطائي ...", "ابنته سارة ...": what the person does, or whom they are to someone,
            // right before the name, is the role their first words are given in
            int at = afterKunya ? i - 1 : i; // where the name begins
            String previous = at > 0 ? fold(words[at - 1]) : "";
            String role = at > 0 && (OWN_RELATION.matcher(previous).matches()
                    || previous.startsWith("ال") && (occupations.contains(stem(previous))
                    // ("الساعاتي أبو سمير": a trade that is a family name too, before a name, is the trade)
                    || tradesAlsoSurnames.contains(stem(previous))))
                    ? NAME_PUNCTUATION.matcher(words[at - 1]).replaceFirst("") : null;
            if (role == null && at > 1 && ELDER_OR_YOUNGER.contains(previous)
                    && OWN_RELATION.matcher(fold(words[at - 2])).matches()) {
                role = words[at - 2] + " " + words[at - 1]; // "ابنتها الكبرى": the relation, and which of them
            }
            if (role != null && at > 1 && OWN_RELATION.matcher(previous).matches()
                    && RELATIONS.contains(fold(words[at - 2]))) {
                role = words[at - 2] + " " + role; // "ابن أخيه": a relation of a relation
            }
            if (role == null && at > 1 && previous.startsWith("ال")
                    && occupations.contains(stem(fold(words[at - 2])))) {
                // "يقف بائع الصحف أبو طوني ...": what someone does and of what, joined, before the name
                role = words[at - 2] + " " + NAME_PUNCTUATION.matcher(words[at - 1]).replaceFirst("");
            }
            if (known.stream().noneMatch(k -> k.name().equals(name))) {
                known.add(new Known(name, SourceKind.PERSON, foldedWords(name), female, role));
            }
            return;
        }
    }

    /**
     * The words after a verb of saying: who (when the verb opens the sentence), then a colon and a quote, or reported
     * words after إن/أن. With the subject before the verb ({@code first} false), the words between the sentence's
     * opening and the verb are who, and the verb must be followed at once by what was said.
     */
    private Attribution spoken(Folded sentence, Matcher verb, int rest, List<Known> known, int paragraph,
                               boolean first) {
        String t = sentence.text();
        String after = t.substring(rest);
        Matcher direct = DIRECT.matcher(after);
        if (!direct.lookingAt()) {
            Matcher withoutColon = DIRECT_WITHOUT_COLON.matcher(after);
            // "قال إن «...»": words after "that" are reported, even when quoted whole
            if (withoutColon.matches() && !REPORTED.matcher(withoutColon.group("who")).find()) {
                direct = withoutColon;
            }
        }
        Matcher reported = REPORTED.matcher(after);
        int whoStart;
        int whoEnd;
        int textStart;
        int textEnd;
        QuotationKind kind;
        if (direct.lookingAt()) {
            kind = QuotationKind.DIRECT;
            whoStart = rest;
            whoEnd = rest + direct.end("who");
            String group = direct.group("q1") != null ? "q1" : direct.group("q2") != null ? "q2" : "q3";
            textStart = rest + direct.start(group);
            textEnd = rest + direct.end(group);
        } else if (reported.find()) {
            kind = QuotationKind.INDIRECT;
            whoStart = rest;
            whoEnd = rest + reported.start();
            textStart = rest + reported.end();
            textEnd = t.length();
        } else {
            return null;
        }
        String between = sentence.original(whoStart, whoEnd);
        Boolean feminine = feminineVerb.get(verb.group("verb"));
        Matcher report = first ? REPORT_OF.matcher(t).region(whoStart, whoEnd) : null;
        String who = between;
        if (report != null && report.lookingAt()) {
            // "وأفاد تقرير للبنك الدولي بأن": the body whose report it is speaks
            who = sentence.original(report.end(), whoEnd);
            who = report.group().endsWith("ل") && who.startsWith("ل") ? withArticle(who) : who;
        }
        Matcher then = first ? thenSaid.matcher(t).region(whoStart, whoEnd) : null;
        String cue = null;
        Speaker speaker;
        if (then != null && then.find()) {
            // "ونفى المتهم التهم الموجهة إليه، وقال أمام المحكمة:": the one who denied is the one who said, and what
            // follows the first verb's subject is what was denied
            speaker = subjectOfTheFirstVerb(sentence.original(whoStart, then.start()), feminine, known);
            cue = sentence.original(then.start("verb"), then.end("verb"));
        } else {
            speaker = first ? speaker(parts(strip(who)), feminine, known)
                    // with the subject first, nothing but the addressee or the occasion between the verb and the words
                    : strip(between).isEmpty() ? subjectBefore(sentence, verb, feminine, known) : null;
        }
        String said = sentence.original(textStart, textEnd);
        // "ويرى الباحث ... أن «ما أُنقذ قليل ...»": reported words that are one quotation whole are quoted, as
        // "told parliament that “...”" is
        Matcher whole = kind == QuotationKind.INDIRECT ? WHOLE_QUOTE.matcher(reportedWords(said)) : null;
        if (whole != null && whole.matches()) {
            kind = QuotationKind.DIRECT;
            said = whole.group(1);
        }
        return attributed(speaker, known, kind == QuotationKind.DIRECT ? quotedWords(said) : reportedWords(said), kind,
                cue != null ? cue : cue(sentence, verb, between), paragraph);
    }

    /**
     * The subject of a verb that a second verb of saying follows ("نفى المتهم التهم، وقال"): a name at the start of
     * what follows the first verb, or a person named by an office ("المتهم", "المدعي العام") with an adjective of
     * relation after it at most; null when neither opens the clause, since its words go on with what the verb took.
     */
    private Speaker subjectOfTheFirstVerb(String clause, Boolean feminine, List<Known> known) {
        List<String> words = Arrays.stream(SPACES.split(clause.strip())).filter(word -> !word.isEmpty()).toList();
        if (words.isEmpty()) {
            return null;
        }
        List<String> folded = words.stream().map(ArabicQuoteExtractor::fold).toList();
        int length;
        if (nameStart(folded.subList(0, Math.min(folded.size(), 2))) == 0) {
            // the name's first words: the whole clause, object and all, is longer than any name
            length = nameLength(folded, 0);
            // "أحمد الجبوري التهم الموجهة إليه": a family name with the article ends a name, and a word with the
            // article after it is what the verb took (not after "عبد" or a kunya's word: "عبد الرحمن الحسن")
            for (int i = 1; i < length - 1; i++) {
                if (folded.get(i).startsWith("ال") && !folded.get(i - 1).equals("عبد")
                        && !KUNYA_WORDS.contains(folded.get(i - 1))) {
                    length = i + 1;
                    break;
                }
            }
        } else if (isOffice(folded.subList(0, 1))) {
            length = folded.size() > 1 && isOffice(folded.subList(0, 2)) && isAdjectiveOfOffice(folded.get(1)) ? 2 : 1;
        } else {
            return null;
        }
        return speaker(List.of(String.join(" ", words.subList(0, length))), feminine, known);
    }

    /** An adjective that goes with an office: "العام" (a prosecutor's), or one of relation ("الرئيسي", "الفرنسية"). */
    private static boolean isAdjectiveOfOffice(String word) {
        return word.equals("العام") || word.equals("العامة") || word.endsWith("ي") || word.endsWith("ية");
    }

    /**
     * The body that is the subject of the verb opening a sentence ("وأعربت المفوضية السامية للأمم المتحدة ... عن
     * قلقها", "وطالبت نقابة الأطباء بزيادة ..."): the word after that verb, then the words that go on a body's name
     * (with the article, or "ل" and "و" joined to it: "للأمم", "لشؤون", "والمهجرين"); null when that names no body.
     */
    private Speaker subjectOfAFirstVerb(String clause, Boolean feminine, List<Known> known) {
        String[] words = SPACES.split(PARTS.split(clause, 2)[0]);
        if (words.length < 2) {
            return null;
        }
        List<String> subject = new ArrayList<>(List.of(words[1]));
        for (int i = 2; i < words.length && NAME_GOES_ON.matcher(fold(words[i])).lookingAt(); i++) {
            subject.add(words[i]);
        }
        Speaker speaker = speaker(List.of(String.join(" ", subject)), feminine, known);
        return speaker != null && speaker.kind() == SourceKind.ORGANISATION ? speaker : null;
    }

    /**
     * The subject written before the verb ("أما فاطمة العلي، وهي معلمة، فقالت"), after any opener; or, before ",
     * وقالت", the body that is the subject of the sentence's first verb.
     */
    private Speaker subjectBefore(Folded sentence, Matcher verb, Boolean feminine, List<Known> known) {
        String t = sentence.text();
        Matcher opener = SUBJECT_OPENER.matcher(t);
        int subject = opener.lookingAt() ? opener.end() : 0;
        Matcher start = OPENER.matcher(t);
        subject = Math.max(subject, start.lookingAt() ? start.end() : 0);
        String who = strip(sentence.original(subject, verb.start()));
        if (who.isEmpty()) {
            return null;
        }
        String[] firstWord = SPACES.split(who, 2);
        if (t.startsWith("و", verb.start()) && firstWord.length == 2 && opensWithAVerb(fold(firstWord[0]))) {
            // "وأنكرت سعاد الخفاجي المبلغ، وقالت", "ورفض المدعي العام طلب الدفاع، وقال إن": a sentence that opens
            // with another verb, joined by "و", and the verb of saying joined to it: that verb's subject said it
            Speaker first = subjectOfTheFirstVerb(firstWord[1], feminine, known);
            if (first != null) {
                return first;
            }
        }
        Speaker speaker = speaker(parts(who), feminine, known);
        // "وأعربت المفوضية ... عن قلقها ...، وقالت إن": the first verb's subject, a body
        return speaker == null && t.startsWith("و", verb.start()) ? subjectOfAFirstVerb(who, feminine, known) : speaker;
    }

    /**
     * Whether a sentence's first word, "و" joined, may be a verb whose subject follows: no noun for someone, body or
     * name the lexicon knows, and no article ("وشقيق المتهم حضر ..." opens with the one who speaks, not a verb); a
     * particle ("وبعد", "ولكن") passes too, and what follows it is then read as a subject only when it is one.
     */
    private boolean opensWithAVerb(String word) {
        if (!word.startsWith("و") || word.length() < 4) {
            return false;
        }
        String bare = word.substring(1);
        return !bare.startsWith("ال") && !isGivenName(bare) && !titles.contains(bare)
                && !occupations.contains(stem(bare)) && !anonymousNouns.contains(bare) && !organisationHeads.contains(bare)
                && !bareOrganisationHeads.contains(bare);
    }

    /** The attribution to the speaker found, remembered for the sentences after it; null without a speaker. */
    private Attribution attributed(Speaker speaker, List<Known> known, String text, QuotationKind kind, String cue,
                                   int paragraph) {
        if (speaker == null) {
            return null;
        }
        // "وأعلنت المفوضية ... الشهر الماضي أن": when a body or a person said it is no part of the name (an unnamed
        // source's description may hold it: "مهاجراً أفرج عنه الأسبوع الماضي")
        String name = speaker.kind() == SourceKind.ANONYMOUS ? speaker.name()
                : WHEN_SAID.matcher(speaker.name()).replaceFirst("");
        Speaker named = name.equals(speaker.name()) ? speaker : new Speaker(name, speaker.kind(), speaker.role(), speaker.feminine());
        return remember(named, known, new Attribution(named.name(), named.kind(), named.role(), text, kind, cue,
                paragraph));
    }

    /** An attribution whose quote came first: who is after the verb, or nobody new. */
    private Attribution attribute(Folded sentence, int whoStart, int whoEnd, Matcher verb, List<Known> known,
                                  String text, QuotationKind kind, int paragraph) {
        String between = sentence.original(whoStart, whoEnd);
        return attributed(speaker(parts(strip(between)), feminineVerb.get(verb.group("verb")), known), known, text,
                kind, cue(sentence, verb, between), paragraph);
    }

    private static String quoted(Folded sentence, Matcher m) {
        String group = m.group("q1") != null ? "q1" : m.group("q2") != null ? "q2" : "q3";
        return quotedWords(sentence.original(m.start(group), m.end(group)));
    }

    /** The verb as written, without its conjunction, with IWPR when it is the one spoken to: "قال لـIWPR". */
    private static String cue(Folded sentence, Matcher verb, String between) {
        String cue = sentence.original(verb.start("verb"), verb.end("verb"));
        Matcher addressee = ADDRESSEE.matcher(between);
        return addressee.find() ? cue + " " + addressee.group().strip() : cue;
    }

    /**
     * The words that name the speaker, without the addressee, the occasion and what is in parentheses, and without
     * commas around them.
     */
    private static String strip(String who) {
        // "أبو علي (52 عاماً)", "سلوى (اسم مستعار)": an age or a pseudonym's note is no part of the name
        String without = PARENTHESES.matcher(OCCASION.matcher(MEDIA_ADDRESSED.matcher(ADDRESSEE.matcher(who)
                .replaceAll(" ")).replaceAll(" ")).replaceAll(" ")).replaceAll(" ");
        return Spaces.single(without).replaceAll("^[\\s،,]+|[\\s،,]+$", "");
    }

    /** The parts of who speaks with the first cut where what follows it says no more of who. */
    private static List<String> withWhoCutAt(List<String> parts, int at) {
        List<String> cut = new ArrayList<>(parts);
        cut.set(0, parts.get(0).substring(0, at).strip());
        return cut;
    }

    private static List<String> parts(String who) {
        return who.isEmpty() ? List.of("") : List.of(PARTS.split(WITHHOLDING_CLAUSE.matcher(who).replaceFirst("، ")));
    }

    private Attribution remember(Speaker speaker, List<Known> known, Attribution attribution) {
        known.removeIf(k -> k.name().equals(speaker.name()));
        known.add(new Known(speaker.name(), speaker.kind(), foldedWords(speaker.name()), speaker.feminine()));
        return attribution;
    }

    /**
     * Who the words name: the last source the verb's gender fits, when there are none; a source named earlier, by
     * its surname or given name; a body; a person by a given name or after a title or occupation, with a role before
     * the name or after it; or someone unnamed described. {@code feminine}: the verb's gender, null without a verb.
     */
    private Speaker speaker(List<String> parts, Boolean feminine, List<Known> known) {
        // "أضاف ناصر وهو يمسح يديه", "أضاف وهو يبتسم": what the speaker was doing meanwhile, not set apart, is no part
        // of who speaks; nor is how it was said, after the verb or the name ("قالت بحسرة", "أضاف X مبتسماً")
        Matcher doing = WHILE_DOING.matcher(parts.get(0));
        if (doing.find() && isPresentVerb(fold(doing.group(2)), doing.group(1).equals("وهي"))) {
            parts = withWhoCutAt(parts, doing.start());
        }
        Matcher how = HOW_SAID.matcher(parts.get(0));
        if (how.find()) {
            parts = withWhoCutAt(parts, how.start());
        }
        // "وقال الصحفي X بعد الإفراج عنه إنه": when it was said, after the name, is no part of who
        Matcher when = WHEN_AFTER_NAME.matcher(parts.get(0));
        if (when.find() && when.start() > 0) {
            parts = withWhoCutAt(parts, when.start());
        }
        Matcher clause = RELATIVE_PRONOUN.matcher(parts.get(0));
        if (clause.find() && clause.start() > 0) {
            // "المزارع جاسم العيداني الذي يسكن قرب حقل الرميلة": a clause about a person named before it, without a
            // comma, is what a comma would have set apart
            String before = parts.get(0).substring(0, clause.start()).strip();
            List<String> beforeWords = Arrays.stream(SPACES.split(before)).map(ArabicQuoteExtractor::fold).toList();
            if (beforeWords.size() >= 2 && nameStart(beforeWords) >= 0) {
                List<String> split = new ArrayList<>(parts);
                split.set(0, before);
                split.add(1, parts.get(0).substring(clause.start()).strip());
                parts = split;
            }
        }
        String head = parts.get(0);
        List<String> words = head.isEmpty() ? List.of() : List.of(SPACES.split(head));
        List<String> folded = words.stream().map(ArabicQuoteExtractor::fold).toList();
        if (words.isEmpty() || (words.size() == 1 && PRONOUNS.contains(folded.get(0)))) {
            return feminine == null ? null : continued(feminine, known);
        }
        for (int i = 0; i < parts.size(); i++) {
            Matcher pseudonym = PSEUDONYM.matcher(parts.get(i));
            if (pseudonym.find()) {
                // "الشاهد، الذي أدلى بإفادته باسم مستعار هو «أبو زينب»،": the witness by the name the court gave; in
                // the same words, without the commas, the words before the relative clause ("الشاهد الذي عرّفته
                // المحكمة بالرمز «س-7»")
                String role = i == 0 ? head.substring(0, pseudonym.start()).strip() : head;
                Matcher relative = RELATIVE_PRONOUN.matcher(role);
                return new Speaker(pseudonym.group("name").strip(), SourceKind.PERSON,
                        relative.find() ? role.substring(0, relative.start()).strip() : role,
                        feminine != null && feminine);
            }
        }
        boolean withheld = parts.stream().skip(1).anyMatch(part -> WITHHOLDS_NAME.matcher(fold(part)).find());
        Known again = folded.size() == 1 ? describedBefore(folded.get(0), known) : null;
        if (again != null) {
            // "وأضاف المصدر": the unnamed source described by that noun before ("مصدر في وزارة الصحة")
            return new Speaker(again.name(), again.kind(), null, again.feminine());
        }
        if (feminine != null && folded.get(0).startsWith("ال") && (backReferences.contains(stem(folded.get(0)))
                || backReferences.contains(withoutArticle(folded.get(0)))) && nameStart(folded) < 0) {
            // "قال الشاب البالغ من العمر 24 عاماً": someone already quoted, described again
            return continuedSomeone(feminine, known);
        }
        if (feminine != null && (folded.size() == 2 && isOffice(folded) || folded.size() == 3
                && !folded.get(0).startsWith("ال") && occupations.contains(stem(folded.get(0)))
                && folded.get(1).startsWith("ال") && !PREPOSITIONS.contains(folded.get(1)))
                && AGE_BY_DECADE.matcher(folded.get(folded.size() - 1)).matches()) {
            // ("ويقول ماسح الأحذية السبعيني": what someone does, of what, and the decade, too)
            // "ويقول المنجد الستيني": what someone does and the decade of their age, someone already quoted
            return continuedSomeone(feminine, known);
        }
        Known earlier = earlier(folded, known);
        if (earlier != null) {
            // "ابنته سارة تدرس ...", then "وقالت سارة": her first words, in the role she was named in (a source's
            // role is forgotten once quoted)
            return new Speaker(earlier.name(), earlier.kind(), earlier.role(), earlier.feminine());
        }
        if (organisationHeads.contains(withoutArticle(folded.get(0)))
                || bareOrganisationHeads.contains(folded.get(0))) {
            // "منظمة المجموعة، مريم علي،": a person's name set apart after what reads as a body says that it is her
            // role, a word written as a body's is ("منظِّمة", an organiser, is "منظَّمة", an organisation, unvowelled)
            List<String> next = parts.size() > 1 && !withheld ? List.of(SPACES.split(parts.get(1).strip())) : List.of();
            List<String> nextFolded = next.stream().map(ArabicQuoteExtractor::fold).toList();
            if (!next.isEmpty() && nameStart(nextFolded) == 0 && next.size() <= MOST_NAME_WORDS
                    && nameLength(nextFolded, 0) == next.size()) {
                return person(parts.get(1).strip(), head, feminine, nextFolded, folded);
            }
            return new Speaker(PARENTHESES.matcher(head).replaceAll("").strip(), SourceKind.ORGANISATION, null,
                    feminine != null && feminine);
        }
        if (!withheld && parts.size() > 1 && isRelation(folded.get(0))) {
            // "جارة أبي يونس، أم محمد،": whom she is to someone, then her name set apart
            List<String> next = List.of(SPACES.split(parts.get(1).strip()));
            List<String> nextFolded = next.stream().map(ArabicQuoteExtractor::fold).toList();
            if (nameStart(nextFolded) == 0 && next.size() <= MOST_NAME_WORDS) {
                return person(parts.get(1).strip(), head, feminine, nextFolded, folded);
            }
        }
        int name = nameStart(folded);
        if (name > 0 && !withheld && parts.size() > 1 && folded.get(name - 1).equals("في")) {
            // "مديرة إحدى مدارس الوكالة في خان يونس، سناء أبو عودة،": a name right after "in" is a place's, and the
            // person is the name set apart after the role that holds it
            List<String> next = List.of(SPACES.split(parts.get(1).strip()));
            List<String> nextFolded = next.stream().map(ArabicQuoteExtractor::fold).toList();
            if (nameStart(nextFolded) == 0 && next.size() <= MOST_NAME_WORDS) {
                return person(parts.get(1).strip(), head, feminine, nextFolded, folded);
            }
        }
        if (name >= 0 && !withheld) {
            int end = name + nameLength(folded, name);
            String role = String.join(" ", words.subList(0, name));
            if (ADDRESS.contains(fold(role))) {
                role = "";
            }
            int lastSpace = role.lastIndexOf(' ');
            if (lastSpace > 0 && ADDRESS_AFTER_ROLE.contains(fold(role.substring(lastSpace + 1)))) {
                role = role.substring(0, lastSpace);
            }
            String described = described(parts);
            // a clause about the person ("التي تعمل مع ...") says less than a title before the name ("المهندسة")
            if (!described.isEmpty() && (role.isEmpty() || titles.contains(fold(role)) && !isRelativeClause(described))) {
                role = described;
            } else if (!described.isEmpty() && !role.isEmpty() && !isRelativeClause(described)) {
                // "ابنته رنا، مصممة الأزياء الشابة،", "الصيدلاني محمد الفيتوري، صاحب صيدلية في حي الصابري،": whom the
                // person is to someone, or what they do, and what they are, both, as two descriptions joined by a
                // comma (a relative clause after the name is left out, as after any role)
                role = role + "، " + described;
            }
            String named = String.join(" ", words.subList(name, end));
            return person(named, role, feminine, folded.subList(name, end), folded.subList(0, name));
        }
        if (!withheld && parts.size() > 1 && describesSomeone(folded)) {
            // "مدير مؤسسة المياه في الرقة، خالد المحمد،": what someone is, then who, set apart
            List<String> next = List.of(SPACES.split(parts.get(1)));
            List<String> nextFolded = next.stream().map(ArabicQuoteExtractor::fold).toList();
            int start = nameStart(nextFolded);
            if (start == 1 && !titles.contains(nextFolded.get(0)) && nextFolded.get(0).startsWith("ال")
                    && occupations.contains(stem(nextFolded.get(0))) && next.size() > 2) {
                // "عميد المعهد، الموسيقار كريم وصفي،": what someone does, with the article, before the name set
                // apart, joins what they are before it
                return person(String.join(" ", next.subList(1, Math.min(next.size(), 5))), head + "، " + next.get(0),
                        feminine, nextFolded.subList(1, nextFolded.size()), folded);
            }
            if (start == 1 && !titles.contains(nextFolded.get(0))) {
                start = 0; // "الطيب محمد آدم": set apart after what someone is, the words are the name whole
            }
            boolean titled = start > 0 && nextFolded.subList(0, start).stream().allMatch(titles::contains);
            if (start == 0 || titled) {
                return person(String.join(" ", next.subList(start, Math.min(next.size(), start + 4))), head, feminine,
                        nextFolded.subList(start, nextFolded.size()), folded);
            }
        }
        if (!withheld && parts.size() > 1 && (describesSomeone(folded) || isDescription(folded))
                && isUnlistedName(parts.get(1))) {
            // "رئيسة رابطة معتقلي سجن صيدنايا، ديانا العلي،", "أحد المتهمين، شيروان شيرواني،": what someone is, then
            // a name the lexicon lacks, set apart
            return person(parts.get(1).strip(), head, feminine,
                    Arrays.stream(SPACES.split(parts.get(1).strip())).map(ArabicQuoteExtractor::fold).toList(), folded);
        }
        String described = described(parts);
        // "وهو"/"وهي" after the words: "he/she is", said only of a person
        boolean heOrShe = parts.stream().skip(1).map(part -> fold(SPACES.split(part)[0]))
                .anyMatch(first -> first.equals("وهو") || first.equals("وهي"));
        if (!withheld && heOrShe && folded.size() == 2 && KUNYA_WORDS.contains(folded.get(0))) {
            // "أم سمير، وهي بائعة خبز ...": a kunya whose given name the lists lack, made a person by who she is
            return person(head, described, feminine, folded, List.of());
        }
        if (!withheld && !described.isEmpty() && (words.size() >= 2 || heOrShe) && words.size() <= 4
                && !folded.get(0).startsWith("ال") && !isDescription(folded)
                && folded.stream().noneMatch(PREPOSITIONS::contains)) {
            // "حسان العبد، وهو مزارع من بلدة الشحيل،", "سلوى، وهي طالبة": names the lexicon lacks, made a person by
            // who they are
            return person(head, described, feminine, folded, List.of());
        }
        if (!withheld && parts.size() == 1 && folded.size() == 4 && describesSomeone(folded)
                && folded.get(1).startsWith("ال") && !folded.get(2).startsWith("ال")
                && !PREPOSITIONS.contains(folded.get(2)) && folded.get(3).startsWith("ال")) {
            // "خبير البيئة شكري الحسن": what someone is, of what, then a name the lexicon lacks in the shape of a
            // given name and a family's name with the article (a body's name after the occupation would have no
            // article of its own before it: "طبيب مستشفى غزة الأوروبي")
            return person(String.join(" ", words.subList(2, 4)), String.join(" ", words.subList(0, 2)), feminine,
                    folded.subList(2, 4), folded.subList(0, 2));
        }
        if (!withheld && parts.size() == 1 && folded.size() == 3 && folded.get(0).startsWith("ال")
                && describesSomeone(folded) && words.subList(1, 3).stream().noneMatch(w -> w.startsWith("ال"))
                && folded.subList(1, 3).stream().noneMatch(w -> PREPOSITIONS.contains(w) || w.equals("باسم"))
                && !isDescription(folded.subList(1, 3))) {
            // "وتقول الممثلة آلاء نجم:": what someone is, with the article, then two words without it (as written:
            // "آلاء" folds to what looks like the article), neither a preposition nor a noun for a person: a given
            // name and a family name the lexicon lacks
            return person(String.join(" ", words.subList(1, 3)), words.get(0), feminine, folded.subList(1, 3),
                    folded.subList(0, 1));
        }
        // "الناطق باسم برنامج الأغذية العالمي في الأردن": a spokesman named by whom they speak for, and not by name
        boolean spokesperson = folded.size() > 2 && folded.get(0).startsWith("ال")
                && SPOKESPEOPLE.contains(stem(folded.get(0))) && folded.get(1).equals("باسم");
        if (withheld || spokesperson || isDescription(folded) || isIndefinite(words.get(0)) || isOffice(folded)) {
            return new Speaker(head, SourceKind.ANONYMOUS, null, feminine != null && feminine);
        }
        return null;
    }

    /**
     * Someone named by the office they hold in the story, with the article and without a name: "القاضي", "المدعي
     * العام", "المتهم"; what follows the noun can only be adjectives that take the article too (a body after it,
     * "رئيس البلدية", is a description the words without the article already make).
     */
    private boolean isOffice(List<String> words) {
        return words.size() <= 3 && words.get(0).startsWith("ال") && words.get(0).length() > 4
                && occupations.contains(stem(words.get(0)))
                && words.stream().skip(1).allMatch(word -> word.startsWith("ال") && !PREPOSITIONS.contains(word));
    }

    /**
     * Whether a folded word after a father's "أبو" ("أبي") is the son's name, listed or not: three letters or more,
     * without the article, no preposition, no figure.
     */
    private static boolean isSonsName(String kunya, String word) {
        return (kunya.equals("ابو") || kunya.equals("ابي")) && word.length() >= 3 && !word.startsWith("ال")
                && !PREPOSITIONS.contains(word) && word.chars().allMatch(Character::isLetter);
    }

    private Speaker person(String name, String role, Boolean feminine, List<String> nameWords,
                           List<String> roleWords) {
        boolean woman = feminine != null ? feminine
                : femaleNames.contains(nameWords.get(0)) || (!roleWords.isEmpty() && roleWords.get(0).endsWith("ة"));
        return new Speaker(name, SourceKind.PERSON, role.isEmpty() ? null : role, woman);
    }

    /**
     * Whether words set apart after what someone is read as a name the lexicon lacks: two or three words, the first
     * without the article, none a preposition, a description's, a body's or a time's ("مساء الأحد").
     */
    private boolean isUnlistedName(String part) {
        List<String> words = Arrays.stream(SPACES.split(part.strip())).map(ArabicQuoteExtractor::fold).toList();
        return words.size() >= 2 && words.size() <= 3 && !words.get(0).startsWith("ال")
                && words.stream().noneMatch(PREPOSITIONS::contains) && !describesSomeone(words) && !isDescription(words)
                && !organisationHeads.contains(words.get(0)) && !words.get(0).equals("وهو") && !words.get(0).equals("وهي")
                && !WHEN_SAID.matcher(" " + part.strip()).find();
    }

    /** Whether words open with a relative pronoun: "التي فقدت زوجها", "الذي يعمل". */
    private static boolean isRelativeClause(String words) {
        String first = fold(SPACES.split(words.strip())[0]);
        return first.equals("الذي") || first.equals("التي");
    }

    /**
     * Who someone is, after their name: "وهو صاحب فرن", "وهي أرملة", or an occupation or a description ("أحد
     * المحتجين") set apart by commas.
     */
    /**
     * Whom someone is to a person named before, the owner a pronoun joined to the noun (folded): "ابنه" his son,
     * "زوجتها" her wife, "جاره" his neighbour.
     */
    private static final Pattern OWN_RELATION = Pattern.compile("(?:ابن|ابنت|بنت|زوج|زوجت|شقيق|شقيقت|اخ|اخت|اخو|والد"
            // "أخيه", "أبيها": a brother's and a father's in the genitive
            + "|والدت|جار|جارت|حفيد|حفيدت|ام|ابو|اخي|ابي"
            // "تلميذه", "زميلها": a pupil or apprentice, a colleague
            + "|تلميذ|تلميذت|زميل|زميلت)(?:ه|ها|هما|هم)");

    private String described(List<String> parts) {
        for (String part : parts.subList(1, parts.size())) {
            if (NAME_NOT_REAL.matcher(fold(part)).find()) {
                continue; // "سارة، وهو اسم مستعار": what the name is, not who she is
            }
            String[] words = SPACES.split(part);
            String first = fold(words[0]);
            if ((first.equals("وهو") || first.equals("وهي")) && words.length > 1
                    && !isPresentVerb(fold(words[1]), first.equals("وهي"))) {
                return String.join(" ", Arrays.asList(words).subList(1, words.length));
            }
            // "خالد المحمد، مدير مؤسسة المياه،", "حيدر كريم، أحد المحتجين في حي الشعلة،"; "أم عمر، التي فقدت زوجها
            // في المعارك،": a clause about the person, when it is all the article says of them
            if (occupations.contains(stem(first)) || anonymousNouns.contains(first)
                    || OWN_RELATION.matcher(first).matches() || isRelativeClause(part) && words.length > 1) {
                return part;
            }
        }
        return "";
    }

    /**
     * A noun written with the accusative's tanween ("مهاجراً نيجيرياً" after "غير أن"): indefinite, so someone
     * described, not named.
     */
    private static boolean isIndefinite(String word) {
        return (word.endsWith("اً") || word.endsWith("ًا")) && !fold(word).startsWith("ال");
    }

    /** The unnamed source last described by this noun, when the noun is written again with the article. */
    private static Known describedBefore(String word, List<Known> known) {
        if (!word.startsWith("ال") || word.length() < 4) {
            return null;
        }
        String noun = word.substring(2);
        for (int i = known.size() - 1; i >= 0; i--) {
            Known k = known.get(i);
            // "مصدر في ..." then "المصدر"; "الناطق باسم ..." then "الناطق"
            if (k.kind() == SourceKind.ANONYMOUS && !k.words().isEmpty() && (k.words().get(0).equals(noun)
                    || k.words().get(0).equals(noun + "ا") || k.words().get(0).equals(word))) {
                return k;
            }
        }
        return null;
    }

    /** The last person or unnamed source the verb's gender fits. */
    private static Speaker continuedSomeone(boolean feminine, List<Known> known) {
        for (int i = known.size() - 1; i >= 0; i--) {
            Known k = known.get(i);
            if (k.kind() != SourceKind.ORGANISATION && k.feminine() == feminine) {
                // "يعيش أبو يونس، وهو نجار ...", then "وقال:": his first words, in the role he was named in
                return new Speaker(k.name(), k.kind(), k.role(), feminine);
            }
        }
        return null;
    }

    /**
     * Whether the word after "وهو"/"وهي" is a verb in the present ("وهو يشير إلى ...": while he points), which says
     * what the person was doing, not who they are: يـ for him, تـ for her, when it is no noun for what someone is
     * ("وهي تلميذة").
     */
    private boolean isPresentVerb(String word, boolean feminine) {
        // (three letters: a doubled root's, "يدق", "تمد")
        return word.length() >= 3 && word.startsWith(feminine ? "ت" : "ي") && !occupations.contains(stem(word))
                && !anonymousNouns.contains(word);
    }

    /** The last person or unnamed source the verb's gender fits, or failing one, the last body it fits. */
    private static Speaker continued(boolean feminine, List<Known> known) {
        Speaker someone = continuedSomeone(feminine, known);
        if (someone != null) {
            return someone;
        }
        for (int i = known.size() - 1; i >= 0; i--) {
            Known k = known.get(i);
            if (k.kind() == SourceKind.ORGANISATION && k.feminine() == feminine) {
                return new Speaker(k.name(), k.kind(), null, feminine);
            }
        }
        return null;
    }

    /**
     * A person named earlier, by their name again, by the words it ends with ("الحسن", "عبد الله") or by their given
     * name.
     */
    private static Known earlier(List<String> words, List<Known> known) {
        for (int i = known.size() - 1; i >= 0; i--) {
            Known k = known.get(i);
            List<String> name = k.words();
            if (k.kind() != SourceKind.PERSON || words.size() > name.size()) {
                continue;
            }
            if (name.subList(name.size() - words.size(), name.size()).equals(words)
                    || (words.size() == 1 && name.get(0).equals(words.get(0)))) {
                return k;
            }
        }
        return null;
    }

    /**
     * Where a person's name begins: a given name, a kunya ("أم خالد", "أبو أحمد") or a compound opening with "عبد";
     * or, after a title or an occupation written with the article ("الطبيب", "الناشطة البيئية"), the first word
     * without it. -1 when no word begins one.
     */
    private int nameStart(List<String> words) {
        // "قائد شرطة ميسان العميد كاظم الساعدي": a rank or a title of address after what someone is stands right before
        // the name, two to four words without a preposition, the first without the article, whatever the lexicon
        // knows of its words
        for (int t = 1; t < words.size() - 2; t++) {
            if (titles.contains(words.get(t)) && words.get(t).startsWith("ال") && words.size() - t - 1 <= 4
                    && !words.get(t + 1).startsWith("ال")
                    && words.subList(t + 1, words.size()).stream().noneMatch(PREPOSITIONS::contains)) {
                return t + 1;
            }
        }
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            // ("أبو كرار": after "أبو", father of, any word without the article is the son's name, listed or not;
            // "أم" is a mother too, "أم لخمسة أطفال", so her kunya needs a name the lists know)
            boolean kunya = (word.equals("ام") || word.equals("ابو") || word.equals("ابي")) && i + 1 < words.size()
                    && (isGivenName(words.get(i + 1)) || isSonsName(word, words.get(i + 1)));
            boolean given = isGivenName(word) && (!word.equals("عبد") || i + 1 < words.size())
                    // "المتحدث باسم الوزارة": on behalf of, not the name Basim
                    && !(word.equals("باسم") && i > 0 && SPOKESPEOPLE.contains(stem(words.get(i - 1))));
            if (kunya || given) {
                if (nameLength(words, i) > MOST_NAME_WORDS) {
                    return -1; // a name ends the words that name someone; more words after it are something else
                }
                // "خدر إلياس": a given name the lexicon lacks before one it has, not a role before a name (but
                // "عروسه نور", "زوجته نور": whom she is to him, then her name)
                if (i == 1 && words.size() <= MOST_NAME_WORDS && !describesSomeone(words) && !isDescription(words)
                        && !words.get(0).startsWith("ال") && !isRelation(words.get(0))) {
                    return 0;
                }
                // "النائب في البرلمان العراقي سجاد سالم": a name of one word at the end, after a word that is neither
                // a description's nor a preposition, begins with that word; so does a servant's name of two words at
                // the end, a father's ("النجار سيد عبد الله": the given name Sayed, the article's word before it the
                // role)
                String before = i > 0 ? words.get(i - 1) : "";
                boolean endsInServantsName = word.equals("عبد") && i + 2 == words.size();
                if (i > 1 && (nameLength(words, i) == 1 || endsInServantsName) && !before.startsWith("ال")
                        && !PREPOSITIONS.contains(before)
                        && !titles.contains(before) && !occupations.contains(stem(before))
                        && !anonymousNouns.contains(before)) {
                    return i - 1;
                }
                return i;
            }
        }
        // "عضو مجلس المحافظة سلام المالكي": a title joined to a chain of nouns, which ends at its first word with the
        // article (and any adjectives after that one, with the article too); a word without it and a family name with
        // it ("المالكي") after the chain are the name, whose given name the lexicon lacks
        if (words.size() >= 4 && !words.get(0).startsWith("ال") && !words.get(1).startsWith("ال")
                && (titles.contains(words.get(0)) || occupations.contains(stem(words.get(0))))) {
            int i = 1;
            boolean place = false;
            while (i < words.size() && !words.get(i).startsWith("ال") && !PREPOSITIONS.contains(words.get(i))
                    && !place) {
                place = places.contains(words.get(i));
                i++;
            }
            while (!place && i < words.size() && words.get(i).startsWith("ال")) {
                i++;
            }
            if (words.size() - i == 2 && !words.get(i).startsWith("ال") && !PREPOSITIONS.contains(words.get(i))
                    && words.get(i + 1).startsWith("ال") && words.get(i + 1).endsWith("ي")) {
                return i;
            }
            // "مدير زراعة نينوى دريد حكمت": a chain that ends at a place without the article ends there, and two
            // words after it, neither with the article nor a place, are the name
            if (place && nameAfterAPlace(words, 1) == i) {
                return i;
            }
        }
        // "الخبير الاقتصادي نسيب غبريل", and a title joined to what it heads ("نقيب الصيادلة جو سلوم"): the words with
        // the article after it are the description, the two to four after them without it the name
        // ("الصياد جبار كاظم": a trade that is a family name too is the trade with the article, opening the words)
        if (!words.isEmpty() && (titles.contains(words.get(0)) || occupations.contains(stem(words.get(0)))
                || words.get(0).startsWith("ال") && tradesAlsoSurnames.contains(stem(words.get(0))))
                && (words.get(0).startsWith("ال") || words.size() > 1 && words.get(1).startsWith("ال"))) {
            int i = 1;
            while (i < words.size() && words.get(i).startsWith("ال")) {
                i++;
            }
            if (i < words.size() && words.get(i).equals("باسم") && SPOKESPEOPLE.contains(stem(words.get(i - 1)))) {
                int start = trailingName(words);
                return start >= 0 ? start : nameAfterAPlace(words, i + 1);
            }
            // (after a title without the article, a name without one either: "رئيس المجلس المحلي لمدينة الأتارب"
            // names a town, not a person)
            boolean joined = !words.get(0).startsWith("ال");
            if (i < words.size() && words.size() - i >= 2 && words.size() - i <= 4
                    && words.subList(i, words.size()).stream().noneMatch(PREPOSITIONS::contains)
                    && (!joined || words.subList(i, words.size()).stream().noneMatch(word -> word.contains("ال")))) {
                return i;
            }
            if (!joined && i < words.size() && PREPOSITIONS.contains(words.get(i))) {
                // "النائب عن محافظة البصرة عدي عواد": what someone is, for where, then the name without the article
                return trailingName(words);
            }
        }
        return -1;
    }

    /**
     * Where a name the lexicon does not know begins at the end of a description: two or three words without the
     * article after one with it ("المتحدث باسم الأمم المتحدة ستيفان دوجاريك"); -1 when the description does not end so.
     */
    private static int trailingName(List<String> words) {
        int start = words.size();
        while (start > 0 && !words.get(start - 1).startsWith("ال") && !PREPOSITIONS.contains(words.get(start - 1))
                && words.size() - start < 3) {
            start--;
        }
        int length = words.size() - start;
        return length >= 2 && start > 0 && words.get(start - 1).startsWith("ال") ? start : -1;
    }

    /**
     * Where a name begins after a body's name that ends at a place without the article ("المتحدث باسم حكومة إقليم
     * كردستان بيشوا هوراماني"): the two words after the place, neither with the article; -1 when there are no such.
     */
    private int nameAfterAPlace(List<String> words, int from) {
        int start = words.size() - 2;
        if (start <= from || !places.contains(words.get(start - 1))) {
            return -1;
        }
        for (String word : words.subList(start, words.size())) {
            if (word.startsWith("ال") || PREPOSITIONS.contains(word) || places.contains(word)) {
                return -1;
            }
        }
        return start;
    }

    /** The words of a name from its start: to the end of the words, or to a preposition ("أحمد من إدلب"). */
    private static int nameLength(List<String> words, int start) {
        int end = start + 1;
        while (end < words.size() && !PREPOSITIONS.contains(words.get(end))) {
            end++;
        }
        return end - start;
    }

    private boolean isGivenName(String word) {
        return maleNames.contains(word) || femaleNames.contains(word);
    }

    /** Whether the words open by saying what someone is: an occupation or title, with the article or without. */
    private boolean describesSomeone(List<String> words) {
        return titles.contains(words.get(0)) || occupations.contains(stem(words.get(0)));
    }

    /**
     * A description of someone not named: it opens with a noun for a person without the article ("مسؤول في
     * المديرية", "معلمة في المدرسة", "أحد عمال المحطة"); the accusative's alef is allowed ("مسؤولاً").
     */
    private boolean isDescription(List<String> words) {
        String first = words.get(0);
        if (first.startsWith("ال")) {
            return false;
        }
        String bare = first.endsWith("ا") && first.length() > 3 ? first.substring(0, first.length() - 1) : first;
        return anonymousNouns.contains(first) || occupations.contains(stem(first)) || occupations.contains(bare)
                || anonymousNouns.contains(bare);
    }

    /**
     * A name after the ل that "وفقاً لـ" joins to it, with the article that ل took: "للأمم المتحدة" is "الأمم
     * المتحدة"; with a name opening with ل the article's own lam is the one left ("للجنة الدولية" is "اللجنة الدولية",
     * when "لجنة" heads a body's name).
     */
    private String withArticle(String who) {
        String first = fold(SPACES.split(who, 2)[0]);
        return organisationHeads.contains(first) || occupations.contains(stem(first)) ? "ال" + who
                : "ا" + who;
    }

    /** Whether a word is a relation, a possessive maybe joined to it: "جارة", "جارته", "ابنها". */
    private static boolean isRelation(String word) {
        String bare = word.replaceFirst("(?:ها|هم|ه)$", "");
        bare = bare.endsWith("ت") && !bare.equals(word) ? bare.substring(0, bare.length() - 1) + "ة" : bare;
        return RELATIONS.contains(stem(word)) || RELATIONS.contains(stem(bare));
    }

    /** A noun of what someone does as the lexicon lists it: without the article and a woman's ة. */
    private static String stem(String word) {
        String bare = withoutArticle(word);
        return bare.endsWith("ة") ? bare.substring(0, bare.length() - 1) : bare;
    }

    private static String withoutArticle(String word) {
        return word.startsWith("ال") && word.length() > 3 ? word.substring(2) : word;
    }

    private static List<String> foldedWords(String name) {
        return Arrays.stream(SPACES.split(name.strip())).map(ArabicQuoteExtractor::fold).toList();
    }

    private static Set<String> folded(String section) {
        return LEXICON.words(section).stream().map(ArabicQuoteExtractor::fold).collect(Collectors.toUnmodifiableSet());
    }

    /** A word or text without short vowels and tatweel, with every form of alef written as ا. */
    static String fold(String text) {
        return Folded.of(text, ArabicScript.Folding.ARABIC).text();
    }
}
