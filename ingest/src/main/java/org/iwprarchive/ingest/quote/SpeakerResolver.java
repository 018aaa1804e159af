package org.iwprarchive.ingest.quote;

import static org.iwprarchive.ingest.quote.Names.ANY_ACRONYM;
import static org.iwprarchive.ingest.quote.Names.ARTICLE_PREFIX;
import static org.iwprarchive.ingest.quote.Names.CAPITALISED;
import static org.iwprarchive.ingest.quote.Names.CAPITALISED_RUN;
import static org.iwprarchive.ingest.quote.Names.FULL_NAME;
import static org.iwprarchive.ingest.quote.Names.LEADS;
import static org.iwprarchive.ingest.quote.Names.LONE_CAPITALISED;
import static org.iwprarchive.ingest.quote.Names.NOT_NAMES;
import static org.iwprarchive.ingest.quote.Names.PREFIXED_NAME;
import static org.iwprarchive.ingest.quote.Names.TITLES;
import static org.iwprarchive.ingest.quote.Names.capitalised;
import static org.iwprarchive.ingest.quote.Names.capitalisedWordBefore;
import static org.iwprarchive.ingest.quote.Names.endsAsATrade;
import static org.iwprarchive.ingest.quote.Names.isJobTitle;
import static org.iwprarchive.ingest.quote.Names.isLoneName;
import static org.iwprarchive.ingest.quote.Names.isNameToken;
import static org.iwprarchive.ingest.quote.Names.isTitle;
import static org.iwprarchive.ingest.quote.Names.particlesAfterName;
import static org.iwprarchive.ingest.quote.Names.startsSentence;
import static org.iwprarchive.ingest.quote.Names.wordBefore;
import static org.iwprarchive.ingest.quote.UnnamedPeople.BY_AGE_ALONE;
import static org.iwprarchive.ingest.quote.UnnamedPeople.DEFINITE_PERSON;
import static org.iwprarchive.ingest.quote.UnnamedPeople.INDEFINITE;
import static org.iwprarchive.ingest.quote.UnnamedPeople.LEADING_AGE;
import static org.iwprarchive.ingest.quote.UnnamedPeople.PERSON_NOUN;
import static org.iwprarchive.ingest.quote.UnnamedPeople.PERSON_NOUNS;
import static org.iwprarchive.ingest.quote.UnnamedPeople.WITHHOLDS_NAME;
import static org.iwprarchive.ingest.quote.UnnamedPeople.describedRole;
import static org.iwprarchive.ingest.quote.UnnamedPeople.isAnonymous;
import static org.iwprarchive.ingest.quote.UnnamedPeople.isDescribedPerson;
import static org.iwprarchive.ingest.quote.UnnamedPeople.isSomeoneDefinite;
import static org.iwprarchive.ingest.quote.UnnamedPeople.namesAPerson;
import static org.iwprarchive.ingest.quote.UnnamedPeople.someoneDescribed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iwprarchive.domain.source.SourceKind;
import org.iwprarchive.ingest.text.Regexes;

/**
 * Who a speaker phrase names, within one article: a full name with or without its role ("NATO spokeswoman
 * Stefanie Babst", "Rustam Jumaev, a spokesperson for ..."), a surname or "President Surname" that refers to a
 * full name met earlier in the article, he or she for the last source, an organisation, an anonymous description.
 * The article's authors are never speakers. One resolver reads one article, in order: what it has learnt of the
 * names so far is what a later mention refers to.
 */
final class SpeakerResolver {

    /** A resolved speaker: who, what kind, and the role this mention gives. */
    record Speaker(String name, SourceKind kind, String role) {
    }

    private static final Pattern TRAILING_COMMA = Regexes.compile(",$");
    private static final Pattern COMMA = Regexes.compile(",\\s*");
    static final Pattern STARTS_LOWER = Regexes.compile("\\p{Ll}");
    /**
     * A role before a name: "the newspaper's deputy editor", "His lawyer", "Georgia's public defender", "Human Rights
     * Watch's researcher".
     */
    private static final Pattern STARTS_DESCRIPTION = Regexes.compile("\\p{Ll}|(?:The|A|An|One|Another|His|Her|Their|Its)\\s"
            + "|(?:\\p{Lu}[\\p{L}-]*\\s+){0,3}\\p{Lu}[\\p{L}-]*['\u2019]s\\s+(?:\\p{Lu}[\\p{L}-]*\\s+){0,2}\\p{Ll}");
    static final Pattern SPACES = Regexes.compile("\\s+");
    private static final Pattern OWNER_ARTICLE = Regexes.compile("^(?:the|its|their)\\s+");
    private static final Pattern LEADING_ACRONYM = Regexes.compile("^(?:[Tt]he\\s+)?(\\p{Lu}{2,6})\\b");

