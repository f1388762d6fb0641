package kz.qogam.server.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kz.qogam.server.SeedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The web UI end to end: the real server on a free port over the seed corpus (plus one text that
 * names organisations with markup), driven in headless Chromium. Each test saves a screenshot
 * under target/screenshots/.
 */
class WebUiBrowserTest {
    /** A text whose organisation names are markup, to check that no page ever runs them. */
    static final String HOSTILE = """
            В Актау общественный фонд «Алаш <script>alert(1)</script>» провёл круглый стол.
            Директор общественного фонда «Болашақ <img src=x onerror=alert(1)>» Иван Петров рассказал о проектах.
            """;

    /** A post whose text gives its whole title, which the name finder reads. */
    static final String TITLED_POST = "Ақтау қалалық мәслихатының депутатына Асқар Керелбаевқа алғыс айтылды.\n";

    @TempDir
    static Path tmp;
    static SeedServer server;
    static Browser browser;

    @BeforeAll
    static void start() throws IOException {
        Path extra = Files.createDirectories(tmp.resolve("extra"));
        Files.writeString(extra.resolve("hostile-names.txt"), HOSTILE, StandardCharsets.UTF_8);
        Files.writeString(extra.resolve("titled-post.txt"), TITLED_POST, StandardCharsets.UTF_8);
        server = SeedServer.start(tmp.resolve("tdb2"), extra);
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
        if (server != null) server.close();
    }

    @BeforeEach
    void russian() {
        open("/");
        js("localStorage.setItem('qogam.lang', 'ru')");
        browser.driver().manage().window().setSize(new Dimension(1280, 1000));
    }

    @Test
    void searchAnInflectedNameThenTheEntityThenTheSource() {
        open("/");
        WebElement box = browser.driver().findElement(By.id("q"));
        box.sendKeys("Муратовой");
        WebElement suggestion = browser.waiter().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#q-suggestions li")));
        assertTrue(suggestion.getText().contains("Гульжанат Муратова"), suggestion.getText());
        browser.screenshot("search-suggest");
        box.sendKeys(Keys.ENTER); // no suggestion chosen: the form searches
        browser.waiter().until(ExpectedConditions.urlContains("q="));
        ready();
        WebElement hit = browser.driver().findElement(By.cssSelector("ol.hits li.hit"));
        assertTrue(hit.getText().contains("Гульжанат Муратова"), hit.getText());
        assertTrue(hit.findElement(By.cssSelector(".why")).getText().contains("Гульжанат Муратова"), "says which name matched");
        String csv = browser.driver().findElement(By.cssSelector("a.csv")).getAttribute("href");
        assertTrue(csv.contains("format=csv"), csv);
        browser.screenshot("search-results");

        follow(hit.findElement(By.cssSelector("a.entity")));
        assertEquals("Гульжанат Муратова", text(By.id("entity-label")));
        assertTrue(browser.driver().getCurrentUrl().endsWith("/id/person/gulzhanat-muratova"), browser.driver().getCurrentUrl());
        WebElement post = browser.driver().findElement(By.cssSelector("#rel-posts tbody tr"));
        assertTrue(post.getText().contains("Ұрпақ Next"), post.getText());
        assertTrue(post.findElement(By.cssSelector("td.role")).getText().contains("директор"), post.getText());
        WebElement quote = post.findElement(By.cssSelector("q.quote"));
        assertTrue(quote.getText().contains("сообщила директор"), quote.getText());
        List<String> marked = quote.findElements(By.tagName("mark")).stream().map(WebElement::getText).toList();
        assertTrue(marked.stream().anyMatch(m -> m.contains("Муратова")), "the person's name is highlighted in the quote: " + marked);
        browser.screenshot("entity-person");

        follow(post.findElement(By.cssSelector("a.source")));
        assertTrue(browser.driver().getCurrentUrl().contains("/id/source/"), browser.driver().getCurrentUrl());
        List<String> people = browser.driver().findElements(By.cssSelector("#text mark.type-person")).stream().map(WebElement::getText).toList();
        assertTrue(people.contains("Гульжанат Муратова"), "the mention is highlighted as a person: " + people);
        assertFalse(browser.driver().findElements(By.cssSelector("#text mark.focus")).isEmpty(), "the quoted sentence is pointed at");
        assertFalse(browser.driver().findElements(By.cssSelector("table.facts tbody tr")).isEmpty(), "the facts from the text are listed");
        browser.screenshot("source");
    }

