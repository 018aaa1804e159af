package org.iwprarchive.ingest.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iwprarchive.domain.article.QuotationKind;
import org.iwprarchive.domain.source.SourceKind;
import org.iwprarchive.domain.text.Spaces;
import org.iwprarchive.ingest.text.Regexes;

/**
 * Finds who is quoted in an article, in what role, saying what. Rules, not a model: the attribution patterns
 * of English news writing as IWPR uses them, checked against a labelled evaluation set (see docs/quotes.md). This
 * class scans an article's paragraphs and sentences for attributions; who a speaker phrase names is
 * {@link SpeakerResolver}'s to say, and the words both read by are data ({@link QuoteLexicon}).
 *
 * <p>Direct quotes are attributed by the clause after them ({@code ," said X}, {@code ," X told IWPR},
 * {@code ," read a statement}) or before them ({@code X said, "...}); reported speech by {@code According to X,}
 * and {@code X said/noted/warned/... (that) ...}. A quote paragraph that follows a direct quote without an
 * attribution of its own continues it; a quote followed by a "Name, role" line is a pull-quote. Within the
 * article, a surname or "President Surname" links to the full name used earlier, and he/she to the last
 * source. The article's authors are never sources, nor is anyone only mentioned.
 */
public final class QuoteExtractor {

