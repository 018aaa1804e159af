package org.iwprarchive.ingest.quote;

import static org.iwprarchive.ingest.quote.QuoteGrammar.alternation;

import java.util.Set;

/** French and Spanish, as {@link EuropeanQuoteExtractor} reads them: neither declines a name. */
final class RomanceGrammars {

    /** The words that head a body's name in French and Spanish, and in BCS ("ministère", "ministarstvo"). */
    static final Set<String> BODY_WORDS = QuoteGrammar.bodyWordsWith();

    /**
     * When and how often it was said, between the verb and what follows it: "a affirmé mardi", "a déclaré hier soir",
     * "a nié à plusieurs reprises".
     */
    private static final String FRENCH_WHEN = "(?:(?:ce|dès)\\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
            + "(?:\\s+(?:matin|soir|dernier))?|hier(?:\\s+(?:matin|soir))?|la\\s+semaine\\s+dernière"
            + "|à\\s+(?:plusieurs|maintes)\\s+reprises|de\\s+nouveau|une\\s+nouvelle\\s+fois";
    /**
     * When and how often it was said, between the verb and what follows it: "dijo el martes", "afirmó ayer", "ha negado
     * en reiteradas ocasiones".
     */
    private static final String SPANISH_WHEN = "(?:el|este)\\s+(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)"
            + "|ayer|la\\s+semana\\s+pasada|en\\s+(?:reiteradas|repetidas|varias|numerosas)\\s+ocasiones"
            + "|reiteradamente|repetidamente|nuevamente|de\\s+nuevo|una\\s+vez\\s+más";

    static final QuoteGrammar FRENCH = QuoteGrammar.of(
            // "a déclaré", "avait dit", "a-t-il ajouté", "déclare", "dit-elle", "ajoute-t-il"
            "(?:a|avait)(?:-t-(?:il|elle))?\\s+(?:" + alternation("fr-participles") + ")"
                    + "|(?:" + alternation("fr-presents") + ")(?:-t)?(?:-(?:il|elle))?"
                    // "s'inquiète-t-il", "s'indigne", "s'est félicité": a reflexive verb of saying
                    + "|s['\u2019](?:inquiète|indigne|interroge|étonne|alarme|emporte|insurge)"
                    + "(?:-t)?(?:-(?:il|elle))?"
                    + "|s['\u2019]est\\s+(?:inquiétée?|indignée?|félicitée?|interrogée?|alarmée?|étonnée?)",
            // when, then to whom or before whom: "a affirmé mardi", "a déclaré à IWPR", "a estimé devant les députés"
            "(?:\\s+(?:" + FRENCH_WHEN + "))?(?:\\s+(?:(?:à|au|aux)\\s+(?:IWPR|l'IWPR|la presse|l['\u2019]audience"
                    + "|l['\u2019]AFP|journalistes"
                    // "a affirmé à la télévision nationale": the broadcast it was said on
                    + "|la\\s+(?:télévision|radio)(?:\\s+(?:nationale|publique|d['\u2019]État))?)"
                    + "|devant\\s+(?:les\\s+(?:députés|sénateurs|juges|journalistes|élus)"
                    + "|la\\s+(?:presse|cour|commission)|le\\s+(?:tribunal|parlement|Parlement|Sénat|conseil))))?",
            "que\\s+|qu['\u2019]", "Selon|D['\u2019]après|selon|d['\u2019]après", "Pour",
            Set.of("il", "elle", "lui"), Set.of("un", "une"), Set.of("les", "des", "ces", "plusieurs"),
            Set.of("M.", "Mme", "Mlle", "Me", "Maître"),
            "Mais|Cependant|Pourtant|Toutefois|Par ailleurs|De son côté|Pour sa part|En revanche|Ainsi|Enfin",
            "anonymat|pas\\s+souhaité\\s+(?:être\\s+(?:nommée?|identifiée?|cité)|donner\\s+son\\s+nom)"
                    + "|requis\\s+l['\u2019]anonymat|garder\\s+l['\u2019]anonymat|taire\\s+son\\s+nom"
                    + "|(?:ne\\s+pas|pas)\\s+(?:être\\s+)?(?:nommée?|identifiée?)",
            // "Interrogé par IWPR,", "Contactée par téléphone,": how the words were had, opening the sentence
            // (and "interrogé sur ..." after the name: what was asked, not who answered)
            "interrogée?s?\\s+(?:par|sur)|contactée?s?\\s+par|jointe?s?\\s+par"
                    + "|lors\\s+d['\u2019e]|à\\s+l['\u2019]issue|en\\s+marge|dans\\s+un\\s+communiqué"
                    + "|dans\\s+une\\s+déclaration"
                    + "|en\\s+conférence|sur\\s+(?:Twitter|X|Facebook|sa\\s+page)|publiée?s?|paru",
            "est|a|ont|sont|était|avait|va|doit|peut|fait|sera|serait|ne|n['\u2019]\\p{L}+",
            "un\\s+rapport\\s+d[e'\u2019]|une\\s+étude\\s+d[e'\u2019]|les\\s+chiffres\\s+d[e'\u2019]"
                    + "|les\\s+données\\s+d[e'\u2019]|un\\s+communiqué\\s+d[e'\u2019]|des\\s+chiffres\\s+d[e'\u2019]",
            BODY_WORDS);

    static final QuoteGrammar SPANISH = QuoteGrammar.of(
            // "dijo", "ha dicho", "dice"
            "(?:" + alternation("es-preterites") + ")|ha\\s+(?:" + alternation("es-participles") + ")"
                    + "|(?:" + alternation("es-presents") + ")",
            // when, then to whom or on which broadcast: "dijo el martes", "dijo a IWPR", "afirmó en televisión"
            "(?:\\s+(?:" + SPANISH_WHEN + "))?(?:\\s+a\\s+(?:IWPR|la prensa|los periodistas|periodistas|medios locales)"
                    + "|\\s+en\\s+(?:la\\s+)?(?:televisión|radio)(?:\\s+(?:nacional|estatal|pública))?"
                    + "|\\s+en\\s+cadena\\s+nacional)?",
            "que\\s+", "Según|De acuerdo con|según|de acuerdo con", "Para",
            Set.of("él", "ella"), Set.of("un", "una", "uno"), Set.of("los", "las", "unos", "unas", "varios", "varias"),
            Set.of("Don", "Doña", "don", "doña", "Sr.", "Sra.", "Srta."),
            "Sin embargo|Pero|No obstante|Por su parte|Además|Asimismo|En cambio|Por otro lado|Mientras tanto",
            "anonimato|no\\s+ser\\s+(?:identificad[oa]|nombrad[oa])|reservar\\s+su\\s+nombre|(?:no\\s+)?(?:dar|revelar)"
                    + "\\s+su\\s+nombre|omitir\\s+su\\s+nombre",
            "durante|preguntad[oa]s?\\s+(?:por|sobre)|consultad[oa]s?\\s+(?:por|sobre)|en\\s+una\\s+entrevista"
                    + "|en\\s+un\\s+comunicado|en\\s+rueda\\s+de\\s+prensa|en\\s+su\\s+cuenta"
                    + "|publicad[oa]s?",
            "es|ha|han|son|era|fue|está|están|hay|no|será|sería|tiene|puede|debe",
            "un\\s+informe\\s+de(?:l)?|un\\s+estudio\\s+de(?:l)?|datos\\s+de(?:l)?|cifras\\s+de(?:l)?"
                    + "|un\\s+comunicado\\s+de(?:l)?",
            BODY_WORDS);

    private RomanceGrammars() {
    }
}