    @Test
    void networkViewExpandsANodeOnClick() {
        open("/id/person/gulzhanat-muratova");
        ready();
        long before = ((Number) js("return document.getElementById('network').cy.nodes().length")).longValue();
        assertTrue(before >= 3, "Муратова, her foundation and the fair at least: " + before);
        String fair = (String) js("return document.getElementById('network').cy.nodes()"
                + ".filter(n => n.data('label').startsWith('Ярмарка'))[0].id()");
        assertNotNull(fair);
        js("document.getElementById('network').cy.getElementById(arguments[0]).emit('tap')", fair);
        browser.waiter().until(d -> ((Number) js("return document.getElementById('network').cy.nodes().length")).longValue() > before);
        js("document.getElementById('network').scrollIntoView()");
        browser.screenshot("entity-network");
    }

    @Test
    void pathsFromMuratovaToTheMangystauAlliance() {
        open("/paths");
        pick("from-text", "Муратова", "Гульжанат Муратова");
        pick("to-text", "Гражданский альянс", "Гражданский альянс Мангистауской области");
        follow(browser.driver().findElement(By.cssSelector("form.paths button[type=submit]")));
        assertTrue(browser.driver().getCurrentUrl().contains("from=person%2Fgulzhanat-muratova"), browser.driver().getCurrentUrl());
        List<WebElement> paths = browser.driver().findElements(By.cssSelector("article.path"));
        assertFalse(paths.isEmpty(), "at least one path");
        assertTrue(paths.stream().anyMatch(p -> p.getText().contains("Ярмарка социальных идей")), "one path goes through the fair");
        for (WebElement hop : browser.driver().findElements(By.cssSelector("li.hop"))) {
            assertFalse(hop.findElement(By.cssSelector("blockquote q.quote")).getText().isBlank(), "every hop quotes its sentence");
            assertNotNull(hop.findElement(By.cssSelector("blockquote a.source")).getAttribute("href"));
        }
        browser.screenshot("paths");
    }

