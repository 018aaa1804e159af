package org.iwprarchive.ingest.quote;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.iwprarchive.domain.source.SourceKind;

/**
 * A body named in full once, then referred to by one word: a noun for any public body ("По данным ведомства" after
 * "Управление здравоохранения области сообщило ...") or a word of its own name ("В министерстве добавили" after
 * "Министерство финансов сообщило"; "Според Фондот" after "Фондот за здравствено осигурување соопшти"; Arabic
 * "بحسب الدائرة" after "دائرة صحة البصرة"). The one word is the body last named before it, as an article's reader
 * takes it.
 */
final class BodyReferences {

    /**
     * Nouns that refer to whichever body an article last named, as the finders give them: "the agency" (Russian,
     * Ukrainian), "the company" (those and Bosnian, Croatian and Serbian, Albanian, Macedonian) and "the enterprise"
     * (Russian, Ukrainian, Macedonian, Bosnian, Croatian and Serbian).
     */
    private static final Set<String> ANY_BODY = Set.of("ведомство", "відомство", "компания", "компанія", "kompanija",
            "kompania", "компанијата", "предприятие", "підприємство", "претпријатието", "preduzeće", "poduzeće");

    /** The Arabic definite article, which a body's first word takes when it stands for the whole name. */
    private static final String ARABIC_ARTICLE = "ال";

    private BodyReferences() {
    }

    /** Replaces, in order, each body found by one such word with the body named in full before it. */
    static List<Attribution> referBack(List<Attribution> found) {
        String named = null;
        for (int i = 0; i < found.size(); i++) {
            Attribution a = found.get(i);
            if (a.sourceKind() != SourceKind.ORGANISATION) {
                continue;
            }
            String source = a.source().strip();
            if (source.indexOf(' ') < 0 && named != null && refersTo(source, named)) {
                found.set(i, new Attribution(named, SourceKind.ORGANISATION, a.role(), a.text(), a.kind(), a.cue(),
                        a.paragraph()));
            } else if (source.indexOf(' ') > 0 || !Character.isLowerCase(source.charAt(0))) {
                named = source; // "Управление здравоохранения области", "БЕГ", "Казахтелеком"
            }
        }
        return found;
    }

    private static boolean refersTo(String word, String named) {
        String lower = word.toLowerCase(Locale.ROOT);
        String name = named.toLowerCase(Locale.ROOT);
        if (ANY_BODY.contains(lower) || name.startsWith(lower + " ")) {
            return true;
        }
        if (lower.startsWith(ARABIC_ARTICLE) && lower.length() > ARABIC_ARTICLE.length() + 2
                && name.startsWith(lower.substring(ARABIC_ARTICLE.length()) + " ")) {
            // "وبحسب الدائرة" after "دائرة صحة البصرة": the first word of the name, made definite
            return true;
        }
        // "в раді" after "Ірпінська міська рада", "Според инспекторатот" after "Државниот инспекторат за труд": a
        // noun in lower case that is a word of the name, maybe with the Macedonian definite ending after it
        return Character.isLowerCase(word.charAt(0)) && Arrays.stream(name.split("\\s+"))
                .anyMatch(w -> w.length() > 2 && (lower.equals(w) || w.length() >= 5 && lower.startsWith(w)
                        && lower.length() - w.length() <= 3));
    }
}
