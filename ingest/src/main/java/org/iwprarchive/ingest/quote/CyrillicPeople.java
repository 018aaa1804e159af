package org.iwprarchive.ingest.quote;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.iwprarchive.ingest.text.Regexes;

/**
 * What Russian and Ukrainian words say of a person's sex and age, so that "— сказала она" after a man was named goes
 * to the woman named before him, and "— призналась девочка" to the granddaughter named after her relation: a role's
 * noun ("внучка", "учительница", "отец"), a surname's ending ("Мамытова", "Жумабаев"), a given name (listed, or by its
 * ending), and the nouns that refer back to someone by no more than that ("женщина", "пожилой мужчина", "дівчинка").
 */
final class CyrillicPeople {

    /** Which pronoun a person takes. */
    enum Sex { MAN, WOMAN }

    /** A noun that refers back to someone by their sex and maybe their age: "девочка" is a young woman. */
    record BackReference(Sex sex, Boolean young) { }

    private static final Pattern SPACES = Regexes.compile("\\s+");
    private static final Pattern WOMANS_SURNAME = Regexes.compile("\\p{Lu}\\p{Ll}+(?:ова|ева|ёва|ина|ына|іна|їна"
            + "|ская|цкая|ська|цька)$");
    private static final Pattern MANS_SURNAME = Regexes.compile("\\p{Lu}\\p{Ll}+(?:ов|ев|ёв|ский|цкий|ський|цький)$");
    private static final QuoteLexicon LEXICON = QuoteLexicon.standard();
    /** Given names that say a man, or a woman, whatever their endings say ("Микола", "Василь", "Айгуль"). */
    private static final Set<String> MENS_NAMES = LEXICON.words("cyrillic-mens-given-names");
    private static final Set<String> WOMENS_NAMES = LEXICON.words("cyrillic-womens-given-names");
    /** Endings of men's given names: "Андрій", "Сергей", "Петро", "Таалайбек", "Тохиржон", "Шамсиддин". */
    private static final Pattern MANS_GIVEN_NAME = Regexes.compile("(?:ий|ій|ей|ай|о|бек|бай|жон|ддин|улла)$");
    /** Endings of women's given names: "Анна", "Мария", "Нургуль". */
    private static final Pattern WOMANS_GIVEN_NAME = Regexes.compile("(?:а|я|гуль|гүл)$");
    /** The endings of a woman's noun: "учительница", "пенсионерка", "вчителька", "героиня". */
    private static final Pattern WOMANS_NOUN = Regexes.compile("(?:ица|ка|иня|ыня|есса|иця|иха)$");
    /** An adjective's endings, which a role's noun comes after: "Сельская", "Сільський". */
    private static final Pattern ADJECTIVE = Regexes.compile("(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ська|цька)$");
    private static final Pattern TRAILING_MARK = Regexes.compile("[,.]$");
    private static final Set<String> POSSESSIVES = Set.of("его", "её", "ее", "их", "його", "її", "їх", "мой", "моя",
            "мій", "наш", "наша");
    private static final Set<String> WOMEN = Set.of("мать", "мати", "мама", "дочь", "дочка", "донька", "жена",
            "дружина", "сестра", "бабушка", "бабуся", "вдова", "внучка", "онука", "девочка", "девушка", "дівчина",
            "дівчинка", "женщина", "жінка", "невестка", "невістка", "племянница", "племінниця", "соседка", "сусідка",
            "старушка", "тётя", "тітка", "свекровь", "свекруха", "тёща", "теща");
    private static final Set<String> MEN = Set.of("отец", "батько", "муж", "чоловік", "сын", "син", "брат", "дед",
            "дедушка", "дід", "дідусь", "внук", "онук", "мальчик", "хлопчик", "хлопець", "парень", "мужчина",
            "старик", "сосед", "сусід", "племянник", "племінник", "зять", "дядя", "дядько", "вдовец", "вдівець");
    private static final Set<String> YOUNG = Set.of("внучка", "внук", "онука", "онук", "девочка", "мальчик", "девушка",
            "парень", "дівчина", "дівчинка", "хлопець", "хлопчик", "школьница", "школьник", "школярка", "школяр",
            "ученица", "ученик", "учениця", "учень", "студентка", "студент", "подросток", "підліток",
            "юноша", "юнак");
    private static final Set<String> OLD = Set.of("бабушка", "дедушка", "бабуся", "дідусь", "дід", "пенсионерка",
            "пенсионер", "пенсіонерка", "пенсіонер", "вдова", "вдовец", "вдівець", "старик", "старушка");
    /** The nouns that refer back to someone by no more than their sex and age, as a pronoun would. */
    private static final Map<String, BackReference> BACK_REFERENCES = Map.ofEntries(
            Map.entry("девочка", new BackReference(Sex.WOMAN, true)),
            Map.entry("девушка", new BackReference(Sex.WOMAN, true)),
            Map.entry("женщина", new BackReference(Sex.WOMAN, null)),
            Map.entry("бабушка", new BackReference(Sex.WOMAN, false)),
            Map.entry("старушка", new BackReference(Sex.WOMAN, false)),
            Map.entry("пенсионерка", new BackReference(Sex.WOMAN, false)),
            Map.entry("мальчик", new BackReference(Sex.MAN, true)),
            Map.entry("парень", new BackReference(Sex.MAN, true)),
            Map.entry("мужчина", new BackReference(Sex.MAN, null)),
            Map.entry("старик", new BackReference(Sex.MAN, false)),
            Map.entry("дедушка", new BackReference(Sex.MAN, false)),
            Map.entry("пенсионер", new BackReference(Sex.MAN, false)),
            Map.entry("дівчина", new BackReference(Sex.WOMAN, true)),
            Map.entry("дівчинка", new BackReference(Sex.WOMAN, true)),
            Map.entry("жінка", new BackReference(Sex.WOMAN, null)),
            Map.entry("бабуся", new BackReference(Sex.WOMAN, false)),
            Map.entry("пенсіонерка", new BackReference(Sex.WOMAN, false)),
            Map.entry("хлопець", new BackReference(Sex.MAN, true)),
            Map.entry("хлопчик", new BackReference(Sex.MAN, true)),
            Map.entry("чоловік", new BackReference(Sex.MAN, null)),
            Map.entry("дідусь", new BackReference(Sex.MAN, false)),
            Map.entry("пенсіонер", new BackReference(Sex.MAN, false)),
            // a youth: "юноша", "юнак"
            Map.entry("юноша", new BackReference(Sex.MAN, true)),
            Map.entry("юнак", new BackReference(Sex.MAN, true)),
            // "молодой человек": a young man, with the adjective; "человек" alone says neither
            Map.entry("молодой человек", new BackReference(Sex.MAN, true)),
            Map.entry("молодая женщина", new BackReference(Sex.WOMAN, true)));
    /** The genitives of those nouns, as "по словам" and "за словами" take them: "парня" is парень. */
    private static final Map<String, String> GENITIVES = Map.ofEntries(Map.entry("девочки", "девочка"),
            Map.entry("девушки", "девушка"), Map.entry("женщины", "женщина"), Map.entry("бабушки", "бабушка"),
            Map.entry("старушки", "старушка"), Map.entry("пенсионерки", "пенсионерка"), Map.entry("мальчика", "мальчик"),
            Map.entry("парня", "парень"), Map.entry("мужчины", "мужчина"), Map.entry("старика", "старик"),
            Map.entry("дедушки", "дедушка"), Map.entry("пенсионера", "пенсионер"), Map.entry("дівчини", "дівчина"),
            Map.entry("дівчинки", "дівчинка"), Map.entry("жінки", "жінка"), Map.entry("бабусі", "бабуся"),
            Map.entry("пенсіонерки", "пенсіонерка"), Map.entry("хлопця", "хлопець"), Map.entry("хлопчика", "хлопчик"),
            Map.entry("чоловіка", "чоловік"), Map.entry("дідуся", "дідусь"), Map.entry("пенсіонера", "пенсіонер"),
            Map.entry("юноши", "юноша"), Map.entry("юнака", "юнак"));
    /** Adjectives of a role that say a person is old ("старшая" says senior, not old), or young. */
    private static final Pattern OLD_ADJECTIVE = Regexes.compile("(?:пожил|престарел|старейш|літн|найстаріш"
            + "|стар(?:ый|ая|ий|а)$)");
    private static final Pattern YOUNG_ADJECTIVE = Regexes.compile("(?:молод|юн[аыоі])");
    /** Adjectives of age before such a noun: "пожилая женщина", "молодий чоловік". */
    private static final Map<String, Boolean> AGE_ADJECTIVES = Map.ofEntries(Map.entry("пожилая", false),
            Map.entry("пожилой", false), Map.entry("старая", false), Map.entry("старый", false),
            Map.entry("літня", false), Map.entry("літній", false), Map.entry("стара", false),
            Map.entry("старий", false), Map.entry("молодая", true), Map.entry("молодой", true),
            Map.entry("юная", true), Map.entry("юный", true), Map.entry("молода", true), Map.entry("молодий", true));
    private static final Set<String> HER = Set.of("она", "вона", "её", "ее", "її", "неё", "неї");
    private static final Set<String> HIM = Set.of("он", "він", "его", "його", "него", "нього");

