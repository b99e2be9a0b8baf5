package vn.dva.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.dva.extract.ExtractedDocument;
import vn.dva.index.DocumentIndexer;
import vn.dva.search.SearchService;

/**
 * A story republished on three sites shows as one result in a real headless Chromium; "2 bản đăng
 * lại" opens the other two (source, date, link), "Xem cả 3 bản" lists all three pages, and the
 * switch shows every page. Skipped, with a message, without Debian's chromium and chromedriver.
 */
class StoryBrowserTest {

  static final String STORY =
      "Sáng 12/6, Ban Thường vụ Tỉnh ủy Lạng Sơn tổ chức hội nghị tổng kết 10 năm thực hiện Nghị"
          + " quyết số 25-NQ/TW về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân"
          + " vận trong tình hình mới. Báo cáo nêu rõ nhận thức của cấp ủy, chính quyền về công tác"
          + " dân vận có chuyển biến rõ nét, toàn tỉnh xây dựng hơn bốn nghìn mô hình dân vận khéo"
          + " ở các huyện biên giới.\n"
          + "Hội nghị chỉ ra hạn chế như việc nắm bắt tâm trạng Nhân dân ở một số nơi còn chậm,"
          + " phối hợp giữa các cơ quan chưa chặt chẽ. Dịp này hai mươi lăm tập thể và bốn mươi cá"
          + " nhân được tặng bằng khen vì thành tích xuất sắc trong mười năm qua.\n"
          + "Hội nghị đề ra nhiệm vụ trọng tâm cho giai đoạn tới, trong đó chú trọng công tác dân"
          + " vận chính quyền và phong trào thi đua dân vận khéo ở cơ sở.";

  @TempDir static Path dir;
  static SearchService search;
  static Javalin app;
  static ChromeDriver browser;
  static WebDriverWait wait;
  static String base;

  static ExtractedDocument doc(String url, String title, String source, LocalDate d, String text) {
    return new ExtractedDocument(
        url, url, title, d, "Lạng Sơn", source, "html", text, List.of(), List.of());
  }

  @BeforeAll
  static void start() throws Exception {
    Assumptions.assumeTrue(
        Files.isExecutable(BrowserTest.CHROMIUM) && Files.isExecutable(BrowserTest.CHROMEDRIVER),
        "browser tests skipped: install Debian's chromium and chromium-driver");
    try (DocumentIndexer ix = DocumentIndexer.open(dir.resolve("index"))) {
      ix.add(
          doc(
              "https://langson.dcs.vn/tin/tong-ket-nq25",
              "Tổng kết 10 năm thực hiện Nghị quyết 25-NQ/TW",
              "langson.dcs.vn",
              LocalDate.of(2023, 6, 12),
              STORY));
      ix.add(
          doc(
              "https://baolangson.vn/tong-ket-10-nam-nghi-quyet-25",
              "Lạng Sơn: 10 năm thực hiện Nghị quyết về công tác dân vận",
              "baolangson.vn",
              LocalDate.of(2023, 6, 13),
              STORY + "\nTin, ảnh: Cộng tác viên. Nguồn: Báo Lạng Sơn."));
      ix.add(
          doc(
              "https://bdvtu.langson.vn/tin/hoi-nghi-tong-ket",
              "Hội nghị tổng kết Nghị quyết 25-NQ/TW",
              "bdvtu.langson.vn",
              LocalDate.of(2023, 6, 14),
              STORY.substring(STORY.indexOf('\n') + 1)));
      ix.add(
          doc(
              "https://langson.dcs.vn/tin/giao-ban",
              "Giao ban khối dân vận quý II",
              "langson.dcs.vn",
              LocalDate.of(2023, 7, 5),
              "Chiều 05/7, Ban Dân vận Tỉnh ủy Lạng Sơn giao ban khối dân vận quý II. Mặt trận và"
                  + " các đoàn thể đã tổ chức hơn một trăm cuộc tuyên truyền về công tác dân vận,"
                  + " tiếp nhận ba mươi bốn ý kiến kiến nghị của cử tri và chuẩn bị sơ kết phong"
                  + " trào thi đua dân vận khéo cấp tỉnh trong quý tới."));
      ix.commit();
    }
    search = SearchService.open(dir.resolve("index"), false);
    app = WebApp.create(search).start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + app.port();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BrowserTest.CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-dev-shm-usage",
        "--window-size=1280,1000",
        "--user-data-dir=" + Files.createDirectories(dir.resolve("profile")));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(BrowserTest.CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    Files.createDirectories(BrowserTest.SHOTS);
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) browser.quit();
    if (app != null) app.stop();
    if (search != null) search.close();
  }

  @Test
  void aRepublishedStoryIsOneResultThatOpensItsOtherVersions() throws Exception {
    browser.get(base + "/?q=" + WebAppTest.enc("dân vận") + "&sort=newest");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ol.hits li.hit")));
    List<WebElement> hits = browser.findElements(By.cssSelector("ol.hits li.hit"));
    assertThat(hits).hasSize(2);
    assertThat(browser.findElement(By.id("stories")).getText()).contains("2 câu chuyện");

    WebElement story = hits.get(1);
    assertThat(story.findElement(By.cssSelector("h2 a")).getText())
        .isEqualTo("Hội nghị tổng kết Nghị quyết 25-NQ/TW"); // the newest version stands for it
    WebElement summary = story.findElement(By.cssSelector("details.versions summary"));
    assertThat(summary.getText()).isEqualTo("2 bản đăng lại");
    WebElement list = story.findElement(By.cssSelector("details.versions ul"));
    assertThat(list.isDisplayed()).isFalse();
    summary.click();
    wait.until(ExpectedConditions.visibilityOf(list));
    List<WebElement> others = list.findElements(By.tagName("li"));
    assertThat(others).hasSize(2);
    assertThat(others.get(0).getText()).contains("baolangson.vn", "13/06/2023");
    assertThat(others.get(1).getText()).contains("langson.dcs.vn", "12/06/2023");
    assertThat(others.get(0).findElement(By.tagName("a")).getAttribute("href"))
        .isEqualTo("https://baolangson.vn/tong-ket-10-nam-nghi-quyet-25");
    BrowserTest.class.getName(); // shares the screenshot folder
    java.nio.file.Files.copy(
        browser.getScreenshotAs(org.openqa.selenium.OutputType.FILE).toPath(),
        BrowserTest.SHOTS.resolve("20-story-versions.png"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);

    story.findElement(By.cssSelector("a.all-versions")).click();
    wait.until(ExpectedConditions.urlContains("story="));
    assertThat(browser.findElements(By.cssSelector("ol.hits li.hit h2 a")))
        .extracting(WebElement::getText)
        .containsExactly(
            "Hội nghị tổng kết Nghị quyết 25-NQ/TW",
            "Lạng Sơn: 10 năm thực hiện Nghị quyết về công tác dân vận",
            "Tổng kết 10 năm thực hiện Nghị quyết 25-NQ/TW");
  }

  @Test
  void theSwitchShowsEveryPage() {
    browser.get(base + "/?q=" + WebAppTest.enc("dân vận"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("collapse-off")));
    browser.findElement(By.id("collapse-off")).click();
    wait.until(ExpectedConditions.urlContains("collapse=false"));
    assertThat(browser.findElements(By.cssSelector("ol.hits li.hit"))).hasSize(4);
    browser.findElement(By.id("collapse-on")).click();
    wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("collapse=false")));
    assertThat(browser.findElements(By.cssSelector("ol.hits li.hit"))).hasSize(2);
  }
}