    @Test
    void sparqlPageRunsANamedQueryWithLabelsNextToIris() {
        open("/query");
        ready();
        WebElement example = browser.waiter().until(ExpectedConditions.elementToBeClickable(By.cssSelector(".examples button[data-name='people-and-posts']")));
        example.click();
        browser.waiter().until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".yasr table tbody tr"), 0));
        String table = browser.driver().findElement(By.cssSelector(".yasr table")).getText();
        assertTrue(table.contains("Гульжанат Муратова"), table);
        browser.waiter().until(d -> d.findElements(By.cssSelector(".yasr td .iri-label")).stream()
                .anyMatch(l -> l.getText().equals("Гульжанат Муратова")));
        browser.screenshot("sparql");
    }

    @Test
    void languageSwitchChangesTheLabelsAndIsRemembered() {
        open("/");
        ready();
        assertEquals("Поиск", text(By.cssSelector("header nav a[href='/']")));
        new Select(browser.driver().findElement(By.id("lang"))).selectByValue("kk");
        browser.waiter().until(d -> text(By.cssSelector("header nav a[href='/']")).equals("Іздеу"));
        open("/regions");
        ready();
        assertEquals("Өңірлер", text(By.tagName("h1")), "the choice holds on the next page");
        browser.screenshot("regions-kk");
        new Select(browser.driver().findElement(By.id("lang"))).selectByValue("en");
        browser.waiter().until(d -> text(By.tagName("h1")).equals("Regions"));
        assertTrue(browser.driver().findElements(By.cssSelector("svg.map circle")).size() >= 17, "a circle per region");
        assertTrue(text(By.cssSelector("table.regions")).contains("Mangystau"), "place names follow the language too");
        browser.screenshot("regions-en");
    }

    @Test
    void aPostShowsItsWholeTitleUnderItsRole() {
        open("/id/person/" + slugOf("Асқар Керелбаев"));
        ready();
        WebElement post = browser.driver().findElement(By.cssSelector("#rel-posts tbody tr"));
        assertTrue(post.getText().contains("Ақтау қалалық мәслихаты"), post.getText());
        assertEquals("Ақтау қалалық мәслихатының депутаты", post.findElement(By.cssSelector("td.role .post-title")).getText());
        browser.screenshot("entity-post-title");
    }

    @Test
    void hostileNamesAreShownAsTextOnEveryPage() throws Exception {
        open("/?q=" + URLEncoder.encode("Алаш", StandardCharsets.UTF_8));
        ready();
        noAlert();
        List<WebElement> hits = browser.driver().findElements(By.cssSelector("ol.hits a.entity"));
        assertFalse(hits.isEmpty(), "the organisation named with markup is in the graph");
        assertTrue(hits.get(0).getText().contains("<script>alert(1)</script>"), hits.get(0).getText());
        browser.screenshot("hostile-search");
        follow(hits.get(0));
        noAlert();
        assertTrue(text(By.id("entity-label")).contains("<script>alert(1)</script>"), "the name shows as its characters");
        browser.screenshot("hostile-entity");
        follow(browser.driver().findElement(By.cssSelector("dl.about ul.inline a")));
        noAlert();
        assertTrue(text(By.id("text")).contains("<img src=x onerror=alert(1)>"), "the source text shows as its characters");
        assertTrue(browser.driver().findElements(By.cssSelector("main img, main script")).isEmpty(), "no element was made from the text");
        browser.screenshot("hostile-source");
        open("/paths?from=person/ivan-petrov&to=organization/" + slugOf("Болашақ"));
        ready();
        noAlert();
        assertTrue(text(By.id("paths")).contains("<img src=x onerror=alert(1)>"), text(By.id("paths")));
        assertTrue(browser.driver().findElements(By.cssSelector("main img, main script")).isEmpty(), "no element was made from the text");
        browser.screenshot("hostile-paths");

        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url() + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        String scripts = java.util.Arrays.stream(csp.split(";")).map(String::strip).filter(d -> d.startsWith("script-src")).findFirst().orElse("");
        assertEquals("script-src 'self'", scripts, "no inline scripts, no eval: " + csp);
    }

    @Test
    void entityPageFitsAPhone() {
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        open("/id/organization/" + slugOf("Ұрпақ Next"));
        ready();
        long overflow = ((Number) js("return document.documentElement.scrollWidth - window.innerWidth")).longValue();
        assertTrue(overflow <= 1, "no sideways scrolling at a phone's width: " + overflow + " px");
        assertFalse(browser.driver().findElements(By.cssSelector("#rel-postHolders tbody tr")).isEmpty(), "its director is listed");
        browser.screenshot("entity-organization-phone");
    }

    // --- helpers ------------------------------------------------------------------------------

    private static void open(String path) {
        browser.driver().get(server.url() + path);
    }

    /** Clicks a link or button that loads a page, and waits until that page is drawn. */
    private static void follow(WebElement target) {
        WebElement old = browser.driver().findElement(By.tagName("body"));
        target.click();
        browser.waiter().until(ExpectedConditions.stalenessOf(old));
        ready();
    }

    /** Waits until app.js has drawn the page. */
    private static void ready() {
        browser.waiter().until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
        List<WebElement> errors = browser.driver().findElements(By.cssSelector("main .error"));
        assertTrue(errors.isEmpty(), () -> "the page shows an error: " + errors.get(0).getText());
    }

    private static void pick(String inputId, String typed, String expected) {
        WebElement box = browser.driver().findElement(By.id(inputId));
        box.sendKeys(typed);
        WebElement first = browser.waiter().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#" + inputId + "-suggestions li")));
        assertTrue(first.getText().contains(expected), first.getText());
        box.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        assertEquals(expected, box.getAttribute("value"));
    }

    private static String text(By by) {
        return browser.driver().findElement(by).getText();
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script, args);
    }

    private static void noAlert() {
        try {
            String alert = browser.driver().switchTo().alert().getText();
            throw new AssertionError("a script from the data ran and opened an alert: " + alert);
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
    }

    private static String slugOf(String name) {
        try {
            var body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url() + "/api/search?limit=1&q="
                    + URLEncoder.encode(name, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString()).body();
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(body).get("results").get(0).get("slug").asText();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
