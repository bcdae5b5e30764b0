package fr.permanence.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {
  /** A common phone's CSS width. */
  private static final int PHONE_WIDTH = 390;
  private static final int PHONE_HEIGHT = 844;
  /** Sum of RGB differences still counted as the bar color. */
  private static final int COLOR_TOLERANCE = 24;
  /** A bar of the volume chart on a phone is at least ~5×10 px; legend squares are ~12×12. */
  private static final int MIN_BAR_PIXELS = 150;

  @TempDir Path data;
  private String html;

  @BeforeEach
  void render() {
    ReportFixture.fill(data);
    html = ReportGenerator.render(ReportFixture.generator(data).review("30d"), ReportFormat.HTML);
  }

  @Test
  void isOneSelfContainedMobilePage() {
    assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"), html.substring(0, 200));
    for (String external : new String[] {"<link", "<img", "<iframe", "src=", "href=", "url(", "@import", "@font-face"}) {
      assertFalse(html.contains(external), external);
    }
    assertEquals(1, count(html, "<script"), "one inline script: the list's search and filters");
    assertEquals(4, count(html, "<svg "));
  }

  @Test
  void membersWordsAreEscapedVisibleAndIsolated() {
    assertTrue(html.contains("<bdi class=\"wording\">&#39;); DROP TABLE question; -- &lt;script&gt;alert(&#39;x&#39;)"
        + "&lt;/script&gt;</bdi>"), "SQL and markup shown as text");
    assertTrue(html.contains("<bdi class=\"wording\">bell␇ nul␀ esc␛[31m c1U+0085 fin</bdi>"), "controls shown");
    assertTrue(html.contains("<bdi class=\"wording\">\u202Eegassem\u202C \u200Fdroite</bdi>"), "RTL kept, isolated");
    assertTrue(html.contains("<details><summary><bdi class=\"wording unbroken\">délégationdélégation"), "long wording folded");
    assertTrue(html.contains(" (" + Texts.number(100_000) + " caractères)</summary><bdi class=\"wording unbroken\">"
        + ReportFixture.HUGE.strip() + "</bdi></details>"), "long wording whole");
    assertFalse(html.contains("anywhere"), "ordinary words are never broken mid-word on a phone");
    for (char c = 0; c < 0x20; c++) {
      if (c != '\n') {
        assertEquals(-1, html.indexOf(c), "raw control U+" + Integer.toHexString(c));
      }
    }
    assertEquals(-1, html.indexOf('\u0085'));
  }

  @Test
  void rendersItsChartsInARealBrowserOnAPhoneScreen(@TempDir Path work) throws Exception {
    assumeTrue(Chromium.installed(), "SKIPPED: " + Chromium.BINARY + " is absent; install Debian's chromium"
        + " (apt-get install -y chromium) to check the HTML report in a real browser");
    // A probe, added to this test copy only: the report itself has no script.
    String probe = """
        <script>
        (function () {
          function drawn(sel) {
            var n = 0;
            document.querySelectorAll(sel).forEach(function (e) {
              var b = e.getBoundingClientRect();
              if (b.width > 0 && b.height > 0) n++;
            });
            return n;
          }
          parent.postMessage({
            'data-volume-bars': drawn('#chart-volume rect'),
            'data-document-bars': drawn('#chart-documents rect'),
            'data-article-bars': drawn('#chart-articles rect'),
            'data-chart-width': Math.round(document.getElementById('chart-volume').getBoundingClientRect().width),
            'data-scroll-width': document.documentElement.scrollWidth,
            'data-viewport-width': window.innerWidth
          }, '*');
        })();
        </script>
        """;
    Files.writeString(work.resolve("probed.html"), html.replace("</body>", probe + "</body>"), StandardCharsets.UTF_8);
    // Headless Chromium's window is at least 500 px wide: a phone-wide frame holds the report.
    Path frame = Files.writeString(work.resolve("phone.html"), """
        <!DOCTYPE html><html><body style="margin:0">
        <iframe src="probed.html" style="width:%dpx;height:%dpx;border:0"></iframe>
        <script>
        window.addEventListener('message', function (e) {
          for (var k in e.data) document.body.setAttribute(k, e.data[k]);
        });
        </script></body></html>
        """.formatted(PHONE_WIDTH, PHONE_HEIGHT), StandardCharsets.UTF_8);
    Chromium chromium = new Chromium(Files.createDirectories(work.resolve("profile")));

    String dom = chromium.dumpDom(frame, 800, 900);
    // One bar per day with answered questions, one per day with unanswered ones.
    Review review = ReportFixture.generator(data).review("30d");
    long bars = review.volume().stream().mapToLong(v -> (v.answered() > 0 ? 1 : 0) + (v.unanswered() > 0 ? 1 : 0)).sum();
    assertEquals(10, bars);
    assertEquals(bars, Integer.parseInt(attribute(dom, "data-volume-bars")));
    assertEquals(3, Integer.parseInt(attribute(dom, "data-document-bars")));
    assertEquals(3, Integer.parseInt(attribute(dom, "data-article-bars")));
    int viewport = Integer.parseInt(attribute(dom, "data-viewport-width"));
    int chart = Integer.parseInt(attribute(dom, "data-chart-width"));
    assertEquals(PHONE_WIDTH, viewport);
    assertTrue(chart > viewport / 2 && chart <= viewport, "chart " + chart + " px in a " + viewport + " px screen");
    int scroll = Integer.parseInt(attribute(dom, "data-scroll-width"));
    assertTrue(scroll <= viewport, "page " + scroll + " px wide: members would scroll sideways");

    // And the bars are really painted: pixels of both bar colors in a screenshot of the report itself.
    Path page = Files.writeString(work.resolve("report.html"), html, StandardCharsets.UTF_8);
    BufferedImage shot = ImageIO.read(chromium.screenshot(page, 800, 2400).toFile());
    assertTrue(pixels(shot, SvgCharts.ANSWERED) > MIN_BAR_PIXELS, "answered bars painted");
    assertTrue(pixels(shot, SvgCharts.UNANSWERED) > MIN_BAR_PIXELS, "unanswered bars painted");
  }

  @Test
  void aTrainerSearchesAndFiltersTheQuestionsInARealBrowser(@TempDir Path work) throws Exception {
    assumeTrue(Chromium.installed(), "SKIPPED: " + Chromium.BINARY + " is absent; install Debian's chromium"
        + " (apt-get install -y chromium) to check the HTML report in a real browser");
    Path page = Files.writeString(work.resolve("report.html"), html, StandardCharsets.UTF_8);
    Path shots = Path.of("target", "report-screenshots");
    try (BrowserPage browser = BrowserPage.open(page, work.resolve("profile"))) {
      int all = browser.visibleRows().size();
      assertEquals(20, all, "every question of the period is listed");
      assertEquals("20 questions affichées sur 20", browser.eval("document.getElementById('f-shown').textContent").asText());

      browser.type("#f-search", "télétravail");
      // Newest first.
      assertEquals(List.of("Congé paternité et télétravail ?",
          "Mon employeur peut-il imposer le télétravail cinq jours par semaine ?"), browser.visibleRows());
      browser.eval("document.getElementById('f-search').value=''");
      browser.type("#f-search", "DELEGATION elu");
      assertEquals(4, browser.visibleRows().size(), "accents and case do not matter: " + browser.visibleRows());
      browser.eval("document.getElementById('f-search').value=''");

      browser.choose("#f-theme", "Licenciement");
      assertEquals(List.of("Mon patron peut-il me licencier avec une IA ?", "mon patron peut il me licencier avec une ia",
          "Mon patron peut-il me licencier avec une IA ?"), browser.visibleRows());
      browser.choose("#f-theme", "Tous les thèmes");
      browser.choose("#f-platform", "matrix");
      assertEquals(List.of("Mon employeur peut-il imposer le télétravail cinq jours par semaine ?"), browser.visibleRows());
      browser.choose("#f-platform", "Toutes");
      browser.eval("document.getElementById('f-flagged').click()");
      assertEquals(List.of(ReportFixture.NASTY_SQL, "Qui paie la formation des élus ?",
          "Mon employeur peut-il imposer le télétravail cinq jours par semaine ?",
          "Mon employeur peut-il lire mes mails professionnels ?"), browser.visibleRows());
      browser.eval("document.getElementById('f-flagged').click()");
      browser.choose("#f-doc", "Guide du numérique");
      assertEquals(1, browser.visibleRows().size());
      browser.choose("#f-doc", "Tous");

      int wide = browser.screenshot(1280, shots.resolve("report-1280.png"));
      int phone = browser.screenshot(390, shots.resolve("report-390.png"));
      assertEquals(0, wide);
      assertEquals(0, phone, "on a phone the page never scrolls sideways");
      // On a phone, no word of a question is cut across lines: each cell's words fit their line.
      assertEquals(0, browser.eval("[].filter.call(document.querySelectorAll('#question-list td, #themes-table td'),"
          + "function(c){return c.scrollWidth>c.clientWidth+1;}).length").asInt());
      // The chart's labels are whole: none is wider than the chart.
      assertEquals(0, browser.eval("[].filter.call(document.querySelectorAll('#chart-themes text, #chart-documents text'),"
          + "function(t){var b=t.getBBox();return b.x<0||b.x+b.width>400;}).length").asInt());
    }
    assertTrue(Files.size(shots.resolve("report-390.png")) > 10_000);
  }

  /** Pixels within a small distance of a CSS color (antialiasing blurs edges, not bar middles). */
  private static int pixels(BufferedImage image, String cssColor) {
    int rgb = Integer.parseInt(cssColor.substring(1), 16);
    int n = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int p = image.getRGB(x, y);
        int d = Math.abs(((p >> 16) & 0xff) - ((rgb >> 16) & 0xff)) + Math.abs(((p >> 8) & 0xff) - ((rgb >> 8) & 0xff))
            + Math.abs((p & 0xff) - (rgb & 0xff));
        if (d < COLOR_TOLERANCE) {
          n++;
        }
      }
    }
    return n;
  }

  private static String attribute(String dom, String name) {
    Matcher m = Pattern.compile(name + "=\"([^\"]*)\"").matcher(dom);
    assertTrue(m.find(), name + " missing: the probe did not run");
    return m.group(1);
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