    private static final QuoteLexicon LEXICON = QuoteLexicon.standard();
    /** Cues that report speech only before "that": "promised that ..." is, "promised a new road" is not. */
    private static final Set<String> THAT_CUES = LEXICON.thatCues();
    private static final String CUE_WORDS = QuoteLexicon.alternation(LEXICON.cues());
    // patterns used on every sentence, compiled once
    private static final Pattern ENDS_SENTENCE = Regexes.compile(".*[.!?][\"\u201d]?$");
    // (a cue's word before "of", "for", "from" or "by" is a noun that opens the words: "said estimates of the harvest
    // were too high", "said reports of violence had risen")
    private static final Pattern LEADING_CUE = Regexes.compile("^(?:" + CUE_WORDS + ")\\s+(?!(?:of|for|from|by)\\s)"
            + "(?:that\\s+)?");
    /** When it was said, between the cue and "that": "told reporters last week that", "said on Monday that". */
    private static final String WHEN = "(?:(?:last|this|on|in|earlier this|late last|"
            + "early last)\\s+[\\p{L}\\d]+(?:\\s+[\\p{L}\\d]+)?|yesterday|today"
            // where it was said: "in a written reply to IWPR that", "in an interview with the BBC that", "on Facebook"
            + "|(?:in|on)\\s+(?:an?|the|his|her|its|their)\\s+[\\p{L}\\d'\u2019-]+(?:\\s+[\\p{L}\\d'\u2019-]+){0,4}?"
            + "|on\\s+(?:Facebook|Telegram|X|Twitter|Instagram|YouTube|social media))";
    /**
     * A noun phrase closing a sentence after its attribution, saying what the words were: "the second increase this
     * year", "a move critics called overdue" (no verb of its own before a comma or the end); or how much, against what:
     * "almost twice as many as last year".
     */
    private static final Pattern AFTERTHOUGHT = Regexes.compile("^(?:(?:the|a|an|its|their)\\s+[\\p{L}\\d'\u2019-]+"
            + "(?:\\s+[\\p{L}\\d'\u2019-]+){0,5}"
            // "..., the city hall said, almost twice as many as last year.": how much, against what
            + "|(?:almost|nearly|about|around|roughly|more\\s+than|less\\s+than|fewer\\s+than|up\\s+from|down\\s+from"
            + "|compared\\s+with|twice|double|half|three\\s+times)(?:\\s+[\\p{L}\\d,'\u2019-]+){1,7})[.!?]?$");
    /**
     * A verb of a clause of its own, not inside a relative one: what follows a cue is then what was said, not who said
     * it ("..., who declined to be named, said a second protest would not be allowed").
     */
    private static final Pattern FINITE_CLAUSE = Regexes.compile("^(?:(?!\\b(?:who|whose|which|that)\\b).)*?\\b(?:would"
            + "|will|could|should|can|must|might|had|has|have|was|were)\\b");
    private static final Pattern DANGLING_RELATIVE = Regexes.compile(",?\\s*\\b(?:who|whose|which)$");
    private static final Pattern PRONOUN_FIRST = Regexes.compile("(?:he|she|they|it|we|I)\\s", Pattern.CASE_INSENSITIVE);
    /** When or where it was said before "that", or where and then when: "in Juba last week that". */
    private static final Pattern LEADING_TIME = Regexes.compile("^" + WHEN + "(?:\\s+" + WHEN + ")?\\s+that\\s+(?=\\S)");
    /**
     * A day when it was said, right after the cue and before the words' subject, without "that": "said on Monday it
     * had", "announced yesterday the border would"; the words are what follows.
     */
    private static final Pattern DAY_OF_SAYING = Regexes.compile("^(?:(?:on|last|earlier\\s+this|late\\s+last)\\s+"
            + "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month)|yesterday|today)\\s+"
            + "(?=(?:it|he|she|they|we|I|the|a|an|its|his|her|their|this|there)\\s)");
    /** (Whom and) when or where it was said, then a comma: the cue ends an attribution set inside the words. */
    private static final Pattern WHEN_ASIDE = Regexes.compile("^(?:(?:IWPR|reporters|journalists|parliament|"
            + "lawmakers)\\s+)?" + WHEN + ",\\s");
    /** Nothing but when something happened, as a sentence may open: "Last Tuesday", "In March", "Yesterday". */
    private static final Pattern TIME_ALONE = Regexes.compile(WHEN, Pattern.CASE_INSENSITIVE);
    /** Nothing but when or where it was said: what follows a cue that ends a sentence ("announced last week."). */
    private static final Pattern ONLY_WHEN = Regexes.compile("^" + WHEN + "[.!?]?$");
    /**
     * What is denied or rejected without words: "denied the charges", "rejected the allegations against him",
     * "denied any wrongdoing", "denied this" (but "denied the charges were true" reports words).
     */
    private static final Pattern DENIED_WITHOUT_WORDS = Regexes.compile("^(?:(?:(?:the|any|all|these|those|such)\\s+)?"
            + "(?:\\p{Ll}+\\s+){0,2}(?:charges?|allegations?|accusations?|claims?|reports?|wrongdoing|involvement"
            + "|responsibility|guilt|rumou?rs)(?:\\s+(?:against|about)\\s+(?:him|her|them|it|the\\s+\\p{Ll}+))?"
            // "The witness denied this.", "She rejected it."
            + "|this|that|it|them|everything)[.!?]?$");
    /**
     * How the words were said, before a colon: "said simply: “...”", "put it bluntly: “...”", "put it differently:
     * “...”", "put it another way: “...”": any adverb in "-ly", or one of the few words that say in other words.
     */
    private static final String MANNER = "(?:more\\s+)?(?:\\p{Ll}{2,}ly|differently|otherwise|another\\s+way|this\\s+way)";
    /** When or where, or how, then a colon: "said on Monday: “...”" introduces the words themselves. */
    private static final Pattern WHEN_THEN_COLON = Regexes.compile("^(?:" + WHEN + "|" + MANNER + ")\\s*:");
    /**
     * What a speaker said of no words: "has said little", "said nothing about the plan", "said nothing more" (but "said
     * little had changed" and "said much of the aid was stolen" report words).
     */
    private static final Pattern NOTHING_REPORTED = Regexes.compile("^(?:nothing|little|anything|something|very little"
            + "|much)(?:\\s+(?:about|on|more|else|further|publicly|since|at all)\\b[^,;]*)?[.!?]?$");
    /**
     * Reported speech with its speaker after it: "Remittances fell by a quarter, the national bank said." and
     * "..., the ministry announced last week.": what follows the sentence's last comma ({@link #trailingReported}).
     */
    static final Pattern TRAILING_REPORTED = Regexes.compile(
            "(?<cue>" + CUE_WORDS + ")(?:\\s+" + WHEN + ")?[.!?]?$");
    /** A cue alone after who said the words, whom it was told maybe: "told IWPR.", "said on Monday." */
    private static final Pattern CUE_ALONE = Regexes.compile("^(?<cue>(?:" + CUE_WORDS + ")(?:\\s+(?:IWPR|reporters"
            + "|journalists))?)(?:\\s+" + WHEN + ")?[.!?]?$");
    /** A name alone: two to four capitalised words. */
    private static final Pattern NAME_ALONE = Regexes.compile("\\p{Lu}[\\p{L}'\u2019-]+(?:\\s+\\p{Lu}[\\p{L}'\u2019-]+){1,3}");
    /** How a description set apart before a name begins, whose it is maybe: "its deputy director", "a local farmer". */
    private static final Pattern TRAILING_ROLE_START = Regexes.compile("^(?:an?|the|its|his|her|their)\\s");
    /** What a speaker named after the words may not hold, and how long it may be. */
    static final String NOT_IN_TRAILING_SPEAKER = ",;:\"\u201c\u201d";
    static final int MOST_TRAILING_SPEAKER = 160;
    /** How a description of who someone is begins: "a grain trader", "head of Transparency International". */
    private static final Pattern ROLE_START = Regexes.compile("^(?:an?|the|head|director|chair\\p{Ll}*|editor|"
            + "leader|founder|deputy|spokes\\p{Ll}+|president|secretary|member|professor|minister)\\s");
    private static final Pattern RELATIVE_CLAUSE = Regexes.compile("\\b(?:who|which|that)\\b.*$");
    /** A finite verb: what a role or a description never holds and a clause does. */
    static final Pattern VERB = Regexes.compile(
            "\\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might)\\b");
    /**
     * Verbs that say what something costs, takes or comes to, and auxiliaries, in no description of a person: "a
     * helicopter flight costs about 12,000 dollars" is words after "According to X,", not who X is.
     */
    private static final Pattern MEASURING_VERB = Regexes.compile("\\b(?:costs|takes|lasts|weighs|reaches|exceeds"
            + "|amounts|remains|does|did|must|should)\\b");
    private static final Pattern SPACES = Regexes.compile("\\s+");
    /** The first word of every cue; a text without one of them cannot match a pattern that needs a cue. */
    private static final Set<String> CUE_STARTS = LEXICON.cueFirstWords();
    private static final String OPEN = "[\"\u201c]";
    private static final String CLOSE = "[\"\u201d]";
    private static final Pattern AFTER_CUE_SPEAKER = Regexes.compile(
            "^,?\\s*(?<cue>" + CUE_WORDS + ")\\s+(?<speaker>[^.;:!?,\"\u201c\u201d]{2,160}?)"
                    // "said Bubusara Toktogulova, 71, a retired nurse": an age between the name and the role
                    // not a clause of when or why ("..., when asked whether ...")
                    + "(?:,\\s+(?:\\d{1,3},\\s+)?(?<role>(?!\\p{Ll}+ing\\b|(?:when|after|as|before|while|because|if"
                    + "|though|although|since|until)\\s)\\p{Ll}(?:[^.;:!?\"\u201c\u201d]|\\.(?=\\s?\\d)){1,160}?"
                    // "a spokesman for Kazakhstan Temir Zholy, the state railway company": what the body named last
                    // is, set apart after its name, stays in the role
                    + "(?:(?<=\\p{Lu}\\p{L}{0,30}),\\s+the\\s+\\p{Ll}[^.;:!?,\"\u201c\u201d]{1,80}?(?=\\s*(?:[.;]|$)))?))?"
                    // or "when asked" without a comma: "said Ali Karimov when asked if he would resign"
                    + "\\s*(?:[.;](?!\\s?\\d)|,\\s|$|\\s(?=when\\s+(?:asked|questioned)\\b))");
    /**
     * "..., countered the deputy head of the port authority, Ihor Koval, when asked ...": after the cue, what the
     * speaker is, then the name set apart.
     */
    private static final Pattern AFTER_CUE_ROLE_NAME = Regexes.compile(
            // (how it was said too: "joked a keeper, Hamid,"; a given name alone is tried with the role before it)
            "^,?\\s*(?<cue>" + CUE_WORDS + "|" + QuoteLexicon.alternation(LEXICON.afterQuoteCues()) + ")\\s+"
                    + "(?<role>(?:the|a|an|its|his|her|their|\\p{Lu}[\\p{L}-]*['\u2019]s)\\s"
                    + "[^.;:!?,\"\u201c\u201d]{2,120}?),\\s+(?<name>\\p{Lu}[\\p{L}'\u2019-]+(?:\\s+\\p{Lu}[\\p{L}'\u2019-]+){0,3})"
                    + "\\s*(?:[.;,]|$)");
    /** "..., said one of them, Taras, at the market.": one of others, then the person's name. */
    private static final Pattern AFTER_CUE_ONE_OF = Regexes.compile("^,?\\s*(?<cue>" + CUE_WORDS + ")\\s+(?<who>(?:one"
            + "|another)\\s+of\\s+[^.;:!?,\"\u201c\u201d]{2,60}?,\\s+\\p{Lu}[\\p{L}'\u2019-]+(?:\\s+\\p{Lu}[\\p{L}'\u2019-]+){0,3})"
            + "\\s*(?:[.;,]|$)");
    private static final Pattern AFTER_SPEAKER_CUE = Regexes.compile(
            "^,?\\s*(?<speaker>[^.;:!?\"\u201c\u201d]{2,200}?)\\s+(?<cue>" + CUE_WORDS + ")\\b");
    private static final Pattern AFTER_STATEMENT = Regexes.compile(
            "^,?\\s*(?<cue>read (?:a|an|the) (?<owner>[\\w'\u2019 -]{0,60}?)\\s*statement)\\b");
    private static final Pattern AFTER_STATEMENT_FROM = Regexes.compile(
            "^,?\\s*(?<cue>read a statement (?:from|by|issued by) (?:the\\s+)?(?<owner>[^.,;\"\u201c\u201d]{2,80}?))\\s*(?:[.;]|,\\s|$)");
    private static final Pattern INVERTED = Regexes.compile(
            "^(?<text>[^\"\u201c\u201d]{3,}?),\\s+(?<cue>" + QuoteLexicon.alternation(LEXICON.invertedCues()) + ")\\s+"
                    + "(?<speaker>[^.;:!?]{2,160}?)[.!?]?$");
    /** A sentence opening with the verb, then who, then a colon before the quote: "Said one trader: "..."". */
    private static final Pattern COLON_AFTER_INVERTED_CUE = Regexes.compile("(?:^|[.!?]\\s+)(?<cue>Said|Says|Added|Adds)"
            + "\\s+(?<speaker>[^.;:!?\"\u201c\u201d]{2,200}?)\\s*:\\s*$");
    private static final Pattern BEFORE_SPEAKER_CUE = Regexes.compile(
            "(?<speaker>[^.;:!?\"\u201c\u201d]{2,200}?)\\s+(?<cue>" + CUE_WORDS + ")"
                    // how: "put it bluntly: “...”", "said simply: “...”"
                    + "(?:\\s+" + MANNER + ")?"
                    // "posted on Instagram: “...”", "said on Monday: “...”"
                    + "(?:\\s+" + WHEN + ")?(?:\\s+that)?\\s*[,:]?\\s*$");
    /**
     * A question's attribution: ""...?" he asked." and ""...?" asked Rustam Jalilov." Only after a quote that
     * ends in a question mark, since "asked" elsewhere is mostly "who asked not to be named". Any quote: how its
     * words were said, by the lexicon's after-quote cues (""...," he laughed.").
     */
    private static final Pattern AFTER_QUOTE_MANNER = afterQuote(QuoteLexicon.alternation(LEXICON.afterQuoteCues()));
    private static final Pattern ASKED = afterQuote("asked|asks|"
            + QuoteLexicon.alternation(LEXICON.afterQuoteCues()));
    /** A role with a relative clause after it: "a student who asked that his surname not be used". */
    private static final Pattern WITHHOLDING_CLAUSE = Regexes.compile(
            "^(?:(?<role>.+?),?\\s+)?(?<clause>(?:who|whose)\\s.+)$");
    private static final Pattern POSSESSIVE_PRONOUN = Regexes.compile("\\b(his|her)\\b", Pattern.CASE_INSENSITIVE);
    /** A note that a name is not the person's own, after it: "Mariam (not her real name)". */
    private static final Pattern PSEUDONYM_NOTE = Regexes.compile("\\s*\\((?:not\\s+(?:his|her|their)\\s+real\\s+names?"
            + "|names?\\s+(?:has\\s+been\\s+|have\\s+been\\s+)?changed|a\\s+pseudonym|pseudonym)\\)");
    /** "As one neighbour put it, "..."": the words are the speaker's, however they were put. */
    private static final Pattern AS_PUT_IT = Regexes.compile("^\\s*As\\s+(?<speaker>[^,;:\"\u201c\u201d]{2,120}?)\\s+"
            + "(?<cue>put it|puts it|said|says|wrote|writes|told IWPR|explained)\\s*,\\s*$");
    /** "X has called the ban "gender persecution"": a quoted name for something, whose words are X's. */
    private static final Pattern CHARACTERISED = Regexes.compile("(?<speaker>[^.;:!?\"\u201c\u201d]{2,200})\\s+"
            + "(?<cue>(?:has\\s+|have\\s+|had\\s+)?(?:called|described|dubbed|branded|labell?ed|termed|dismissed"
            + "|denounced|condemned|characteri[sz]ed|portrayed|rejected|declared|accused))\\s+"
            // "accused the government of “stealing ...”": what someone is accused of, in their words
            + "[^.;:!?\"\u201c\u201d]{1,80}?\\s+(?:as\\s+)?(?:an?\\s+)?$");
    /**
     * "Dmytro Lubinets has called the attacks a deliberate campaign of terror": what something was called, without
     * quotation marks; the thing named is definite ("the", "this", "his") and what it is called follows with "a" or
     * "as", or is a word of judgement ("called the condition unfair", the lexicon's {@code judgement-words}), so
     * that "called on", "called for" and "called the police" are not read.
     */
    private static final Pattern NAMED_SO = Regexes.compile("^(?<speaker>[^;:\"\u201c\u201d]{2,200}?)\\s+"
            + "(?<cue>(?:has\\s+|have\\s+|had\\s+)?(?:called|described|branded|labell?ed|termed|dubbed|dismissed))\\s+"
            + "(?<text>(?:the|this|these|those|his|her|their|its)\\s+[^,;.:]{2,100}?\\s+(?:(?:an?|as)\\s+[^,;:]{2,200}?"
            + "|(?:(?:very|deeply|wholly|completely|totally|entirely|both)\\s+)?(?:"
            + QuoteLexicon.alternation(LEXICON.judgementWords()) + ")(?:\\s+and\\s+[\\p{Ll}-]+)?))"
            + "(?:,\\s.*)?[.!?]?$");
    /** A verb of saying before a verb of naming: the naming is inside the words said. */
    private static final Pattern SAID_BEFORE = Regexes.compile("\\s(?:said|says|told|tells|added|adds)\\s");
    /** "... and said it would ...": a second report of the same speaker after what they called something. */
    private static final Pattern AND_SAID = Regexes.compile("\\s+and\\s+(?<cue>said|says|added|warned|insisted)\\s+"
            + "(?:that\\s+)?(?<text>[^\"\u201c\u201d]{3,})$");
    private static final Pattern TRAILING_AUXILIARY = Regexes.compile("\\s+(has|have|had)$");
    private static final Pattern REJECTED_AS = Regexes.compile("\\sas\\s+(?:an?\\s+)?$");
    /** "according to figures from the OSCE mission": the figures are the body's. */
    private static final String FIGURES_FROM = "(?:(?:the\\s+|an?\\s+)?(?:latest\\s+|official\\s+|new\\s+|written\\s+)?"
            + "(?:figures|data|statistics|estimates|statement|report|study|survey)\\s+(?:from|of|by"
            + "|(?:published|compiled|released|collected|issued)\\s+by)\\s+)?";
    /** What a body published, after its name: "According to UNICEF figures" (not "the ministry's figures"). */
    private static final String FIGURES_AFTER = "(?:(?<![\u2019']s)\\s+(?:figures|data|statistics|estimates))?";
    private static final Pattern ACCORDING_TO = Regexes.compile(
            "^(?<lead>.{0,80}?\\b)?[Aa]ccording to " + FIGURES_FROM + "(?<speaker>[^,;]{2,160}?)" + FIGURES_AFTER
                    // who the speaker is: "a lawyer ...", "who ...", "director of ..."; what a body does: "which ..."
                    // or a body's acronym: "the UN refugee agency, UNHCR"
                    + "(?:,\\s*(?<role>(?:an?|the|who|which|\\p{Ll}[\\p{Ll}-]+\\s+(?:of|for))\\s[^,;]{2,160}?|\\p{Lu}{2,8}))?"
                    + ",\\s*(?<text>.+?)[.!?]?$");
    /** A clause joined to what comes before it: "and many say ...", "but few know it". */
    private static final Pattern JOINED_AFTER = Regexes.compile("^(?:and|but)\\s");
    /**
     * A name closing the sentence after a description of the speaker, alone or with a clause about them: "(according to
     * his wife,) Cholpon, who keeps the accounts", "(according to her brother,) Timur".
     */
    private static final Pattern NAME_CLOSING = Regexes.compile("\\p{Lu}[\\p{L}'\u2019-]+(?:\\s+\\p{Lu}[\\p{L}'\u2019-]+){0,3}"
            + "(?:,\\s+(?:who|whose)\\s[^,]+)?");
    /** A name of two to four capitalised words set apart by a comma, then the words: "Gulmira Abdrakhmanova, the ...". */
    private static final Pattern NAME_THEN_WORDS = Regexes.compile("(?<name>\\p{Lu}[\\p{L}'\u2019-]+(?:\\s+\\p{Lu}"
            + "[\\p{L}'\u2019-]+){1,3}),\\s+(?<text>.+)");
    private static final List<String> PARTICIPLE_CUES = List.of("warning", "saying", "arguing", "claiming",
            "insisting", "stressing", "noting", "adding", "complaining");
    /** Reported words after a participle of a verb of saying, whose speaker is the sentence's subject. */
    private static final Pattern PARTICIPLE_CUE = Regexes.compile("^(?<head>[^\"\u201c\u201d]{3,300}?),?\\s+"
            + "(?<cue>" + String.join("|", PARTICIPLE_CUES) + ")\\s+"
            // "saying Tiraspol had turned down ...": without "that", only where a clause's subject follows
            // or a plural noun and its verb: "saying journalists are free to work"
            + "(?:that\\s+|(?=(?:\\p{Lu}|the\\s|it\\s|he\\s|she\\s|they\\s|there\\s|this\\s"
            + "|\\p{Ll}+s\\s+(?:are|were|have|had|would|will|could|should|must|did|do)\\s)))"
            + "(?<text>.{3,}?)[.!?]?$");
    /**
     * "The news agency Tanjug quoted a Yugoslav army officer as saying that": whom it quoted is who spoke (in the
     * passive, "X was quoted by the agency as saying", the subject is).
     */
    private static final Pattern QUOTED_AS = Regexes.compile("(?<!\\b(?:was|were|is|are|been|being)\\s)\\bquoted\\s+"
            + "(?!by\\s)(?<who>[^,;\"\u201c\u201d]{3,120}?)\\s+as$");
    /** "denied that ..., insisting that ...": a participle of saying after the words reports more of the speaker's. */
    private static final Pattern PARTICIPLE_AFTER = Regexes.compile(",\\s+(?<cue>" + String.join("|", PARTICIPLE_CUES)
            + ")\\s+that\\s+(?<text>.{3,})$");
    /** The same after a quote and whom it was said by: "“...,” she said, adding that ...". */
    private static final Pattern PARTICIPLE_AFTER_QUOTE = Regexes.compile("^\\s*,?\\s*(?<cue>"
            + String.join("|", PARTICIPLE_CUES) + ")\\s+that\\s+(?<text>[^\"\u201c\u201d]{3,})");
    /** What a body keeps of its own that it is cited by: "according to its figures". */
    private static final String RECORDS = "(?:figures|data|records|statistics|estimates?|count|calculations|website)";
    /** "..., according to its own figures, ...": what a body says of itself, its subject the speaker. */
    private static final Pattern OWN_RECORDS = Regexes.compile("^(?<text>[^\"\u201c\u201d]{3,}?),\\s+according to "
            + "(?:(?:its|their)\\s+(?:own\\s+)?" + RECORDS
            // "according to a statement from its management"
            + "|(?:an?|the)\\s+(?:statement|report|notice)\\s+(?:from|by)\\s+(?:its|their)\\s+[\\p{Ll} ]{3,40}?)"
            + "(?:,\\s.*?)?[.!?]?$");
    /** "According to its figures, each journey costs ...": the records of the body just named. */
    private static final Pattern OWN_RECORDS_FIRST = Regexes.compile("^According to (?:its|their)\\s+(?:own\\s+)?"
            + RECORDS + ",\\s+"
            + "(?<text>[^\"\u201c\u201d]{3,}?)[.!?]?$");
    private static final Set<String> INTERRUPTING_CUES = Set.of("said", "says", "added", "argued", "explained",
            "insisted", "believes", "thinks", "warned");
    /**
     * "Much of the water, he said, was lost upstream.": reported speech with its speaker and cue inside it, commas
     * before it maybe ("The long, wet winter, he said, had let the mites spread").
     */
    private static final Pattern INTERRUPTED = Regexes.compile("^(?<head>[^;:\"\u201c\u201d]{3,160}?),\\s+"
            + "(?<speaker>he|she|\\p{Lu}[\\p{L}'\u2019-]+(?:\\s+\\p{Lu}[\\p{L}'\u2019-]+){0,2})\\s+"
            + "(?<cue>" + String.join("|", new java.util.TreeSet<>(INTERRUPTING_CUES))
            + "|told\\s+(?:IWPR|reporters|journalists|(?:a|an|the)\\s+[\\p{L}-]+(?:\\s+[\\p{L}-]+){0,3}))"
            + "(?:\\s+" + WHEN + ")?,\\s+"
            // the words after it may quote a phrase: "could not have “two monetary systems on one territory”"
            + "(?<tail>\\p{Ll}.{2,}?)[.!?]?$");
    /** A phrase of a preposition that opens a sentence before its clause: "At that pace", "Without new machines". */
    private static final Pattern LEADING_PHRASE = Regexes.compile("^(?:At|In|With|By|For|Without|Under|On|Despite|Like"
            + "|Unlike|Given|Beyond|Within|Through|Over|Among|Against|Instead\\s+of|Because\\s+of|Thanks\\s+to)\\s+"
            + "[^,;\"\u201c\u201d]{1,40}$");
    /**
     * How the words after an interrupting attribution go on the words before it ("Much of the water, he said, was
     * lost"): a verb. Anything else after it ("..., he told reporters, much of it paid by donors") is an aside.
     */
    private static final Pattern CONTINUES_CLAUSE = Regexes.compile("^(?:(?:\\p{Ll}+ly|never|still|also|often|just"
            // "Some, she said, simply stopped going.": an adverb before the verb
            + "|only|even|already|rarely|hardly)\\s+)?(?:is|are|was|were|has|have|had|will|would|"
            + "can|could|may|might|must|should|cannot|did|does|do|\\p{Ll}+ed"
            // the past of verbs that do not end so: "Many families, he said, left for Russia."
            + "|left|went|came|took|gave|got|made|sold|paid|lost|kept|fell|grew|became|began|ran|found|felt|stood|sent"
            + "|spent|brought|bought|built|held|knew|saw|thought|fled|fought|won|broke|chose|drove|flew|hid|meant|met"
            + "|rose|sat|slept|spoke|stole|taught|wrote|shut|cut|put|set|let|quit"
            // "He did not report it, he said, because ...": a subordinate clause of the words
            + "|because|since|although|though|unless|so|after|before|when|while|until|once|if|whereas|provided"
            + "|as\\s+(?:long|soon|far)\\s+as|even\\s+(?:if|though|when))\\b");
    /** "Remittances fell by a quarter, according to the national bank." */
    private static final Pattern TRAILING_ACCORDING_TO = Regexes.compile(
            "^(?<text>[^\"\u201c\u201d]{3,}?),\\s+according to " + FIGURES_FROM + "(?<speaker>[^,;\"\u201c\u201d]{2,160}?"
                    // "..., according to Eka Gigauri, head of Transparency International Georgia.", "..., according
                    // to the court's registrar, Okello Denis Obol.", "..., according to his wife, Cholpon, who keeps
                    // the accounts."
                    + "(?:,\\s+[^,;\"\u201c\u201d]{2,160}?){0,2})" + FIGURES_AFTER + "[.!?]?$");
    /**
     * "X said (that) ...": what follows the speaker, from the cue on. It is tried where a word that may begin a cue
     * follows the speaker's words and white space ({@link #reportedSpeech}): the first such place where it matches,
     * as a lazy {@code ^(?<pre>.{1,300}?)\s+} before it would find, without trying every cue at every character.
     */
    static final Pattern REPORTED = Regexes.compile(
            "(?<cue>" + CUE_WORDS + ")(?:,\\s*\\p{Ll}+,)?(?:\\s+(?<that>that|how|whether))?\\s+"
                    // "warned that “a generation ...”": after "that", the words may open with a quote
                    + "(?<text>(?<=that\\s)[\"\u201c].{2,}?|[^\\s\"\u201c].{2,}?)[.!?]?$");
    /** A call sign in quotation marks: "call sign "Moryak"". */
    private static final Pattern QUOTED_CALL_SIGN = Regexes.compile("call\\s+sign\\s+[\"\u201c][^\"\u201c\u201d]{1,30}[\"\u201d]");
    /** Words that end inside a clause about someone, opened after a comma: "X, who has" (before "promised to"). */
    private static final Pattern OPEN_RELATIVE = Regexes.compile(",\\s+(?:who|which)\\b[^,]*$");
    /** A form of "be" just before a cue, which makes the cue a passive participle. */
    private static final Pattern PASSIVE_AUXILIARY = Regexes.compile("(?:^|\\s)(?:been|being|be|was|were|is|are)$");
    /** A speaker that is "he" or "she" after words and a comma: the words are what was said. */
    private static final Pattern PRONOUN_AFTER_WORDS = Regexes.compile("\\S,\\s+(?:he|she)$");
    /** How many cue words in one sentence are tried for a speaker before it: each try resolves a speaker. */
    private static final int MOST_CUES_TRIED = 3;
    /** The most characters of the speaker's words before a cue. */
    private static final int MOST_BEFORE_CUE = 300;
    /**
     * Whom something was told, before what: "the court on Monday that ...", "a press conference that ...", "judges
     * at the tribunal this week that ...", "both sides that ...".
     */
    /** Those a court report or a briefing tells, whom "that" need not follow: "told the court the account matched". */
    private static final Pattern TOLD_HEARING = Regexes.compile("^(?<audience>(?:the\\s+)?(?:court|judges|tribunal"
            + "|chamber|hearing|jury|reporters|journalists))\\s+(?!that\\s)(?<text>\\S.+)$");
    private static final Pattern TOLD_AUDIENCE = Regexes.compile("^(?<audience>(?!(?:of|about|how|what)\\s)"
            + "(?:(?:the|a|an|his|her|their|both|all)\\s+)?[\\p{L}'\u2019-]+(?:\\s+[\\p{L}'\u2019-]+){0,3}?)"
            + "(?:\\s+(?:on|in|at|last|this)\\s+[^,;]{1,40}?)?\\s+that\\s+(?<text>.+)$");
    /**
     * What others made of the words, set apart after them: ", an account the rebels denied", "a claim the ministry
     * rejected". No attribution of its own, and no part of the words.
     */
    private static final String DISPUTED = "an?\\s+(?:account|claim|version|allegation|charge|assertion)\\s+[^,;]{2,80}?"
            + "\\b(?:denied|deny|denies|rejected|rejects|disputed|disputes|dismissed|dismisses|contested|contests)";
    private static final Pattern DISPUTED_AFTER = Regexes.compile(",\\s+" + DISPUTED + "$");
    private static final Pattern DISPUTED_ALONE = Regexes.compile("^" + DISPUTED + "[.!?]?$");
    /** Words before a cue that are a sentence's subject and the opening of a clause about it: "A blogger who". */
    private static final Pattern SUBJECT_WHO = Regexes.compile("^(?<who>(?:An?|One|Another)\\s+[^,;\"\u201c\u201d]{2,80}?)"
            + "\\s+who\\s*$");
    /**
     * Someone described, then "who" and the cue: "heard from a former child soldier who said ...", "IWPR spoke to a
     * mother of three from Vahdat, who said ...".
     */
    private static final Pattern RELATIVE_SPEAKER = Regexes.compile("(?:^|\\s)(?<who>(?:an?|one|another)\\s+"
            + "[^,;\"\u201c\u201d]{2,80}?)\\s*,?\\s+who\\s*$");
    /** To whom, before what: "to the witness that ...", "to reporters in Kabul that ...". */
    private static final Pattern TO_AUDIENCE = Regexes.compile("^to\\s+(?<audience>(?:(?:the|a|an|his|her|their)\\s+)?"
            + "[\\p{L}'\u2019-]+(?:\\s+[\\p{L}'\u2019-]+){0,3}?)\\s+that\\s+(?<text>.+)$");
    /** A verb right after "that", which makes "that" the subject of what was said, not its conjunction. */
    private static final Pattern STARTS_WITH_VERB = Regexes.compile("(?:was|is|were|are|would|will|had|has|could"
            + "|should|might|may|must)\\b");
    /** Words that are one quotation and nothing else. */
    private static final Pattern WHOLLY_QUOTED = Regexes.compile(OPEN + "([^\"\u201c\u201d]{2,})" + CLOSE + "[.!?]?");
    /** Told in the passive, who told after "by": "IWPR was told by a senior diplomat that ...". */
    private static final Pattern TOLD_BY = Regexes.compile("^[^\"\u201c\u201d]{2,80}?\\s+(?:was|were|had\\s+been|has\\s+been"
            + "|have\\s+been)\\s+told\\s+by\\s+(?<who>[^;\"\u201c\u201d]{3,120}?),?\\s+that\\s+(?<text>.{3,}?)[.!?]?$");
    /** Where the rest of a sentence ends. */
    private static final Pattern SENTENCE_REST = Regexes.compile("[.;!?](?:\\s|$)");
    /** How something was told, before "that": "by telephone from Almaty", "in an interview". */
    private static final Pattern HOW_TOLD = Regexes.compile("^(?:by\\s+(?:satellite\\s+|mobile\\s+)?(?:tele)?phone"
            + "|by\\s+e-?mail|by\\s+text\\s+message"
            + "|in\\s+an?\\s+(?:telephone\\s+|phone\\s+)?interview|over\\s+the\\s+phone"
            // "told IWPR through an interpreter that", "in sign language"
            + "|through\\s+(?:an?\\s+|her\\s+|his\\s+)?(?:interpreter|translator)|in\\s+sign\\s+language"
            + "|on\\s+condition\\s+of\\s+anonymity|anonymously|privately|in\\s+private"
            // "said only that", "said again that": how much or how often, no part of the words
            + "|only|simply|merely|just|again|repeatedly|publicly|openly|once\\s+more"
            // "said in a statement faxed to journalists that": how the statement was given out
            + "|(?:faxed|sent|e-?mailed|posted|issued|released|handed\\s+out)\\s+(?:to|on|by)\\s+[\\p{L}'\u2019-]+"
            + "(?:\\s+[\\p{L}'\u2019-]+){0,3}?"
            // where or when: "told reporters outside parliament that", "said after the vote that"
            + "|(?:outside|inside|at|after|before|during)\\s+(?:the\\s+|a\\s+)?[\\p{L}'\u2019-]+(?:\\s+[\\p{L}'\u2019-]+){0,3}?"
            // "said from exile in Europe that", "wrote from prison that"
            + "|from\\s+(?:exile|prison|jail|hiding|detention))"
            // "by phone from Almaty", "by phone from the Adré camp"
            + "(?:\\s+(?:from|in)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}-]*(?:\\s+[\\p{L}-]+){0,2}?)?\\s+that\\s+(?=\\S)");
    /**
     * A second verb of the same speaker after the words: "... and urged the court to ...". Only verbs of appeal: "and
     * demanded money" is as likely the words' own subject doing something.
     */
    static final Pattern SECOND_CUE = Regexes.compile("\\s+and\\s+(?:urged|called\\s+(?:on|for)|appealed"
            // "said Erbil had met every condition and accused Baghdad of ...": what the speaker did next
            + "|added|accused|blamed|critici[sz]ed|condemned|denounced|praised|thanked)\\s"
            // "said the camps would close, and offered families a grant": after a comma, the speaker's next act
            + "|,\\s+and\\s+(?:also\\s+)?\\p{Ll}+ed\\s"
            // "acknowledged that cultivation had risen, but blamed ...": the speaker's next act, after "but"
            + "|,\\s+but\\s+(?:also\\s+)?(?:added|blamed|accused|insisted|warned|said|argued|urged|denied|refused"
            + "|declined|critici[sz]ed|praised)\\s"
            // "warned that the situation is “precarious”, citing the loss of staff": why, not what was said
            + "|,\\s+citing\\s");
    /**
     * A cue in the present perfect ("has said", "have repeatedly said"), whose subject's next verb in that tense ends
     * the words ({@link #SECOND_PERFECT}): reported words are rarely in it.
     */
    /** What every match of {@link #SECOND_CUE} begins with: white space as {@code \\s} reads it, or a comma. */
    static final String SECOND_CUE_STARTS = " \t\n\u000b\f\r,";
    static final Pattern PERFECT_CUE = Regexes.compile("\\b(?:has|have)(?:\\s+\\p{Ll}+ly)?\\s*$");
    /**
     * A second verb of saying of the same speaker after the words, with words of its own after "that" (not "and said
     * that", which the words' own subject may as well have said).
     */
    private static final Pattern AND_THAT = Regexes.compile("\\s+and\\s+(?<cue>denied|insisted|warned|admitted"
            + "|acknowledged|stressed)\\s+that\\s+(?<text>.{3,}?)[.!?]?$");
    private static final Pattern SECOND_PERFECT = Regexes.compile("\\s+and\\s+(?:has|have)\\s+(?:\\p{Ll}+ly\\s+)?"
            + "\\p{Ll}+\\s");
    /** Cues whose audience may come before "that": "told the court that", "reminded both sides that". */
    private static final Set<String> AUDIENCE_CUES = Set.of("told", "reminded", "warned", "assured");
    /** Counsel's words to a witness, whom the cue names after it. */
    private static final String PUT_TO = "put it to ";
    private static final Pattern PULL_QUOTE_LINE = Regexes.compile(
            "^(?<name>\\p{Lu}[\\p{L}'\u2019.-]+(?:\\s+\\p{Lu}[\\p{L}'\u2019.-]+){1,3}),\\s+(?<role>[^.\"\u201c\u201d]{2,80})$");
    /** A sentence ends at . ! or ? before a capital or a quote (or a quote already blanked out as \\u0000). */
    private static final Pattern SENTENCE_END = Regexes.compile("(?<=[.!?])\\s+(?=[\\p{Lu}\"\u201c\u0000])");
    /** {@link #SENTENCE_END} with the mark that ends the sentence: found without a lookbehind at every character. */
    static final Pattern SENTENCE_GAP = Regexes.compile("[.!?]\\s+(?=[\\p{Lu}\"\u201c\u0000])");
    static final String SENTENCE_ENDS = ".!?";