    private static final QuoteLexicon LEXICON = QuoteLexicon.standard();
    /** The publisher, whom reporters tell things ("told IWPR"); never the body "the group" or "the office" is. */
    private static final String PUBLISHER = "IWPR";
    private static final Set<String> PORTFOLIO_WORDS = LEXICON.portfolioWords();
    /** The words that join an office to its field: "Minister of", "Labour and", "Commissioner for". */
    private static final Set<String> OFFICE_JOINERS = Set.of("of", "and", "for", "&");
    /** "who gave only her first name, Saltanat", "who gave his name as Farid": a given name, and no more. */
    private static final Pattern GAVE_GIVEN_NAME = Regexes.compile("who (?:gave|would give|agreed to give) (?:only )?"
            + "(?:his|her|their) (?:first |given )?name(?:,| as| only as)\\s+(\\p{Lu}[\\p{Ll}'\u2019]+(?:-\\p{L}[\\p{Ll}'\u2019]+)*)");
    /** Another name for a person just named, set apart: ", known as Hemedti", ", also known as ...". */
    private static final Pattern ALIAS_AFTER_NAME = Regexes.compile("(?<=\\p{Lu}[\\p{Ll}'\u2019-]{1,40}\\s\\p{Lu}[\\p{Ll}'\u2019-]{1,40}),"
            + "\\s+(?:also\\s+|better\\s+)?known\\s+as\\s+[^,]+(?=,|$)");
    /** A given name the article is allowed to use, set off by commas: "only her first name, Farzana, be used". */
    private static final Pattern FIRST_NAME_ONLY = Regexes.compile("\\b(?:his|her|their)\\s+(?:first|given)\\s+"
            + "name,\\s+(\\p{Lu}\\p{Ll}+),");
    /**
     * What follows a lone given name when it is a person introduced by it ("Gulnara, a dried fruit seller", "Zamira,
     * the mother of one of the defendants", "Aziz, 23"): a description of who the person is.
     */
    // "who" and "whose" are said of a person: "Mariam, who was 14 when the schools closed,", "Nurgul, whose husband
    // died in Russia,"
    private static final Pattern INTRODUCES_PERSON = Regexes.compile("^(?:an?\\s|\\d{1,3}\\b|who\\s|whose\\s"
            // "Salome, her manicurist": whose the person is, to someone named before
            + "|(?:his|her|their)\\s+\\p{Ll}|the\\s+(?:mother|father|"
            + "wife|husband|widow|son|daughter|brother|sister|uncle|aunt|grandmother|grandfather|owner|head|"
            + "leader|director|chairman|chairwoman)\\b)");
    /** An office and the words that say which: "the home affairs minister"; group 1 is the office. */
    private static final Pattern DESCRIBED_OFFICE = Regexes.compile("^[Tt]he\\s+(?:\\p{Ll}[\\p{Ll}'\u2019-]*\\s+){2,4}"
            + "(\\p{Ll}+)$");
    private static final Set<String> OFFICES = Set.of("minister", "president", "governor", "mayor", "ambassador",
            "ombudsman", "prosecutor", "spokesman", "spokeswoman", "spokesperson", "commander", "chairman",
            "chairwoman", "envoy", "judge", "director");
    /**
     * Who a person is to someone, right before their given name: "Her neighbour ", "his younger brother " (the
     * end of the text before the name); group 1 is the noun.
     */
    private static final Pattern RELATION_BEFORE = Regexes.compile("(?:^|[^\\p{L}])(?:[Hh]is|[Hh]er|[Tt]heir|[Oo]ur"
            + "|[Mm]y)\\s+(?:\\p{Ll}+\\s+)?(\\p{Ll}+)\\s+$");
    /** How far before a name {@link #RELATION_BEFORE} is looked for. */
    private static final int RELATION_REACH = 48;
    /**
     * A person introduced by a given name alone at the start of a sentence, with who they are or their age
     * ("Andriy, a builder who asked ...", "Fariba, 16, who gave ..."): later mentions of the name alone are them.
     */
    static final Pattern LONE_NAME_INTRODUCED = Regexes.compile("(\\p{Lu}\\p{Ll}{2,}),\\s+"
            // "Madina, his daughter,": whom the person is to someone named before
            + "(?:(?:an?|the|his|her|their)\\s+(?<description>(?:[\\p{L}\\d-]+\\s+){0,3}[\\p{L}-]+)|\\d{1,3},)");
    /**
     * A role-then-name mention's role that is a person's relation or occupation: "Her husband", "His lawyer",
     * "Nargiz's husband".
     */
    private static final Pattern PERSON_DESCRIPTION = Regexes.compile("^(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir"
            + "|\\p{Lu}[\\p{L}-]*['\u2019]s)\\s+"
            // ("Her co-founder", "His ex-wife": a noun of a person with "co-" or "ex-" before it)
            + "(?:[\\p{L}'\u2019-]+\\s+){0,3}?(?:co-|ex-)?" + PERSON_NOUN + "$");
    /** A person by whose they are: "Their teacher", "Her neighbour", "His lawyer". */
    private static final Pattern POSSESSED_PERSON = Regexes.compile("^(?:[Hh]is|[Hh]er|[Tt]heir)\\s+"
            + "(?:[\\p{L}'\u2019-]+\\s+){0,2}?(?:co-|ex-)?" + PERSON_NOUN + "$");
    private static final Set<String> GENERIC_ORGANISATIONS = LEXICON.genericOrganisations();
    /** A participle's clause opening a paragraph, before its subject: "Testifying in his own defence, ". */
    private static final Pattern DOING_FIRST = Regexes.compile("(?!(?:During|According|Nothing|Something|Everything)\\s)"
            + "\\p{Lu}\\p{Ll}+ing\\s[^,.;:\"\u201c]{1,80},\\s+");
    /** The word after a name and its description, if it has one: "Ashraf Ghani, the president, said". */
    private static final Pattern SPEAKS_NEXT = Regexes.compile("(?:,[^,]{1,120},)?\\s+(\\p{Ll}+)(?:\\s+(\\p{Ll}+))?");
    private static final Set<String> CUE_FIRST_WORDS = LEXICON.cueFirstWords();
    /** When, at a sentence's start and without a comma: "In February ", "Last week ", "On Monday ". */
    private static final Pattern LEADING_WHEN = Regexes.compile("^(?:In|On|By|Since|Last|Earlier|Later|This)\\s+"
            + "(?:(?:early|late|mid-)\\s*)?(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|spring|summer|autumn"
            + "|winter|week|month|year|\\d{4})(?:\\s+\\d{4})?\\s+(?=[Tt]he\\s|\\p{Lu})");
    /**
     * A description opening with whose it is: "Kosovo's minister for communities", "Human Rights Watch's researcher
     * on Azerbaijan".
     */
    private static final Pattern OWNER_FIRST = Regexes.compile("^(?:\\p{Lu}[\\p{L}-]*\\s+){0,3}\\p{Lu}[\\p{L}-]*['\u2019]s"
            + "\\s+\\p{Ll}");
    /** Titles that only address someone, a pilgrim's honorific among them ("Haji Abdul Rauf"): no role. */
    private static final Set<String> ADDRESS_TITLES = Set.of("Mr", "Mrs", "Ms", "Miss", "Sir", "Madam", "Mx", "Haji",
            "Hajji", "Alhaji");
    /** An age as one word, in figures or in words: "70-year-old", "Twelve-year-old", "twenty-three-year-old". */
    private static final String AGE_WORD = "(?:\\d{1,3}|\\p{L}+(?:-\\p{Ll}+)?)-year-old";
    /** An age written before a name as one word: "70-year-old". */
    private static final Pattern AGE_ALONE = Regexes.compile(AGE_WORD);
    /** A peer's title, which with a surname alone is the name the peer goes by: "Lord Robertson", "Baroness Ashton". */
    private static final Set<String> PEERAGES = Set.of("Lord", "Lady", "Baron", "Baroness");
    private static final Pattern ACRONYM_WORD = Regexes.compile("\\p{Lu}{2,6}");
    private static final Pattern ACRONYM_IN_PARENTHESES = Regexes.compile("\\s*\\(\\p{Lu}{2,8}\\)");
    /** A relative pronoun for a thing right before the cue: "a charity, the Armenian Dental Fund, which said". */
    private static final Pattern WHICH_LAST = Regexes.compile(",\\s+which\\s*$");
    /** The capitalised words, one to four, with "of", "for", "and" between them, that a clause ends with. */
    private static final Pattern TRAILING_CAPITALISED = Regexes.compile("(?<name>(?:[Tt]he\\s+)?\\p{Lu}[\\p{L}'’-]*"
            + "(?:\\s+(?:(?:of|for|and)\\s+(?:the\\s+)?)?\\p{Lu}[\\p{L}'’-]*){0,3})$");
    private static final Pattern THE = Regexes.compile("^[Tt]he\\s+");
    /** A possessive ending: "Mamadnazarova's". */
    private static final Pattern POSSESSIVE = Regexes.compile("['\u2019]s$");
    /** Whose something is, then what: "The court's Trust Fund for Victims", "Patimat's uncle". */
    private static final Pattern OWNED = Regexes.compile("^(?:[Tt]he\\s+)?(?<owner>\\p{L}[\\p{L}-]*)['\u2019]s\\s+"
            + "(?<owned>\\S.*)$");
    /** Whose office someone holds, then the office in lower-case words: "The European Union's foreign policy chief". */
    private static final Pattern OWNED_OFFICE = Regexes.compile("^(?:[Tt]he\\s+)?(?:\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}"
            + "[\\p{L}-]*){0,3}|\\p{Ll}+)['\u2019]s\\s+(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,3}(?<noun>\\p{Ll}+)$");
    /** Set apart between who and the verb, for the argument's sake: "for its part", "meanwhile", "in turn". */
    private static final Pattern TRAILING_ASIDE = Regexes.compile(",\\s+(?:for\\s+(?:its|his|her|their|our|my)\\s+part"
            + "|meanwhile|however|in\\s+turn|too|though|in\\s+response|in\\s+reply|by\\s+contrast|in\\s+contrast"
            + "|on\\s+the\\s+other\\s+hand)$");
    /**
     * A statement and whose it is: "A statement from the presidential office", "The press release issued by the
     * ministry" (a report is a document, not its authors speaking: "A report by the ministry said" names no one).
     */
    private static final Pattern PAPER_FROM = Regexes.compile("^(?:A|An|The)\\s+(?:(?:joint|written|brief|short|new"
            + "|latest)\\s+)?(?:statement|press\\s+release|communiqué)\\s+(?:from|by|issued\\s+by)\\s+"
            + "(?<who>\\S.*)$");
    /** When it was said, between who and the verb: "this week", "last month", "on Monday", "yesterday". */
    private static final Pattern TRAILING_WHEN = Regexes.compile("\\s+(?:(?:this|last|earlier\\s+this|late\\s+last"
            + "|on)\\s+(?:week|weekend|month|year|spring|summer|autumn|winter|morning|afternoon|evening|Monday|Tuesday"
            + "|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today)$");
    /** Words between a speaker and the cue that say when or how, not who: "The ministry has also said". */
    private static final Set<String> BEFORE_CUE_WORDS = Set.of("has", "have", "had", "also", "later", "earlier",
            "previously", "repeatedly", "again", "recently", "publicly", "openly", "privately", "separately",
            "already", "once", "since", "now", "still");
    /** Whose the others are, among whom someone is one: "One of the drivers", "One of her students". */
    private static final String WHOSE = "(?:the|his|her|their|its|our)";
    /**
     * "One of them, Sayfullo," and "One of the drivers, Sayfullo,", "One of her students, Kamil,": who a person named
     * after it is among others.
     */
    private static final Pattern ONE_OF = Regexes.compile("^(?:[Oo]ne|[Aa]nother)(?:\\s+of\\s+(?<among>them|those|"
            + WHOSE + "\\s+[\\p{Ll}'\u2019-]+(?:\\s+[\\p{Ll}'\u2019-]+){0,3}))?$");
    /** Where a speaker was, set apart after them: ", at the Troieshchyna market", ", outside the court". */
    private static final Pattern TRAILING_WHERE = Regexes.compile(",\\s+(?:at|in|outside|inside|near)\\s+(?:the|a|an|his"
            + "|her|their)\\s+[^,]{2,60}$");
    /** A name, then the body the person is of: "Professor Aliya Bekova of Nazarbayev University". */
    private static final Pattern AFFILIATED = Regexes.compile("^(?<who>[^,]*?\\p{Lu}[\\p{Ll}'\u2019-]+)\\s+(?:of|at|from)"
            + "\\s+(?:the\\s+)?(?<body>\\p{Lu}[\\p{L}'\u2019.-]*(?:\\s+(?:of|for|and|the|on|\\p{Lu}[\\p{L}'\u2019.-]*))*)$");
    /** A subject named as one of others, then a verb: "One of the accused, student Narek Sargsyan, addressed". */
    private static final Pattern ONE_OF_SUBJECT = Regexes.compile("^(?<who>(?:One|Another)\\s+of\\s+(?:them|those|"
            + WHOSE + "\\s+[\\p{Ll}'\u2019-]+(?:\\s+[\\p{Ll}'\u2019-]+){0,3}),\\s+[^,;:.\"\u201c\u201d]{2,80}?),\\s+\\p{Ll}");
    /** An opening that names who asked the questions: "Under cross-examination by X,", "Asked by judge X why ...,". */
    private static final Pattern QUESTIONED_BY = Regexes.compile("^(?:Under\\s+(?:cross-)?examination|Asked|Questioned"
            + "|Pressed|Cross-examined|Challenged)\\s+by\\b");
    /** Who asked, by what they are and their full name: "Under cross-examination by defence counsel Mira Tomić,". */
    private static final Pattern QUESTIONED_BY_NAMED = Regexes.compile("^(?:Under\\s+(?:cross-)?examination|Asked"
            + "|Questioned|Pressed|Cross-examined|Challenged)\\s+by\\s+(?<role>(?:(?!the\\s)\\p{Ll}+\\s+){1,3})"
            + "(?<name>\\p{Lu}[\\p{Ll}'\u2019-]+(?:\\s+\\p{Lu}[\\p{Ll}'\u2019-]+){1,2}),");
    /** A witness by the code the court gives, after what kind of witness: "witness RM-017", "Protected witness B-1122". */
    private static final Pattern CODED_WITNESS = Regexes.compile("(?<role>(?:\\p{L}+\\s+)?[Ww]itness)\\s+(?<code>"
            + Names.WITNESS_CODE + ")");
    /**
     * A sentence opening with what comes before its subject: "Speaking at a press conference in Tbilisi, ",
     * "In a speech on Monday, ", "Last week, ": the subject follows the comma.
     */
    private static final Pattern INTRODUCTORY = Regexes.compile("^(?:\\p{Lu}\\p{Ll}+ing|In|At|On|Last|Earlier|Later|"
            // "Also this week, ": another report of the same kind
            + "After|Before|During|Asked|Interviewed|Also"
            // "Questioned by prosecutor X, the witness": who was asked, and by whom
            + "|Questioned|Pressed|Cross-examined|Challenged"
            // "Outside the courtroom, ", "Back in Herat, ", "Across the river, ": where
            + "|Outside|Inside|Back|Near|Across|Along|Elsewhere|Nearby|Meanwhile|From|Under|Around|Throughout|Beyond"
            + "|Within|Among|Amid|Following|Despite|Since"
            // "Next to her, ", "Beside the stall, ", "Further down the row, ": beside whom or what
            + "|Next|Beside|Behind|Opposite|Alongside|Further|Farther|Down|Up"
            // "Every spring, ", "Most mornings, ": when, or how often ("For X, ..." names X, so is not here)
            + "|Every|Each|Once|Twice|Most|Nowadays|Sometimes|Often|Usually"
            // "For now, ", "For years, ", "Today, ", "So far, ", "This spring, ": for how long, or when
            + "|For\\s+(?:now|the\\s+moment|the\\s+time\\s+being|years|decades|months|weeks|days|generations"
            + "|a\\s+(?:while|time|long\\s+time))|Today|Tonight|Yesterday|Now|Still|Then|So\\s+far|These\\s+days"
            + "|This\\s+(?:year|week|month|season|spring|summer|autumn|winter|time))"
            + "\\b[^,;:\"\u201c\u201d]{0,100}?,\\s+(?=\\S)");
    /** A subject: a name, maybe with its role before it or a description after it, then a verb in lower case. */
    private static final Pattern SUBJECT_DESCRIBED = Regexes.compile("(?<who>"
            // "Deputy labour minister X", "MP X": a title first, capitalised or in capitals ("Mayor's office
            // spokesman X": whose office, too)
            + "(?:(?:\\p{Lu}\\p{Ll}+(?:-\\p{Ll}+)*(?:['\u2019]s)?|\\p{Lu}{2,4})\\s+)?"
            + "(?:(?!" + ARTICLE_PREFIX + ")\\p{Ll}[\\p{L}'\u2019-]*\\s+){0,3}"
            // "Ahmad al-Hussein teaches ...": a surname may carry the Arabic article
            + "\\p{Lu}[\\p{Ll}'\u2019-]+(?:\\s+(?:" + ARTICLE_PREFIX + ")?\\p{Lu}[\\p{Ll}'\u2019-]+){0,3}"
            // "Mariam, 15, one of the pupils,": an age, then who the person is; "X, captain of the regional team,":
            // an office of something, without an article
            + "(?:,\\s+(?:(?:\\d{1,3},\\s+)?(?:an?|the|who|whose|as|one\\s+of|\\p{Ll}+(?:ed|en|ing)"
            + "|(?:\\p{Ll}+\\s+){0,2}\\p{Ll}+\\s+of)\\s+"
            + "[^,;:.\"\u201c\u201d]{2,100}+|\\d{1,3}),)?)"
            + "\\s+\\p{Ll}");
    /**
     * A person a description introduces by name, as the sentence's subject: "Grigoryan's neighbour, a retired bus
     * driver named Samvel Avetisyan, was less hopeful."
     */
    private static final Pattern SUBJECT_NAMED = Regexes.compile("(?<who>[^;:.\"\u201c\u201d]{2,120}?\\s+named\\s+"
            + "\\p{Lu}[\\p{Ll}'\u2019-]+(?:\\s+\\p{Lu}[\\p{Ll}'\u2019-]+){0,3}),?\\s+\\p{Ll}");
    /**
     * A subject with its role first and its name after a comma: "The United Nations humanitarian coordinator for
     * Syria, Karim Haddad, called ...", "Its head, Andriy Kutsenko, wrote ...", "Its head, Judge Faris al-Hamdani,
     * blamed ...", "The defendant, Viktor Hnatiuk, 61, denied ...", "Her husband, Ahmed Younis, a carpenter, is ...".
     */
    private static final Pattern SUBJECT_ROLE_FIRST = Regexes.compile("^(?<who>(?:The|A|An|His|Her|Its|Their"
            // "Human Rights Watch's researcher on Azerbaijan, Giorgi Gogia, said ..."
            + "|(?:\\p{Lu}[\\p{L}-]*\\s+){0,3}\\p{Lu}[\\p{L}-]*['\u2019]s)\\s"
            // "The bill's author, MP Gulshat Asylbaeva,": a title in capitals before the name; "The youngest member,
            // 19-year-old Aizhan,": an age
            + "[^,;:.\"\u201c\u201d]{2,120}+,\\s+(?:" + AGE_WORD + "\\s+)?(?:\\p{Lu}{2,4}\\s+)?"
            + "\\p{Lu}[\\p{Ll}'\u2019-]+"
            + "(?:\\s+(?:\\p{Lu}[\\p{Ll}'\u2019-]*\\p{L}*|"
            + ARTICLE_PREFIX + "\\p{Lu}[\\p{L}'\u2019-]*)){0,3}"
            // "Her husband, Ahmed Younis, a carpenter, is ...": what the person is, after the name
            + "(?:,\\s+an?\\s+[^,;:.\"\u201c\u201d]{2,60}+)?)"
            // "The defendant, Viktor Hnatiuk, 61, denied ...": an age set apart after the name
            + "(?:,\\s+\\d{1,3})?,\\s+\\p{Ll}");
    /**
     * A person introduced by a description and the only name the article gives them: "Her neighbour, an elderly man
     * who gave his name only as Sekuru Banda,", "The witness, who testified as KDZ-310", "a nurse known only as
     * Mariam". A tribunal's code for a protected witness ("KDZ-310", "B-1122", "TF1-157") is such a name.
     */
    private static final Pattern NAMED_AS = Regexes.compile("^(?<described>(?:(?:The|A|An|His|Her|Their|One|the|a|an"
            // whose the person is, by another's name: "Toktorov's neighbour in the row, who gave his name only as"
            + "|his|her|their|one)\\s|\\p{Lu}[\\p{L}-]*['\u2019]s\\s(?=\\p{Ll}))[^,;:\"\u201c\u201d]{1,80}?"
            + "(?:,\\s+(?:an?|the)\\s+[^,;:\"\u201c\u201d]{1,80}?)?),?"
            + "\\s+(?:who\\s+(?:gave\\s+(?:his|her|their)\\s+(?:first\\s+|given\\s+|full\\s+)?name\\s+(?:only\\s+)?as"
            + "|testified\\s+(?:only\\s+)?as|testified\\s+under\\s+the\\s+pseudonym|uses\\s+the\\s+pseudonym"
            + "|(?:is|was)\\s+(?:identified|known)\\s+(?:only\\s+)?as)"
            // "The witness, identified only as TF1-157 to protect his identity,", "testifying under the pseudonym B-1115"
            + "|(?:identified|known|testifying)\\s+(?:only\\s+)?as|testifying\\s+under\\s+the\\s+pseudonym"
            // a fighter's call sign, in quotation marks or not: "A soldier with the call sign "Moryak""
            + "|(?:with|using|under)\\s+the\\s+call\\s+sign)"
            + "\\s+[\"\u201c]?(?<name>" + Names.WITNESS_CODE + "|\\p{Lu}[\\p{Ll}'\u2019-]+(?:\\s+\\p{Lu}[\\p{Ll}'\u2019-]+)?)\\b"
            + "[\"\u201d]?(?<after>[^,]*)");
    /** The person a lede described, named set apart after what they are: "The witness, Mirko Stanić, ...". */
    private static final Pattern NAMED_APART = Regexes.compile("(?:The|This|the|this)\\s+(?:\\p{Ll}+\\s+)?\\p{Ll}+,\\s+"
            // a rank joined by a hyphen ("Lieutenant-Colonel X") is one word, the title cut after
            + "(?<name>\\p{Lu}[\\p{Ll}'\u2019-]+(?:-\\p{Lu}[\\p{Ll}'\u2019-]+)?\\.?"
            + "(?:\\s+\\p{Lu}[\\p{Ll}'\u2019-]+){1,3}),");
    /**
     * A body named by what it is alone ("the government said", "Police said", "the ministry added"): the one of
     * that kind the article quoted last, or the kind itself.
     */
    private static final Pattern BARE_BODY = Regexes.compile("^(?:the\\s+)?(?<kind>(?<modifier>\\p{Ll}+\\s+)?"
            + "(?<head>government|ministry|council|commission|embassy|agency|committee|administration|authorities"
            + "|police|army|military|bank|regulator|prosecutor's office|prosecutor\u2019s office"
            // a town's or a region's own administration, which an article about the place needs not name
            + "|municipality|mayoralty|inspectorate|akimat|hokimiyat|governorate|prefecture))$");
    /** A ministry named in lower case by what it is for: "the ecology ministry", "the country's health ministry". */
    private static final Pattern MINISTRY_IN_PASSING = Regexes.compile("\\bthe\\s+(?:\\p{L}+['\u2019]s\\s+)?"
            + "(?<name>(?<field>\\p{Ll}{4,})\\s+ministry)\\b");
    /** Words before "ministry" that say which, not what it is for: "the same ministry", "the former ministry". */
    private static final Set<String> NOT_A_MINISTRYS_FIELD = Set.of("same", "former", "whole", "relevant",
            "responsible", "other", "local", "federal", "national", "regional", "new");
    /** Kinds of body that "the bank" and "the regulator" refer to only when the article has named one. */
    private static final Set<String> KINDS_NAMED_FIRST = Set.of("bank", "regulator");
    /** Words that open a subordinate clause, whose subject may be a speaker: "..., after the ministry said". */
    private static final Set<String> SUBORDINATORS = Set.of("after", "as", "because", "when", "while", "since",
            "before", "until", "although", "though");
    /** What speaks for a body, named by whose it is: "its press service", "their press office". */
    private static final Pattern SPEAKS_FOR_IT = Regexes.compile("^(?:its|their)\\s+(?:press\\s+(?:service|office)"
            + "|media\\s+office|information\\s+(?:service|office)|communications\\s+(?:department|office))$");
    private static final Pattern LEADING_CONJUNCTION = Regexes.compile("^(?:But|And|Yet|Still|However,)\\s+");
    /** A clause of its own ended by ", while" or ", whereas" before the words that name who speaks. */
    private static final Pattern WHILE_CLAUSE = Regexes.compile(",\\s+(?:while|whereas)\\s+(?=\\S)");
    /** A name, a description with "a" set apart after it, then "who" (or "and who") closing the phrase. */
    private static final Pattern NAMED_THEN_WHO = Regexes.compile("(?:^|\\s)(?<name>\\p{Lu}[\\p{L}'\u2019-]+(?:\\s+"
            + "\\p{Lu}[\\p{L}'\u2019-]+){0,3}),\\s+(?<role>(?:an?|the)\\s[^,;:]{2,120}?),\\s+(?:and\\s+)?who$");
    /** A clause joined to the one before: ", and the agency", ", but the ministry". */
    private static final Pattern JOINED_CLAUSE = Regexes.compile(",\\s+(?:and|but)\\s+(?=\\S)");
    /** A sentence's subject described with "a", then a clause about them between commas, then its verb. */
    private static final Pattern UNNAMED_SUBJECT = Regexes.compile("^(?<who>(?:A|An|One|Another)\\s+[^,;:\"\u201c\u201d]{3,100}?),\\s+"
            + "(?<clause>(?:who|speaking|on\\s+condition)\\s[^,;:\"\u201c\u201d]{3,160}),\\s+\\p{Ll}");
    /** A description with "a" or "an", an age maybe first: "a student", "a 23-year-old student". */
    private static final Pattern A_DESCRIPTION = Regexes.compile("^[Aa]n?\\s+[\\p{L}\\d-]");
    /** A word of a role before a name: letters, and digits of an age ("a 23-year-old student named ..."). */
    private static final Pattern ROLE_WORD = Regexes.compile("[\\p{L}\\d'\u2019.-]+");
    /** Words that introduce a name after a description: "a schoolteacher named ...", "a man called ...". */
    private static final Set<String> NAMING_WORDS = Set.of("named", "called");
    /** A plural noun of people, then of which body they are: "researchers at ", "experts from ". */
    private static final Pattern PEOPLE_OF = Regexes.compile("^(\\p{Ll}+?)s\\s+(?:at|from|of|with)\\s");
    private static final Pattern NAMED_AFTER = Regexes.compile("\\s(?:named|called)\\s+\\p{Lu}");
    /**
     * A person named as one of several, the sentence's subject after its verb: "Among them is ", "One of those was ",
     * "Among his passengers is ".
     */
    private static final Pattern AMONG_THEM = Regexes.compile("^(?:(?:Among|One\\s+of)\\s+(?:them|those"
            + "|(?:the|his|her|their|its)\\s+[^,;:]{1,60}?)"
            + "\\s+(?:is|was)"
            // "Behind him stood Anahit Grigoryan, a nurse ...", "Next to her sits ...": beside whom someone is, then
            // the verb, then who
            + "|(?:Behind|Beside|Next\\s+to|Near|Opposite|Alongside|In\\s+front\\s+of)\\s+[^,;:]{1,40}?"
            + "\\s+(?:is|was|stands|stood|sits|sat|waits|waited|queues|queued))"
            + "\\s+(?=\\p{Lu}|" + AGE_WORD + "\\s)");
    private static final Pattern SENTENCE_STOP = Regexes.compile("[.!?]$");
    /** A verb in the passive: "were started", "was founded last year", "has been run". */
    private static final Pattern PASSIVE = Regexes.compile("\\b(?:is|are|was|were|been)\\s+(?:\\p{Ll}+ly\\s+)?\\p{Ll}+"
            + "(?:ed|en|wn|un|lt|pt|ght)\\b");
    /**
     * A person a sentence ends with, as who did what it tells: "The classes were started three years ago by Zarina
     * Abdullaeva, a retired headmistress." The "she said" after refers to her. Only after a passive verb ({@link
     * #PASSIVE}): "She sat by President Putin." is not told of him.
     */
    private static final Pattern AGENT_LAST = Regexes.compile("\\sby\\s+(?<who>\\p{Lu}[\\p{Ll}'\u2019-]+"
            + "(?:\\s+\\p{Lu}[\\p{Ll}'\u2019-]+){1,3}(?:,\\s+(?:an?|the)\\s+[^,;:.\"\u201c\u201d]{2,80})?)\\.?$");
    /** Punctuation that may close a word. */
    private static final Pattern TRAILING_PUNCTUATION = Regexes.compile("[,;:.!?)]+$");
    /** Words that open a clause of its own, about someone else maybe: "whose", "while", "and". */
    private static final Set<String> CLAUSE_TURNS = Set.of("who", "whose", "whom", "which", "that", "while", "and",
            "but", "when", "because", "after", "before", "as", "where", "since", "until", "with");
    /** Words after "her" that make it someone else, the object: "gave her the keys", "told her to wait". */
    private static final Set<String> NOT_AFTER_POSSESSIVE = Set.of("a", "an", "the", "to", "that", "this", "some",
            "what", "how", "about", "for", "in", "on", "at", "with", "and", "or", "up", "out", "off", "back", "down",
            "away", "again", "too", "every", "any", "no", "one", "two", "why", "when", "where", "if", "into", "from");
    /**
     * He or she as a subject or an object, as a word: a sentence told of someone already referred to ("whose" words,
     * "his", "her", may be told of someone else: "The kiosk beside his belongs to ...").
     */
    private static final Pattern PERSONAL_PRONOUN = Regexes.compile("\\b(?:[Hh]e|[Ss]he|[Hh]im|[Hh]imself"
            + "|[Hh]erself)\\b");
    /** A description set apart before a name, from its article to the comma: "belongs to a widow, ". */
    private static final Pattern APPOSED_BEFORE_NAME = Regexes.compile("\\b(?<description>(?:an?|the)\\s+"
            + "[^,;:\"\u201c\u201d]{2,60}),$");
    /** An age in years set apart after a name: ", 71,", ", 71." */
    private static final Pattern AGE_SET_APART = Regexes.compile(",\\s+\\d{1,3}(?:[,.]|$)");
    /** A clause of who someone is, closing the sentence after their name and maybe an age: ", 52, who learned ...". */
    private static final Pattern RELATIVE_CLAUSE_CLOSING = Regexes.compile("(?:,\\s+\\d{1,3})?,\\s+(?<clause>who\\s+"
            + "[^;:\"\u201c\u201d]{2,200}?)\\s*\\.?");
    /** A second person joined after a clause of who the first is: ", and his cousin Bashir", ", and Bashir Azimi". */
    private static final Pattern SECOND_PERSON_JOINED = Regexes.compile(",?\\s+and\\s+(?:(?:his|her|their)\\s+"
            + "\\p{Ll}+\\s+)?\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)?$");
    /** A description set apart after a full name, to the sentence's end or the next comma: ", a former teacher". */
    private static final Pattern DESCRIBED_AFTER_NAME = Regexes.compile(",\\s+(an?\\s+[^,;:.\"\u201c\u201d]{2,100})"
            + "(?:[,.]|$)");
    /** A compound noun of a person the lexicon may lack, by its last part: "schoolteacher", "shopkeeper". */
    private static final Pattern COMPOUND_PERSON_NOUN = Regexes.compile("^\\p{Ll}{3,}(?:teacher|keeper|maker|worker"
            + "|driver|owner|seller|grower|herder|farmer)$");
    /** An age before a given name: "19-year-old " of "19-year-old Aizhan". */
    private static final Pattern AGE_BEFORE_NAME = Regexes.compile("^" + AGE_WORD + "\\s+(?=\\p{Lu})");
    private static final Pattern AGE_IN_YEARS = Regexes.compile("\\b(\\d{1,3})-year-old\\b");
    /** Where a body's name goes on to say what it is of or for: "office| of the attorney general". */
    private static final Pattern BODY_OF_WHAT = Regexes.compile("\\s(?:of|for|on)\\s");
    /** A verb in the past, or an auxiliary, that ends a sentence's subject. */
    private static final Pattern FINITE_VERB = Regexes.compile("\\p{Ll}+ed|has|have|had|is|are|was|were|will|would"
            + "|did|does|do|can|could|may|might|must|should"
            // the commonest irregular pasts
            + "|paid|said|made|gave|took|spent|sold|built|lost|got|kept|held|sent|found|brought|bought|became|began"
            + "|rose|fell|grew|won|saw|knew|told|put|set|cut|ran|came|went|left|met|led|fought|wrote|drew|chose|froze");
    /**
     * A verb that makes what comes before a name a clause of its own, not a role: an auxiliary, or a verb of where
     * something is or whose it is ("The kiosk stands between ...", "The stall belongs to a seamstress, ...").
     */
    private static final Pattern VERB_OF_A_CLAUSE = Regexes.compile("\\s(?:is|are|was|were|has|have|had|stands?"
            + "|stood|sits?|sat|lies|lay|belongs?|belonged)\\s");
    /** What joins a subject's first verb to its second, the cue: "... and", "..., but", "... but also". */
    private static final Pattern SECOND_VERB = Regexes.compile(",?\\s(?:and|but)(?:\\s+also)?$");
    /** Nouns of anyone in an office, whatever the office: "the official". */
    private static final Set<String> OFFICE_HOLDER_NOUNS = Set.of("official", "officer");
    /** Nouns that say a man, or a woman, is meant: which pronoun refers to a person so described. */
    private static final Set<String> MEN = Set.of("husband", "father", "son", "brother", "grandfather", "grandson",
            "uncle", "nephew", "man", "boy", "boyfriend", "widower", "stepfather", "stepson", "father-in-law",
            "son-in-law", "businessman", "policeman", "fisherman");
    private static final Set<String> WOMEN = Set.of("wife", "mother", "daughter", "sister", "grandmother",
            "granddaughter", "aunt", "niece", "woman", "girl", "girlfriend", "widow", "stepmother", "stepdaughter",
            "mother-in-law", "daughter-in-law", "businesswoman", "policewoman", "housewife");
    /** Nouns that say no more of a person than a man or a woman, a boy or a girl: "the old man", "the girl". */
    private static final Set<String> MAN_OR_BOY = Set.of("man", "boy", "gentleman");
    private static final Set<String> WOMAN_OR_GIRL = Set.of("woman", "girl", "lady");
    /** Words of a description, or before "man" or "woman", that say a person is young, or old. */
    private static final Set<String> YOUNG_WORDS = Set.of("girl", "boy", "young", "little", "teenage", "teenager",
            "granddaughter", "grandson", "grandchild", "schoolgirl", "schoolboy", "pupil");
    private static final Set<String> OLD_WORDS = Set.of("old", "elderly", "aged", "grandmother", "grandfather",
            "pensioner", "widow", "widower", "elder");
    /** Words after which a description speaks of others than the person: "whose husband", "a mother of a son". */
    private static final Set<String> DESCRIPTION_TURNS = Set.of("who", "whose", "which", "that", "of", "in", "at",
            "from", "for", "with", "to", "and");
    /** Words of a description that make its person an office holder, beside {@link #OFFICES}: "Its head". */
    private static final Set<String> OFFICE_WORDS = Set.of("head", "chief", "deputy", "official", "officer",
            "secretary", "administrator", "akim", "hokim", "chairperson");
    /** A clause about a person after their name or description: "who lives in ...", "whose own claim ...". */
    static final Pattern RELATIVE_OPENING = Regexes.compile("^who(?:se)?\\s");
    /** A participle opening a description: "dressed in a dark suit", "speaking from Kabul". */
    private static final Pattern PARTICIPLE = Regexes.compile("^\\p{Ll}+(?:ed|en|ing)\\s");
    /** An object pronoun after a verb: "asked him", "told her why": whoever answers next is not the subject. */
    private static final Pattern ADDRESSES_SOMEONE = Regexes.compile("\\b\\p{Ll}+d\\s+(?:him\\b|her\\s+"
            + "(?:who|whether|if|why|what|how|when|where|about|to|that)\\b)");

