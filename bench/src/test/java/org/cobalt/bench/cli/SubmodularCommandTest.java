package org.cobalt.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SubmodularCommandTest {

    private static int execute(StringWriter out, StringWriter err, String... args) {
        System.setProperty("java.awt.headless", "true");
        CommandLine cl = new CommandLine(new SubmodularCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void helpListsEveryParameter() {
        StringWriter out = new StringWriter();
        assertThat(execute(out, new StringWriter(), "run", "--help")).isZero();
        assertThat(out.toString()).contains("--algorithms", "--workload", "-k", "--window", "--eps", "--seed", "--dataset",
                "powerlaw:n=N", "--out", "--reference-every");
    }

    @Test
    void runWritesUpdatesSummaryAndPlot(@TempDir Path dir) throws Exception {
        StringWriter out = new StringWriter();
        Path csv = dir.resolve("u.csv");
        int code = execute(out, new StringWriter(), "run", "-d", "powerlaw:n=300,seed=2", "-w", "sliding-window", "-W", "100",
                "-a", "incremental-greedy,lattanzi", "-k", "5", "-m", "50", "-o", csv.toString(), "--plot",
                dir.resolve("v.png").toString());
        assertThat(code).as(out.toString()).isZero();
        assertThat(Files.readAllLines(csv)).hasSize(1 + 2 * (300 + 200));
        assertThat(Files.readString(dir.resolve("u-summary.md"))).contains("incremental-greedy", "lattanzi");
        assertThat(dir.resolve("u-summary.csv")).exists();
        assertThat(dir.resolve("v-k5.png")).exists();
    }

    @Test
    void scalingFitsAndPlots(@TempDir Path dir) throws Exception {
        StringWriter out = new StringWriter();
        int code = execute(out, new StringWriter(), "scaling", "--sizes", "300,1000", "-k", "5", "-a", "incremental-greedy",
                "-o", dir.resolve("s.csv").toString(), "--plot", dir.resolve("s.png").toString());
        assertThat(code).as(out.toString()).isZero();
        assertThat(out.toString()).contains("power-law exponent");
        assertThat(dir.resolve("s.png")).exists();
        assertThat(dir.resolve("s.md")).exists();
    }

    @Test
    void badArgumentsAreUsageErrors() {
        StringWriter err = new StringWriter();
        assertThat(execute(new StringWriter(), err, "run", "-a", "nope")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown algorithm");
        assertThat(execute(new StringWriter(), new StringWriter(), "run", "-d", "powerlaw:n=x")).isEqualTo(2);
        assertThat(execute(new StringWriter(), new StringWriter(), "run", "--eps", "2")).isEqualTo(2);
    }
}
