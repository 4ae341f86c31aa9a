package de.regiograph.explorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import de.regiograph.IntegrationTest;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;

/**
 * The explorer page: served at /explorer with Cytoscape.js from its WebJar, and driven end to end
 * in headless Chromium. The browser tests are skipped when Debian's chromium and chromium-driver
 * are not installed (CI installs them, see .ci/run).
 */
class ExplorerIT extends IntegrationTest {

    /** Debian's paths; elsewhere give -Dregiograph.chromium=… and -Dregiograph.chromedriver=…. */
    private static final Path CHROMIUM = Path.of(System.getProperty("regiograph.chromium", "/usr/bin/chromium"));

    private static final Path CHROMEDRIVER =
            Path.of(System.getProperty("regiograph.chromedriver", "/usr/bin/chromedriver"));
    private static final String AGS = "06535";
    private static final Duration WAIT = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    @TempDir
    Path profile;

    private ChromeDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    @Test
    void theRootRedirectsToThePageWhichLoadsCytoscapeFromItsWebJar() throws Exception {
        var root = get("/");
        assertThat(root.statusCode()).isEqualTo(302);
        assertThat(root.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/explorer"));

        var page = get("/explorer");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<title>Regiograph explorer</title>");
        var script = page.body().replaceAll("(?s).*<script src=\"([^\"]+)\".*", "$1");
        assertThat(script).startsWith("/webjars/cytoscape/");

        var cytoscape = get(script);
        assertThat(cytoscape.statusCode()).isEqualTo(200);
        assertThat(cytoscape.body()).contains("cytoscape");
        assertThat(get("/explorer/explorer.js").statusCode()).isEqualTo(200);
    }

    @Test
    void drawsTheLandscapeOfTheChosenDistrictAndShowsAClickedActor() throws Exception {
        openBrowser();
        var landscape = graphQl.document("""
                        { networkLandscape(ags: ["%s"], brokers: 100) {
                            summary { actors ties }
                            brokers { actor { id } } } }""".formatted(AGS)).execute();
        int actors = landscape
                .path("networkLandscape.summary.actors")
                .entity(Integer.class)
                .get();
        int ties = landscape
                .path("networkLandscape.summary.ties")
                .entity(Integer.class)
                .get();
        assertThat(actors).isPositive();
        assertThat(actors)
                .as("actors located in %s", AGS)
                .isEqualTo(count("MATCH (:District {ags: '" + AGS + "'})<-[:LOCATED_IN]-(a:Actor) RETURN count(a)"));

        browser.get(url("/explorer"));
        var wait = new WebDriverWait(browser, WAIT);
        var districts = browser.findElement(By.id("district"));
        wait.until(b -> districts.isEnabled());
        new Select(districts).selectByValue(AGS);

        var graph = browser.findElement(By.id("graph"));
        wait.until(b -> "ready".equals(graph.getDomAttribute("data-state")));
        assertThat(graph.getDomAttribute("data-node-count")).isEqualTo(String.valueOf(actors));
        assertThat(graph.getDomAttribute("data-edge-count")).isEqualTo(String.valueOf(ties));
        assertThat(((Number) script("return window.explorer.cy.nodes().length")).intValue())
                .isEqualTo(actors);
        assertThat(browser.findElement(By.tagName("canvas")).isDisplayed()).isTrue();

        // the strongest broker, drawn biggest: click the middle of its circle
        String brokerId = landscape
                .path("networkLandscape.brokers[0].actor.id")
                .entity(String.class)
                .get();
        clickNode(graph, brokerId);

        var details = wait.until(b -> b.findElement(By.id("actor-details")));
        assertThat(details.getDomAttribute("data-actor-id")).isEqualTo(brokerId);
        var actor = graphQl.document("{ actor(id: \"%s\") { name kind memberships { active network { name } } } }"
                        .formatted(brokerId))
                .execute();
        assertThat(details.findElement(By.tagName("h2")).getText())
                .isEqualTo(actor.path("actor.name").entity(String.class).get());
        assertThat(details.getText())
                .contains(actor.path("actor.kind").entity(String.class).get());
        List<Map<String, Object>> memberships = actor.path("actor.memberships")
                .entityList(new ParameterizedTypeReference<Map<String, Object>>() {})
                .get();
        var networks = details.findElements(By.cssSelector("ul.networks li")).stream()
                .map(WebElement::getText)
                .toList();
        var expected = memberships.stream()
                .filter(m -> Boolean.TRUE.equals(m.get("active")))
                .map(m -> ((Map<?, ?>) m.get("network")).get("name").toString())
                .toList();
        assertThat(networks).hasSameSizeAs(expected);
        expected.forEach(name ->
                assertThat(networks).anySatisfy(shown -> assertThat(shown).startsWith(name)));

        screenshot("explorer-landscape.png");
    }

    @Test
    void listsTheComparableDistrictsWithScoresAndReasons() throws Exception {
        openBrowser();
        var comparables = graphQl.document(
                        "{ comparableDistricts(ags: \"%s\", first: 10) { comparables { district { ags } score } } }"
                                .formatted(AGS))
                .execute();
        List<String> expected = comparables
                .path("comparableDistricts.comparables[*].district.ags")
                .entityList(String.class)
                .get();
        List<Double> scores = comparables
                .path("comparableDistricts.comparables[*].score")
                .entityList(Double.class)
                .get();
        assertThat(expected).isNotEmpty();

        browser.get(url("/explorer?ags=" + AGS));
        browser.findElement(By.id("tab-comparables")).click();
        var table = browser.findElement(By.id("comparables"));
        new WebDriverWait(browser, WAIT).until(b -> "ready".equals(table.getDomAttribute("data-state")));

        var rows = table.findElements(By.cssSelector("tbody tr"));
        assertThat(rows.stream().map(r -> r.getDomAttribute("data-ags")).toList())
                .isEqualTo(expected);
        assertThat(rows.get(0).getText()).contains(String.format(Locale.ROOT, "%.3f", scores.get(0)));
        assertThat(rows.get(0).findElements(By.cssSelector("td ul li"))).isNotEmpty();

        screenshot("explorer-comparables.png");
    }

    private void openBrowser() {
        assumeTrue(
                Files.isExecutable(CHROMIUM),
                "browser test skipped: " + CHROMIUM + " missing (apt-get install chromium)");
        assumeTrue(
                Files.isExecutable(CHROMEDRIVER),
                "browser test skipped: " + CHROMEDRIVER + " missing (apt-get install chromium-driver)");
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=1400,900",
                "--user-data-dir=" + profile.toAbsolutePath());
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(WAIT).scriptTimeout(WAIT);
    }

    private Object script(String javaScript, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(javaScript, arguments);
    }

    /** Clicks where Cytoscape drew the node: offsets from the middle of the graph element. */
    @SuppressWarnings("unchecked")
    private void clickNode(WebElement graph, String id) {
        var position = (Map<String, Number>) script("""
                const p = window.explorer.cy.getElementById(arguments[0]).renderedPosition();
                return {x: p.x, y: p.y};""", id);
        var size = graph.getRect();
        int dx = (int) Math.round(position.get("x").doubleValue() - size.getWidth() / 2.0);
        int dy = (int) Math.round(position.get("y").doubleValue() - size.getHeight() / 2.0);
        new Actions(browser).moveToElement(graph, dx, dy).click().perform();
    }

    /** Waits until both views have their answer (the status line names the outcome), then saves the page. */
    private void screenshot(String name) throws Exception {
        var status = browser.findElement(By.id("status"));
        new WebDriverWait(browser, WAIT).until(b -> !status.getText().equals("loading…"));
        var file = browser.getScreenshotAs(OutputType.FILE);
        var target = Path.of("target", name);
        Files.createDirectories(target.getParent());
        Files.copy(file.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }
}