    private final Map<String, String> fullNameBySurname = new HashMap<>();
    /** The people named with an office in their description. */
    private final Set<String> officeHolders = new HashSet<>();
    private final Map<String, String> fullNameByGivenName = new HashMap<>();
    private final Set<String> ambiguousGivenNames = new HashSet<>();
    private final Set<String> ambiguousSurnames = new HashSet<>();
    /** The title before a full name where the article first printed it ("Professor" of "Professor Izet Žigić"). */
    private final Map<String, String> titleByName = new HashMap<>();
    private final List<String> organisations = new ArrayList<>();
    private final Set<String> authorKeys = new HashSet<>();
    /**
     * Ministries named in lower case in passing ("the ecology ministry"): what a later "the ministry" may refer to, kept
     * apart from {@link #organisations}, which "the group" and "the alliance" refer to.
     */
    private final List<String> ministriesInPassing = new ArrayList<>();
    /** The bodies quoted, by the last word of their names ("ministry"): what "the ministry" refers to. */
    private final Map<String, String> bodyByKind = new HashMap<>();
    /** How many paragraphs were read, and in which one {@link #lastPerson} was made a sentence's subject. */
    private int paragraphs;
    private int subjectParagraph = -1;
    /** A described person's nouns ("witness", "psychologist") to their name: whom "the witness" refers to. */
    private final Map<String, String> nameByNoun = new HashMap<>();
    /** Anonymous descriptions of the first paragraph, as found, and as the paragraph wrote them. */
    private final Map<String, String> ledeDescriptions = new HashMap<>();
    /** Those of them found only because the paragraph opens the article ("The owner of a television station says"). */
    private final Set<String> awaitingName = new HashSet<>();
    private final Set<String> ambiguousNouns = new HashSet<>();
    private Speaker last;
    /** The person last quoted or named as a sentence's subject: whom he or she refers to. */
    private Speaker lastPerson;
    /** The people {@link #lastPerson} has been, oldest first, and the pronoun each was referred to by, once known. */
    private final List<Speaker> peopleReferredTo = new ArrayList<>();
    private final Map<String, String> pronounOf = new HashMap<>();
    /** Whether a person's description says them young ("Her granddaughter") or old ("a pensioner"), where it does. */
    private final Map<String, Boolean> youngByName = new HashMap<>();
    /** The role a person was introduced with as a sentence's subject, without words, and who has been quoted. */
    private final Map<String, String> introducedAs = new HashMap<>();
    private final Set<String> quotedPeople = new HashSet<>();
    /** Who a person named in passing was said to be, and in which paragraph: "founded by X, a former teacher". */
    private final Map<String, Introduction> introducedInPassing = new HashMap<>();

    /** A description given a person where the article named them, and the paragraph's number (from 1). */
    private record Introduction(String role, int paragraph) {
    }
    /** The first person the paragraph read names in full: whom "the 39-year-old" in it refers to. */
    private String namedInParagraph;
    /** Whether the sentence read has a person named for its subject, whom a pronoun after may refer to or not. */
    private boolean subjectNamed;
    /** The people the paragraph read names in full, authors left out: whom a sentence may name in passing. */
    private final List<String> namesOfParagraph = new ArrayList<>();
    /** Given names the paragraph read gives alone after whom the person is to someone: "his nephew Naqibullah". */
    private final Map<String, String> relatedInParagraph = new HashMap<>();
    /** Whether the paragraph read is the article's first. */
    private boolean opening = true;

    /** @param authors the article's authors, who are never speakers */
    SpeakerResolver(List<String> authors) {
        authors.forEach(author -> authorKeys.add(SourceNames.key(author)));
    }

    /**
     * The full names and organisations a paragraph names: what a later surname or "the alliance" refers to.
     *
     * @param first whether it is the article's first paragraph
     */
    void learn(String paragraph, boolean first) {
        opening = first;
        paragraphs++;
        namedInParagraph = null;
        namesOfParagraph.clear();
        relatedInParagraph.clear();
        Names.CapitalisedWords capitalised = new Names.CapitalisedWords(paragraph);
        Matcher names = FULL_NAME.matcher(paragraph);
        for (int from = 0; capitalised.find(names, from, Names.Shape.NAME_WORD); ) {
            String[] words = SPACES.split(names.group(1));
            String lead = words[0];
            boolean peer = isPeer(List.of(words));
            if (!peer && (NOT_NAMES.contains(lead) || TITLES.contains(lead) || LEADS.contains(lead)
                    || PORTFOLIO_WORDS.contains(lead) || (words.length > 2 && isJobTitle(lead))
                    || (words.length == 3 && endsAsATrade(lead)))) {
                // "Prime Minister Nikol Pashinyan": the name may begin at any of the words after the first
                from = names.start(1) + lead.length() + 1;
                continue;
            }
            from = names.end();
            // "Gulbahor Mamadnazarova's brother": the name is hers, without the possessive
            words[words.length - 1] = POSSESSIVE.matcher(words[words.length - 1]).replaceFirst("");
            String surname = words[words.length - 1];
            String full = String.join(" ", words);
            learnSurname(surname, full);
            if (!peer) {
                learnGivenName(words[0], full);
            }
            // "led by Professor Izet Žigić": the title the article first names the person by
            String before = capitalisedWordBefore(paragraph, names.start(1));
            if (!before.isEmpty() && isTitle(before)) {
                titleByName.putIfAbsent(full, before);
            }
            // "Lucía Pineda Ubau" is "Pineda" too, as a Spanish name's first surname is used alone
            for (int i = 1; i < words.length - 1; i++) {
                if (CAPITALISED.matcher(words[i]).matches() && words[i].length() > 2 && !words[i].endsWith(".")) {
                    learnSurname(words[i], full);
                }
            }
            if (namedInParagraph == null && !authorKeys.contains(SourceNames.key(full))) {
                namedInParagraph = full;
            }
            if (!peer && words.length >= 2 && !authorKeys.contains(SourceNames.key(full))) {
                namesOfParagraph.add(full);
            }
            // "It was founded by Gulzat Mamyrova, a former schoolteacher who ...": who she is, for her first words
            Matcher described = DESCRIBED_AFTER_NAME.matcher(paragraph).region(names.end(), paragraph.length());
            if (!peer && words.length >= 2 && described.lookingAt() && !authorKeys.contains(SourceNames.key(full))) {
                introducedInPassing.putIfAbsent(full, new Introduction(described.group(1), paragraphs));
            }
            if (PREFIXED_NAME.matcher(surname).matches()) {
                learnSurname(surname.substring(surname.indexOf('-') + 1), full); // "al-Dakhil" is "Dakhil" too
            }
        }
        // "Under cross-examination by defence counsel Mira Tomić, the witness ...": who asked, in the role named with,
        // for her first words
        Matcher asking = paragraph.contains(" by ") ? QUESTIONED_BY_NAMED.matcher(paragraph) : null;
        if (asking != null && asking.lookingAt() && !authorKeys.contains(SourceNames.key(asking.group("name")))) {
            introducedInPassing.putIfAbsent(asking.group("name"),
                    new Introduction(asking.group("role").strip(), paragraphs));
        }
        Matcher lone = LONE_NAME_INTRODUCED.matcher(paragraph);
        for (int from = 0; capitalised.find(lone, from, Names.Shape.COMMA_AFTER); from = lone.end()) {
            if (startsSentence(paragraph, lone.start()) && isLoneName(lone.group(1))
                    && (lone.group("description") == null || namesAPerson(lone.group("description")))) {
                fullNameBySurname.putIfAbsent(lone.group(1), lone.group(1));
            }
        }
        // "... on condition that only her first name, Farzana, be used": the name the article gives
        Matcher firstNameOnly = FIRST_NAME_ONLY.matcher(paragraph);
        while (paragraph.contains(" name, ") && firstNameOnly.find()) {
            if (isLoneName(firstNameOnly.group(1)) && !authorKeys.contains(SourceNames.key(firstNameOnly.group(1)))) {
                fullNameBySurname.putIfAbsent(firstNameOnly.group(1), firstNameOnly.group(1));
            }
        }
        // "Her neighbour Gagik, a former bus driver, ..." : a given name after who the person is to someone
        Matcher alone = LONE_CAPITALISED.matcher(paragraph);
        for (int i = 0; i < capitalised.count; i++) {
            int at = capitalised.starts[i];
            if (!PERSON_NOUNS.contains(wordBefore(paragraph, at))) {
                continue; // most capitalised words: no relation noun before them
            }
            alone.region(at, paragraph.length());
            Matcher relation = RELATION_BEFORE.matcher(paragraph.substring(Math.max(0, at - RELATION_REACH), at));
            if (alone.lookingAt() && isLoneName(alone.group(1)) && relation.find()) {
                fullNameBySurname.putIfAbsent(alone.group(1), alone.group(1));
                relatedInParagraph.put(alone.group(1), relation.group().strip());
            }
        }
        Matcher acronyms = ANY_ACRONYM.matcher(paragraph);
        for (int from = 0; capitalised.find(acronyms, from, Names.Shape.ACRONYM); from = acronyms.end()) {
            if (!PUBLISHER.equals(acronyms.group(1))) {
                organisations.add(acronyms.group(1)); // "told IWPR": the publisher is not a body the article quotes
            }
        }
        // "her complaints to the ecology ministry went unanswered": a ministry named by what it is for, in passing,
        // which a later "the ministry" refers to
        Matcher ministry = MINISTRY_IN_PASSING.matcher(paragraph);
        while (ministry.find()) {
            if (!NOT_A_MINISTRYS_FIELD.contains(ministry.group("field"))) {
                ministriesInPassing.add(ministry.group("name"));
            }
        }
        // "Viasna, the human rights centre whose ...": a body named by one word, then what kind it is
        Matcher apposed = BodyNames.APPOSED.matcher(paragraph);
        for (int from = 0; capitalised.find(apposed, from, Names.Shape.COMMA_AFTER); from = apposed.end()) {
            if (startsSentence(paragraph, apposed.start())) {
                organisations.add(apposed.group(1));
            }
        }
    }

