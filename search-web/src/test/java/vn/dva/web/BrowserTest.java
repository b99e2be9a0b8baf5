package vn.dva.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.javalin.Javalin;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.dva.search.SearchService;

/**
 * End-to-end tests in a real headless Chromium: search, pick facets, open a directive page,
 * download the .ics of the reviews page. Screenshots go to {@code target/screenshots/} for review.
 * Skipped, with a message, when Debian's chromium and chromium-driver are not installed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTest {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SHOTS = Path.of("target", "screenshots");

  @TempDir static Path dir;
  static SearchService search;
  static Javalin app;
  static ChromeDriver browser;
  static WebDriverWait wait;
  static Path downloads;
  static String base;

  @BeforeAll
  static void start() throws Exception {
    Assumptions.assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "browser tests skipped: install Debian's chromium and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver)");
    search = SearchService.open(TestIndex.build(dir.resolve("index")));
    app = WebApp.create(search).start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + app.port();
    downloads = Files.createDirectories(dir.resolve("downloads"));
    Files.createDirectories(SHOTS);

    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-dev-shm-usage",
        "--lang=vi",
        "--window-size=1280,1000",
        "--user-data-dir=" + Files.createDirectories(dir.resolve("profile")));
    options.setExperimentalOption(
        "prefs",
        Map.of(
            "download.default_directory",
            downloads.toString(),
            "download.prompt_for_download",
            false));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(15));
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) browser.quit();
    if (app != null) app.stop();
    if (search != null) search.close();
  }

  static void screenshot(String name) throws IOException {
    File shot = browser.getScreenshotAs(OutputType.FILE);
    Files.copy(
        shot.toPath(),
        SHOTS.resolve(name + ".png"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  static String total() {
    return browser.findElement(By.id("total")).getText();
  }

  @Test
  @Order(1)
  void searchingFromTheBoxShowsHighlightedResults() throws Exception {
    browser.get(base + "/");
    WebElement box = browser.findElement(By.id("q"));
    box.sendKeys("dân vận");
    box.submit();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ol.hits li.hit")));
    assertThat(browser.getTitle()).startsWith("dân vận");
    assertThat(browser.findElements(By.cssSelector("ol.hits li.hit"))).hasSizeGreaterThan(3);
    assertThat(browser.findElements(By.cssSelector(".snippet mark"))).isNotEmpty();
    assertThat(browser.findElement(By.cssSelector("svg.timeline")).isDisplayed()).isTrue();
    screenshot("01-search");
  }

  @Test
  @Order(2)
  void pickingTwoProvincesNarrowsTheResultsAndKeepsOtherCounts() throws Exception {
    browser.get(base + "/?q=" + WebAppTest.enc("dân vận"));
    browser
        .findElement(By.xpath("//section[@id='facet-province']//a[contains(., 'Bình Phước')]"))
        .click();
    wait.until(ExpectedConditions.urlContains("province=B"));
    assertThat(total()).isEqualTo("1");
    // Drill sideways: the other provinces are still offered, with their own counts.
    WebElement langSon =
        browser.findElement(
            By.xpath("//section[@id='facet-province']//a[contains(., 'Lạng Sơn')]"));
    assertThat(langSon.getText()).endsWith("1");
    langSon.click();
    wait.until(ExpectedConditions.urlContains("L%E1%BA%A1ng"));
    assertThat(total()).isEqualTo("2");
    assertThat(browser.findElements(By.cssSelector("#facet-province a.on"))).hasSize(2);
    screenshot("02-facets");
  }

  @Test
  @Order(3)
  void accentLessQueryOffersTheAccentedSpelling() throws Exception {
    browser.get(base + "/?q=dan+van+kheo");
    WebElement dym = browser.findElement(By.id("did-you-mean"));
    assertThat(dym.getText()).isEqualTo("dân vận khéo");
    dym.click();
    wait.until(ExpectedConditions.titleContains("dân vận khéo"));
    assertThat(total()).isEqualTo("1");
  }

  @Test
  @Order(4)
  void typingADirectiveNumberOffersCompletions() {
    browser.get(base + "/");
    browser.findElement(By.id("q")).sendKeys("25-n");
    wait.until(d -> !d.findElements(By.cssSelector("#directive-list option")).isEmpty());
    assertThat(browser.findElement(By.cssSelector("#directive-list option")).getAttribute("value"))
        .isEqualTo("25-NQ/TW");
  }

  @Test
  @Order(5)
  void directiveLinkOpensTheDirectivePageWithEachIdentity() throws Exception {
    browser.get(base + "/?q=" + WebAppTest.enc("Bình Phước dân vận khéo"));
    browser.findElement(By.cssSelector("a.directive")).click();
    wait.until(ExpectedConditions.urlContains("/directive?number="));
    assertThat(browser.findElement(By.tagName("h1")).getText()).contains("25-NQ/TW");
    assertThat(browser.findElements(By.cssSelector(".identity"))).hasSize(2);
    assertThat(browser.getPageSource()).contains("03/06/2013").contains("25/07/2008");
    screenshot("03-directive");
  }

  @Test
  @Order(6)
  void reviewsPageDownloadsTheCalendar() throws Exception {
    browser.get(base + "/reviews?year=2023");
    assertThat(browser.findElements(By.cssSelector("tr.due"))).isNotEmpty();
    screenshot("04-reviews");
    browser.findElement(By.id("ics")).click();
    wait.until(d -> icsFiles().size() == 1);
    String ics = Files.readString(icsFiles().get(0), StandardCharsets.UTF_8);
    assertThat(ics).startsWith("BEGIN:VCALENDAR").contains("BEGIN:VEVENT").contains("25-NQ/TW");
  }

  static List<Path> icsFiles() {
    try (Stream<Path> files = Files.list(downloads)) {
      return files.filter(p -> p.toString().endsWith(".ics")).toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  @Test
  @Order(7)
  void hostileDocumentAndQueryRunNoScriptInTheBrowser() throws Exception {
    browser.get(
        base
            + "/?q="
            + WebAppTest.enc("<script>alert(1)</script> <img src=x onerror=alert(2)> nguy hiểm"));
    browser.get(base + "/?q=" + WebAppTest.enc("nguy hiểm"));
    assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert());
    assertThat(browser.findElement(By.cssSelector("li.hit h2")).getText()).contains("<script>");
  }

  @Test
  @Order(8)
  void pagesFitAPhoneScreen() throws Exception {
    browser.manage().window().setSize(new Dimension(390, 844));
    try {
      int shot = 0;
      for (String page : pages()) {
        browser.get(base + page);
        assertNoSidewaysScroll(page);
        screenshot(String.format("%02d-phone", 5 + shot++));
      }
      browser.get(base + "/batch");
      browser.findElement(By.name("numbers")).sendKeys("25-NQ/TW\n18-CT/TU\n217-QĐ/TW");
      browser.findElement(By.cssSelector("form button[type=submit]")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("batch-results")));
      assertNoSidewaysScroll("the batch results");
      screenshot(String.format("%02d-phone-batch-results", 5 + shot));
    } finally {
      browser.manage().window().setSize(new Dimension(1280, 1000));
    }
  }

  static void assertNoSidewaysScroll(String page) {
    Number scrollWidth =
        (Number) browser.executeScript("return document.documentElement.scrollWidth");
    assertThat(scrollWidth.intValue())
        .as("no sideways scrolling on " + page)
        .isLessThanOrEqualTo(390);
    // a table or field cut off inside its own box is as bad as a page that scrolls
    Object cut =
        browser.executeScript(
            "return [...document.querySelectorAll('main *')].filter(e => {"
                + " const r = e.getBoundingClientRect();"
                + " return r.width > 0 && (r.right > window.innerWidth + 1 || r.left < -1)"
                + " && getComputedStyle(e).position !== 'fixed';"
                + "}).map(e => e.tagName + '.' + e.className).slice(0, 5);");
    assertThat((List<?>) cut).as("elements past the right edge on " + page).isEmpty();
  }

  /** axe-core's script, from {@code -Ddva.axe=…/axe.min.js} ({@code scripts/test} fetches it). */
  static String axe() throws IOException {
    String path = System.getProperty("dva.axe", System.getenv("DVA_AXE"));
    Assumptions.assumeTrue(
        path != null && !path.isBlank() && Files.isRegularFile(Path.of(path)),
        "accessibility checks skipped: axe-core not found; scripts/test installs it with npm"
            + " (npm install axe-core) and passes -Ddva.axe=…/node_modules/axe-core/axe.min.js");
    return Files.readString(Path.of(path));
  }

  /** The pages every check below visits: each kind of page dva serves, with results and without. */
  static List<String> pages() {
    return List.of(
        "/",
        "/?q=" + WebAppTest.enc("dân vận"),
        "/?q=" + WebAppTest.enc("zzqqxx không có"),
        "/?q=" + WebAppTest.enc("dân vận") + "&province=" + WebAppTest.enc("Lạng Sơn"),
        "/directive?number=" + WebAppTest.enc("25-NQ/TW"),
        "/directive?number=" + WebAppTest.enc("99-NQ/TW"),
        "/reviews?year=2023",
        "/province",
        "/province?name=" + WebAppTest.enc("Tuyên Quang"),
        "/batch",
        "/khong-co-trang-nay",
        "/?page=0");
  }

  /** Serious and critical axe-core violations of the page now in the browser. */
  @SuppressWarnings("unchecked")
  static List<String> seriousViolations(String axe) {
    browser.executeScript(axe);
    Object result =
        browser.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']})"
                + ".then(r => done(r.violations"
                + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + ".map(v => v.impact + ' ' + v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))))"
                + ".catch(e => done(['axe failed: ' + e]));");
    return (List<String>) result;
  }

  @Test
  @Order(9)
  void everyPageHasNoSeriousAccessibilityViolationAndOneHeading() throws Exception {
    String axe = axe();
    browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    for (String page : pages()) {
      browser.get(base + page);
      assertThat(seriousViolations(axe)).as("axe-core on " + page).isEmpty();
      assertThat(browser.findElements(By.tagName("h1"))).as("one h1 on " + page).hasSize(1);
    }
    // the batch results, reached by submitting the form as a person does
    browser.get(base + "/batch");
    browser.findElement(By.name("numbers")).sendKeys("25-NQ/TW\n18-CT/TU\nkhông phải số");
    browser.findElement(By.cssSelector("form button[type=submit]")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("batch-results")));
    assertThat(seriousViolations(axe)).as("axe-core on the batch results").isEmpty();
    assertThat(browser.findElements(By.tagName("h1"))).hasSize(1);
  }

  @Test
  @Order(10)
  void theTimelineIsReachedByKeyboardAndNamedForScreenReaders() {
    browser.get(base + "/?q=" + WebAppTest.enc("dân vận"));
    assertThat(browser.findElements(By.cssSelector("[role=img] a, [role=img] [tabindex]")))
        .as("no interactive element inside an image")
        .isEmpty();
    List<WebElement> bars = browser.findElements(By.cssSelector(".timeline a"));
    assertThat(bars).isNotEmpty();
    for (WebElement bar : bars) {
      assertThat(bar.getAttribute("aria-label")).as("each bar has a name").matches(".+: \\d+ bài");
    }
    // Tab from the last control before the chart lands on its first bar
    browser.findElement(By.id("export-jsonl")).sendKeys(Keys.TAB);
    browser.switchTo().activeElement().sendKeys(Keys.TAB);
    WebElement focused = browser.switchTo().activeElement();
    for (int i = 0; i < 10 && focused.getAttribute("aria-label") == null; i++) {
      focused.sendKeys(Keys.TAB);
      focused = browser.switchTo().activeElement();
    }
    assertThat(focused.getAttribute("aria-label")).matches(".+: \\d+ bài");
    String href = focused.getDomAttribute("href");
    focused.sendKeys(Keys.ENTER);
    wait.until(ExpectedConditions.urlContains("from="));
    assertThat(browser.getCurrentUrl()).isEqualTo(base + href);
  }
}
