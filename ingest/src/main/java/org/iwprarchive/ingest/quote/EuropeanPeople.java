package org.iwprarchive.ingest.quote;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.iwprarchive.ingest.text.Regexes;

/**
 * What Bosnian, Croatian, Serbian, Macedonian and Albanian words say of a person's sex, so that a pronoun ("ona",
 * "таа", "ajo"), or a verb whose ending says who said it ("rekla je", "изјавила"), after a man was named goes to the
 * woman named before him: a role's noun ("Učiteljica", "Учителката", "Mësuesja"), a surname's ending ("Петровска"), a
 * given name's ending ("Amra", "Senad"), each language's own. French and Spanish are read without it.
 */
final class EuropeanPeople {

    /** Which pronoun a person takes. */
    enum Sex { MAN, WOMAN }

    static final EuropeanPeople BOSNIAN_CROATIAN_SERBIAN = new EuropeanPeople(
            Set.of("ona", "nje", "njoj", "njenim", "njezinim", "njenom", "njezinom"),
            Set.of("on", "njega", "njemu", "njegovim", "njegovom"),
            Regexes.compile("(?:ica|ka|inja)$"),
            Set.of("majka", "mama", "kći", "kćerka", "ćerka", "supruga", "žena", "sestra", "baka", "nana", "unuka",
                    "djevojčica", "devojčica", "djevojka", "devojka", "tetka", "snaha", "udovica", "nena"),
            Set.of("otac", "muž", "suprug", "sin", "brat", "djed", "deda", "dedo", "unuk", "dječak", "dečak",
                    "mladić", "stric", "ujak", "amidža", "udovac", "tata", "sudija"),
            null, null,
            Regexes.compile("\\p{L}{2,}la$"), Regexes.compile("\\p{L}{2,}(?:ao|io|eo|uo)$"),
            Set.of("Mirza", "Nikola", "Luka", "Ilija", "Andrija", "Ivica", "Perica", "Jovica", "Mića", "Sava", "Toma",
                    "Kosta", "Nebojša", "Miša", "Pera", "Braca", "Đura", "Jura", "Stipa", "Mijo", "Ante", "Mustafa",
                    "Hamza", "Musa", "Isa", "Alija", "Avdija", "Zija"),
            // "Penzioner", "vozač", "harmonikaš": a noun of what someone is that ends in a consonant is a man's (a
            // woman's adds "-ka", "-ica", "-inja")
            "a", "oe", Regexes.compile("\\p{L}{3,}[bcčćdđfghjklmnprsštvzž]$"),
            Set.of("djevojka", "devojka", "djevojčica", "devojčica", "žena", "starica", "baka", "nana"),
            Set.of("muškarac", "mladić", "dječak", "dečak", "starac", "djed", "deda"));
    static final EuropeanPeople MACEDONIAN = new EuropeanPeople(
            Set.of("таа", "неа", "нејзе", "нејзините"), Set.of("тој", "него", "нему", "неговите"),
            Regexes.compile("(?:ица|ка|иња)(?:та)?$"),
            Set.of("мајка", "мајката", "ќерка", "ќерката", "сопруга", "сопругата", "жена", "жената", "сестра",
                    "сестрата", "баба", "бабата", "внука", "внуката", "девојка", "девојката", "тетка", "тетката"),
            Set.of("татко", "таткото", "сопруг", "сопругот", "маж", "мажот", "син", "синот", "брат", "братот", "дедо",
                    "дедото", "внук", "внукот", "момче", "момчето", "вујко", "чичко", "судија"),
            Regexes.compile("\\p{Lu}\\p{Ll}+(?:ска|цка|ова|ева)$"), Regexes.compile("\\p{Lu}\\p{Ll}+(?:ски|цки|ов|ев)$"),
            Regexes.compile("\\p{L}{2,}ла$"), Regexes.compile("\\p{L}{2,}[аеиоу]л$"),
            Set.of("Никола", "Благоја", "Илија", "Андреја", "Лука", "Сава", "Кузма", "Мирза", "Петруша"),
            "а", "ое", null,
            Set.of("девојката", "девојчето", "жената", "старицата", "бабата"),
            Set.of("мажот", "момчето", "старецот", "дедото"));
    static final EuropeanPeople ALBANIAN = new EuropeanPeople(
            Set.of("ajo", "asaj"), Set.of("ai", "atij"),
            // the feminine, with its article or without: "Mësuesja", "mjeke", "Drejtoresha", "shitëse"
            Regexes.compile("(?:a|e|ëse)$"),
            Set.of("nëna", "nëne", "motra", "gruaja", "vajza", "gjyshja", "mbesa", "bija", "nusja", "halla", "teze",
                    "tezja", "bashkëshortja", "shoqja", "ëma"),
            Set.of("babai", "baba", "ati", "burri", "djali", "vëllai", "gjyshi", "nipi", "xhaxhai", "daja",
                    "bashkëshorti", "i", "biri", "shoqi"),
            null, null,
            null, null,
            Set.of("Luka", "Nikolla", "Baba"),
            // "Drejtori", "Mjeku": a man's noun with its article
            "aeë", "", Regexes.compile("(?:i|u)$"),
            // "tha i riu", "tha e moshuara": the young man, the elderly woman
            Set.of("vajza", "gruaja", "plaka", "gjyshja", "e reja", "e moshuara"),
            Set.of("burri", "djali", "plaku", "gjyshi", "i riu", "djaloshi", "i moshuari"));
    /** French and Spanish: nothing read, every person may be anyone referred to. */
    static final EuropeanPeople NONE = new EuropeanPeople(Set.of(), Set.of(), null, Set.of(), Set.of(), null, null,
            null, null, Set.of(), "", "", null, Set.of(), Set.of());