    private CyrillicPeople() {
    }

    /** Which sex a pronoun says, if it says one ("они" and "их" do not). */
    static Optional<Sex> ofPronoun(String pronoun) {
        String lower = pronoun.toLowerCase(Locale.ROOT);
        return HER.contains(lower) ? Optional.of(Sex.WOMAN) : HIM.contains(lower) ? Optional.of(Sex.MAN)
                : Optional.empty();
    }

    /** Whether a full name opens with a man's given name, by the lists or by its ending: "Віталій Гребенюк". */
    private static boolean mansGivenName(String name) {
        String[] words = SPACES.split(name.strip());
        return words.length > 1 && (MENS_NAMES.contains(words[0]) || MANS_GIVEN_NAME.matcher(words[0]).find());
    }

    /** A man's honorific for an elder, joined to his given name: "Хамид-ака", "Асан-байке". */
    private static final Set<String> ELDER_MEN = Set.of("ака", "байке");

    /**
     * The person's sex as their role's noun, their surname or their given name says it, in that order: "Нурлан
     * Абдрахманов" a man, "Айзада" with the role "Её внучка" a woman, "Волонтерка Оксана Литвин" a woman whatever
     * her surname's ending; empty when none says.
     */
    static Optional<Sex> of(String name, String role) {
        Optional<String> noun = roleNoun(role);
        if (noun.isPresent()) {
            String n = noun.get();
            // ("Рибалка Віталій Гребенюк": a man's noun may end as a woman's does; his given name, before a surname,
            // says which)
            if (WOMEN.contains(n) || (!MEN.contains(n) && WOMANS_NOUN.matcher(n).find() && !mansGivenName(name))) {
                return Optional.of(Sex.WOMAN);
            }
            if (MEN.contains(n)) {
                return Optional.of(Sex.MAN);
            }
        }
        String[] words = SPACES.split(name.strip());
        String last = words[words.length - 1];
        // "Оксана Литвин": a surname in "-ин" may be a woman's in Ukrainian, so only these endings say a man
        if (words.length > 1 && WOMANS_SURNAME.matcher(last).matches()) {
            return Optional.of(Sex.WOMAN);
        }
        if (words.length > 1 && MANS_SURNAME.matcher(last).matches()) {
            return Optional.of(Sex.MAN);
        }
        // "Василь Кравченко", "Айзада": the given name, by the lists, or else by its ending; a man's honorific for an
        // elder joined to it, which ends as a woman's name may, says a man ("Хамид-ака")
        String given = words[0];
        if (ELDER_MEN.contains(given.substring(given.lastIndexOf('-') + 1))) {
            return Optional.of(Sex.MAN);
        }
        if (MENS_NAMES.contains(given) || WOMENS_NAMES.contains(given)) {
            return Optional.of(MENS_NAMES.contains(given) ? Sex.MAN : Sex.WOMAN);
        }
        return WOMANS_GIVEN_NAME.matcher(given).find() ? Optional.of(Sex.WOMAN)
                : MANS_GIVEN_NAME.matcher(given).find() ? Optional.of(Sex.MAN) : Optional.empty();
    }

