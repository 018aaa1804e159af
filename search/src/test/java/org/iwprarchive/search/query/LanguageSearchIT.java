package org.iwprarchive.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.iwprarchive.domain.article.Article;
import org.iwprarchive.domain.article.ArticleContent;
import org.iwprarchive.domain.article.ArticleRepository;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Articles in IWPR's other languages are searched with the analysis of their language: Russian and Arabic words
 * match their inflected forms, the language filter keeps one language, and English analysis is not applied to them.
 */
@SpringBootTest(properties = "iwpr.test.context=languages") // its own database and index
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LanguageSearchIT {

    @Autowired
    private ArticleSearchService search;

    @Autowired
    private ArticleRepository articles;

    @BeforeAll
    void storeArticlesInSeveralLanguages() {
        save("spor-o-vode", "ru", "Спор о воде в Ферганской долине", "Фермеры трёх стран жалуются на соседей.",
                "Фермеры жалуются, что соседи забирают слишком много воды из общих каналов.",
                "Наблюдатели сообщили о нарушениях во время выборов в местные советы.",
                "«Мы ждём воду неделями», — сказал фермер Абдулла Каримов из Баткенской области.");
        save("krymski-tatary", "uk", "Кримські татари розповідають про тиск", null,
                "Правозахисники повідомляють про обшуки в будинках кримських татар.",
                "Президент Володимир Зеленський зустрівся з активістами у Києві, а потім поїхав до Харкова.",
                "Юлія Гнатюк з Миколаєва сказала, що її м’ясо не продається.");
        save("intikhabat", "ar", "الانتخابات في العراق", null,
                "قال المراقبون إن الانتخابات جرت بهدوء في معظم المحافظات.");
        // Persian written with the Persian letters and the zero-width non-joiner; Dari declared as "prs"
        save("seilab-herat", "fa", "سیلاب در هرات خانه‌ها را ویران کرد", null,
                "باشندگان می‌گویند که کمک‌های دولتی به قریه‌های کابل و هرات نرسیده است.");
        save("maktab-dari", "prs", "مکتب‌های دختران در بلخ", null,
                "معلمان از کمبود کتاب‌های درسی شکایت دارند.");
        save("water-dispute", "en", "Water Dispute in the Fergana Valley", null,
                "Farmers complain that their neighbours take too much water from shared canals.",
                "Officials in Tashkent and Bishkek met to agree on a schedule; President Sadyr Zhaparov attended.");
    }

    @Test
    void findsRussianWordsInTheirOtherForms() {
        // the text has "выборов" and "воды"; the query asks for "выборы" and "вода"
        assertThat(titles("выборы")).containsExactly("Спор о воде в Ферганской долине");
        assertThat(titles("вода")).containsExactly("Спор о воде в Ферганской долине");
        assertThat(titles("title:долина")).containsExactly("Спор о воде в Ферганской долине");
        // the standfirst has "стран"
        assertThat(titles("страна")).containsExactly("Спор о воде в Ферганской долине");
    }

    @Test
    void findsArabicWordsWithoutTheirArticleAndUkrainianWordsAsWritten() {
        // "الانتخابات" (the elections) is found by "انتخابات" (elections)
        assertThat(titles("انتخابات")).containsExactly("الانتخابات في العراق");
        assertThat(titles("обшуки")).containsExactly("Кримські татари розповідають про тиск");
    }

    @Test
    void findsPersianAndDariWordsWhicheverLettersAndJoinersTheyAreTypedWith() {
        // typed with the Arabic yeh and kaf ("مي", "ك") and without the zero-width non-joiner
        assertThat(titles("ميگويند")).containsExactly("سیلاب در هرات خانه‌ها را ویران کرد");
        assertThat(titles("كمك")).containsExactly("سیلاب در هرات خانه‌ها را ویران کرد");
        // a Dari page declaring "prs" is searched as Persian: "کتاب" finds its "کتاب‌های"
        assertThat(titles("کتاب")).containsExactly("مکتب‌های دختران در بلخ");
        ArticleHit dari = search.search(ArticleQuery.text("مكتب", 0, 10)).hits().get(0);
        assertThat(dari.language()).isEqualTo("prs");
        assertThat(dari.highlights().get("title")).containsExactly("<mark>مکتب‌های</mark> دختران در بلخ");
    }

    @Test
    void findsNamesWhicheverScriptTheyAreWrittenIn() {
        // "Каримов" in the Russian text, "Karimov" typed; "Zhaparov" and "Tashkent" in the English text, in Cyrillic
        assertThat(titles("Karimov")).containsExactly("Спор о воде в Ферганской долине");
        assertThat(titles("Жапаров")).containsExactly("Water Dispute in the Fergana Valley");
        assertThat(titles("Ташкент")).containsExactly("Water Dispute in the Fergana Valley");
        ArticleHit marked = search.search(ArticleQuery.text("Karimov", 0, 10)).hits().get(0);
        assertThat(marked.highlights().get("body")).anySatisfy(fragment ->
                assertThat(fragment).contains("<mark>Каримов</mark>"));
    }

    @Test
    void findsUkrainianNamesAsEnglishSpellsThemWhicheverWay() {
        // Ukrainian romanisation ("Zelenskyi", "Kharkova", "Yuliia", "Hnatiuk"), with "y" and "i" taken as one
        // letter, so that the other spellings in use find them too; the Russian spelling still finds them through
        // the fields every article has ("Gnatyuk")
        String crimea = "Кримські татари розповідають про тиск";
        for (String spelling : List.of("Zelensky", "Zelenskyy", "Zelenskyi", "Volodymyr", "Kharkova", "Yulia",
                "Yuliia", "Hnatiuk", "Hnatyuk", "Gnatyuk", "Зеленський", "\"Yulia Hnatiuk\"", "myaso")) {
            assertThat(titles(spelling)).as(spelling).containsExactly(crimea);
        }
        ArticleHit marked = search.search(ArticleQuery.text("Zelensky", 0, 10)).hits().get(0);
        assertThat(marked.language()).isEqualTo("uk");
        assertThat(marked.highlights().get("body")).anySatisfy(fragment ->
                assertThat(fragment).contains("Володимир <mark>Зеленський</mark> зустрівся"));
    }

    @Test
    void marksRussianAndArabicWordsInTheFormsTheTextHasAndSaysTheHitsLanguage() {
        // "выборы" typed, "выборов" in the text; "о" is a stop word the search left out, so it is not marked
        ArticleHit russian = search.search(ArticleQuery.text("выборы", 0, 10)).hits().get(0);
        assertThat(russian.language()).isEqualTo("ru");
        assertThat(russian.highlights().get("body")).anySatisfy(fragment ->
                assertThat(fragment).contains("во время <mark>выборов</mark> в местные"));
        ArticleHit water = search.search(ArticleQuery.text("о вода", 0, 10)).hits().get(0);
        assertThat(water.highlights().get("title")).containsExactly("Спор о <mark>воде</mark> в Ферганской долине");
        ArticleHit arabic = search.search(ArticleQuery.text("انتخابات", 0, 10)).hits().get(0);
        assertThat(arabic.language()).isEqualTo("ar");
        assertThat(arabic.highlights().get("title")).containsExactly("<mark>الانتخابات</mark> في العراق");
        ArticleHit english = search.search(ArticleQuery.text("canals", 0, 10)).hits().get(0);
        assertThat(english.language()).isEqualTo("en");
        assertThat(english.highlights().get("body")).anySatisfy(fragment ->
                assertThat(fragment).contains("from shared <mark>canals</mark>"));
    }

    @Test
    void filtersByLanguage() {
        ArticleQuery russianOnly = new ArticleQuery("", null, null, null, null, null, null, "ru", null, 0, 10);
        assertThat(search.search(russianOnly).hits()).extracting(ArticleHit::title)
                .containsExactly("Спор о воде в Ферганской долине");
        assertThat(titles("water")).containsExactly("Water Dispute in the Fergana Valley");
    }

    @Test
    void countsTheLanguagesAndNamesThemWithTheLanguageFilterLeftOut() {
        ArticleQuery russianOnly = new ArticleQuery("", null, null, null, null, null, null, "ru", null, 0, 10);
        Facet languages = search.search(russianOnly).facets().stream().filter(f -> f.field().equals("lang"))
                .findFirst().orElseThrow();
        assertThat(languages.values()).extracting(Facet.Value::value).contains("ru", "uk", "ar", "en");
        assertThat(languages.values()).filteredOn(value -> value.value().equals("ru")).singleElement()
                .satisfies(value -> {
                    assertThat(value.label()).isEqualTo("Russian");
                    assertThat(value.count()).isEqualTo(1);
                });
        // Dari declared as ISO 639-3 "prs", which the JDK has no English name for
        assertThat(languages.values()).filteredOn(value -> value.value().equals("prs")).singleElement()
                .satisfies(value -> assertThat(value.label()).isEqualTo("Dari"));
    }

    private List<String> titles(String query) {
        return search.search(ArticleQuery.text(query, 0, 10)).hits().stream().map(ArticleHit::title).toList();
    }

    private void save(String slug, String language, String title, String standfirst, String... paragraphs) {
        articles.save(new Article("https://iwpr.net/global-voices/" + slug, slug,
                new ArticleContent(title, standfirst, List.of(paragraphs), LocalDate.of(2012, 6, 14), language),
                Instant.now()));
    }
}