    /** What is known while reading one article. */
    private static final class Context {
        final SpeakerResolver speakers;
        final List<Attribution> found = new ArrayList<>();
        Attribution last;

        Context(List<String> authors) {
            this.speakers = new SpeakerResolver(authors);
        }
    }

    /**
     * @param paragraphs the article body, one entry a paragraph
     * @param authors    the article's authors, who are never sources
     */
    public List<Attribution> extract(List<String> given, List<String> authors) {
        Context context = new Context(authors == null ? List.of() : authors);
        if (given == null) {
            return List.of();
        }
        // "Mariam (not her real name), who ...": the note is about the name, not part of the sentence
        List<String> paragraphs = given.stream().map(p -> p == null ? ""
                : p.indexOf('(') < 0 ? p : PSEUDONYM_NOTE.matcher(p).replaceAll("")).toList();
        boolean skipNext = false;
        for (int i = 0; i < paragraphs.size(); i++) {
            String paragraph = paragraphs.get(i) == null ? "" : paragraphs.get(i).strip();
            if (skipNext) {
                skipNext = false;
                continue;
            }
            context.speakers.learn(paragraph, i == 0);
            String next = i + 1 < paragraphs.size() ? paragraphs.get(i + 1).strip() : "";
            if (i == 1) {
                nameTheLede(paragraphs.get(0).strip(), paragraph, context);
            }
            skipNext = paragraph(paragraph, next, i, context);
        }
        if (paragraphs.size() == 1) {
            nameTheLede(paragraphs.get(0).strip(), "", context);
        }
        return List.copyOf(InterviewAnswers.ENGLISH.addTo(QuoteContinuation.splitReportedThenQuoted(context.found),
                paragraphs));
    }

