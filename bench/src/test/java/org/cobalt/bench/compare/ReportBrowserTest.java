package org.cobalt.bench.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders a comparison report in a real headless Chromium (installed by {@code bin/ensure-chromium},
 * which {@code bin/test} runs), takes a screenshot and checks that the charts loaded and the tables
 * show the CSV's numbers.
 */
class ReportBrowserTest {

    private static Path chromium() {
        for (String c : new String[] {System.getProperty("cobalt.chromium"), System.getenv("COBALT_CHROMIUM"),
                "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"}) {
            if (c != null && !c.isBlank() && Files.isExecutable(Path.of(c))) {
                return Path.of(c);
            }
        }
        return null;
    }

    private static String runBrowser(Path browser, Path profile, List<String> args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(browser.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--virtual-time-budget=10000"));
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(90, TimeUnit.SECONDS)).as("chromium finished").isTrue();
        return new String(out, StandardCharsets.UTF_8);
    }

    @Test
    void reportRendersWithChartsAndCsvNumbers(@TempDir Path dir) throws Exception {
        Path browser = chromium();
        Assumptions.assumeTrue(browser != null, "no headless Chromium: run bin/ensure-chromium (bin/test does) to render the report");
        List<FamilyComparison> fcs = Comparison.of(ComparisonTest.fixture(), "A", ReferenceSource.NONE);
        CsvReport.write(fcs, dir);
        Path html = dir.resolve("index.html");
        HtmlReport.write(fcs, html, List.of(Path.of("fixture.jsonl")), Set.of());

        String dom = runBrowser(browser, dir.resolve("profile1"), List.of("--dump-dom", html.toUri().toString()));
        Matcher loaded = Pattern.compile("data-charts-loaded=\"(\\d+)\"").matcher(dom);
        Matcher total = Pattern.compile("data-charts-total=\"(\\d+)\"").matcher(dom);
        assertThat(loaded.find()).as("load script ran in the browser").isTrue();
        assertThat(total.find()).isTrue();
        int charts = Integer.parseInt(total.group(1));
        assertThat(charts).isGreaterThanOrEqualTo(3);
        assertThat(Integer.parseInt(loaded.group(1))).as("charts decoded by the browser").isEqualTo(charts);
        for (String line : Files.readAllLines(dir.resolve("summary.csv")).subList(1, 3)) {
            String[] cols = line.split(",", -1);
            for (int i = 3; i < cols.length; i++) {
                if (!cols[i].isEmpty()) {
                    assertThat(dom).as("summary value %s of %s", cols[i], cols[1]).contains("<td>" + cols[i] + "</td>");
                }
            }
        }

        Path shot = dir.resolve("report.png");
        runBrowser(browser, dir.resolve("profile2"), List.of("--screenshot=" + shot, "--window-size=1400,1800",
                "--hide-scrollbars", html.toUri().toString()));
        assertThat(shot).exists();
        BufferedImage img = ImageIO.read(shot.toFile());
        assertThat(img.getWidth()).isEqualTo(1400);
        int colored = 0;
        for (int y = 0; y < img.getHeight(); y += 7) {
            for (int x = 0; x < img.getWidth(); x += 7) {
                int rgb = img.getRGB(x, y) & 0xffffff;
                int r = rgb >> 16;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 60) {
                    colored++;
                }
            }
        }
        assertThat(colored).as("coloured chart pixels in the screenshot").isGreaterThan(50);
    }
}