    private static final Pattern SPACES = Regexes.compile("\\s+");
    /** A word of a role that says whose the person is or what kind, before the noun: "njena", "Нашата", "e tij". */
    private static final Set<String> POSSESSIVES = Set.of("njegova", "njena", "njegov", "njen", "njihova", "njihov",
            "негова", "нејзина", "нивна", "неговиот", "нејзиниот", "e", "i", "tij", "saj", "tyre");
    /**
     * Nouns for one who works at a craft, whatever the craft: "Занаетчијата вели" after "Чевларот Методија Најдоски"
     * means the shoemaker.
     */
    private static final Set<String> CRAFTSMEN = Set.of("занаетчијата", "занаетчија", "zanatlija", "занатлија",
            "zejtari", "zejtar", "zejtarja", "artizani", "artizan",
            // a master of a craft: "вели мајсторот", "kaže majstor", "thotë mjeshtri"
            "мајсторот", "мајстор", "majstor", "mjeshtri", "mjeshtër");
    /** A BCS or Macedonian adjective's endings, which a role's noun comes after: "Penzionisana", "Пензионираната". */
    private static final Pattern ADJECTIVE = Regexes.compile("(?:na|ni|ka|ki|ova|ata|ата|ниот|на|ни|ска|ски)$");

    private final Set<String> her;
    private final Set<String> him;
    /** A woman's noun by its ending, and the kin nouns that say one or the other whatever their endings. */
    private final Pattern womansNoun;
    private final Set<String> women;
    private final Set<String> men;
    private final Pattern womansSurname;
    private final Pattern mansSurname;
    /** A verb's ending that says a woman said it, or a man ("rekla", "rekao"); null where verbs do not say. */
    private final Pattern womansVerb;
    private final Pattern mansVerb;
    /** Men's given names in "-a", against the rule that a given name in "-a" is a woman's. */
    private final Set<String> mensNamesInA;
    /** The nouns that refer back to a woman, or a man, as a pronoun would ("djevojka", "starac"). */
    private final Set<String> womenReferredTo;
    private final Set<String> menReferredTo;
    /** The last letters of women's given names ("Amra", "Shqipe"), and the vowels but consonants of men's ("Marko"). */
    private final String womanEnds;
    private final String manVowels;
    /** A man's noun by its ending, where a language's nouns say so: Albanian "Drejtori". */
    private final Pattern mansNoun;

    private EuropeanPeople(Set<String> her, Set<String> him, Pattern womansNoun, Set<String> women, Set<String> men,
                           Pattern womansSurname, Pattern mansSurname, Pattern womansVerb, Pattern mansVerb,
                           Set<String> mensNamesInA, String womanEnds, String manVowels, Pattern mansNoun,
                           Set<String> womenReferredTo, Set<String> menReferredTo) {
        this.her = her;
        this.him = him;
        this.womansNoun = womansNoun;
        this.women = women;
        this.men = men;
        this.womansSurname = womansSurname;
        this.mansSurname = mansSurname;
        this.womansVerb = womansVerb;
        this.mansVerb = mansVerb;
        this.mensNamesInA = mensNamesInA;
        this.womanEnds = womanEnds;
        this.manVowels = manVowels;
        this.mansNoun = mansNoun;
        this.womenReferredTo = womenReferredTo;
        this.menReferredTo = menReferredTo;
    }