    /**
     * A full name's given name, by which the article may refer to its person later ("Anahit Grigoryan shares ...",
     * then "But Anahit says ..."): kept unless two people met share it.
     */
    private void learnGivenName(String given, String full) {
        String known = fullNameByGivenName.putIfAbsent(given, full);
        if (known != null && !known.equals(full)) {
            ambiguousGivenNames.add(given);
        }
    }

    private void learnSurname(String surname, String full) {
        String known = fullNameBySurname.putIfAbsent(surname, full);
        if (known != null && !known.equals(full)) {
            ambiguousSurnames.add(surname);
        }
    }

    /** "Lord Robertson": a peer's title and a surname, the name the peer goes by (not "Lord George Robertson"). */
    private static boolean isPeer(List<String> nameWords) {
        return nameWords.size() == 2 && PEERAGES.contains(nameWords.get(0));
    }

    /** The title the article first named a person by, if it gave one: their role where nothing else says it. */
    Optional<String> titleOf(String name) {
        return Optional.ofNullable(titleByName.get(name)).filter(title -> !ADDRESS_TITLES.contains(title.replace(".", "")));
    }

    /**
     * That the article refers to a person by this pronoun ("he" or "she"), as a clause about them says ("who asked
     * that his surname not be used"), unless a pronoun is already known for them.
     */
    void referredToAs(String name, String pronoun) {
        pronounOf.putIfAbsent(name, pronoun);
    }

    /** The source last quoted, whom a following he or she refers to; {@code role} as the attribution gave it. */
    void quoted(String source, SourceKind kind, String role) {
        last = new Speaker(source, kind, null);
        quotedPeople.add(source);
        if (kind != SourceKind.ORGANISATION) {
            referTo(last);
        }
        if (kind == SourceKind.PERSON) {
            describe(source, role);
        }
        if (kind == SourceKind.ORGANISATION) {
            bodyByKind.put(kindOf(source), source);
        }
    }

    /** The person "he" or "she" would refer to now, if any. */
    Optional<Speaker> lastPersonReferredTo() {
        return Optional.ofNullable(lastPerson);
    }

    /**
     * After words said to someone ("Prosecutor X put it to him that ..."): the he or she who answers next is the
     * person addressed, referred to before the speaker, not the speaker.
     */
    void answersNext(Speaker addressed) {
        referTo(addressed);
    }

    private void referTo(Speaker person) {
        lastPerson = person;
        peopleReferredTo.add(person);
    }

    /**
     * Remembers whether a person is young or old by the one age in years a sentence gives ("12-year-old Manizha
     * Rahimova": whom "the girl" refers to, though another woman was quoted since; "70-year-old": not "the boy").
     */
    private void noteAge(String sentence, String name) {
        Matcher age = AGE_IN_YEARS.matcher(sentence);
        if (age.find()) {
            int years = Integer.parseInt(age.group(1));
            if (!age.find() && (years < 18 || years >= 60)) {
                youngByName.putIfAbsent(name, years < 18);
            }
        }
    }

    /**
     * Whom "he" or "she" refers to when the last person quoted or named was {@code person}: that person, unless the
     * article has referred to them by the other pronoun; then the last person it referred to by this one (""...,"
     * she said" after a policeman was quoted, of the vendor quoted before him), or failing one the last person not known
     * by the other. A person first referred to by a pronoun keeps it.
     */
    private Speaker byPronoun(Speaker person, String pronoun) {
        String known = pronounOf.putIfAbsent(person.name(), pronoun);
        if (known == null || known.equals(pronoun)) {
            return person;
        }
        for (int i = peopleReferredTo.size() - 1; i >= 0; i--) {
            Speaker earlier = peopleReferredTo.get(i);
            if (pronoun.equals(pronounOf.get(earlier.name()))) {
                return new Speaker(earlier.name(), earlier.kind(), null);
            }
        }
        // nobody referred to by it yet: the last person not known by the other ("She adds" after a man described
        // as "his", of the woman quoted before him)
        for (int i = peopleReferredTo.size() - 1; i >= 0; i--) {
            Speaker earlier = peopleReferredTo.get(i);
            if (!earlier.name().equals(person.name()) && !pronounOf.containsKey(earlier.name())) {
                pronounOf.put(earlier.name(), pronoun);
                return new Speaker(earlier.name(), earlier.kind(), null);
            }
        }
        return person;
    }

    /**
     * The last person referred to by this pronoun, or failing one the last not known by the other, whose age, as their
     * description says it, is not against {@code young}: whom "the old woman" refers to after a girl was quoted.
     */
    private Optional<Speaker> byPronounOfAge(String pronoun, boolean young) {
        // first those known by the pronoun, then those known by neither whose description says their age, then the rest
        for (int pass = 0; pass < 3; pass++) {
            for (int i = peopleReferredTo.size() - 1; i >= 0; i--) {
                Speaker earlier = peopleReferredTo.get(i);
                String known = pronounOf.get(earlier.name());
                // first, too, whoever is known not to be referred to by the other pronoun and known to be of that age
                boolean fits = pass == 0 ? pronoun.equals(known) || known == null
                        && youngByName.get(earlier.name()) == Boolean.valueOf(young)
                        : known == null && (pass == 2 || youngByName.containsKey(earlier.name()));
                if (fits && youngByName.getOrDefault(earlier.name(), young) == young) {
                    pronounOf.put(earlier.name(), pronoun);
                    // the person last referred to keeps the role named with, as "she" would give it
                    return Optional.of(earlier == lastPerson ? earlier : new Speaker(earlier.name(), earlier.kind(), null));
                }
            }
        }
        return Optional.empty();
    }

    /** The one named person the article described by this noun, if only one was. */
    private Optional<Speaker> describedAs(String noun) {
        if (nameByNoun.containsKey(noun)) {
            return ambiguousNouns.contains(noun) ? Optional.empty()
                    : Optional.of(new Speaker(nameByNoun.get(noun), SourceKind.PERSON, null));
        }
        // "the former teacher" after "a former schoolteacher": a compound that ends in the noun, if one person's
        List<String> compounds = nameByNoun.keySet().stream()
                .filter(word -> word.length() >= noun.length() + 3 && noun.length() >= 4 && word.endsWith(noun)).toList();
        return compounds.size() == 1 && !ambiguousNouns.contains(compounds.get(0))
                ? Optional.of(new Speaker(nameByNoun.get(compounds.get(0)), SourceKind.PERSON, null)) : Optional.empty();
    }

    /**
     * Remembers the nouns of a named person's description, whom "the witness" or "the economist" is later, and
     * whether it names an office ("Its head", "the regional governor"), whose holder "the official" may be.
     */
    private void describe(String name, String description) {
        if (description == null) {
            return;
        }
        String lower = description.toLowerCase(Locale.ROOT);
        // "Her husband, Serhiy,", "the mother of one of the defendants": a noun that says a man or a woman, before
        // whatever the description says of others ("whose husband was detained" says nothing of her), tells which
        // pronoun refers to the person
        for (String written : SPACES.split(lower)) {
            // ("Her husband, a soldier": two descriptions joined by a comma)
            String word = written.endsWith(",") ? written.substring(0, written.length() - 1) : written;
            if (DESCRIPTION_TURNS.contains(word)) {
                break;
            }
            if (MEN.contains(word) || WOMEN.contains(word)) {
                referredToAs(name, MEN.contains(word) ? "he" : "she");
            }
            if (YOUNG_WORDS.contains(word) || OLD_WORDS.contains(word)) {
                youngByName.putIfAbsent(name, YOUNG_WORDS.contains(word));
            }
            if (MEN.contains(word) || WOMEN.contains(word)) {
                break;
            }
        }
        for (int start = 0, end; start < lower.length(); start = end + 1) {
            end = lower.indexOf(' ', start);
            end = end < 0 ? lower.length() : end;
            String word = lower.substring(start, end);
            if (OFFICES.contains(word) || OFFICE_WORDS.contains(word)) {
                officeHolders.add(name);
            }
            if (PERSON_NOUNS.contains(word) || COMPOUND_PERSON_NOUN.matcher(word).find()) {
                String known = nameByNoun.putIfAbsent(word, name);
                if (known != null && !known.equals(name)) {
                    ambiguousNouns.add(word);
                }
            }
        }
    }

    /**
     * A sentence that quotes nobody but has a person for its subject ("Hydrologist Rafig Verdiyev disagreed.",
     * "Shahlo Karimova, an economist in Dushanbe, expects ...", "Rahimov is not convinced.", "Speaking in Tbilisi,
     * ruling party chairman Irakli Kobakhidze accused ...") makes that person, with the role the sentence gives, the
     * one a following he or she refers to, as a quoted source would.
     */
    void mentionedFirst(String sentence) {
        Speaker lastBefore = last;
        int referredBefore = peopleReferredTo.size();
        subjectNamed = false;
        mentionedAsSubject(sentence);
        if (!subjectNamed && last == lastBefore && peopleReferredTo.size() == referredBefore) {
            namedInPassing(sentence);
        }
    }

    /**
     * A sentence that quotes nobody, has no person for its subject and names one person in full as someone it tells
     * of ("The shop next door belongs to a widow, Nasrin Haidari.", "The stall was run by Omid Sharifi until 2015.",
     * "Across the lane, blacksmith Farid Azimi ...") makes that person whom a following he or she refers to, with the
     * description it gives them. Not when it refers to the person before as well, by name or by a pronoun before the
     * new name ("He bought the shop from Omid Sharifi."): the sentence is then told of that person.
     */
    private void namedInPassing(String sentence) {
        // "..., and his cousin Bashir.": someone named by a given name after whom they are to someone is in that
        // relation at their first words, whether or not the sentence names another person too
        relatedInParagraph.forEach((name, relation) -> {
            if (sentence.indexOf(relation + " " + name) > 0) {
                introducedInPassing.putIfAbsent(name, new Introduction(relation, paragraphs));
            }
        });
        String named = null;
        for (String name : namesOfParagraph) {
            if (sentence.contains(name)) {
                if (named != null && !named.equals(name)) {
                    return; // two people: which one a pronoun after means, the sentence does not say
                }
                named = name;
            }
        }
        if (named == null) {
            relatedInPassing(sentence);
            return;
        }
        int at = sentence.indexOf(named);
        if (at <= 0 || PERSONAL_PRONOUN.matcher(sentence.substring(0, at)).find()
                || lastPerson != null && !lastPerson.name().equals(named) && refersTo(sentence, lastPerson.name())) {
            return;
        }
        String before = sentence.substring(0, at).stripTrailing();
        String[] wordsBefore = SPACES.split(before.endsWith(",") ? before.substring(0, before.length() - 1) : before);
        String word = wordsBefore[wordsBefore.length - 1].toLowerCase(Locale.ROOT);
        String role = null;
        // "..., who learned calligraphy from his grandfather, and his cousin Bashir.": the clause of who someone is,
        // closing the sentence, without a second person joined after it
        Matcher relative = RELATIVE_CLAUSE_CLOSING.matcher(sentence).region(at + named.length(), sentence.length());
        String clause = relative.matches() ? SECOND_PERSON_JOINED.matcher(relative.group("clause")).replaceFirst("")
                : null;
        if (before.endsWith(",")) {
            // "belongs to a widow, Nasrin Haidari": the description set apart before the name is who she is
            Matcher apposed = APPOSED_BEFORE_NAME.matcher(before);
            if (!apposed.find() || !namesAPerson(apposed.group("description"))) {
                return;
            }
            role = apposed.group("description");
        } else if (word.equals("by") && PASSIVE.matcher(before).find()) {
            role = clause; // "It is run by Nasir Haidari, 41, who learned calligraphy ...": who he is
        } else if (!PERSON_NOUNS.contains(word)
                && !MEN.contains(word) && !WOMEN.contains(word)) {
            // "was run by Omid Sharifi", "his cousin Farid Azimi"; other capitalised words may be a place's
            Matcher described = DESCRIBED_AFTER_NAME.matcher(sentence).region(at + named.length(), sentence.length());
            // ("belongs to Saidali Rahmonov, 71, who ...": an age set apart after the name says a person too)
            boolean aged = AGE_SET_APART.matcher(sentence).region(at + named.length(), sentence.length()).lookingAt();
            // ("belongs to Abdul Wahid, 52, who learned the trade from his father": so does a clause of who they are,
            // which is their role, an age before it or not)
            if (clause != null) {
                role = clause;
            } else if (!aged && (!described.lookingAt() || !namesAPerson(described.group(1)))) {
                return;
            }
        }
        describe(named, role);
        followInPassing(named, role);
    }

    /** The person a sentence named in passing, in the role it gave, if any: whom he or she refers to next. */
    private void followInPassing(String name, String role) {
        if (role != null) {
            introducedInPassing.putIfAbsent(name, new Introduction(role, paragraphs));
        }
        last = new Speaker(name, SourceKind.PERSON, role);
        referTo(last);
        subjectParagraph = paragraphs;
    }

    /**
     * "Across the lane, charcoal is sold by his nephew Naqibullah.": someone named inside a sentence that reports no
     * words by a given name alone after whom they are to someone, who is whom a following he or she refers to, in that
     * relation (not when the sentence opens with them, which the rules of a subject read, or names someone else).
     */
    private void relatedInPassing(String sentence) {
        String named = null;
        for (Map.Entry<String, String> related : relatedInParagraph.entrySet()) {
            int at = sentence.indexOf(related.getValue() + " " + related.getKey());
            if (at > 0) {
                if (named != null) {
                    return;
                }
                named = related.getKey();
            }
        }
        if (named == null || PERSONAL_PRONOUN.matcher(sentence.substring(0, sentence.indexOf(named))).find()
                || lastPerson != null && refersTo(sentence, lastPerson.name())) {
            return;
        }
        followInPassing(named, relatedInParagraph.get(named));
    }

