package org.froissart.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web interface in headless Chromium (Debian's {@code chromium} and {@code chromium-driver},
 * which {@code .ci/run} installs; skipped where they are missing): search, open an article, and
 * find in the page exactly the spans the API gives for it.
 */
class BrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target/screenshots");

  @TempDir
  Path dir;
  RunningServer server;
  ChromeDriver browser;

  @BeforeEach
  void start() throws IOException {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
    server = new RunningServer(dir, null);
    // The driver is named, so Selenium Manager is never asked to find or download one.
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
        .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--window-size=1400,1000", "--user-data-dir=" + Files.createDirectory(dir.resolve("chromium")));
    browser = new ChromeDriver(service, options);
  }

  @AfterEach
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  void anArticleFoundBySearchShowsExactlyItsLayers() throws IOException {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    browser.get(server.url("/"));
    WebElement box = wait.until(ExpectedConditions.elementToBeClickable(By.id("q")));
    box.sendKeys("ukrainien", Keys.ENTER);
    wait.until(ExpectedConditions.textToBe(By.id("total"), "1 document"));
    WebElement title = browser.findElement(By.cssSelector(".hit .hit-title"));
    assertEquals("Erdogan reçoit le Premier ministre ukrainien", title.getText());
    assertEquals("ukrainien", browser.findElement(By.cssSelector(".hit .passage mark")).getText());
    title.click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#article-text .hl")));
    assertTrue(browser.getCurrentUrl().endsWith("#/doc/" + RunningServer.ARTICLE), browser.getCurrentUrl());

    JsonNode record = server.ok("/api/documents/" + RunningServer.ARTICLE);
    assertEquals(expectedSpans(record), shownSpans(), "every span of the record, and no other, at its offsets");

    WebElement boilerplate = browser.findElement(By.cssSelector("#article-text .boilerplate"));
    WebElement quote = browser.findElement(By.cssSelector("#article-text .hl.quote"));
    assertEquals("navigation", boilerplate.getAttribute("data-reason"));
    assertNotEquals(quote.getCssValue("color"), boilerplate.getCssValue("color"), "boilerplate is greyed");
    assertEquals("rgba(154, 163, 171, 1)", boilerplate.getCssValue("color"));

    browser.findElement(By.cssSelector("#article-text .hl.event[data-id='e1']")).click();
    String details = browser.findElement(By.id("details")).getText();
    assertTrue(details.contains("040") && details.contains("CONSULT") && details.contains("UKRGOV")
        && details.contains("le Premier ministre ukrainien."), details);
    quote.sendKeys(Keys.ENTER);
    String said = browser.findElement(By.id("details")).getText();
    assertTrue(said.contains("Erdogan · actor recep-tayyip-erdogan · code TURGOV") && said.contains("a déclaré"),
        "the quote's speaker and cue, chosen with the keyboard: " + said);
    Files.createDirectories(SCREENSHOTS);
    Files.write(SCREENSHOTS.resolve("article.png"), browser.getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void theOtherViewsDrawWhatTheApiAnswers() throws IOException {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    browser.get(server.url("/#/events?actor=recep-tayyip-erdogan"));
    wait.until(ExpectedConditions.textToBe(By.id("total"), "4 events"));
    assertEquals(4, browser.findElements(By.cssSelector("table.events tbody tr")).size());

    browser.get(server.url("/#/timeline?granularity=day"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#timeline-chart rect.bar")));
    long bars = server.ok("/api/timeline?granularity=day").get("points").size();
    assertEquals(bars, browser.findElements(By.cssSelector("#timeline-chart rect.bar")).size());

    browser.get(server.url("/#/network"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#network-chart .node")));
    assertEquals(server.ok("/api/network?max_edges=40").get("nodes").size(),
        browser.findElements(By.cssSelector("#network-chart .node")).size());
    Files.createDirectories(SCREENSHOTS);
    Files.write(SCREENSHOTS.resolve("network.png"), browser.getScreenshotAs(OutputType.BYTES));

    browser.get(server.url("/#/outlets?actor=recep-tayyip-erdogan"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".outlet[data-outlet='afp']")));
    assertEquals(2, browser.findElements(By.cssSelector(".outlet")).size());
    assertEquals("a rencontré", browser.findElement(By.cssSelector(".outlet[data-outlet='aa'] .example mark")).getText());
    Files.write(SCREENSHOTS.resolve("outlets.png"), browser.getScreenshotAs(OutputType.BYTES));
  }

  /** "layer:id" → "start-end:text" for every span the record has. */
  private static Map<String, String> expectedSpans(JsonNode record) {
    Map<String, String> spans = new TreeMap<>();
    String text = record.get("text").asText();
    int b = 0;
    for (JsonNode region : record.get("boilerplate")) {
      spans.put("boilerplate:b" + ++b, span(text, region));
    }
    record.get("entities").forEach(m -> spans.put("mention:" + m.get("id").asText(), span(text, m)));
    record.get("timex").forEach(t -> spans.put("timex:" + t.get("id").asText(), span(text, t)));
    record.get("quotes").forEach(q -> spans.put("quote:" + q.get("id").asText(), span(text, q)));
    record.get("events").forEach(e -> spans.put("event:" + e.get("id").asText(), span(text, e.get("trigger"))));
    return spans;
  }

  private static String span(String text, JsonNode span) {
    int start = span.get("start").asInt();
    int end = span.get("end").asInt();
    return start + "-" + end + ":" + text.substring(start, end);
  }

  /** The same for the page's elements; the pieces of a span cut by another are put back together. */
  @SuppressWarnings("unchecked")
  private Map<String, String> shownSpans() {
    List<List<String>> elements = (List<List<String>>) browser.executeScript("return [...document.querySelectorAll("
        + "'#article-text [data-layer]')].map(n => [n.dataset.layer + ':' + n.dataset.id, n.dataset.start + '-'"
        + " + n.dataset.end, n.textContent]);");
    Map<String, String> offsets = new TreeMap<>();
    Map<String, StringBuilder> texts = new TreeMap<>();
    for (List<String> e : elements) {
      String previous = offsets.put(e.get(0), e.get(1));
      assertTrue(previous == null || previous.equals(e.get(1)), "the pieces of " + e.get(0) + " disagree");
      texts.computeIfAbsent(e.get(0), k -> new StringBuilder()).append(e.get(2));
    }
    Map<String, String> spans = new TreeMap<>();
    offsets.forEach((key, range) -> spans.put(key, range + ":" + texts.get(key)));
    return spans;
  }
}
