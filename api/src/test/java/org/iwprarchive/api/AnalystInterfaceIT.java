package org.iwprarchive.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iwprarchive.api.ApiClient.json;

import java.io.File;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.iwprarchive.ingest.fixtures.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;

/**
 * The analyst interface driven in a real headless Chromium as an analyst uses it: a search, a facet added and
 * removed, the back button, an article with its quotations followed to their source, the differences between two
 * versions, an export of the results, and an article whose text holds markup that must stay text; and every kind
 * of page audited against WCAG 2.1 AA by axe-core (labels, headings, landmarks, contrast, names of links).
 *
 * <p>Needs Chromium and its driver (Debian's chromium and chromium-driver); without them the journeys are skipped
 * with a message, unless {@code IWPR_BROWSER_TESTS=required} (as CI sets it), which makes their absence a failure.
 */
// its own archive: the copies of the NATO page it adds would change what other tests' searches find
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "iwpr.test.context=interface")
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalystInterfaceIT {

    private static final String ARTICLE = "https://iwpr.net/global-voices/zarafshan-corridor";
    private static final String TITLE = "Zarafshan Corridor Looks to Central Asia";
    private static final String CHANGED = "The fundamentalist Islamic Movement of Uzbekistan, IMU, is said to have "
            + "regrouped in the Zarafshan valley.";
    private static final String SPOKESMAN = "Rustam Zarafshanov";
    private static final String INERT = "https://iwpr.net/global-voices/zarafshan-markup";

    private final ApiClient api = new ApiClient(() -> this.port);

    @LocalServerPort
    private int port;

    private WebDriver browser;
    private Path profile;
    private boolean ingested;

    @BeforeAll
    void startBrowser() throws Exception {
        File driver = new File(System.getenv().getOrDefault("IWPR_CHROMEDRIVER", "/usr/bin/chromedriver"));
        File chromium = new File(System.getenv().getOrDefault("IWPR_CHROMIUM", "/usr/bin/chromium"));
        boolean present = driver.canExecute() && chromium.canExecute();
        if (!present && "required".equals(System.getenv("IWPR_BROWSER_TESTS"))) {
            throw new AssertionError("the browser tests are required, but " + driver + " or " + chromium
                    + " is missing (apt-get install chromium chromium-driver)");
        }
        Assumptions.assumeTrue(present, "no Chromium and ChromeDriver at " + chromium + " and " + driver
                + ": the browser journeys are skipped");
        profile = Files.createTempDirectory("iwpr-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        // as root on a machine without network: no sandbox, and none of Chromium's own connections
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1000", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver)
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    void stopBrowser() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    @BeforeEach
    void archive() throws Exception {
        if (ingested) {
            return;
        }
        // its own title and its own spokesman, so that no other article of the test archive shares them
        String first = Fixtures.natoAt(ARTICLE).replace("NATO Looks to Central Asia", TITLE)
                .replace("Rustam Jumaev", SPOKESMAN).replace("Jumaev said", "Zarafshanov said");
        assertThat(api.upload(ARTICLE, "text/html", bytes(first)).statusCode()).isEqualTo(201);
        String second = first.replace("The fundamentalist Islamic Movement of Uzbekistan, IMU, still poses a threat "
                + "to the region.", CHANGED);
        assertThat(second).isNotEqualTo(first);
        assertThat(json(api.upload(ARTICLE, "text/html", bytes(second))).path("article").path("version").asInt())
                .isEqualTo(2);
        String markup = "<html><head><title>Zarafshan &lt;img src=x onerror=window.pwned=1&gt;</title></head><body>"
                + "<article><h1>Zarafshan &lt;img src=x onerror=window.pwned=1&gt;</h1><p>A page about Zarafshan "
                + "that quotes markup: &lt;script&gt;window.pwned = 2&lt;/script&gt; and &lt;b&gt;bold&lt;/b&gt;."
                + "</p></article></body></html>";
        assertThat(api.upload(INERT, "text/html", bytes(markup)).statusCode()).isEqualTo(201);
        ingested = true;
    }

    @Test
    void searchesNarrowsByAFacetRemovesItAndGoesBack() {
        open("/");
        WebElement box = browser.findElement(By.id("q"));
        box.sendKeys("zarafshan", Keys.ENTER);
        waitFor(b -> b.getCurrentUrl().contains("q=zarafshan") && heading().startsWith("2 articles"));
        assertThat(hitTitles()).containsExactlyInAnyOrder(TITLE, "Zarafshan <img src=x onerror=window.pwned=1>");
        assertThat(browser.findElements(By.cssSelector("li.hit mark")).stream().map(WebElement::getText))
                .as("the matched words are marked").contains("Zarafshan");

        facetValue("location", "Uzbekistan").click();
        waitFor(b -> b.getCurrentUrl().contains("location=uzbekistan") && heading().startsWith("1 article"));
        assertThat(hitTitles()).containsExactly(TITLE);
        assertThat(facetValue("location", "Uzbekistan").findElement(By.xpath("..")).getAttribute("class"))
                .contains("active");
        WebElement chip = browser.findElement(By.cssSelector("ul.active-filters li"));
        assertThat(chip.getText()).contains("Place: Uzbekistan");

        chip.findElement(By.cssSelector("a.remove")).click();
        waitFor(b -> !b.getCurrentUrl().contains("location=") && heading().startsWith("2 articles"));
        assertThat(browser.findElements(By.cssSelector("ul.active-filters li"))).isEmpty();

        browser.navigate().back();
        waitFor(b -> b.getCurrentUrl().contains("location=uzbekistan") && heading().startsWith("1 article"));
        assertThat(hitTitles()).containsExactly(TITLE);
    }

    @Test
    void followsAQuotationFromTheArticleToEverythingItsSourceSaid() {
        open("/?q=zarafshan+corridor");
        browser.findElement(By.linkText(TITLE)).click();
        waitFor(b -> b.findElement(By.tagName("h1")).getText().equals(TITLE));
        assertThat(browser.findElement(By.cssSelector(".tags")).getText()).contains("Uzbekistan in Central Asia");

        WebElement quotation = browser.findElements(By.cssSelector(".body a.quotation")).stream()
                .filter(link -> link.getAttribute("title").startsWith(SPOKESMAN)).findFirst().orElseThrow();
        String said = quotation.getText();
        assertThat(said).isNotBlank();
        quotation.click();
        waitFor(b -> b.findElement(By.tagName("h1")).getText().equals(SPOKESMAN));
        List<WebElement> quoted = browser.findElements(By.cssSelector("ol.quotations li"));
        assertThat(quoted).as("every quotation of the spokesman, each with its article").hasSizeGreaterThan(1)
                .allSatisfy(item -> assertThat(item.findElement(By.linkText(TITLE)).getAttribute("href"))
                        .contains("/articles/"));
        assertThat(quoted).extracting(item -> item.findElement(By.tagName("blockquote")).getText()).contains(said);
    }

    @Test
    void comparesTwoVersionsParagraphByParagraph() throws Exception {
        long id = json(api.get("/api/articles/lookup?url=" + ARTICLE)).path("id").asLong();
        open("/articles/" + id);
        present(".versions button[type=submit]").click();
        waitFor(b -> b.findElement(By.tagName("h1")).getText().equals("Version 1 to version 2"));
        assertThat(browser.findElement(By.cssSelector(".stretch.change del")).getText())
                .isEqualTo("The fundamentalist Islamic Movement of Uzbekistan, IMU, still poses a threat to the "
                        + "region. The group, which has links to Osama bin Laden's al-Qaeda organisation, has been "
                        + "blacklisted by the US.");
        assertThat(browser.findElement(By.cssSelector(".stretch.change ins")).getText()).startsWith(CHANGED);
        assertThat(browser.findElement(By.cssSelector(".summary")).getText()).startsWith("1 paragraph changed");
    }

    @Test
    void exportsTheResultsOfTheSearchOnScreen() throws Exception {
        open("/?q=zarafshan&location=uzbekistan");
        String ndjson = browser.findElement(By.linkText("NDJSON")).getAttribute("href");
        String csv = browser.findElement(By.linkText("CSV")).getAttribute("href");
        HttpResponse<String> lines = api.get(ndjson.substring(ndjson.indexOf("/api/")));
        assertThat(lines.statusCode()).isEqualTo(200);
        assertThat(lines.body().lines().map(line -> json(line).path("title").asString()).toList())
                .containsExactly(TITLE);
        HttpResponse<String> table = api.get(csv.substring(csv.indexOf("/api/")));
        assertThat(table.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(table.body()))
                .getRecords();
        assertThat(rows).extracting(row -> row.get("title")).containsExactly(TITLE);
    }

    @Test
    void showsMarkupInAnArticleAsTextAndNeverRunsIt() throws Exception {
        long id = json(api.get("/api/articles/lookup?url=" + INERT)).path("id").asLong();
        open("/articles/" + id);
        assertThat(browser.findElement(By.tagName("h1")).getText())
                .isEqualTo("Zarafshan <img src=x onerror=window.pwned=1>");
        assertThat(browser.findElement(By.cssSelector(".body")).getText())
                .contains("<script>window.pwned = 2</script> and <b>bold</b>.");
        assertThat(browser.findElements(By.cssSelector("main img, .body script, .body b"))).isEmpty();
        assertThat(((JavascriptExecutor) browser).executeScript("return typeof window.pwned")).isEqualTo("undefined");

        open("/?q=onerror+bold");
        assertThat(hitTitles()).containsExactly("Zarafshan <img src=x onerror=window.pwned=1>");
        assertThat(browser.findElements(By.cssSelector("li.hit mark")).stream().map(WebElement::getText))
                .containsExactlyInAnyOrder("onerror", "bold");
        assertThat(browser.findElement(By.cssSelector("li.hit .passage")).getText()).contains("<b>bold</b>");
        assertThat(browser.findElements(By.cssSelector("li.hit img, li.hit b, li.hit script"))).isEmpty();
        assertThat(((JavascriptExecutor) browser).executeScript("return typeof window.pwned")).isEqualTo("undefined");
    }

    @Test
    void fitsAPhoneWithoutSidewaysScrolling() {
        Dimension desktop = browser.manage().window().getSize();
        try {
            browser.manage().window().setSize(new Dimension(390, 844));
            open("/?q=zarafshan");
            Object overflow = ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
        } finally {
            browser.manage().window().setSize(desktop);
        }
    }

    @Test
    void meetsWcagAaOnEveryKindOfPage() throws Exception {
        long id = json(api.get("/api/articles/lookup?url=" + ARTICLE)).path("id").asLong();
        long source = json(api.get("/api/sources?name=zarafshanov")).path("items").path(0).path("id").asLong();
        List<String> pages = List.of("/?q=zarafshan&location=uzbekistan", "/?q=nothing+matches+this+zyzzyva",
                "/articles/" + id, "/articles/" + id + "/diff", "/sources/" + source,
                "/authors/saule-mukhametrakhimova", "/places/central-asia", "/articles/987654", "/?q=%22open");
        for (String page : pages) {
            open(page);
            Results audit = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                    .analyze(browser);
            assertThat(audit.getViolations()).as(page + ": " + audit.getViolations().stream()
                    .map(rule -> rule.getId() + " (" + rule.getNodes().stream().map(node -> node.getTarget()
                            .toString()).limit(3).toList() + ")").toList()).isEmpty();
            assertThat(audit.getPasses()).as(page + ": the audit ran its rules").isNotEmpty();
        }
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    /** The element once the page shows it; a page that never does is described in the failure. */
    private WebElement present(String css) {
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .withMessage(() -> css + " is not on " + browser.getCurrentUrl() + " (" + browser.getTitle() + "): "
                        + browser.findElement(By.tagName("main")).getText())
                .until(b -> !b.findElements(By.cssSelector(css)).isEmpty());
        return browser.findElement(By.cssSelector(css));
    }

    private String heading() {
        return browser.findElement(By.id("results-heading")).getText();
    }

    private List<String> hitTitles() {
        return browser.findElements(By.cssSelector("li.hit h3")).stream().map(WebElement::getText).toList();
    }

    private WebElement facetValue(String facet, String label) {
        return browser.findElements(By.cssSelector("[data-facet=" + facet + "] li a")).stream()
                .filter(link -> link.findElement(By.className("label")).getText().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + label + " in the " + facet + " facet"));
    }

    private void waitFor(Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class).until(condition::apply);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