    /**
     * Whether a word is a given name the lists hold, as it is written in the nominative ("Василь", "Айгуль"), or one of
     * the women's names the lists leave to their ending ("Ганна", "Марія").
     */
    static boolean isNominativeGivenName(String word) {
        return MENS_NAMES.contains(word) || WOMENS_NAMES.contains(word) || WOMANS_GIVEN_NAME.matcher(word).find();
    }

    /** Whether a word is a given name the lists hold, as written: "Светлана", "Василь", "Айгуль". */
    static boolean isListedGivenName(String word) {
        return MENS_NAMES.contains(word) || WOMENS_NAMES.contains(word);
    }

    /** Whether a word is a man's given name, by the lists or by its ending: "Иван", "Дмитрий", "Асылбек". */
    static boolean isMansGivenName(String word) {
        return MENS_NAMES.contains(word) || MANS_GIVEN_NAME.matcher(word).find();
    }

    /**
     * The sex a noun of what someone does says: "мастерица", "вчителька" a woman's; a man's noun the lists hold a
     * man's; empty for the rest ("мастер", "врач" are said of women too).
     */
    static Optional<Sex> ofNoun(String noun) {
        String n = noun.toLowerCase(Locale.ROOT);
        if (WOMEN.contains(n) || (!MEN.contains(n) && WOMANS_NOUN.matcher(n).find())) {
            return Optional.of(Sex.WOMAN);
        }
        return MEN.contains(n) ? Optional.of(Sex.MAN) : Optional.empty();
    }