    /** Whether a sentence names this person, in full or by the surname or given name the article knows them by. */
    private boolean refersTo(String sentence, String name) {
        if (sentence.contains(name)) {
            return true;
        }
        for (String word : SPACES.split(name)) {
            if (word.length() > 2 && (name.equals(fullNameBySurname.get(word))
                    || name.equals(fullNameByGivenName.get(word))) && containsWord(sentence, word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsWord(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            if ((at == 0 || !Character.isLetter(text.charAt(at - 1)))
                    && (end == text.length() || !Character.isLetter(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    private void mentionedAsSubject(String sentence) {
        if (sentence.startsWith("The ") || OWNER_FIRST.matcher(sentence).lookingAt()) {
            // "The office of the attorney general, Consuelo Porras, has rejected ...": "the office" later
            // and "it" in the next sentence ("The prosecutor general's office did not respond. ... it has insisted")
            Optional<String> body = subjectBeforeVerb(sentence).flatMap(BodyNames::named);
            if (body.isPresent()) {
                bodyByKind.put(kindOf(body.get()), body.get());
                last = organisation(body.get());
            }
        }
        // "A reporter for a radio station in Kabul, who asked that his name be withheld, described ...": an unnamed
        // source introduced without words, whom the "he said" after refers to
        Matcher unnamed = UNNAMED_SUBJECT.matcher(sentence);
        if (unnamed.lookingAt() && WITHHOLDS_NAME.matcher(unnamed.group("clause")).find()) {
            String who = unnamed.group("who");
            last = new Speaker(Character.toLowerCase(who.charAt(0)) + who.substring(1), SourceKind.ANONYMOUS, null);
            referTo(last);
            subjectParagraph = paragraphs;
            return;
        }
        Matcher among = AMONG_THEM.matcher(sentence);
        if (among.lookingAt()) {
            // "Among them is Juan Luis Font, a former editor who now hosts a podcast from Mexico."
            // "Among her pupils is 12-year-old Manizha Rahimova, who ...": an age before the name says no more
            Optional<Speaker> named = speaker(AGE_BEFORE_NAME.matcher(SENTENCE_STOP.matcher(
                            sentence.substring(among.end())).replaceFirst("")).replaceFirst(""))
                    .filter(s -> s.kind() == SourceKind.PERSON && !authorKeys.contains(SourceNames.key(s.name())));
            if (named.isPresent()) {
                if (named.get().role() != null) {
                    // ("Among them is Mursal Ahmadi, 24, one of the few women in the lane, who opened ...": the role
                    // she is named in is her first words' role, by her surname a paragraph on too)
                    introducedInPassing.putIfAbsent(named.get().name(), new Introduction(named.get().role(), paragraphs));
                }
                describe(named.get().name(), named.get().role());
                noteAge(sentence, named.get().name());
                last = named.get();
                referTo(last);
                subjectParagraph = paragraphs;
                return;
            }
        }
        Matcher intro = INTRODUCTORY.matcher(sentence);
        String rest = intro.lookingAt() ? sentence.substring(intro.end()) : sentence;
        // "In the village of Shikahogh, 70-year-old Grigor Avetisyan waited ...": an age before the name says no
        // more than one after it
        String ageless = AGE_BEFORE_NAME.matcher(rest).replaceFirst("");
        boolean aged = ageless.length() < rest.length();
        rest = ageless;
        Optional<Speaker> namedAs = namedAs(rest);
        if (namedAs.isPresent()) {
            last = namedAs.get();
            referTo(last);
            subjectParagraph = paragraphs;
            return;
        }
        Matcher oneOf = rest.startsWith("One of ") || rest.startsWith("Another of ") ? ONE_OF_SUBJECT.matcher(rest)
                : null;
        if (oneOf != null && oneOf.lookingAt()) {
            Optional<Speaker> named = speaker(oneOf.group("who"));
            if (named.isPresent() && named.get().kind() == SourceKind.PERSON
                    && !authorKeys.contains(SourceNames.key(named.get().name()))) {
                describe(named.get().name(), named.get().role());
                last = named.get();
                referTo(last);
                subjectParagraph = paragraphs;
            }
            return;
        }
        if (rest.contains(" by ") && agentLast(rest)) {
            return;
        }
        String clause = rest;
        Optional<String> possessed = clause.startsWith("His ") || clause.startsWith("Her ") || clause.startsWith("Their ")
                ? subjectBeforeVerb(clause).filter(subjectWords -> POSSESSED_PERSON.matcher(subjectWords).matches()
                        // (not "Her husband, Serik, sells ...": a name set apart after it says who)
                        && clause.startsWith(subjectWords + " ")
                        // (a sentence that says no more of them than how they took it: "His father built the house
                        // in 1962" is told of someone while the person the text follows goes on speaking)
                        && SPACES.split(clause.substring(subjectWords.length()).strip()).length <= 3)
                : Optional.empty();
        if (possessed.isPresent()) {
            // "Her travelling companion was blunter.": someone described by whose they are and not named, introduced
            // by a short sentence of their own, is whom a following he or she refers to (the person named so before,
            // where one was)
            String noun = possessed.get().substring(possessed.get().lastIndexOf(' ') + 1);
            last = describedAs(noun).orElse(new Speaker(possessed.get(), SourceKind.ANONYMOUS, null));
            referTo(last);
            subjectParagraph = paragraphs;
            return;
        }
        if (!aged && !mayOpenWithName(rest)) {
            // most sentences: no capital after their first word, and no known name first (after an age,
            // "Twelve-year-old Aruzhan, who ...", a given name alone)
            return;
        }
        Matcher subject = SUBJECT_ROLE_FIRST.matcher(rest);
        if (subject.lookingAt() && VERB_OF_A_CLAUSE.matcher(subject.group("who")).find()) {
            // "The kiosk stands between the stalls of a seamstress, Zulfiya Saidova, ...": a sentence of its own
            // before the name, not who the person is; the name is met in passing
            return;
        }
        if (!subject.lookingAt() && rest.contains(" named ")) {
            subject = SUBJECT_NAMED.matcher(rest);
        }
        if (!subject.lookingAt()) {
            subject = SUBJECT_DESCRIBED.matcher(rest);
            if (!subject.lookingAt()) {
                return;
            }
        }
        String who = subject.group("who");
        int comma = who.indexOf(',');
        String[] words = SPACES.split(comma < 0 ? who : who.substring(0, comma));
        if (words.length == 1 && !aged && !fullNameBySurname.containsKey(words[0])) {
            return; // "The", "Officials": one capitalised word, no name met before ("Twelve-year-old Aruzhan" is one)
        }
        Optional<Speaker> named = speaker(who);
        if (named.isEmpty() && aged && words.length == 1 && comma < 0) {
            // "17-year-old Dilnoza takes two buses ...": an age before one capitalised word makes it a given name
            named = Optional.of(new Speaker(words[0], SourceKind.PERSON, null));
        }
        int apposition = who.indexOf(", ");
        if (named.isPresent() && apposition > 0 && PARTICIPLE.matcher(who.substring(apposition + 2)).lookingAt()) {
            // "Ngabo, dressed in a dark suit, listened": how the person was, not who
            named = Optional.of(new Speaker(named.get().name(), named.get().kind(), null));
        }
        if (named.isPresent() && named.get().kind() == SourceKind.PERSON
                && !authorKeys.contains(SourceNames.key(named.get().name()))) {
            subjectNamed = true;
            describe(named.get().name(), named.get().role());
            // "Prosecutor X asked him who ... He replied": the he who answers is the one asked, not X
            String after = rest.substring(subject.end("who"));
            if (named.get().role() != null) {
                introducedAs.putIfAbsent(named.get().name(), named.get().role());
            }
            // "At the entrance, 64-year-old Levon Harutyunyan sells ...": the age, up to the end of who
            noteAge(sentence.substring(0, sentence.length() - after.length()), named.get().name());
            // "Ahmed Karimi opened his bicycle shop in 1998": he, not she, from then on
            String subjectName = named.get().name();
            ownPronoun(after).ifPresent(pronoun -> referredToAs(subjectName, pronoun));
            if (!(after.contains(" him") || after.contains(" her ")) || !ADDRESSES_SOMEONE.matcher(after).find()) {
                last = new Speaker(named.get().name(), SourceKind.PERSON, named.get().role());
                referTo(last);
                subjectParagraph = paragraphs;
            }
        }
    }

    /**
     * The pronoun a sentence's subject is referred to by within what the sentence says of them: "his" or "himself",
     * "her" before what is hers or "herself", before anyone else is named or a clause about another begins. Empty when
     * none comes first ("gave her the keys": her is someone else).
     */
    static Optional<String> ownPronoun(String predicate) {
        String[] words = SPACES.split(predicate.strip());
        for (int i = 0; i < words.length; i++) {
            String word = TRAILING_PUNCTUATION.matcher(words[i]).replaceFirst("");
            if (word.isEmpty() || Character.isUpperCase(word.charAt(0)) || CLAUSE_TURNS.contains(word)
                    || !word.equals(words[i]) && !word.equals("his")) {
                return Optional.empty(); // another person may be named, or the clause ends
            }
            if (word.equals("his") || word.equals("himself")) {
                return Optional.of("he");
            }
            if (word.equals("herself") || word.equals("her") && i + 1 < words.length
                    && !NOT_AFTER_POSSESSIVE.contains(words[i + 1]) && Character.isLowerCase(words[i + 1].charAt(0))) {
                return Optional.of("she");
            }
        }
        return Optional.empty();
    }

    /** Whether a sentence ends with a person, named in full, by whom something was done ({@link #AGENT_LAST}). */
    private boolean agentLast(String sentence) {
        Matcher agent = AGENT_LAST.matcher(sentence);
        if (!agent.find() || !PASSIVE.matcher(sentence.substring(0, agent.start())).find()) {
            return false;
        }
        Optional<Speaker> named = speaker(agent.group("who"));
        if (named.isEmpty() || named.get().kind() != SourceKind.PERSON
                || authorKeys.contains(SourceNames.key(named.get().name()))) {
            return false;
        }
        describe(named.get().name(), named.get().role());
        if (named.get().role() != null) {
            introducedAs.putIfAbsent(named.get().name(), named.get().role());
        }
        last = named.get();
        referTo(last);
        subjectParagraph = paragraphs;
        return true;
    }

    /**
     * A person introduced by a description and the one name given for them ({@link #NAMED_AS}), with that
     * description as their role; the name alone, and the description's nouns, refer to them from then on.
     */
    private Optional<Speaker> namedAs(String phrase) {
        if (!phrase.contains(" as ") && !phrase.contains(" pseudonym ") && !phrase.contains(" call sign ")) {
            return Optional.empty();
        }
        Matcher m = NAMED_AS.matcher(phrase);
        if (!m.lookingAt() || authorKeys.contains(SourceNames.key(m.group("name")))) {
            return Optional.empty();
        }
        String name = m.group("name");
        String role = m.group("described").strip();
        int comma = role.indexOf(", ");
        if (comma > 0 && !namesAPerson(role.substring(0, comma)) && namesAPerson(role.substring(comma + 2))) {
            // "A few metres away, a 13-year-old boy who gave his name only as Behruz": where, before who
            role = role.substring(comma + 2);
        }
        fullNameBySurname.putIfAbsent(name, name);
        describe(name, role);
        return Optional.of(new Speaker(name, SourceKind.PERSON, role));
    }

    /** Whether a text has a capital within its first words after the first, or opens with a name already met. */
    private boolean mayOpenWithName(String text) {
        int space = text.indexOf(' ');
        if (space < 1) { // "A hydrologist at the university, Abdelwanees Ashoor, published ..." opens with "A"
            return false;
        }
        for (int i = space + 1; i < Math.min(text.length(), 80); i++) {
            if (Character.isUpperCase(text.charAt(i))) {
                return true;
            }
        }
        // "Rahimov is not convinced.", "Sherwan, 34, now drives a taxi."
        return fullNameBySurname.containsKey(TRAILING_COMMA.matcher(text.substring(0, space)).replaceFirst(""));
    }

    /**
     * Reads a speaker phrase: a name with or without its role, an anonymous description, a pronoun; or, when the
     * phrase is more than that, the subject of its last subordinate clause ("Protesters gathered after the
     * ministry" said ...). A person named without a role, who was made the subject of a sentence of the same
     * paragraph with one ("His neighbour Vitaliy still does. ... Vitaliy said"), has that role.
     */
    Optional<Speaker> speaker(String given) {
        // "The UN's human rights office (OHCHR) said": the acronym in parentheses repeats the name
        String phrase = given.indexOf('(') < 0 ? given : ACRONYM_IN_PARENTHESES.matcher(given).replaceAll("");
        Matcher whichLast = WHICH_LAST.matcher(phrase);
        if (whichLast.find()) {
            // "paid for by a charity in Los Angeles, the Armenian Dental Fund, which said ...": what "which" stands
            // for, set apart before it, says it, and a thing that says something is a body, not a person
            // ("wrote to the Ministry of Health, which said": the capitalised words the clause ends with; "a Swiss
            // charity, Medair, which said": a name no rule knows, a body's all the same)
            String before = phrase.substring(0, whichLast.start());
            String setApart = before.substring(before.lastIndexOf(',') + 1).strip();
            Matcher named = TRAILING_CAPITALISED.matcher(setApart);
            boolean capitalised = named.find();
            String antecedent = capitalised ? named.group("name") : setApart;
            Optional<Speaker> body = speakerPhrase(antecedent);
            if (body.isEmpty() && capitalised) {
                body = Optional.of(new Speaker(THE.matcher(antecedent).replaceFirst(""), SourceKind.ORGANISATION, null));
            }
            return body.map(found -> new Speaker(found.name(), SourceKind.ORGANISATION, null));
        }
        // "..., had pushed a law, which protesters said would ...": the relative clause's own subject speaks
        int which = phrase.lastIndexOf(", which ");
        if (which >= 0 && phrase.indexOf(',', which + 8) < 0) {
            return speakerPhrase(phrase.substring(which + 8));
        }
        Matcher whoAfter = NAMED_THEN_WHO.matcher(phrase);
        if (whoAfter.find()) {
            // "His customers include Fatima, a widow who takes in sewing, and who said ...": whom "who" stands for,
            // named and described before it
            Optional<Speaker> named = speakerPhrase(whoAfter.group("name") + ", " + whoAfter.group("role"))
                    .filter(found -> found.kind() == SourceKind.PERSON);
            if (named.isPresent()) {
                return named;
            }
        }
        int joined = joinedClause(phrase);
        if (joined > 0) {
            // "..., carved balconies are disappearing, and the heritage agency says": a clause of its own, then one
            // joined to it by "and" or "but", whose subject speaks
            Optional<Speaker> second = speakerPhrase(phrase.substring(joined));
            if (second.isPresent()) {
                return second;
            }
        }
        Matcher whileClause = WHILE_CLAUSE.matcher(phrase);
        if (whileClause.find() && phrase.indexOf(',', whileClause.end()) < 0) {
            // "The defence rested its case, while lead counsel X argued that": a clause of its own, then who speaks
            return speakerPhrase(phrase.substring(whileClause.end()));
        }
        Optional<Speaker> found = speakerPhrase(phrase);
        if (found.isEmpty() && SECOND_VERB.matcher(phrase).find()) {
            // "The governor, Adolphe Lele L'Afrique, has ordered all schools to reopen and promised that ...", "X
            // welcomed the verdict but warned that ...": the sentence's subject, before its first verb, is the speaker
            // of the second
            found = subjectOf(phrase);
        }
        if (found.isEmpty()) {
            int clause = lastSubordinateClause(phrase);
            if (clause > 0) {
                found = speakerPhrase(phrase.substring(clause));
            }
        }
        if (found.isPresent() && found.get().role() == null && found.get().kind() == SourceKind.PERSON
                && lastPerson != null && lastPerson.role() != null && subjectParagraph == paragraphs
                && lastPerson.name().equals(found.get().name())) {
            return Optional.of(lastPerson);
        }
        if (found.isPresent() && found.get().role() == null && found.get().kind() == SourceKind.PERSON
                && phrase.indexOf(',') < 0 && !quotedPeople.contains(found.get().name())) {
            // "Rauf Huseynov, an ecologist at ..., has studied ...", paragraphs later ""...," Huseynov said": his
            // first words, in the role he was introduced with; so too where a paragraph before named him in passing
            // ("founded by Gulzat Mamyrova, a former schoolteacher"), not the one he speaks in, which gives its own
            String name = found.get().name();
            Introduction passing = introducedInPassing.get(name);
            String role = introducedAs.containsKey(name) ? introducedAs.get(name)
                    : passing != null && passing.paragraph() < paragraphs ? passing.role() : null;
            if (role != null) {
                return Optional.of(new Speaker(name, SourceKind.PERSON, role));
            }
        }
        return found;
    }

    /**
     * Who a clause's subject is, named before its first verb, with a role first or a description after ("A
     * hydrologist at the university, Abdelwanees Ashoor, published ..."); empty when it opens otherwise.
     */
    Optional<Speaker> subjectOf(String clause) {
        Matcher subject = SUBJECT_ROLE_FIRST.matcher(clause);
        if (!subject.lookingAt()) {
            subject = SUBJECT_DESCRIBED.matcher(clause);
        }
        Optional<Speaker> named = subject.lookingAt() ? speakerPhrase(subject.group("who")) : Optional.empty();
        // "The Russian foreign ministry welcomed the operation but warned ...": a body, unnamed, before its first verb
        return named.isPresent() ? named : subjectBeforeVerb(clause).flatMap(this::speakerPhrase)
                .filter(speaker -> speaker.kind() == SourceKind.ORGANISATION);
    }

    /**
     * Where the subject of a clause joined by ", and" or ", but" begins, after the phrase's last comma, when what stands
     * before it, back to the comma before, is a clause of its own (four words at least, not a clause about someone:
     * "Ali Karimov, who heads the council, and his deputy" are two people); -1 when it is not that.
     */
    private static int joinedClause(String phrase) {
        int comma = phrase.lastIndexOf(',');
        Matcher joined = comma < 0 ? null : JOINED_CLAUSE.matcher(phrase).region(comma, phrase.length());
        if (joined == null || !joined.lookingAt()) {
            return -1;
        }
        String before = phrase.substring(phrase.lastIndexOf(',', comma - 1) + 1, comma).strip();
        return SPACES.split(before).length >= 4 && !RELATIVE_OPENING.matcher(before).lookingAt() ? joined.end() : -1;
    }

    /** Where the words after the phrase's last subordinating word begin, or -1 when it has none before its end. */
    private static int lastSubordinateClause(String phrase) {
        int end = phrase.length();
        while (end > 0) {
            int space = phrase.lastIndexOf(' ', end - 1);
            int start = space + 1;
            if (start < end && end < phrase.length()
                    && SUBORDINATORS.contains(phrase.substring(start, end).toLowerCase(Locale.ROOT))) {
                return end + 1;
            }
            if (space < 0) {
                return -1;
            }
            end = space;
        }
        return -1;
    }

    private Optional<Speaker> speakerPhrase(String phrase) {
        // "But a researcher at a Kabul university, who asked ...,": a conjunction opening the sentence is not who
        Matcher conjunction = LEADING_CONJUNCTION.matcher(phrase);
        if (conjunction.lookingAt()) {
            return speakerPhrase(phrase.substring(conjunction.end()));
        }
        // "On the southern bank, Arbnora Hoxha, who teaches English," : where or when, then who
        // "Under cross-examination by defence lawyer X, the witness": whoever the opening names is not who speaks
        Matcher intro = INTRODUCTORY.matcher(phrase);
        if (intro.lookingAt()) {
            Optional<Speaker> after = speakerPhrase(phrase.substring(intro.end()));
            // "Asked by presiding judge X why ..., the witness replied": who asked is never who answers
            if (after.isPresent() || QUESTIONED_BY.matcher(phrase).lookingAt()) {
                return after;
            }
        }
        // "Witness RM-017", "protected witness B-1122": a witness by the code the court gives, what stands before it
        // the role
        Matcher coded = phrase.contains("itness ") ? CODED_WITNESS.matcher(phrase.strip()) : null;
        if (coded != null && coded.matches()) {
            return Optional.of(new Speaker(coded.group("code"), SourceKind.PERSON, coded.group("role")));
        }
        // "In February the government declared ...": when, without a comma, then who
        Matcher when = LEADING_WHEN.matcher(phrase);
        if (when.lookingAt()) {
            Optional<Speaker> after = speakerPhrase(phrase.substring(when.end()));
            if (after.isPresent()) {
                return after;
            }
        }
        String p = TRAILING_COMMA.matcher(phrase.strip()).replaceAll("").strip();
        if (p.isEmpty() || p.length() > 200) {
            return Optional.empty();
        }
        // "The European Union has warned", "Kobakhidze later said": when or how, not who
        for (int space = p.lastIndexOf(' '); space > 0 && BEFORE_CUE_WORDS.contains(p.substring(space + 1));
             space = p.lastIndexOf(' ')) {
            p = p.substring(0, space).stripTrailing();
        }
        // "The government, for its part, says": a word set apart for the argument's sake, not who
        p = TRAILING_ASIDE.matcher(p).replaceFirst("");
        // "A former police officer this week told": when, between who and the verb (not in a clause about them:
        // "who left Tajikistan last year")
        if (p.indexOf(',') < 0 && !p.contains(" who") && !p.contains(" which ")) {
            p = TRAILING_WHEN.matcher(p).replaceFirst("");
        }
        // "Ashraf Ghani, the president, later told": the comma before "later" closed the description
        p = TRAILING_COMMA.matcher(p).replaceAll("").strip();
        Optional<Speaker> namedAs = namedAs(p);
        if (namedAs.isPresent()) {
            return namedAs;
        }
        // "A statement from the presidential office": whose the words are
        Matcher paper = p.length() > 12 && (p.charAt(0) == 'A' || p.charAt(0) == 'T') ? PAPER_FROM.matcher(p) : null;
        if (paper != null && paper.matches()) {
            return resolve(paper.group("who"));
        }
        // "RSF commander Mohamed Hamdan Dagalo, known as Hemedti,": another name for the person named, not a role
        if (p.contains(" known as ")) {
            p = ALIAS_AFTER_NAME.matcher(p).replaceFirst("");
        }
        // "one of them, Taras, at the Troieshchyna market": where the person was is no part of who
        Matcher where = p.indexOf(", ") > 0 ? TRAILING_WHERE.matcher(p) : null;
        if (where != null && where.find() && where.start() > 0) {
            p = p.substring(0, where.start());
        }
        // "Professor Aliya Bekova of Nazarbayev University": the person, whose body it is says where they work
        Matcher affiliated = p.contains(" of ") || p.contains(" at ") || p.contains(" from ") ? AFFILIATED.matcher(p)
                : null;
        if (affiliated != null && affiliated.matches() && BodyNames.named(affiliated.group("body")).isPresent()) {
            Optional<Speaker> person = resolve(affiliated.group("who"));
            if (person.isPresent() && person.get().kind() == SourceKind.PERSON) {
                return person;
            }
        }
        int relative = p.indexOf(" who ");
        if (relative > 0 && p.indexOf(',') < 0 && WITHHOLDS_NAME.matcher(p.substring(relative)).find()) {
            // "a finance ministry official who asked not to be named": the description, without why it is all
            // ("a girl who attends one such class and asked that her name not be published": what the clause says of
            // her before "and" is who she is)
            int joined = p.indexOf(" and ", relative);
            String described = joined > 0 && !WITHHOLDS_NAME.matcher(p.substring(relative, joined)).find()
                    && WITHHOLDS_NAME.matcher(p.substring(joined)).find() ? p.substring(0, joined)
                    : p.substring(0, relative);
            if (INDEFINITE.matcher(described).lookingAt() || isDescribedPerson(described)) {
                return Optional.of(new Speaker(Character.toLowerCase(described.charAt(0)) + described.substring(1),
                        SourceKind.ANONYMOUS, null));
            }
        }
        String[] segments = COMMA.split(p);
        if (segments.length == 2 && AGE_BEFORE_NAME.matcher(segments[1].strip()).lookingAt()
                && isLoneName(AGE_BEFORE_NAME.matcher(segments[1].strip()).replaceFirst(""))) {
            // "The youngest member, 19-year-old Aizhan,": the age before the name is no part of it, nor a role
            p = segments[0].strip() + ", " + AGE_BEFORE_NAME.matcher(segments[1].strip()).replaceFirst("");
            segments = COMMA.split(p);
        }
        if (segments.length == 3 && INDEFINITE.matcher(segments[0].strip()).lookingAt()
                && INDEFINITE.matcher(segments[1].strip()).lookingAt() && segments[1].contains(" who ")
                && WITHHOLDS_NAME.matcher(segments[1]).find()) {
            // "Another former resident, a retired engineer who gave only his first name, Rauf,": of two descriptions
            // the nearer, the one that gives the name, says who
            return speakerPhrase(segments[1].strip() + ", " + segments[2].strip());
        }
        if (segments.length == 3 && POSSESSED_PERSON.matcher(segments[0].strip()).matches()
                && INDEFINITE.matcher(segments[1].strip()).lookingAt() && segments[1].contains(" who ")
                && WITHHOLDS_NAME.matcher(segments[1]).find()) {
            // "Her neighbour, a man in his seventies who would give only his first name, Petro,": whose he is says
            // more than an indefinite first description does, and both say who
            String both = segments[0].strip() + ", " + segments[1].substring(0, segments[1].indexOf(" who ")).strip();
            return speakerPhrase(segments[1].strip() + ", " + segments[2].strip())
                    .map(named -> named.kind() != SourceKind.PERSON ? named
                            : new Speaker(named.name(), SourceKind.PERSON, both));
        }
        if (segments.length == 3 && segments[1].strip().startsWith("who ")
                && WITHHOLDS_NAME.matcher(segments[1]).find()) {
            // "One of them, who gave only his first name, Talant,": who, then the name, without why it is one name
            p = segments[0].strip() + ", " + segments[2].strip();
            segments = new String[] {segments[0], segments[2]};
        }
        if (segments.length == 3 && segments[2].strip().startsWith("who ") && isLoneName(segments[1].strip())
                && WITHHOLDS_NAME.matcher(segments[2]).find()) {
            // "The victim, Zurab, who asked that his surname not be published,": the name given is who, whatever
            // else is withheld
            p = segments[0].strip() + ", " + segments[1].strip();
            segments = new String[] {segments[0], segments[1]};
        }
        // "The Ministry of Culture, Information, Sport and Youth Policy": the commas of a body's fields, not of who
        // someone is
        Optional<String> withFields = segments.length >= 2 ? BodyNames.named(p.strip()) : Optional.empty();
        if (withFields.isPresent()) {
            return withFields.map(SpeakerResolver::organisation);
        }
        if (segments.length >= 2) {
            // "One of them, Sayfullo," : a person named among others
            Matcher among = segments.length == 2 ? ONE_OF.matcher(segments[0].strip()) : null;
            if (among != null && among.matches()) {
                String given = segments[1].strip();
                Optional<Speaker> named = resolve(given);
                String group = among.group("among");
                // "One of them" says no more than who is named; "One of the drivers", "One of her students" do
                String role = group == null || group.equals("them") || group.equals("those") ? null
                        : segments[0].strip();
                if (named.isPresent() && named.get().kind() == SourceKind.PERSON) {
                    // "one of the organisers, a student named Aliya Nurlanova": both say who she is; "One of the
                    // accused, student Narek Sargsyan": the occupation does
                    String own = named.get().role();
                    return Optional.of(new Speaker(named.get().name(), SourceKind.PERSON, own == null ? role
                            : role != null && A_DESCRIPTION.matcher(own).lookingAt() ? role + ", " + own : own));
                }
                // "One of them, a foreman who asked not to be named," : the description is who
                if (named.isPresent() && named.get().kind() == SourceKind.ANONYMOUS) {
                    return named;
                }
                if (named.isEmpty() && isLoneName(given) && !authorKeys.contains(SourceNames.key(given))) {
                    fullNameBySurname.putIfAbsent(given, given);
                    return Optional.of(new Speaker(given, SourceKind.PERSON, role));
                }
            }
            Optional<Speaker> first = resolve(segments[0]);
            String rest = p.substring(p.indexOf(',') + 1).strip();
            // "A student at Tbilisi State University, Mariam,": a description, then the one name the article gives
            // (opening with "one" or "another" too: "one seller, who gave only his first name, Aziz")
            if (segments.length == 2 && first.isPresent() && first.get().kind() == SourceKind.ANONYMOUS
                    && INDEFINITE.matcher(segments[0].strip()).lookingAt() && isLoneName(rest)
                    && resolve(rest).isEmpty() && !authorKeys.contains(SourceNames.key(rest))) {
                fullNameBySurname.putIfAbsent(rest, rest);
                return Optional.of(new Speaker(rest, SourceKind.PERSON, segments[0].strip()));
            }
            // "the district's education officer, Aigul Bekova": someone described by whose office they hold, then
            // named: the person, in that role
            if (segments.length == 2 && first.isPresent() && first.get().kind() == SourceKind.ANONYMOUS
                    && OWNED_OFFICE.matcher(segments[0].strip()).matches()) {
                Optional<Speaker> named = resolve(rest);
                if (named.isPresent() && named.get().kind() == SourceKind.PERSON && named.get().role() == null) {
                    return Optional.of(new Speaker(named.get().name(), SourceKind.PERSON, segments[0].strip()));
                }
            }
            // "Their coach, former world champion Levan Kharaishvili,": whose the person is, then what they are before
            // their name: both, as after "named" ("Their coordinator, a former schoolteacher named ...")
            if (segments.length == 2 && POSSESSED_PERSON.matcher(segments[0].strip()).matches()) {
                Optional<Speaker> named = resolve(rest);
                if (named.isPresent() && named.get().kind() == SourceKind.PERSON && named.get().role() != null
                        && Character.isLowerCase(named.get().role().charAt(0))) {
                    return Optional.of(new Speaker(named.get().name(), SourceKind.PERSON,
                            segments[0].strip() + ", " + named.get().role()));
                }
            }
            // "Barki Tojik, the state power company," : a name, then what kind of body it is
            if (first.isPresent() && first.get().kind() == SourceKind.PERSON && segments.length == 2
                    && BodyNames.isKind(rest)) {
                return Optional.of(new Speaker(segments[0].strip(), SourceKind.ORGANISATION, null));
            }
            // "Ukrenergo, the national grid operator," : one word no person has been named by, then what kind of
            // body it is, with "the" ("Gulnara, a crane operator," is a person; a body's trade, "operator",
            // "broadcaster", counts only here: "the crane operator" alone is a person)
            String word = segments[0].strip();
            if (segments.length == 2 && !word.contains(" ") && CAPITALISED.matcher(word).matches()
                    && (first.isEmpty() || first.get().kind() == SourceKind.PERSON && first.get().name().equals(word))
                    && rest.startsWith("the ") && BodyNames.describesABody(rest)) {
                return Optional.of(new Speaker(word, SourceKind.ORGANISATION, null));
            }
            // "the Independent Journalists and Communicators of Nicaragua, a group of reporters in exile": a name of
            // several capitalised words, then what kind of body it is
            Optional<String> bodyName = segments.length == 2 ? BodyNames.nameBeforeKind(segments[0].strip(), rest)
                    : Optional.empty();
            if (bodyName.isPresent()) {
                return Optional.of(new Speaker(bodyName.get(), SourceKind.ORGANISATION, null));
            }
            // "Rustam Jumaev, a spokesperson for ..." : a name, then its role
            if (first.isPresent() && first.get().kind() == SourceKind.PERSON && (STARTS_LOWER.matcher(rest).lookingAt()
                    || OWNER_FIRST.matcher(rest).lookingAt()
                    || LEADING_AGE.matcher(rest).lookingAt())) {
                // "Psychologist Taras Hnatiuk, who works with the schools,", "Witness Natalia Boiko, whose husband
                // was detained,": the title before the name is the role; a clause about the person only says more
                // "pensioner Valentina Cebotari, 69,": an age alone says no more than the occupation before the name
                // "Opposition leader X, speaking to reporters outside ...,": what the person was doing, not who
                String described = PARTICIPLE.matcher(rest).lookingAt() ? null : describedRole(rest);
                // ("Student Bektur Asanov, 20, who has given blood ...,": after an age, too)
                String afterAge = LEADING_AGE.matcher(rest).replaceFirst("");
                String role = first.get().role() != null
                        && (RELATIVE_OPENING.matcher(afterAge).lookingAt() || described == null)
                        ? first.get().role() : described;
                if (first.get().role() != null && described != null && POSSESSED_PERSON.matcher(first.get().role()).matches()
                        && A_DESCRIPTION.matcher(rest).lookingAt()) {
                    // "Her neighbour Gagik, a former bus driver from Stepanakert,": whose he is and what he is, both
                    role = first.get().role() + ", " + described;
                }
                return Optional.of(new Speaker(first.get().name(), SourceKind.PERSON, role));
            }
            // "Gulnara, a dried fruit seller" : a person named by a given name alone, and who she is; later
            // mentions of the name alone are her
            if (first.isEmpty() && isLoneName(segments[0].strip()) && INTRODUCES_PERSON.matcher(rest).lookingAt()) {
                String given = segments[0].strip();
                fullNameBySurname.putIfAbsent(given, given);
                if (!authorKeys.contains(SourceNames.key(given))) {
                    return Optional.of(new Speaker(given, SourceKind.PERSON, describedRole(rest)));
                }
            }
            // "A Tajik border guard, who did not want to be named," and "an engineer, speaking on condition of
            // anonymity,": the clause makes whoever the description names anonymous; it says why, not who
            String described = segments[0].strip();
            // "A pensioner in Kant, who gave only her first name, Saltanat,": the clause names her after all
            Matcher givenOnly = GAVE_GIVEN_NAME.matcher(rest);
            if (INDEFINITE.matcher(described).lookingAt() && givenOnly.matches() && isLoneName(givenOnly.group(1))
                    && !authorKeys.contains(SourceNames.key(givenOnly.group(1)))) {
                fullNameBySurname.putIfAbsent(givenOnly.group(1), givenOnly.group(1));
                return Optional.of(new Speaker(givenOnly.group(1), SourceKind.PERSON, described));
            }
            // "The social fund, which pays pensions,": a body, then what it does; "the Syria Response Coordination
            // Group, a monitoring body": a body, then what kind it is
            // "The Syrian Civil Defence, known as the White Helmets,": another name of the same body
            if (first.isPresent() && first.get().kind() == SourceKind.ORGANISATION && (rest.startsWith("which ")
                    || PARTICIPLE.matcher(rest).lookingAt() || rest.startsWith("known ") || rest.startsWith("also known ")
                    || segments.length == 2 && BodyNames.describesABody(rest))) {
                return first;
            }
            // "The state oil company, Mangystau Munai," : what kind of body, then its name
            if (segments.length == 2 && BodyNames.describesABody(segments[0].strip())
                    && CAPITALISED_RUN.matcher(segments[1].strip()).matches()) {
                return Optional.of(new Speaker(segments[1].strip(), SourceKind.ORGANISATION, null));
            }
            // "the head of one international agency in Herat, speaking on condition that neither she nor ...": the
            // same of a person described by what they are of
            // ("Her mother, who asked that her name not be used,": whom the person is to someone, likewise)
            if ((INDEFINITE.matcher(described).lookingAt() || isDescribedPerson(described) || isSomeoneDefinite(described)
                    || POSSESSED_PERSON.matcher(described.strip()).matches())
                    && SPACES.split(described).length <= 12 && WITHHOLDS_NAME.matcher(rest).find()) {
                return Optional.of(new Speaker(Character.toLowerCase(described.charAt(0)) + described.substring(1),
                        SourceKind.ANONYMOUS, null));
            }
            // "A former inmate of the same colony, released in August ...,": when, not who
            if (first.isPresent() && first.get().kind() == SourceKind.ANONYMOUS && PARTICIPLE.matcher(rest).lookingAt()) {
                return first;
            }
            // "a teacher in Jizzak, who has taught there for 20 years", "a shopkeeper near the mosque, whose own claim
            // has been pending since 2018" : one anonymous description
            if (first.isPresent() && first.get().kind() == SourceKind.ANONYMOUS
                    && RELATIVE_OPENING.matcher(rest).lookingAt()) {
                String name = Character.toLowerCase(p.charAt(0)) + p.substring(1);
                return Optional.of(new Speaker(name, SourceKind.ANONYMOUS, null));
            }
            // "the newspaper's deputy editor, Rahim Hajiev" and "His lawyer, Nurbek Toktakunov" : role, then name
            // (a clause before "he" is the words reported, not who he is: "The road costs more, he said")
            // "His son, José Carlos Zamora, who lives in the United States," : a clause about the person after
            boolean clauseAfter = segments.length == 3 && RELATIVE_OPENING.matcher(segments[2].strip()).lookingAt();
            // "His neighbour, Jyldyz Toktosunova, a schoolteacher,": both descriptions say who she is
            boolean describedAfter = segments.length == 3 && A_DESCRIPTION.matcher(segments[2].strip()).lookingAt();
            // "One nurse, Layla Jabbar, 31,": an age after the name says no more
            boolean agedAfter = segments.length == 3 && LEADING_AGE.matcher(segments[2].strip()).matches();
            if ((segments.length == 2 || clauseAfter || describedAfter || agedAfter)
                    && STARTS_DESCRIPTION.matcher(segments[0]).lookingAt()
                    && !isPronoun(segments[1]) && !QuoteExtractor.VERB.matcher(segments[0]).find()) {
                Optional<Speaker> named = resolve(segments[1]);
                if (named.isPresent() && named.get().kind() == SourceKind.PERSON && describedAfter) {
                    return Optional.of(new Speaker(named.get().name(), SourceKind.PERSON,
                            segments[0].strip() + ", " + segments[2].strip()));
                }
                if (named.isPresent() && named.get().kind() == SourceKind.PERSON) {
                    // "Their coordinator, a former schoolteacher named Iryna Dovzhenko": both descriptions; "The bill's
                    // author, deputy Nadira Narmatova": the occupation before the name; "Its head, Judge Faris
                    // al-Hamdani", "The paramount chief of the Acholi, Rwot David ...": the description, which says
                    // more than a title of address
                    String own = named.get().role();
                    String role = own == null ? segments[0].strip()
                            : INDEFINITE.matcher(own).lookingAt() ? segments[0].strip() + ", " + own
                            : STARTS_LOWER.matcher(own).lookingAt() ? own : segments[0].strip();
                    return Optional.of(new Speaker(named.get().name(), SourceKind.PERSON, role));
                }
                // "Their teacher, a former instructor who asked that her name not be used," : who the person is to
                // someone, then a description that names no one: the first is who, as the sets label it
                if (named.isPresent() && named.get().kind() == SourceKind.ANONYMOUS && segments.length == 2
                        && POSSESSED_PERSON.matcher(segments[0].strip()).matches()) {
                    String who = segments[0].strip();
                    return Optional.of(new Speaker(Character.toLowerCase(who.charAt(0)) + who.substring(1),
                            SourceKind.ANONYMOUS, null));
                }
                // "Her husband, Samvel," : a person's relation or occupation, then a given name alone
                String given = segments[1].strip();
                if (named.isEmpty() && isLoneName(given) && PERSON_DESCRIPTION.matcher(segments[0].strip()).matches()
                        && !authorKeys.contains(SourceNames.key(given))) {
                    fullNameBySurname.putIfAbsent(given, given);
                    // "Her colleague, Aizada, a year out of medical college,": both descriptions say who she is
                    return Optional.of(new Speaker(given, SourceKind.PERSON, describedAfter
                            ? segments[0].strip() + ", " + segments[2].strip() : segments[0].strip()));
                }
            }
            p = segments[segments.length - 1].strip();
        }
        return resolve(p);
    }

    /**
     * An anonymous description in the article's first paragraph that withholds no name ("A former police officer
     * from Vlasenica told judges ..."): a lede that may name the person in the next paragraph; noted as such.
     */
    private Speaker mayBeNamedLater(Speaker speaker) {
        if (opening && speaker.kind() == SourceKind.ANONYMOUS && !WITHHOLDS_NAME.matcher(speaker.name()).find()) {
            ledeDescriptions.putIfAbsent(speaker.name(), Character.toUpperCase(speaker.name().charAt(0))
                    + speaker.name().substring(1));
        }
        return speaker;
    }

    /**
     * Who the article's first paragraph described without naming, when the second opens by naming a person the first
     * did not ("Tatsiana Sakalova last received ...", "The witness, who testified as KDZ-310, ..."): that person,
     * with the description, as the lede wrote it, for the role. Empty when the second paragraph opens otherwise.
     *
     * @param description an anonymous source's name found in the first paragraph
     */
    Optional<Speaker> namedAfterLede(String description, String first, String second) {
        String role = ledeDescriptions.get(description);
        if (role == null) {
            return Optional.empty();
        }
        String name = null;
        Matcher as = NAMED_AS.matcher(second);
        Matcher doingFirst = DOING_FIRST.matcher(second);
        // "The witness, Mirko Stanić, who served as ..., said"; "Testifying in ..., the witness, Captain Jan Groen,"
        Matcher apposed = NAMED_APART.matcher(second).region(doingFirst.lookingAt() ? doingFirst.end() : 0,
                second.length());
        if (second.contains(" as ") && as.lookingAt()) {
            name = as.group("name");
        } else if (apposed.lookingAt()) {
            List<String> words = new ArrayList<>(List.of(SPACES.split(apposed.group("name"))));
            while (words.size() > 2 && isTitle(words.get(0))) {
                words.remove(0);
            }
            name = String.join(" ", words);
        } else {
            // "Testifying in his own defence, Rexhep Berisha said ...": what the lede's person was doing, then the
            // name; the participle's subject is the person the lede described, whatever follows the name
            Matcher doing = DOING_FIRST.matcher(second);
            boolean introduced = doing.lookingAt();
            Matcher full = FULL_NAME.matcher(second);
            full.region(introduced ? doing.end() : 0, second.length());
            if (full.lookingAt()) {
                String[] words = SPACES.split(full.group(1));
                // "Ashraf Ghani said on Monday ...": someone else, answering, not the lede's person introduced
                if (!NOT_NAMES.contains(words[0]) && !TITLES.contains(words[0]) && !LEADS.contains(words[0])
                        && (introduced || !speaksNext(second.substring(full.end(1))))) {
                    name = full.group(1);
                }
            }
        }
        if (name == null || authorKeys.contains(SourceNames.key(name))
                || first.toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        Speaker named = new Speaker(name, SourceKind.PERSON, asWritten(role, first));
        if (last != null && last.name().equals(description)) {
            last = named;
        }
        return Optional.of(named);
    }

    /**
     * A description as the paragraph wrote it: "A former police officer" where it opened a sentence, "a former child
     * soldier" after "heard from".
     */
    private static String asWritten(String description, String paragraph) {
        Matcher written = Pattern.compile(Pattern.quote(description), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                .matcher(paragraph);
        return written.find() ? written.group() : description;
    }

    /** Whether what follows a name is its cue, maybe after a description and "later" or "-ly": "..., the president, said". */
    private static boolean speaksNext(String afterName) {
        Matcher speaks = SPEAKS_NEXT.matcher(afterName);
        if (!speaks.lookingAt()) {
            return false;
        }
        String word = speaks.group(1);
        return CUE_FIRST_WORDS.contains(word)
                || (BEFORE_CUE_WORDS.contains(word) || word.endsWith("ly")) && CUE_FIRST_WORDS.contains(speaks.group(2));
    }

    /** Whether an anonymous source found in the first paragraph is a description that only a later name completes. */
    boolean awaitsName(String description) {
        return awaitingName.contains(description);
    }

    private static boolean isPronoun(String word) {
        String w = word.strip();
        return w.equalsIgnoreCase("he") || w.equalsIgnoreCase("she");
    }

    /**
     * A report, study or statement by someone, or figures from them: "A new study by the World Bank", "The report
     * from UNICEF", "Data from the statistics committee"; when or how it came out is not whose it is ("A study by the
     * Asian Development Bank released last year").
     */
    private static final Pattern REPORT_BY = Regexes.compile("(?:(?:an?|the)\\s+(?:(?:new|latest|recent|annual|joint"
            + "|\\d{4})\\s+)?(?:report|study|survey|assessment|audit|review|investigation|statement)"
            + "|(?:(?:the\\s+)?(?:latest|new|official)\\s+)?(?:data|figures|statistics))\\s+(?:by|from)"
            + "\\s+(?<body>\\S.*?)(?:\\s+(?:published|released|issued|presented)\\b.*)?", Pattern.CASE_INSENSITIVE);
    /**
     * A report a body's name qualifies, and when or how it came out: "A World Bank report published in October", "the
     * latest UNICEF survey"; the body's name in capitals, as written.
     */
    private static final Pattern REPORT_OF = Regexes.compile("(?:[Aa]n?|[Tt]he)\\s+(?:(?:new|latest|recent|annual|joint"
            + "|\\d{4})\\s+)?(?<body>\\p{Lu}[\\p{L}'\u2019-]*(?:\\s+\\p{Lu}[\\p{L}'\u2019-]*){0,4})\\s+(?:(?:new|latest"
            + "|annual|\\d{4})\\s+)?(?:report|study|survey|assessment|audit|review|investigation)"
            + "(?:\\s+(?:published|released|issued|presented)\\b.*)?");

    /** One mention without commas: a pronoun, an anonymous description, an organisation or a person. */
    Optional<Speaker> resolve(String phrase) {
        String p = phrase.strip();
        String lower = p.toLowerCase(Locale.ROOT);
        // "According to her, ...": the pronoun as "according to" takes it, of the same person as "she"
        String subject = lower.equals("him") ? "he" : lower.equals("her") ? "she" : lower;
        if (subject.equals("he") || subject.equals("she")) {
            // a body is "it" or "they": he and she are the last person quoted or named
            // (nobody, when the only one it could be is known by the other pronoun: "she said" after men only)
            return Optional.ofNullable(lastPerson).map(person -> byPronoun(person, subject))
                    .filter(person -> subject.equals(pronounOf.getOrDefault(person.name(), subject)));
        }
        if (lower.equals("it") || SPEAKS_FOR_IT.matcher(lower).matches()) {
            // "In a statement issued in March, it said ...", "Its press service said": the body last quoted or named
            return Optional.ofNullable(last).filter(s -> s.kind() == SourceKind.ORGANISATION);
        }
        if (BY_AGE_ALONE.matcher(p).matches()) {
            // the person the paragraph names, or else the one last quoted or named; "the 41-year-old nurse" says what
            // the one named before was, where they were known only by a clause about them ("whose family was ...")
            if (namedInParagraph != null) {
                return Optional.of(new Speaker(namedInParagraph, SourceKind.PERSON, null));
            }
            boolean saysWhat = !p.endsWith("-year-old");
            return Optional.ofNullable(lastPerson).map(who -> saysWhat
                    && (who.role() == null || RELATIVE_OPENING.matcher(who.role()).lookingAt())
                    ? new Speaker(who.name(), who.kind(), p) : who);
        }
        // "researchers at the Kyrgyz-Russian Slavic University", "experts from the World Bank": people of a body, many
        // and unnamed, neither a person nor the body
        Matcher many = PEOPLE_OF.matcher(p);
        if (many.lookingAt() && PERSON_NOUNS.contains(many.group(1))) {
            return Optional.empty();
        }
        // "a retired nurse named Lola Saidova": a description, and then the name after all
        Matcher namedAfter = NAMED_AFTER.matcher(p);
        if (namedAfter.find()) {
            Optional<Speaker> named = person(p);
            if (named.isPresent()) {
                return named;
            }
            // "a student named Aizada": the one name the article gives, after what the person is
            String given = p.substring(namedAfter.end() - 1).strip();
            String described = p.substring(0, namedAfter.start()).strip();
            if (isLoneName(given) && INDEFINITE.matcher(described).lookingAt()
                    && !authorKeys.contains(SourceNames.key(given))) {
                fullNameBySurname.putIfAbsent(given, given);
                return Optional.of(new Speaker(given, SourceKind.PERSON, described));
            }
        }
        Matcher report = REPORT_BY.matcher(p);
        if (report.matches()) {
            // "A report by the state inspectorate found that ...": the body (or person) whose report it is
            Optional<Speaker> author = resolve(report.group("body"));
            if (author.isPresent()) {
                return author;
            }
        }
        Matcher reportOf = REPORT_OF.matcher(p);
        if (reportOf.matches()) {
            // "A World Bank report published in October found that ...": the body whose report it is
            Optional<Speaker> body = resolve(reportOf.group("body"))
                    .filter(speaker -> speaker.kind() == SourceKind.ORGANISATION);
            if (body.isPresent()) {
                return body;
            }
        }
        if (isAnonymous(p)) {
            if (SPACES.split(p).length > 20) {
                return Optional.empty();
            }
            String name = Character.toLowerCase(p.charAt(0)) + p.substring(1);
            return Optional.of(mayBeNamedLater(new Speaker(name, SourceKind.ANONYMOUS, null)));
        }
        Optional<Speaker> organisation = BodyNames.named(p).map(SpeakerResolver::organisation);
        if (organisation.isPresent()) {
            return organisation;
        }
        Matcher owned = OWNED.matcher(p);
        if (owned.matches()) {
            // "The court's Trust Fund for Victims": a body named after whose it is
            Optional<Speaker> body = BodyNames.named(owned.group("owned")).map(SpeakerResolver::organisation);
            if (body.isPresent()) {
                return body;
            }
            // "Patimat's uncle": a person described by whom they are to someone named, and not named
            Matcher relation = DEFINITE_PERSON.matcher("the " + owned.group("owned"));
            if (Character.isUpperCase(owned.group("owner").charAt(0)) && !owned.group("owner").equals("The")
                    && relation.matches() && PERSON_NOUNS.contains(relation.group(1))) {
                return describedAs(relation.group(1)).or(() -> Optional.of(new Speaker(p, SourceKind.ANONYMOUS, null)));
            }
        }
        // "Her father said": a person described by whose they are, not named; the one named so before, where one was
        if (POSSESSED_PERSON.matcher(p).matches()) {
            String noun = p.substring(p.lastIndexOf(' ') + 1);
            return describedAs(noun).or(() -> Optional.of(new Speaker(p, SourceKind.ANONYMOUS, null)));
        }
        // "The European Union's foreign policy chief", "the bank's deputy governor": someone described by whose office
        // they hold, not named
        Matcher office = OWNED_OFFICE.matcher(p);
        if (office.matches() && PERSON_NOUNS.contains(office.group("noun"))) {
            return Optional.of(new Speaker(Character.toLowerCase(p.charAt(0)) + p.substring(1), SourceKind.ANONYMOUS,
                    null));
        }
        // "the doctor said", right after "a cardiologist at the centre, who asked not to be named, ...": a person
        // described, not named, is the anonymous source last quoted
        Matcher definite = DEFINITE_PERSON.matcher(p);
        if (definite.matches() && PERSON_NOUNS.contains(definite.group(1))) {
            // "the witness answered": the person named earlier and described so, when only one was
            Optional<Speaker> describedSo = describedAs(definite.group(1));
            if (describedSo.isPresent()) {
                return describedSo;
            }
            if (last != null && last.kind() == SourceKind.ANONYMOUS) {
                return Optional.of(last);
            }
            // "Her granddaughter Malika helps her ... "...," the girl said": a noun that says no more than a man or a
            // woman refers back as he or she would; "the old woman", after a granddaughter was quoted, not to her
            String noun = definite.group(1);
            if (lastPerson != null && (MAN_OR_BOY.contains(noun) || WOMAN_OR_GIRL.contains(noun))) {
                String pronoun = MAN_OR_BOY.contains(noun) ? "he" : "she";
                Boolean young = YOUNG_WORDS.contains(noun) || YOUNG_WORDS.contains(SPACES.split(lower)[1]) ? Boolean.TRUE
                        : OLD_WORDS.contains(SPACES.split(lower)[1]) ? Boolean.FALSE : null;
                Speaker referred = young == null ? byPronoun(lastPerson, pronoun)
                        : byPronounOfAge(pronoun, young).orElseGet(() -> byPronoun(lastPerson, pronoun));
                if (young != null) {
                    youngByName.putIfAbsent(referred.name(), young); // once "the girl", not "the old woman" later
                }
                return Optional.of(referred);
            }
            // "Rustam Yusupov repairs bicycles ... "...," the repairman said": what the person the text follows does,
            // when nobody was described so and they were introduced without a description of their own
            if (lastPerson != null && lastPerson.kind() == SourceKind.PERSON && lastPerson.role() == null
                    && !OFFICE_HOLDER_NOUNS.contains(noun) && !MEN.contains(noun) && !WOMEN.contains(noun)
                    && !introducedInPassing.containsKey(lastPerson.name())) {
                return Optional.of(new Speaker(lastPerson.name(), SourceKind.PERSON, null));
            }
            // "Its head, Oleksandr Prokudin, urged ... The official said": whoever holds an office, the person last
            // quoted in one
            if (OFFICE_HOLDER_NOUNS.contains(definite.group(1)) && last != null && last.kind() == SourceKind.PERSON
                    && officeHolders.contains(last.name())) {
                return Optional.of(new Speaker(last.name(), SourceKind.PERSON, null));
            }
        }
        // "The home affairs minister told parliament": an office described by more than one word, not named; the
        // article's one person described so when it named them
        Matcher described = DESCRIBED_OFFICE.matcher(p);
        if (described.matches() && OFFICES.contains(described.group(1))) {
            Optional<Speaker> holder = describedAs(described.group(1));
            if (holder.isPresent()) {
                return holder;
            }
            if (!opening) {
                return Optional.of(new Speaker(Character.toLowerCase(p.charAt(0)) + p.substring(1),
                        SourceKind.ANONYMOUS, null));
            }
        }
        // "the director of a regional television channel in Kutaisi": described by what they are of, not named;
        // an article that opens so ("The owner of a television station says ...") names the person next
        Matcher bare = BARE_BODY.matcher(lower);
        if (bare.matches()) {
            // "border police said": the kind with what it is a kind of, not a body named before
            String kind = bare.group("head");
            String named = bare.group("modifier") != null ? bare.group("kind")
                    : bodyByKind.getOrDefault(kind, namedOfKind(kind));
            if (named.equals(kind) && KINDS_NAMED_FIRST.contains(kind)) {
                return Optional.empty(); // "the bank says" where no bank was named: which bank is unknown
            }
            return Optional.of(new Speaker(named, SourceKind.ORGANISATION, null));
        }
        // "the office said", after "The office of the attorney general" was a sentence's subject
        if (lower.startsWith("the ") && bodyByKind.containsKey(lower.substring(4))
                && GENERIC_ORGANISATIONS.contains(lower.substring(4))) {
            return Optional.of(organisation(bodyByKind.get(lower.substring(4))));
        }
        // "..., the group says.": the body the article named last, as "the alliance" in "an alliance statement"
        if (lower.startsWith("the ") && GENERIC_ORGANISATIONS.contains(lower.substring(4)) && !organisations.isEmpty()) {
            return Optional.of(new Speaker(organisations.get(organisations.size() - 1), SourceKind.ORGANISATION, null));
        }
        if (isDescribedPerson(p)) {
            Speaker someone = new Speaker(Character.toLowerCase(p.charAt(0)) + p.substring(1), SourceKind.ANONYMOUS,
                    null);
            if (opening) {
                // "The wife of a jailed trade unionist says ...": an article that opens so names her next
                ledeDescriptions.put(someone.name(), p);
                awaitingName.add(someone.name());
            }
            return Optional.of(someone);
        }
        return person(p).or(() -> someoneDescribed(p)).map(this::mayBeNamedLater);
    }

    /** What kind of body a name says it is: "office" of "office of the attorney general", "ministry" of "the ministry". */
    private static String kindOf(String body) {
        Matcher of = BODY_OF_WHAT.matcher(body);
        String head = of.find() ? body.substring(0, of.start()) : body;
        return head.substring(head.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * Moves an office's field, capitalised, then its title or trade, from the start of a name's words to the role's
     * ("Social Development Minister", "Police Lieutenant", "Army Spokesman"), leaving at least a name of two words.
     */
    private static void movesFieldToRole(List<String> roleWords, List<String> nameWords) {
        int field = 0;
        while (field < nameWords.size() - 3 && PORTFOLIO_WORDS.contains(nameWords.get(field))) {
            field++;
        }
        if (field > 0 && (isTitle(nameWords.get(field)) || isJobTitle(nameWords.get(field)))) {
            roleWords.addAll(nameWords.subList(0, field));
            nameWords.subList(0, field).clear();
        }
    }

    /**
     * A sentence's subject: its words up to a comma or up to its first verb in the past, or an auxiliary ("The
     * compensation committee for Nineveh province received ..."); empty when neither comes within twelve words.
     */
    static Optional<String> subjectBeforeVerb(String sentence) {
        String[] words = SPACES.split(sentence.strip(), 13);
        StringBuilder subject = new StringBuilder();
        for (int i = 0; i < Math.min(words.length, 12); i++) {
            String word = words[i];
            if (i > 0 && FINITE_VERB.matcher(word).matches()) {
                return Optional.of(subject.toString());
            }
            if (i > 0) {
                subject.append(' ');
            }
            if (word.endsWith(",")) {
                return Optional.of(subject.append(word, 0, word.length() - 1).toString());
            }
            subject.append(word);
        }
        return Optional.empty();
    }

    private static Speaker organisation(String name) {
        return new Speaker(name, SourceKind.ORGANISATION, null);
    }

    /** The owner of "an alliance statement": an organisation named, or the one the article last named. */
    Optional<Speaker> organisationNamed(String owner) {
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        Optional<Speaker> named = resolve(owner).filter(s -> s.kind() == SourceKind.ORGANISATION);
        if (named.isPresent()) {
            return named;
        }
        Matcher leadingAcronym = LEADING_ACRONYM.matcher(owner);
        if (leadingAcronym.find()) {
            return Optional.of(new Speaker(leadingAcronym.group(1), SourceKind.ORGANISATION, null));
        }
        String generic = OWNER_ARTICLE.matcher(owner.toLowerCase(Locale.ROOT)).replaceAll("");
        if (GENERIC_ORGANISATIONS.contains(generic) && !organisations.isEmpty()) {
            return Optional.of(new Speaker(organisations.get(organisations.size() - 1), SourceKind.ORGANISATION, null));
        }
        return Optional.empty();
    }

    /**
     * The body of that kind the article named last ("The bank says" after "a World Bank loan"), or the kind itself
     * when it named none.
     */
    private String namedOfKind(String kind) {
        for (int i = organisations.size() - 1; i >= 0; i--) {
            String name = organisations.get(i);
            if (name.toLowerCase(Locale.ROOT).endsWith(" " + kind)) {
                return name;
            }
        }
        return "ministry".equals(kind) && !ministriesInPassing.isEmpty()
                ? ministriesInPassing.get(ministriesInPassing.size() - 1) : kind;
    }

    /** "NATO spokeswoman Stefanie Babst": the capitalised run at the end is the name, what precedes it the role. */
    private Optional<Speaker> person(String phrase) {
        if (fullNameBySurname.containsKey(phrase) && !phrase.contains(" ")
                && !ambiguousSurnames.contains(phrase) && !isNameToken(phrase)) {
            return Optional.of(new Speaker(fullNameBySurname.get(phrase), SourceKind.PERSON, null)); // "KDZ-310"
        }
        String[] tokens = SPACES.split(phrase);
        if (tokens.length > 12) {
            return Optional.empty();
        }
        int start = tokens.length;
        // "Makhabat Tazhibek kyzy": a father's name and its particle close a Central Asian name
        boolean fathers = tokens.length > 2 && Names.isFathersNameParticle(tokens[tokens.length - 1])
                && isNameToken(tokens[tokens.length - 2]);
        if (fathers) {
            start--;
        }
        while (start > 0 && (isNameToken(tokens[start - 1])
                || start < tokens.length && particlesAfterName(tokens, start - 1))) {
            start--;
        }
        if (start == tokens.length || fathers && start == tokens.length - 1) {
            return Optional.empty();
        }
        List<String> roleWords = new ArrayList<>(List.of(tokens).subList(0, start));
        List<String> nameWords = new ArrayList<>(List.of(tokens).subList(start, tokens.length));
        // "Gulbahor Mamadnazarova's": whose, not who; the name is the same
        nameWords.set(nameWords.size() - 1, POSSESSIVE.matcher(nameWords.get(nameWords.size() - 1)).replaceFirst(""));
        if (roleWords.isEmpty() && nameWords.size() > 1 && AGE_ALONE.matcher(nameWords.get(0)).matches()) {
            nameWords.remove(0); // "Twenty-three-year-old Dana Serikova said": an age, capitalised to open the sentence
        }
        boolean openedWithThe = roleWords.isEmpty() && nameWords.get(0).equals("The");
        if (roleWords.isEmpty()) {
            while (nameWords.size() > 1 && (LEADS.contains(nameWords.get(0)) || NOT_NAMES.contains(nameWords.get(0)))) {
                nameWords.remove(0); // "But Umida Niazova": the sentence's first word is not her name
            }
        }
        // "Minister of Labour and Social Affairs Arsen Nersisyan": the office's field, capitalised, before the name
        if (!roleWords.isEmpty() && OFFICE_JOINERS.contains(roleWords.get(roleWords.size() - 1))) {
            while (nameWords.size() > 2 && PORTFOLIO_WORDS.contains(nameWords.get(0))) {
                roleWords.add(nameWords.remove(0));
            }
        }
        // "Social Development Minister Kunduz Joldubaeva", "Police Lieutenant Colonel ...", "Army Spokesman ...": an
        // office's field or a service, capitalised, then its title or trade, then a name
        movesFieldToRole(roleWords, nameWords);
        // "UN Secretary-General Kofi Annan", "OSCE Chairman ...": a body's acronym before an office is the office's
        if (nameWords.size() > 2 && ACRONYM_WORD.matcher(nameWords.get(0)).matches() && isTitle(nameWords.get(1))) {
            roleWords.add(nameWords.remove(0));
        }
        while (nameWords.size() > 1 && isTitle(nameWords.get(0)) && !isPeer(nameWords)) {
            roleWords.add(nameWords.remove(0));
            // "Deputy Health Minister Tamar Gabunia": the field may follow a title too
            movesFieldToRole(roleWords, nameWords);
        }
        // "Economist Bakhtiyor Ergashev", "Political analyst ..." is read above: an occupation before a full name
        while (nameWords.size() > 2 && isJobTitle(nameWords.get(0))) {
            roleWords.add(nameWords.remove(0));
        }
        // "Goalkeeper Erlan Sydykov": a trade the lexicon lacks, by its ending, before a given name and a surname
        if (nameWords.size() == 3 && roleWords.isEmpty() && endsAsATrade(nameWords.get(0))) {
            roleWords.add(nameWords.remove(0));
        }
        if (nameWords.isEmpty() || NOT_NAMES.contains(nameWords.get(0))
                || TITLES.contains(nameWords.get(0)) && !isPeer(nameWords)) {
            return Optional.empty();
        }
        if (openedWithThe && nameWords.size() >= 2) {
            // "The Syrian Civil Defence" at a sentence's start: a body, as after a lower-case "the"
            return Optional.of(new Speaker(String.join(" ", nameWords), SourceKind.ORGANISATION, null));
        }
        if (roleWords.size() == 1 && roleWords.get(0).equalsIgnoreCase("the") && nameWords.size() >= 2) {
            // "the World Food Programme": nobody writes a person's name after "the"; a body's name is what it is
            return Optional.of(new Speaker(String.join(" ", nameWords), SourceKind.ORGANISATION, null));
        }
        for (String word : roleWords) {
            if (!ROLE_WORD.matcher(word).matches()) {
                return Optional.empty();
            }
        }
        if (!roleWords.isEmpty() && LEADS.contains(roleWords.get(0))
                && !PERSON_DESCRIPTION.matcher(String.join(" ", roleWords)).matches()) {
            return Optional.empty(); // "In spite of ... Afghanistan": a clause, not a role
        }
        if (!roleWords.isEmpty() && roleWords.get(roleWords.size() - 1).equals("and")) {
            return Optional.empty(); // "Peter Smith and John Brown": two people, neither the other's role
        }
        String name = String.join(" ", nameWords);
        if (nameWords.size() == 1) {
            String surname = nameWords.get(0);
            if (ambiguousSurnames.contains(surname)) {
                return Optional.empty();
            }
            if (fullNameBySurname.containsKey(surname)) {
                name = fullNameBySurname.get(surname);
            } else if (roleWords.isEmpty() && fullNameByGivenName.containsKey(surname)
                    && !ambiguousGivenNames.contains(surname)) {
                name = fullNameByGivenName.get(surname); // "Anahit says", of Anahit Grigoryan
            } else if (roleWords.isEmpty() || !TITLES.contains(roleWords.get(roleWords.size() - 1).replace(".", ""))) {
                return Optional.empty(); // a lone capitalised word that names no one met before
            }
        }
        if (authorKeys.contains(SourceNames.key(name))) {
            return Optional.empty();
        }
        // "a former schoolteacher named Iryna Dovzhenko": the word that introduces the name is no part of the role
        if (roleWords.size() > 1 && NAMING_WORDS.contains(roleWords.get(roleWords.size() - 1))) {
            roleWords.remove(roleWords.size() - 1);
        }
        // "Mr Hrytsenko", "Ms Barmaki": a title of address says nothing of what someone does, nor does an age alone
        // ("says 70-year-old Fatima Begum")
        if (roleWords.stream().allMatch(word -> ADDRESS_TITLES.contains(word.replace(".", "")))
                || roleWords.size() == 1 && AGE_ALONE.matcher(roleWords.get(0)).matches()) {
            roleWords.clear();
        }
        String role = roleWords.isEmpty() ? null : String.join(" ", roleWords);
        if (role != null && roleWords.size() > 8) {
            return Optional.empty();
        }
        return Optional.of(new Speaker(name, SourceKind.PERSON, role));
    }
}
