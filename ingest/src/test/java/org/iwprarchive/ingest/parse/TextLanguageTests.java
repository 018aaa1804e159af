package org.iwprarchive.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.iwprarchive.ingest.fixtures.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The language of an article: what the page declares, checked against its text. Pages of IWPR's language editions
 * written for these tests in the shapes IWPR serves them (a Russian article in the current template with the
 * English site's {@code lang="en"}, a Ukrainian print view, which declares nothing).
 */
class TextLanguageTests {

    private final ArticleParser parser = new ArticleParser();

    @Test
    void aRussianArticleServedAsEnglishIsRussianAndSaysWhy() {
        ParsedArticle article = parser.parse(Fixtures.bytes("ru-fergana-water-dispute.html"), "text/html",
                "https://iwpr.net/ru/global-voices/spor-o-vode-v-ferganskoi-doline");

        assertThat(article.content().language()).isEqualTo("ru");
        assertThat(article.fieldRules()).containsEntry("language", "text:detected (the page said en)");
        // its editions as the head links them: not itself, not x-default, not an address off the site
        assertThat(article.editions()).containsExactlyInAnyOrderEntriesOf(java.util.Map.of(
                "en", "https://iwpr.net/global-voices/water-dispute-fergana-valley",
                "ky", "https://iwpr.net/ky/global-voices/fergana-oroonundogu-suu-talashy"));
        assertThat(article.fieldRules()).containsEntry("editions", "link[rel=alternate][hreflang]");
    }

    @Test
    void aPrintViewOfALanguageEditionKeepsItsAddresssLanguageAndPlacesItsCyrillicNames() {
        ParsedArticle article = parser.parse(Fixtures.bytes("uk-print-view-crimea.txt"), "text/plain",
                "https://iwpr.net/global-voices/krymski-tatary");

        assertThat(article.content().language()).isEqualTo("uk");
        assertThat(article.fieldRules()).containsEntry("language", "url:language-prefix");
        // its authors and places named in Cyrillic: slugs in Latin letters as Ukrainian spells them ("Mykola
        // Hnatiuk" as his English bylines name him, not the "Mikola Gnatyuk" of Russian spelling), a known place
        // found by its Ukrainian name
        assertThat(article.authors()).extracting(ParsedAuthor::slug).containsExactly("olena-marchenko",
                "mykola-hnatiuk");
        assertThat(article.locations()).extracting(ParsedLocation::slug).containsExactly("ukraine", "krym");
        assertThat(article.locations().get(0).parent().slug()).isEqualTo("eastern-europe");
    }

    @Test
    void anEnglishArticleKeepsWhatItDeclares() {
        ParsedArticle page = parser.parse(Fixtures.bytes("nato-looks-central-asia.html"), "text/html",
                "https://iwpr.net/global-voices/nato-looks-central-asia");
        ParsedArticle print = parser.parse(Fixtures.bytes("nato-looks-central-asia.txt"), "text/plain",
                "https://iwpr.net/global-voices/nato-looks-central-asia");

        assertThat(page.content().language()).isEqualTo("en");
        assertThat(page.fieldRules()).containsEntry("language", "json-ld:inLanguage");
        assertThat(print.content().language()).isEqualTo("en");
        assertThat(print.fieldRules()).containsEntry("language", "text:detected");
    }

    @Test
    void aShortOrUnclearTextLeavesTheDeclaredLanguageAlone() {
        assertThat(TextLanguage.settle("ru", "html[lang]", "Ok, NATO"))
                .isEqualTo(new TextLanguage.Decision("ru", "html[lang]"));
        assertThat(TextLanguage.settle(null, null, "Ok")).isEqualTo(new TextLanguage.Decision("en", "default:en"));
        // a language the detector does not know is never overruled by the nearest it knows
        String russian = "Летом фермеры Ферганской долины снова остались без воды для полива хлопковых полей. "
                .repeat(4);
        assertThat(TextLanguage.settle("uz", "url:language-prefix", russian).language()).isEqualTo("uz");
        assertThat(TextLanguage.settle("en", "html[lang]", russian).language()).isEqualTo("ru");
        assertThat(TextLanguage.settle("en", "html[lang]", russian.substring(0, 120)))
                .as("too short to overrule the page").isEqualTo(new TextLanguage.Decision("en", "html[lang]"));
    }

    @Test
    void aBalkanOrAlbanianTextIsInItsLanguageWhateverThePageDeclares() {
        String bosnian = "Povratnici u Srebrenicu već treću zimu žive bez struje, a opština kaže da nema novca za nove"
                + " priključke. Mještani su se obratili kantonalnoj vladi, ali odgovor još nisu dobili.";
        assertThat(TextLanguage.settle(null, null, bosnian).language()).isIn("bs", "hr", "sr");
        assertThat(TextLanguage.settle("en", "html[lang]", bosnian + " " + bosnian).language()).isIn("bs", "hr", "sr");
        String albanian = "Banorët e Mitrovicës së veriut thonë se zgjedhjet lokale nuk do të ndryshojnë asgjë në jetën"
                + " e tyre, ndërsa partitë kanë filluar të hapin zyrat e tyre në qytet.";
        assertThat(TextLanguage.settle(null, null, albanian).language()).isEqualTo("sq");
    }

    @Test
    void aMacedonianTextIsToldFromSerbianCyrillic() {
        String macedonian = "Жителите на Кичево веќе една недела немаат чиста вода за пиење, а општината вели дека"
                + " ќе ја поправи цевката до крајот на месецот. Граѓаните се жалат дека никој не ги слуша.";
        String serbian = "Радници фабрике у Крагујевцу протестовали су у петак због најављених отпуштања, а директор"
                + " каже да отпуштања неће бити пре краја године. Синдикат тражи социјални програм.";
        assertThat(TextLanguage.settle(null, null, macedonian).language()).isEqualTo("mk");
        assertThat(TextLanguage.settle("en", "html[lang]", macedonian + " " + macedonian).language()).isEqualTo("mk");
        assertThat(TextLanguage.settle(null, null, serbian).language()).isIn("bs", "hr", "sr");
    }

    @Test
    void aDariTextIsPersianAndAPageDeclaringDariKeepsItsCode() {
        String dari = "شورای ولسوالی چهاردره می‌گوید که سیلاب‌های بهاری پنجاه خانه را در قریه‌های کنار دریا ویران کرده"
                + " است و باشندگان هنوز در خیمه‌ها زندگی می‌کنند. آنان از حکومت محلی کمک خواسته‌اند.";
        assertThat(TextLanguage.settle(null, null, dari).language()).isEqualTo("fa");
        assertThat(TextLanguage.settle("en", "html[lang]", dari + " " + dari).language()).isEqualTo("fa");
        // ISO 639-3 "prs" (Dari) is a code the detector does not name, so the page's word stands: Dari quotations
        // are read by the Persian finder either way
        assertThat(TextLanguage.settle("prs", "html[lang]", dari + " " + dari).language()).isEqualTo("prs");
    }
}