    /** Whether the person's role says them young ("внучка") or old ("пенсионерка"); empty when it says neither. */
    static Optional<Boolean> young(String role) {
        if (role == null) {
            return Optional.empty();
        }
        // "Старейшая жительница дома", "Пожилая соседка": an adjective of age says it too
        for (String word : SPACES.split(role.strip().toLowerCase(Locale.ROOT))) {
            String bare = TRAILING_MARK.matcher(word).replaceFirst("");
            if (YOUNG.contains(bare) || OLD.contains(bare)) {
                return Optional.of(YOUNG.contains(bare));
            }
            if (OLD_ADJECTIVE.matcher(bare).lookingAt() || YOUNG_ADJECTIVE.matcher(bare).lookingAt()) {
                return Optional.of(YOUNG_ADJECTIVE.matcher(bare).lookingAt());
            }
        }
        return Optional.empty();
    }

    /** Whether the person's role says an age, and the one asked for: "Старейшая жительница" is old. */
    static boolean knownToBe(String role, boolean young) {
        return young(role).map(y -> y == young).orElse(false);
    }

    /** "девочка", "пожилая женщина": a noun that refers back to someone as a pronoun would, if the words are one. */
    static Optional<BackReference> backReference(String who) {
        String[] words = SPACES.split(who.strip().toLowerCase(Locale.ROOT));
        if (BACK_REFERENCES.containsKey(String.join(" ", words))) {
            return Optional.of(BACK_REFERENCES.get(String.join(" ", words)));
        }
        BackReference noun = BACK_REFERENCES.get(words[words.length - 1]);
        if (noun == null || words.length > 2 || (words.length == 2 && !AGE_ADJECTIVES.containsKey(words[0]))) {
            return Optional.empty();
        }
        return Optional.of(words.length == 2 ? new BackReference(noun.sex(), AGE_ADJECTIVES.get(words[0])) : noun);
    }

    /** The same of such a noun in the genitive alone: "По словам парня", "За словами жінки". */
    static Optional<BackReference> backReferenceInGenitive(String who) {
        String nominative = GENITIVES.get(who.strip().toLowerCase(Locale.ROOT));
        return nominative == null ? Optional.empty() : Optional.of(BACK_REFERENCES.get(nominative));
    }

    /** Whether a person of that name and role may be the one so referred to: nothing they are known by is against it. */
    static boolean fits(String name, String role, Optional<Sex> sex, Boolean young) {
        return (sex.isEmpty() || of(name, role).map(sex.get()::equals).orElse(true))
                && (young == null || young(role).map(young::equals).orElse(true));
    }

    /** The noun a role names the person by: its first word but possessives and adjectives ("Её внучка", "Сельский врач"). */
    private static Optional<String> roleNoun(String role) {
        if (role == null) {
            return Optional.empty();
        }
        for (String word : SPACES.split(role.strip().toLowerCase(Locale.ROOT))) {
            if (POSSESSIVES.contains(word) || (ADJECTIVE.matcher(word).find() && !WOMEN.contains(word))) {
                continue;
            }
            return Optional.of(TRAILING_MARK.matcher(word).replaceFirst(""));
        }
        return Optional.empty();
    }
}