    /** Which sex a pronoun, or the verb of a cue ("rekla je"), says, if either says one. */
    Optional<Sex> ofWords(String pronoun, String cue) {
        String lower = pronoun == null ? "" : pronoun.strip().toLowerCase(Locale.ROOT);
        if (her.contains(lower) || him.contains(lower)) {
            return Optional.of(her.contains(lower) ? Sex.WOMAN : Sex.MAN);
        }
        if (cue == null) {
            return Optional.empty();
        }
        for (String word : SPACES.split(cue.strip().toLowerCase(Locale.ROOT))) {
            if (her.contains(word) || him.contains(word)) {
                return Optional.of(her.contains(word) ? Sex.WOMAN : Sex.MAN); // "Prema njenim riječima"
            }
            if (womansVerb != null && womansVerb.matcher(word).find()) {
                return Optional.of(Sex.WOMAN);
            }
            if (mansVerb != null && mansVerb.matcher(word).find()) {
                return Optional.of(Sex.MAN);
            }
        }
        return Optional.empty();
    }

    /** "djevojka", "жената", "vajza": a noun that refers back to someone by no more than their sex, if the words are one. */
    Optional<Sex> backReference(String who) {
        String lower = who.strip().toLowerCase(Locale.ROOT);
        return womenReferredTo.contains(lower) ? Optional.of(Sex.WOMAN)
                : menReferredTo.contains(lower) ? Optional.of(Sex.MAN) : Optional.empty();
    }

    /** Whether the words are a noun for one who works at a craft ("Занаетчијата", "zanatlija", "мајсторот"). */
    static boolean meansACraftsman(String who) {
        return CRAFTSMEN.contains(who.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a role names what the person does rather than whose relation they are: its noun says no sex by itself
     * ("Чевларот", not "Неговата ќерка").
     */
    boolean namesATrade(String role) {
        return roleNoun(role).filter(noun -> !women.contains(noun) && !men.contains(noun)).isPresent();
    }

    /** Whether a person of that name and role may be the one of that sex referred to: nothing known is against it. */
    boolean fits(String name, String role, Sex sex) {
        return of(name, role).map(sex::equals).orElse(true);
    }

    /** The person's sex as their role's noun, their surname or their given name says it, in that order. */
    Optional<Sex> of(String name, String role) {
        Optional<String> noun = roleNoun(role);
        if (noun.isPresent()) {
            String n = noun.get();
            if (women.contains(n) || (!men.contains(n) && womansNoun != null && womansNoun.matcher(n).find()
                    && n.length() > 3)) {
                return Optional.of(Sex.WOMAN);
            }
            if (men.contains(n) || (mansNoun != null && mansNoun.matcher(n).find())) {
                return Optional.of(Sex.MAN);
            }
        }
        if (womansNoun == null) {
            return Optional.empty();
        }
        String[] words = SPACES.split(name.strip());
        String last = words[words.length - 1];
        if (words.length > 1 && womansSurname != null && womansSurname.matcher(last).matches()) {
            return Optional.of(Sex.WOMAN);
        }
        if (words.length > 1 && mansSurname != null && mansSurname.matcher(last).matches()) {
            return Optional.of(Sex.MAN);
        }
        String given = words[0];
        if (given.length() < 3 || !Character.isUpperCase(given.charAt(0))) {
            return Optional.empty();
        }
        if (mensNamesInA.contains(given)) {
            return Optional.of(Sex.MAN);
        }
        char end = Character.toLowerCase(given.charAt(given.length() - 1));
        if (womanEnds.indexOf(end) >= 0) {
            return Optional.of(Sex.WOMAN);
        }
        boolean consonant = Character.isLetter(end) && "aeiouyëаеиоу".indexOf(end) < 0;
        return consonant || manVowels.indexOf(end) >= 0 ? Optional.of(Sex.MAN) : Optional.empty();
    }

    /** The noun a role names the person by: its first word but possessives and adjectives. */
    private Optional<String> roleNoun(String role) {
        if (role == null || role.isBlank()) {
            return Optional.empty();
        }
        for (String word : SPACES.split(role.strip().toLowerCase(Locale.ROOT))) {
            String bare = word.endsWith(",") ? word.substring(0, word.length() - 1) : word;
            if (POSSESSIVES.contains(bare) || (this != ALBANIAN && ADJECTIVE.matcher(bare).find()
                    && !women.contains(bare) && !(womansNoun != null && womansNoun.matcher(bare).find()
                    && bare.length() > 6))) {
                continue;
            }
            return Optional.of(bare);
        }
        return Optional.empty();
    }
}
