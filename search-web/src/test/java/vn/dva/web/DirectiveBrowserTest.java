package vn.dva.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.dva.extract.DocumentExtractor;
import vn.dva.index.IndexRun;
import vn.dva.search.SearchService;

/**
 * The directive page of Nghị quyết 25-NQ/TW in a real headless Chromium, over the bundled corpus
 * indexed by the product: subject, issuing body and the coverage table across provinces, in both
 * schemes. Screenshot in {@code target/screenshots/}. Skipped, with a message, when Debian's
 * chromium and chromium-driver are not installed.
 */
class DirectiveBrowserTest {

  @TempDir static Path dir;
  static SearchService search;
  static Javalin app;
  static ChromeDriver browser;
  static WebDriverWait wait;
  static String base;

  @BeforeAll
  static void start() throws Exception {
    Assumptions.assumeTrue(
        Files.isExecutable(BrowserTest.CHROMIUM) && Files.isExecutable(BrowserTest.CHROMEDRIVER),
        "browser tests skipped: install Debian's chromium and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver)");
    Path index = dir.resolve("index");
    new IndexRun(new DocumentExtractor(), new PrintWriter(new StringWriter()), 500, 1)
        .run(index, List.of(Path.of("..", "corpus", "pages")));
    search = SearchService.open(index);
    app = WebApp.create(search).start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + app.port();
    Files.createDirectories(BrowserTest.SHOTS);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BrowserTest.CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-dev-shm-usage",
        "--lang=vi",
        "--window-size=1280,1400",
        "--user-data-dir=" + Files.createDirectories(dir.resolve("profile")));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(BrowserTest.CHROMEDRIVER.toFile())
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

  private static WebElement identity2013() {
    WebElement table =
        browser.findElement(By.cssSelector("table.coverage[data-identity='25-NQ/TW@2013']"));
    return table.findElement(By.xpath("ancestor::section[contains(@class,'identity')]"));
  }

  @Test
  void directivePageShowsSubjectIssuerAndCoverageAcrossProvinces() throws Exception {
    browser.get(base + "/directive?number=25-NQ%2FTW");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.coverage")));
    WebElement section = identity2013();
    assertThat(section.findElement(By.cssSelector("p.subject")).getText())
        .isEqualTo(
            "Về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới");
    assertThat(section.findElement(By.cssSelector(".issued-by")).getText())
        .isEqualTo("Ban Chấp hành Trung ương Đảng");

    assertThat(section.findElement(By.cssSelector(".coverage-summary")).getText())
        .isEqualTo("10/34");
    List<WebElement> rows = section.findElements(By.cssSelector("table.coverage tbody tr"));
    assertThat(rows).hasSize(34);
    WebElement tayNinh =
        rows.stream()
            .filter(r -> r.findElement(By.tagName("th")).getText().equals("Tây Ninh"))
            .findFirst()
            .orElseThrow();
    List<WebElement> cells = tayNinh.findElements(By.tagName("td"));
    assertThat(cells.get(0).getText()).startsWith("1 bài");
    assertThat(cells.get(1).getText()).isEqualTo("chưa thấy");
    assertThat(cells.get(2).getText()).startsWith("sơ kết 5 năm").contains("01/06/2018");
    assertThat(cells.get(3).getText()).isEqualTo("tổng kết 10 năm (2023)");
    WebElement haNoi =
        rows.stream()
            .filter(r -> r.findElement(By.tagName("th")).getText().equals("Hà Nội"))
            .findFirst()
            .orElseThrow();
    assertThat(haNoi.findElements(By.cssSelector("td.none"))).hasSize(3);
    File shot = browser.getScreenshotAs(OutputType.FILE);
    Files.copy(
        shot.toPath(),
        BrowserTest.SHOTS.resolve("directive-coverage.png"),
        StandardCopyOption.REPLACE_EXISTING);

    section.findElement(By.linkText("xem theo 63 tỉnh, thành trước sáp nhập")).click();
    wait.until(ExpectedConditions.urlContains("provinces=63"));
    List<WebElement> old = identity2013().findElements(By.cssSelector("table.coverage tbody tr"));
    assertThat(old).hasSize(63);
    assertThat(old.stream().map(r -> r.findElement(By.tagName("th")).getText()))
        .contains("Long An", "Bến Tre", "Trà Vinh");
  }
}