    /**
     * The first paragraph's anonymous sources that the second names ("The wife of a jailed trade unionist says ...",
     * then "Tatsiana Sakalova last received ..."): that person, the description their role. A definite description
     * the second paragraph does not name is dropped ("The owner of a television station says ..." names no one yet).
     */
    private static void nameTheLede(String first, String second, Context context) {
        List<Attribution> found = context.found;
        for (int i = 0; i < found.size(); i++) {
            Attribution a = found.get(i);
            if (a.paragraph() != 0 || a.sourceKind() != SourceKind.ANONYMOUS) {
                continue;
            }
            Optional<SpeakerResolver.Speaker> named = context.speakers.namedAfterLede(a.source(), first, second);
            if (named.isPresent()) {
                found.set(i, new Attribution(named.get().name(), SourceKind.PERSON, named.get().role(), a.text(),
                        a.kind(), a.cue(), a.paragraph()));
            } else if (context.speakers.awaitsName(a.source())) {
                found.remove(i--);
            }
        }
        if (context.last != null && !found.contains(context.last)) {
            context.last = found.isEmpty() ? null : found.get(found.size() - 1);
        }
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
        for (int at = nextQuote(paragraph, 0); at >= 0; ) {
            int end = quoteEnd(paragraph, at);
            String text = clean(paragraph.substring(at + 1, end - 1));
            String ahead = paragraph.substring(end);
            String behind = paragraph.substring(0, at);
            quoted.add(text);
            int start = at;
            steps.add(Map.entry(start, () -> {
                if (!insideConsumedSentence(start, consumedQuotes, paragraph)) {
                    attributeDirect(text, behind, ahead, index, context);
                }
            }));
            for (int i = at; i < end; i++) {
                unquoted.setCharAt(i, '\u0000');
            }
            at = nextQuote(paragraph, end);
        }
        int sentenceStart = 0;
        Matcher boundary = SENTENCE_GAP.matcher(unquoted);
        while (true) {
            boolean more = Regexes.findBeginningWith(boundary, unquoted, sentenceStart, SENTENCE_ENDS);
            int sentenceEnd = more ? boundary.start() + 1 : unquoted.length();
            String masked = unquoted.substring(sentenceStart, sentenceEnd);
            String sentence = paragraph.substring(sentenceStart, sentenceEnd).strip();
            if (!masked.isBlank()) {
                int start = sentenceStart;
                // a sentence with a quote in it is reported speech only when its attribution comes first and
                // the quote is a phrase inside what is reported ("said the harvest relied on "volunteers"")
                steps.add(Map.entry(start, () -> {
                    boolean holdsQuote = masked.indexOf('\u0000') >= 0;
                    if (reported(sentence, holdsQuote, index, context)) {
                        consumedQuotes.add(start);
                    } else if (!holdsQuote) {
                        context.speakers.mentionedFirst(sentence);
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
            SpeakerResolver.Speaker speaker = context.speakers.resolve(line.group("name")).orElse(null);
            if (speaker != null && !isRepeat(speaker, quoted, context)) {
                quoted.forEach(t -> add(speaker, line.group("role").strip(), t, QuotationKind.DIRECT, null, index,
                        context));
            }
            return true;
        }
        if (before != null && before.paragraph() == index - 1
                && (before.kind() == QuotationKind.DIRECT || endsWithQuote(paragraph))) {
            // a quote paragraph right after a direct quote, with no attribution of its own, goes on with it; so
            // does a paragraph that is only a quote after reported words ("He said the price had doubled ...")
            quoted.forEach(t -> add(new SpeakerResolver.Speaker(before.source(), before.sourceKind(), null), null, t,
                    QuotationKind.DIRECT, null, index, context));
        }
        return false;
    }

    private void attributeDirect(String text, String before, String after, int index, Context context) {
        for (Pattern statementClause : List.of(AFTER_STATEMENT, AFTER_STATEMENT_FROM)) {
            Matcher statement = statementClause.matcher(after);
            if (statement.find()) {
                Optional<SpeakerResolver.Speaker> owner = context.speakers.organisationNamed(statement.group("owner").strip());
                if (owner.isPresent()) {
                    add(owner.get(), null, text, QuotationKind.DIRECT, statement.group("cue"), index, context);
                    return;
                }
            }
        }
        boolean cueAfter = mayHoldCue(after);
        Matcher oneOf = cueAfter && after.contains(" of ") ? AFTER_CUE_ONE_OF.matcher(after) : null;
        if (oneOf != null && oneOf.find()) {
            Optional<SpeakerResolver.Speaker> speaker = context.speakers.speaker(oneOf.group("who"))
                    .filter(s -> s.kind() == SourceKind.PERSON);
            if (speaker.isPresent()) {
                add(speaker.get(), speaker.get().role(), text, QuotationKind.DIRECT, oneOf.group("cue"), index, context);
                return;
            }
        }
        // (anchored, so tried without the scan for a cue: how it was said, "joked", is no cue's word)
        Matcher roleThenName = AFTER_CUE_ROLE_NAME.matcher(after);
        if (roleThenName.find()) {
            Optional<SpeakerResolver.Speaker> speaker = context.speakers.speaker(roleThenName.group("name"))
                    .filter(s -> s.kind() == SourceKind.PERSON);
            if (speaker.isEmpty() && roleThenName.group("name").indexOf(' ') < 0) {
                // "joked a keeper, Hamid,": a given name alone, made a person by what is said of them before it
                speaker = context.speakers.speaker(roleThenName.group("name") + ", " + roleThenName.group("role").strip())
                        .filter(s -> s.kind() == SourceKind.PERSON);
            }
            if (speaker.isPresent()) {
                String role = speaker.get().role() == null ? roleThenName.group("role").strip() : speaker.get().role();
                add(speaker.get(), role, text, QuotationKind.DIRECT, roleThenName.group("cue"), index, context);
                return;
            }
        }
        Matcher cueFirst = AFTER_CUE_SPEAKER.matcher(after);
        if (cueAfter && cueFirst.find()) {
            // "said a trader, who would give only his first name, Jean-Baptiste": the clause names the speaker (as
            // it does without the comma before it: "said a stallholder who gave only her first name, Halyna")
            Optional<SpeakerResolver.Speaker> speaker = cueFirst.group("role") != null
                    && cueFirst.group("role").contains(" name") || cueFirst.group("speaker").endsWith(" name")
                    ? context.speakers.speaker(SENTENCE_REST.split(after.substring(cueFirst.start("speaker")), 2)[0])
                            .filter(s -> s.kind() == SourceKind.PERSON)
                    : Optional.empty();
            if (speaker.isEmpty()) {
                speaker = context.speakers.speaker(cueFirst.group("speaker"));
            }
            if (speaker.isEmpty() && cueFirst.group("role") != null) {
                // "said Gulnara, a dried fruit seller": a given name alone, made a person by what follows it
                speaker = context.speakers.speaker(cueFirst.group("speaker") + ", " + cueFirst.group("role"));
            }
            if (speaker.isPresent()) {
                String given = cueFirst.group("role");
                String role = speaker.get().role();
                // "said Father Carlos Rodriguez, a Catholic priest in Gulu": the description says more than the title
                // before the name, as it does where the speaker opens the sentence (not a who-clause: "said
                // Psychologist X, who works with the schools")
                boolean titleOnly = role != null && cueFirst.group("speaker").startsWith(role + " ")
                        && !SpeakerResolver.RELATIVE_OPENING.matcher(given == null ? "" : given.strip()).lookingAt();
                if (speaker.get().kind() == SourceKind.PERSON && given != null && (role == null || titleOnly)) {
                    role = given.strip();
                }
                add(speaker.get(), role, text, QuotationKind.DIRECT, cueFirst.group("cue"), index, context);
                reportedAfterQuote(speaker.get(), after.substring(cueFirst.end()), index, context);
                return;
            }
        }
        Matcher speakerFirst = AFTER_SPEAKER_CUE.matcher(after);
        if (cueAfter && speakerFirst.find()) {
            Optional<SpeakerResolver.Speaker> speaker = context.speakers.speaker(speakerFirst.group("speaker"));
            if (speaker.isPresent()) {
                add(speaker.get(), speaker.get().role(), text, QuotationKind.DIRECT, speakerFirst.group("cue"), index,
                        context);
                reportedAfterQuote(speaker.get(), after.substring(speakerFirst.end()), index, context);
                return;
            }
        }
        Matcher manner = (text.endsWith("?") ? ASKED : AFTER_QUOTE_MANNER).matcher(after);
        if (manner.find()) {
            String phrase = manner.group("after") != null ? manner.group("after") : manner.group("before");
            Optional<SpeakerResolver.Speaker> speaker = context.speakers.speaker(phrase);
            if (speaker.isPresent()) {
                add(speaker.get(), speaker.get().role(), text, QuotationKind.DIRECT,
                        manner.group("cue") != null ? manner.group("cue") : manner.group("cue2"), index,
                        context);
                return;
            }
        }
        String clauseBefore = lastClause(before);
        Matcher asPutIt = AS_PUT_IT.matcher(clauseBefore);
        if (asPutIt.matches()) {
            Optional<SpeakerResolver.Speaker> speaker = context.speakers.speaker(asPutIt.group("speaker"));
            if (speaker.isPresent()) {
                add(speaker.get(), speaker.get().role(), text, QuotationKind.DIRECT, asPutIt.group("cue"), index,
                        context);
                return;
            }
        }
        Matcher inverted = COLON_AFTER_INVERTED_CUE.matcher(before);
        if (inverted.find()) {
            // "Said Mohammad Qasim, who sells carpets near the Blue Mosque: "..."": the verb first, then who, a colon
            Optional<SpeakerResolver.Speaker> speaker = context.speakers.speaker(inverted.group("speaker"));
            if (speaker.isPresent()) {
                add(speaker.get(), speaker.get().role(), text, QuotationKind.DIRECT, inverted.group("cue"), index,
                        context);
                return;
            }
        }
        Matcher beforeQuote = BEFORE_SPEAKER_CUE.matcher(clauseBefore);
        if (mayHoldCue(clauseBefore) && beforeQuote.find()) {
            Optional<SpeakerResolver.Speaker> speaker = context.speakers.speaker(beforeQuote.group("speaker"));
            if (speaker.isPresent()) {
                add(speaker.get(), speaker.get().role(), text, QuotationKind.DIRECT, beforeQuote.group("cue"), index,
                        context);
                return;
            }
        }
        Matcher characterised = CHARACTERISED.matcher(clauseBefore);
        // "rejected the reports as “slander”" names them; "rejected the “compromise”" only quotes a word of others
        if (characterises(clauseBefore) && characterised.find()
                && (!characterised.group("cue").endsWith("rejected") || REJECTED_AS.matcher(clauseBefore).find())) {
            // the last verb of naming before the quote ("Bolot Temirov, whose outlet was declared extremist, called
            // the law"), with its auxiliary ("has called")
            String who = characterised.group("speaker");
            String cue = Spaces.single(characterised.group("cue"));
            Matcher auxiliary = TRAILING_AUXILIARY.matcher(who);
            if (auxiliary.find()) {
                cue = auxiliary.group(1) + " " + cue;
                who = who.substring(0, auxiliary.start());
            }
            Optional<SpeakerResolver.Speaker> speaker = context.speakers.speaker(who);
            if (speaker.isPresent()) {
                add(speaker.get(), speaker.get().role(), text, QuotationKind.DIRECT, cue, index, context);
                return;
            }
        }
        // "...," Farhad said. "It has nothing to do with women." : a quote right after an attribution in the same
        // paragraph goes on with it, after a quote or after reported words ("..., Aliyeva said. "She told me: ...")
        Attribution last = context.last;
        if (last != null && last.paragraph() == index
                && ENDS_SENTENCE.matcher(before.strip()).matches() && !before.isBlank()) {
            add(new SpeakerResolver.Speaker(last.source(), last.sourceKind(), null), null, text, QuotationKind.DIRECT, null, index,
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
        Matcher records = OWN_RECORDS.matcher(sentence);
        if (sentence.contains("ccording to ") && records.matches()) {
            // "The committee received 90,000 claims, according to its own figures, ...": the subject's figures
            Optional<SpeakerResolver.Speaker> body = SpeakerResolver.subjectBeforeVerb(records.group("text"))
                    .flatMap(context.speakers::speaker).filter(s -> s.kind() == SourceKind.ORGANISATION);
            if (body.isPresent()) {
                add(body.get(), null, records.group("text"), QuotationKind.INDIRECT, "according to", index, context);
                return true;
            }
        }
        Matcher ownFirst = sentence.startsWith("According to ") ? OWN_RECORDS_FIRST.matcher(sentence) : null;
        if (ownFirst != null && ownFirst.matches()) {
            // "The transport department insists ... According to its figures, each journey costs ...": the body
            // last quoted or named
            Optional<SpeakerResolver.Speaker> body = context.speakers.speaker("it");
            if (body.isPresent()) {
                add(body.get(), null, ownFirst.group("text"), QuotationKind.INDIRECT, "according to", index, context);
                return true;
            }
        }
        Matcher according = ACCORDING_TO.matcher(sentence);
        if (sentence.contains("ccording to ") && according.matches() && according.group("role") == null
                && JOINED_AFTER.matcher(according.group("text")).lookingAt() && according.group("lead") != null
                && according.group("lead").strip().endsWith(",")
                && SPACES.split(according.group("lead").strip()).length >= 5) {
            // "More than 400,000 Georgians have debts, according to the bureau, and many say ...": the words before
            // "according to" are the speaker's; the clause joined after it is the writer's own
            Optional<SpeakerResolver.Speaker> speaker = context.speakers.speaker(according.group("speaker"));
            if (speaker.isPresent()) {
                String lead = according.group("lead").strip();
                add(speaker.get(), speaker.get().role(), lead.substring(0, lead.length() - 1), QuotationKind.INDIRECT,
                        "according to", index, context);
                return true;
            }
        }
        // (what follows the speaker's comma being a name alone, the speaker and the name close the sentence)
        // (what follows the speaker's comma being a clause about the speaker, the speaker closes the sentence too:
        // "..., according to an official, who asked not to be named.")
        if (sentence.contains("ccording to ") && according.matches() && !rolesTrailingSpeaker(according)
                && !NAME_CLOSING.matcher(according.group("text")).matches()
                && !according.group("text").startsWith("who ")) {
            // "According to Foro Penal, a Venezuelan human rights group, ...": a body named, then what kind it is
            Optional<SpeakerResolver.Speaker> body = according.group("role") == null ? Optional.empty()
                    : context.speakers.speaker(according.group("speaker") + ", " + according.group("role"))
                    .filter(s -> s.kind() == SourceKind.ORGANISATION);
            // "According to a spokeswoman for the ministry, Gulmira Abdrakhmanova, ...": who, then the name
            Matcher named = according.group("role") == null ? NAME_THEN_WORDS.matcher(according.group("text")) : null;
            Optional<SpeakerResolver.Speaker> describedThenNamed = named != null && named.matches()
                    && ROLE_START.matcher(according.group("speaker")).lookingAt()
                    ? context.speakers.speaker(according.group("speaker") + ", " + named.group("name"))
                    .filter(s -> s.kind() == SourceKind.PERSON && s.name().equals(named.group("name")))
                    : Optional.empty();
            Optional<SpeakerResolver.Speaker> speaker = body.isPresent() ? body : describedThenNamed.isPresent()
                    ? describedThenNamed : context.speakers.speaker(according.group("speaker"));
            if (speaker.isPresent()) {
                String role = speaker.get().role();
                String text = describedThenNamed.isPresent() ? named.group("text") : according.group("text");
                if (according.group("role") != null && body.isEmpty()) {
                    if (speaker.get().kind() == SourceKind.PERSON && role == null && isNounPhrase(according.group("role"))) {
                        role = according.group("role").strip();
                    } else if (!according.group("role").startsWith("which ")
                            && !(according.group("role").startsWith("who ")
                            && UnnamedPeople.WITHHOLDS_NAME.matcher(according.group("role")).find())) {
                        // not a role after all: the words run on from it, as written ("costs 4,000 afghanis")
                        text = sentence.substring(according.start("role"), according.end("text"));
                    }
                    // "According to the association, which is monitoring the trial, ...", "According to an official,
                    // who asked not to be named, ...": a clause about the speaker is no part of the words
                }
                add(speaker.get(), role, text, QuotationKind.INDIRECT, "according to", index, context);
                return true;
            }
        }
        Matcher trailing = TRAILING_ACCORDING_TO.matcher(sentence);
        if (!quoted && sentence.contains("ccording to ") && trailing.matches()) {
            Optional<SpeakerResolver.Speaker> speaker = context.speakers.speaker(trailing.group("speaker"));
            if (speaker.isPresent()) {
                add(speaker.get(), speaker.get().role(), trailing.group("text"), QuotationKind.INDIRECT, "according to",
                        index, context);
                return true;
            }
        }
        Matcher named = quoted || !mayCharacterise(sentence) ? null : NAMED_SO.matcher(sentence);
        // "X said the guards called the men out ...": what was called so is inside what X said, which is read below
        if (named != null && named.matches() && !SAID_BEFORE.matcher(named.group("speaker")).find()) {
            Optional<SpeakerResolver.Speaker> speaker = context.speakers.speaker(named.group("speaker"));
            if (speaker.isPresent()) {
                String text = named.group("text");
                // "described the strike as illegal and said it would ask a court ...": what was called so, then what
                // was said, both the speaker's
                Matcher andSaid = AND_SAID.matcher(text);
                String said = null;
                if (andSaid.find()) {
                    said = andSaid.group("text");
                    text = text.substring(0, andSaid.start());
                }
                Matcher second = SECOND_CUE.matcher(text);
                add(speaker.get(), speaker.get().role(), Regexes.findBeginningWith(second, text, 0, SECOND_CUE_STARTS)
                        ? text.substring(0, second.start()) : text,
                        QuotationKind.INDIRECT, Spaces.single(named.group("cue")), index, context);
                if (said != null) {
                    add(speaker.get(), speaker.get().role(), said,
                            QuotationKind.INDIRECT, andSaid.group("cue"), index, context);
                }
                return true;
            }
        }
        Matcher toldBy = sentence.contains(" told by ") ? TOLD_BY.matcher(sentence) : null;
        if (toldBy != null && toldBy.matches()) {
            // "IWPR was told by a senior western diplomat that ...": who told is after "by"
            Optional<SpeakerResolver.Speaker> speaker = context.speakers.speaker(toldBy.group("who"));
            if (speaker.isPresent()) {
                Matcher quotation = WHOLLY_QUOTED.matcher(toldBy.group("text"));
                boolean whole = quotation.matches();
                add(speaker.get(), speaker.get().role(), whole ? quotation.group(1) : toldBy.group("text"),
                        whole ? QuotationKind.DIRECT : QuotationKind.INDIRECT, "was told by", index, context);
                return true;
            }
        }
        if (!mayHoldCue(sentence)) {
            return participleReported(sentence, quoted, index, context); // the patterns below need a cue word
        }
        if ((!quoted || quotesAPhraseInside(sentence)) && trailingReported(sentence, index, context)) {
            return true;
        }
        Matcher reported = REPORTED.matcher(sentence);
        int pre = reportedSpeech(reported, sentence);
        Optional<SpeakerResolver.Speaker> described = Optional.empty();
        Matcher subjectWho = pre > 0 ? SUBJECT_WHO.matcher(sentence.substring(0, pre)) : null;
        if (subjectWho != null && subjectWho.matches()) {
            // "A blogger who writes about technology said ...": a clause that opens the sentence describes its
            // subject, whose verb is a later cue; when none names a speaker, the clause's cue is read as before
            int later = wordsBeforeCue(reported, sentence, pre + 1, MOST_BEFORE_CUE, "");
            described = later > 0 && !hasQuote(sentence.substring(0, later)) && !isPassive(sentence, later, reported)
                    ? context.speakers.speaker(sentence.substring(0, later)) : Optional.empty();
            if (described.isPresent()) {
                pre = later;
            } else {
                wordsBeforeCue(reported, sentence, pre, pre, ""); // the matcher back at the clause's cue
                // "A nurse who says she has not been paid": the nurse says it
                described = context.speakers.speaker(subjectWho.group("who"));
            }
        }
        // "Kosovo, he told a news conference, could not ...": an attribution inside the words, read below
        Optional<SpeakerResolver.Speaker> reporter = described.isPresent() ? described
                : pre > 0 && !hasQuote(sentence.substring(0, pre))
                && !(PRONOUN_AFTER_WORDS.matcher(sentence.substring(0, pre)).find()
                && INTERRUPTED.matcher(sentence).matches()) && !isPassive(sentence, pre, reported)
                ? context.speakers.speaker(sentence.substring(0, pre)) : Optional.empty();
        Matcher relative = pre > 0 && reporter.isEmpty() ? RELATIVE_SPEAKER.matcher(sentence.substring(0, pre)) : null;
        if (relative != null && relative.find()) {
            // "The court heard from a former child soldier who said ...": who said is whom the clause is about
            reporter = context.speakers.speaker(relative.group("who"));
        }
        // "A reporter in Matagalpa, who writes for an exile site under a false name, told IWPR that ...": a cue word
        // inside a clause about the speaker ("writes") names no one; the next cue after it may
        // "X, who has promised to veto the bill, said that ...": a cue inside a clause about the speaker, still open,
        // is the clause's; the verb after the clause is tried first, the clause's cue kept when none follows
        int inClause = pre > 0 && reporter.isPresent() && OPEN_RELATIVE.matcher(sentence.substring(0, pre)).find()
                ? pre : 0;
        Optional<SpeakerResolver.Speaker> clauseReporter = reporter;
        if (inClause > 0) {
            reporter = Optional.empty();
        }
        for (int tries = 1; pre > 0 && reporter.isEmpty() && tries < MOST_CUES_TRIED; tries++) {
            pre = wordsBeforeCue(reported, sentence, pre + 1, MOST_BEFORE_CUE, "");
            reporter = pre > 0 && !hasQuote(sentence.substring(0, pre)) && !isPassive(sentence, pre, reported)
                    ? context.speakers.speaker(sentence.substring(0, pre)) : Optional.empty();
        }
        if (inClause > 0 && reporter.isEmpty()) {
            pre = wordsBeforeCue(reported, sentence, inClause, inClause, "");
            reporter = clauseReporter;
        }
        if (pre > 0 && !ONLY_WHEN.matcher(reported.group("text")).matches()
                && !NOTHING_REPORTED.matcher(reported.group("text")).matches()
                && !DENIED_WITHOUT_WORDS.matcher(reported.group("text")).matches()
                && !WHEN_THEN_COLON.matcher(reported.group("text")).lookingAt()) {
            // "..., he told reporters in August, much of it ...": an attribution set inside the words, read below
            Optional<SpeakerResolver.Speaker> speaker = reporter;
            if (speaker.isPresent() && !WHEN_ASIDE.matcher(reported.group("text")).lookingAt()) {
                String words = LEADING_CUE.matcher(reported.group("text")).replaceFirst("");
                Matcher when = LEADING_TIME.matcher(words);
                boolean that = when.lookingAt() || "that".equals(reported.group("that"));
                String text = when.replaceFirst("");
                Matcher day = that ? null : DAY_OF_SAYING.matcher(text);
                if (day != null && day.lookingAt()) {
                    text = text.substring(day.end()); // "said on Monday it had sold ...": when it was said
                }
                if ("that".equals(reported.group("that")) && STARTS_WITH_VERB.matcher(text).lookingAt()) {
                    text = "that " + text; // "said that was a question for ...": "that" is what was said of
                }
                Matcher how = HOW_TOLD.matcher(text);
                if (!that && how.lookingAt()) {
                    text = text.substring(how.end()); // "told IWPR by telephone from Almaty that ..."
                    that = true;
                }
                // "told IWPR the arrears would be cleared and denied that ...": a second report, its own words
                Matcher andThat = AND_THAT.matcher(text);
                boolean reportedAgain = andThat.find();
                if (reportedAgain) {
                    text = text.substring(0, andThat.start());
                }
                Matcher second = SECOND_CUE.matcher(text);
                if (Regexes.findBeginningWith(second, text, 0, SECOND_CUE_STARTS)) {
                    text = text.substring(0, second.start()); // "said the trial was overdue and urged ..."
                }
                Matcher perfect = SECOND_PERFECT.matcher(text);
                if (inPerfect(sentence.substring(0, pre)) && perfect.find()) {
                    text = text.substring(0, perfect.start()); // "has said the law is ... and has frozen ..."
                }
                String cue = reported.group("cue");
                Matcher audience = !that && AUDIENCE_CUES.contains(cue) ? TOLD_AUDIENCE.matcher(text) : null;
                if (audience != null && !audience.matches() && cue.equals("told")) {
                    audience = TOLD_HEARING.matcher(text); // "told the court the account matched ...", no "that"
                }
                if (audience != null && audience.matches()) {
                    // "told the court (on Monday) that ...": whom it was told is part of the cue, not of the words
                    cue = cue + " " + audience.group("audience");
                    text = audience.group("text");
                    that = true;
                }
                text = DISPUTED_AFTER.matcher(text).replaceFirst("");
                Matcher addressed = !that && text.startsWith("to ") ? TO_AUDIENCE.matcher(text) : null;
                if (addressed != null && addressed.matches()) {
                    // "suggested to the witness that", "explained to reporters that": whom it was said to
                    cue = cue + " to " + addressed.group("audience");
                    text = addressed.group("text");
                    that = true;
                }
                if (!that && THAT_CUES.contains(cue)) {
                    return participleReported(sentence, quoted, index, context); // "wrote a report warning that"
                }
                Matcher quotation = WHOLLY_QUOTED.matcher(text);
                if (that && quotation.matches()) {
                    // "told parliament that “there is no reason ...”": the words themselves, quoted
                    add(speaker.get(), speaker.get().role(), quotation.group(1), QuotationKind.DIRECT, cue, index,
                            context);
                    return true;
                }
                // "denied that ..., insisting that ...": two reports; "echoed this view, noting that ...": the
                // words are the participle's only
                Matcher more = PARTICIPLE_AFTER.matcher(text);
                boolean saidMore = more.find();
                if (saidMore) {
                    text = text.substring(0, more.start());
                }
                if (that || !saidMore) {
                    add(speaker.get(), speaker.get().role(), text, QuotationKind.INDIRECT, cue, index, context);
                }
                if (saidMore) {
                    add(speaker.get(), speaker.get().role(), more.group("text"), QuotationKind.INDIRECT,
                            more.group("cue"), index, context);
                }
                if (reportedAgain) {
                    add(speaker.get(), speaker.get().role(), andThat.group("text"), QuotationKind.INDIRECT,
                            andThat.group("cue"), index, context);
                }
                return true;
            }
        }
        Matcher inverted = INVERTED.matcher(sentence);
        if (!quoted && inverted.matches() && !FINITE_CLAUSE.matcher(inverted.group("speaker")).find()) {
            Optional<SpeakerResolver.Speaker> speaker = context.speakers.speaker(inverted.group("speaker"));
            if (speaker.isPresent()) {
                add(speaker.get(), speaker.get().role(), inverted.group("text"), QuotationKind.INDIRECT,
                        inverted.group("cue"), index, context);
                return true;
            }
        }
        Matcher interrupted = INTERRUPTED.matcher(sentence);
        if ((cueBeforeComma(sentence) || sentence.contains(" told ")) && interrupted.matches()) {
            Optional<SpeakerResolver.Speaker> speaker = context.speakers.speaker(interrupted.group("speaker"));
            if (speaker.isPresent()) {
                String tail = interrupted.group("tail");
                // "Last Tuesday, she says, officers loaded ...": when it happened, then the words
                // "At that pace, he said, it would take decades ...": a phrase that opens the words, then their clause
                String text = TIME_ALONE.matcher(interrupted.group("head")).matches() ? tail
                        : CONTINUES_CLAUSE.matcher(tail).lookingAt() ? interrupted.group("head") + " " + tail
                        : LEADING_PHRASE.matcher(interrupted.group("head")).matches()
                        ? interrupted.group("head") + ", " + tail
                        : interrupted.group("head");
                add(speaker.get(), speaker.get().role(), text, QuotationKind.INDIRECT,
                        Spaces.single(interrupted.group("cue")), index, context);
                return true;
            }
        }
        return participleReported(sentence, quoted, index, context);
    }

    /**
     * "A hydrologist ..., Abdelwanees Ashoor, published a paper in 2022 warning that the dams needed ...": words
     * reported after a participle of a verb of saying, the sentence's subject their speaker; tried when no cue
     * attributed the sentence ("echoed this view, noting that ..." is the echo's words).
     */
    private boolean participleReported(String sentence, boolean quoted, int index, Context context) {
        Matcher participle = quoted && !quotesAPhraseInside(sentence) || !holdsParticipleCue(sentence) ? null
                : PARTICIPLE_CUE.matcher(sentence);
        if (participle == null || !participle.matches()) {
            return false;
        }
        Matcher quotedAs = "saying".equals(participle.group("cue")) ? QUOTED_AS.matcher(participle.group("head"))
                : null;
        Optional<SpeakerResolver.Speaker> speaker = quotedAs != null && quotedAs.find()
                ? context.speakers.speaker(quotedAs.group("who"))
                : context.speakers.subjectOf(participle.group("head"));
        if (speaker.isEmpty()) {
            return false;
        }
        add(speaker.get(), speaker.get().role(), participle.group("text"), QuotationKind.INDIRECT,
                participle.group("cue"), index, context);
        return true;
    }

    /**
     * Whether "according to" closes its sentence with who the speaker is, the words before it ("Wheat imports rose
     * by a fifth, according to Bakhrom Nazarov, a grain trader in Khujand."), rather than opening what follows
     * ("In 2023, according to the bank, remittances fell"): a statement of five words or more before it, and a
     * description without a verb after the speaker.
     */
    private static boolean rolesTrailingSpeaker(Matcher according) {
        String lead = according.group("lead");
        String after = according.group("text");
        return lead != null && lead.strip().endsWith(",") && SPACES.split(lead.strip()).length >= 5
                && ROLE_START.matcher(after).lookingAt() && isNounPhrase(after);
    }

    /** Whether a cue of {@link #INTERRUPTED} stands right before a comma: the pattern is tried only then. */
    private static boolean cueBeforeComma(String sentence) {
        for (int comma = sentence.indexOf(','); comma > 0; comma = sentence.indexOf(',', comma + 1)) {
            int start = comma;
            while (start > 0 && Character.isLowerCase(sentence.charAt(start - 1))) {
                start--;
            }
            if (INTERRUPTING_CUES.contains(sentence.substring(start, comma))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Words, speaker cue [when]." : the speaker and cue after the sentence's last comma, the words before it (at
     * least three characters, no quotation marks); true when it is that and the speaker is known.
     */
    private boolean trailingReported(String sentence, int index, Context context) {
        int comma = sentence.lastIndexOf(", ");
        // "..., the regulator announced on Tuesday, the second increase this year.": what the words were, after
        // the attribution
        // the words before are a sentence of their own (four words or more) and the speaker is named, not "he": "This
        // year, he said, the grass ran out" is the words interrupted by their attribution
        if (comma > 0 && AFTERTHOUGHT.matcher(sentence.substring(comma + 2)).matches()
                && !TRAILING_REPORTED.matcher(sentence.substring(comma + 2)).find()) {
            int end = comma;
            comma = sentence.lastIndexOf(", ", end - 1);
            String attribution = comma < 0 ? "" : sentence.substring(comma + 2, end);
            return comma >= 3 && SPACES.split(sentence.substring(0, comma).strip()).length >= 4
                    && !PRONOUN_FIRST.matcher(attribution).lookingAt()
                    && trailingReported(sentence.substring(0, end), index, context);
        }
        if (comma < 3 || hasQuote(sentence.substring(0, comma)) && !quotesAPhraseInside(sentence)) {
            return false;
        }
        String tail = sentence.substring(comma + 2).strip();
        if (DISPUTED_ALONE.matcher(tail).matches()) {
            return false; // "..., an account the rebels denied": what others made of the words, not who said them
        }
        Matcher trailing = TRAILING_REPORTED.matcher(tail);
        int named = mayHoldCue(tail) ? wordsBeforeCue(trailing, tail, 2, MOST_TRAILING_SPEAKER,
                NOT_IN_TRAILING_SPEAKER) : 0;
        if (named == 0) {
            return roleAndNameBeforeCue(sentence, comma, tail, index, context);
        }
        if (THAT_CUES.contains(trailing.group("cue"))) {
            return false;
        }
        Optional<SpeakerResolver.Speaker> speaker = context.speakers.speaker(tail.substring(0, named));
        if (speaker.isEmpty()) {
            return false;
        }
        add(speaker.get(), speaker.get().role(), sentence.substring(0, comma), QuotationKind.INDIRECT,
                trailing.group("cue"), index, context);
        return true;
    }

    /**
     * "..., its deputy director, Marat Suleimenov, told IWPR.": the words (a sentence of its own, four words or more),
     * then who said them set apart in two parts, what the person is and the name, then the cue alone; true when it is
     * that and the person is known.
     */
    private boolean roleAndNameBeforeCue(String sentence, int comma, String tail, int index, Context context) {
        Matcher cue = CUE_ALONE.matcher(tail);
        int nameComma = cue.matches() ? sentence.lastIndexOf(", ", comma - 1) : -1;
        int roleComma = nameComma < 0 ? -1 : sentence.lastIndexOf(", ", nameComma - 1);
        if (roleComma < 3 || SPACES.split(sentence.substring(0, roleComma).strip()).length < 4) {
            return false;
        }
        String name = sentence.substring(nameComma + 2, comma).strip();
        String role = sentence.substring(roleComma + 2, nameComma).strip();
        Optional<SpeakerResolver.Speaker> speaker = NAME_ALONE.matcher(name).matches()
                && TRAILING_ROLE_START.matcher(role).lookingAt() && !VERB.matcher(role).find()
                ? context.speakers.speaker(role + ", " + name).filter(s -> s.kind() == SourceKind.PERSON)
                : Optional.empty();
        if (speaker.isEmpty()) {
            return false;
        }
        add(speaker.get(), speaker.get().role() == null ? role : speaker.get().role(),
                sentence.substring(0, roleComma), QuotationKind.INDIRECT, cue.group("cue"), index, context);
        return true;
    }

    /**
     * Whether the cue the matcher holds, after the first {@code pre} characters, is a passive participle: "staff
     * have been warned against ...", "he was told to leave": its subject was spoken to, and said nothing.
     */
    private static boolean isPassive(String sentence, int pre, Matcher cue) {
        return pre > 0 && PASSIVE_AUXILIARY.matcher(sentence.substring(Math.max(0, pre - 8), pre)).find()
                && !cue.group("cue").endsWith("ing");
    }

    /**
     * Whether the words before a cue end in "has" or "have" ({@link #PERFECT_CUE}); the pattern, with its boundary
     * written for every script, is searched only in words that hold one of them.
     */
    static boolean inPerfect(String before) {
        return (before.contains("has") || before.contains("have")) && PERFECT_CUE.matcher(before).find();
    }

    /**
     * Where reported speech's speaker ends: the length of the words before the white space that precedes a match of
     * {@link #REPORTED} (1 to {@link #MOST_BEFORE_CUE} characters, none of them a line's end), the first one there
     * is, with the matcher holding it; 0 when there is none.
     */
    static int reportedSpeech(Matcher rest, String sentence) {
        return wordsBeforeCue(rest, sentence, 1, MOST_BEFORE_CUE, "");
    }

    /**
     * The length of the first run of words, {@code fewest} to {@code most} characters, none of them a line's end or
     * one of {@code excluded}, after which white space and a match of the matcher's pattern (from a letter a cue
     * may begin with to the end) follow; 0 when there is none. The matcher holds the match.
     */
    static int wordsBeforeCue(Matcher rest, String sentence, int fewest, int most, String excluded) {
        int length = sentence.length();
        int tried = -1;
        for (int pre = 1; pre <= most && pre < length; pre++) {
            char last = sentence.charAt(pre - 1);
            if (isLineEnd(last) || excluded.indexOf(last) >= 0) {
                return 0; // no longer run of the speaker's words can hold it
            }
            if (pre < fewest || !Spaces.isSpace(sentence.charAt(pre))) {
                continue;
            }
            int cue = pre;
            while (cue < length && Spaces.isSpace(sentence.charAt(cue))) {
                cue++;
            }
            if (cue == tried || cue == length || !CUE_STARTS.contains(wordAt(sentence, cue))) {
                continue;
            }
            tried = cue;
            rest.region(cue, length);
            if (rest.matches()) {
                return pre;
            }
        }
        return 0;
    }

    /**
     * The letters from {@code at} on: where a cue matches, its first word (a cue's words are letters, followed by
     * white space, a comma or the sentence's end: "..., the national bank said.").
     */
    private static String wordAt(String text, int at) {
        int end = at;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(at, end);
    }

    /** A line's end, which {@code .} does not match. */
    private static boolean isLineEnd(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** Whether a clause has a verb that names something in the speaker's words ("called", "described"). */
    private static boolean characterises(String clause) {
        return clause.contains("called") || clause.contains("described") || clause.contains("dubbed")
                || clause.contains("branded") || clause.contains("labell") || clause.contains("labeled")
                || clause.contains("termed") || clause.contains("dismissed") || clause.contains("denounced")
                || clause.contains("condemned") || clause.contains("characteri") || clause.contains("portrayed")
                || clause.contains("rejected") || clause.contains("declared") || clause.contains("accused");
    }

    /** "a presenter who has covered six elections" is a role; "the situation is bad" is a clause. */
    private static boolean isNounPhrase(String phrase) {
        String main = RELATIVE_CLAUSE.matcher(phrase).replaceAll("");
        return !VERB.matcher(main).find() && !MEASURING_VERB.matcher(main).find();
    }

    /** Whether {@link #PARTICIPLE_CUE} is worth trying: one of its participles is in the sentence as a word. */
    private static boolean holdsParticipleCue(String sentence) {
        for (String cue : PARTICIPLE_CUES) {
            for (int at = sentence.indexOf(cue); at >= 0; at = sentence.indexOf(cue, at + 1)) {
                if (at > 0 && sentence.charAt(at - 1) == ' ' && at + cue.length() < sentence.length()
                        && sentence.charAt(at + cue.length()) == ' ') {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@link #NAMED_SO} is worth trying: a verb of naming something is in the sentence. */
    private static boolean mayCharacterise(String sentence) {
        return sentence.contains("called ") || sentence.contains("described ") || sentence.contains("branded ")
                || sentence.contains("labelled ") || sentence.contains("labeled ") || sentence.contains("termed ")
                || sentence.contains("dubbed ") || sentence.contains("dismissed ");
    }

    /**
     * Whether a sentence's quote is a phrase inside words it reports, three words or more after the sentence's start
     * ("Volunteers now drive only before eight, when drone operators “seem to sleep”, she explained."), rather than a
     * quote of its own that the sentence opens with.
     */
    private static boolean quotesAPhraseInside(String sentence) {
        int open = -1;
        for (int i = 0; i < sentence.length() && open < 0; i++) {
            char c = sentence.charAt(i);
            open = c == '"' || c == '\u201c' ? i : -1;
        }
        return open > 0 && SPACES.split(sentence.substring(0, open).strip()).length >= 3;
    }

    private static boolean hasQuote(String text) {
        // a call sign in quotation marks is a name, not quoted words: "A soldier with the call sign "Moryak""
        String t = text.contains("call sign") ? QUOTED_CALL_SIGN.matcher(text).replaceAll("call sign") : text;
        return t.indexOf('"') >= 0 || t.indexOf('\u201c') >= 0 || t.indexOf('\u201d') >= 0;
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

    /**
     * Where the next quotation at or after {@code from} opens, or -1: a straight or opening curly mark with a closing
     * one after it and two characters or more between, none of them a quotation mark. A regular expression did this
     * and was the largest single cost of a page's quotation finding, trying itself at every character.
     */
    static int nextQuote(CharSequence text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '"' || c == '\u201c') && quoteEnd(text, i) > 0) {
                return i;
            }
        }
        return -1;
    }

    /** Where the quotation opening at {@code open} ends (after its closing mark), or -1 if it does not close. */
    static int quoteEnd(CharSequence text, int open) {
        int i = open + 1;
        while (i < text.length() && !isQuotationMark(text.charAt(i))) {
            i++;
        }
        if (i == text.length() || text.charAt(i) == '\u201c' || Character.codePointCount(text, open + 1, i) < 2) {
            return -1;
        }
        return i + 1;
    }

    private static boolean isQuotationMark(char c) {
        return c == '"' || c == '\u201c' || c == '\u201d';
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

    private static boolean isRepeat(SpeakerResolver.Speaker speaker, List<String> texts, Context context) {
        return context.found.stream().anyMatch(a -> a.source().equals(speaker.name())
                && texts.stream().anyMatch(t -> a.text().contains(t) || t.contains(a.text())));
    }

    private static void add(SpeakerResolver.Speaker speaker, String role, String text, QuotationKind kind, String cue, int index,
                            Context context) {
        String cleaned = clean(text);
        if (cleaned.isEmpty()) {
            return;
        }
        Matcher clause = role == null || speaker.kind() != SourceKind.PERSON ? null : WITHHOLDING_CLAUSE.matcher(role);
        if (clause != null && clause.matches() && UnnamedPeople.WITHHOLDS_NAME.matcher(clause.group("clause")).find()) {
            // "a student who asked that his surname not be used": the clause says he, and is no part of the role
            Matcher pronoun = POSSESSIVE_PRONOUN.matcher(clause.group("clause"));
            if (pronoun.find()) {
                context.speakers.referredToAs(speaker.name(), pronoun.group(1).equalsIgnoreCase("his") ? "he" : "she");
            }
            // "a roofer who has worked there for 15 years and asked that his surname not be used": what the clause
            // says of him before "and" is who he is
            String said = clause.group("clause");
            int joined = said.indexOf(" and ");
            role = joined > 0 && !UnnamedPeople.WITHHOLDS_NAME.matcher(said.substring(0, joined)).find()
                    && UnnamedPeople.WITHHOLDS_NAME.matcher(said.substring(joined)).find()
                    ? role.substring(0, role.length() - said.length() + joined) : clause.group("role");
        }
        if (role != null) {
            // "Among them was X, a 19-year-old student, who said ...": the pronoun of the clause that says it is no
            // part of who the person is
            role = DANGLING_RELATIVE.matcher(role).replaceFirst("");
            role = role.isEmpty() ? null : role;
        }
        if (role == null && speaker.kind() == SourceKind.PERSON
                && context.found.stream().noneMatch(a -> a.source().equals(speaker.name()))) {
            // "Žigić told IWPR", after "led by Professor Izet Žigić": a person's first attribution has their title
            role = context.speakers.titleOf(speaker.name()).orElse(null);
        }
        // "put it to him that ...": words said to the person referred to before, who is whom "he replied" means next;
        // "put it to Stanić that ...": to the person named
        Optional<SpeakerResolver.Speaker> addressed = cue == null ? Optional.empty()
                : cue.endsWith(" him") || cue.endsWith(" her") ? context.speakers.lastPersonReferredTo()
                : cue.startsWith(PUT_TO) ? context.speakers.speaker(cue.substring(PUT_TO.length()))
                        .filter(p -> p.kind() == SourceKind.PERSON)
                : Optional.empty();
        addressed = addressed.filter(p -> !p.name().equals(speaker.name()));
        Attribution attribution = new Attribution(speaker.name(), speaker.kind(), role, cleaned, kind, cue, index);
        context.found.add(attribution);
        context.last = attribution;
        context.speakers.quoted(speaker.name(), speaker.kind(), role);
        addressed.ifPresent(context.speakers::answersNext);
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

    /**
     * "“...,” she said, adding that she had applied twice": more of the speaker's words, reported after a participle
     * of saying in the sentence that quoted them, to its end.
     */
    private void reportedAfterQuote(SpeakerResolver.Speaker speaker, String rest, int index, Context context) {
        Matcher more = PARTICIPLE_AFTER_QUOTE.matcher(rest);
        if (more.lookingAt()) {
            add(speaker, null, SENTENCE_REST.split(more.group("text"), 2)[0], QuotationKind.INDIRECT,
                    more.group("cue"), index, context);
        }
    }

    private static String clean(String text) {
        String stripped = Spaces.single(text).strip();
        int end = stripped.length();
        while (end > 0 && ",.;:".indexOf(stripped.charAt(end - 1)) >= 0) {
            end--;
        }
        return stripped.substring(0, end).strip();
    }

    /** An attribution by this cue right after a quote, its speaker after the cue or before it. */
    private static Pattern afterQuote(String cues) {
        return Regexes.compile("^\\s*(?:(?<cue>" + cues + ")\\s+(?<after>[^.;:!?\"\u201c\u201d]{2,200}?)"
                + "\\s*(?:[.;]|$)|(?<before>[^.;:!?,\"\u201c\u201d]{2,200}?)\\s+(?<cue2>" + cues + ")\\s*(?:[.;]|,\\s|$))");
    }
}
