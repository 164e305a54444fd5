package org.cobalt.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code cobalt train}: help of every subcommand, instance writing, and usage errors (no training here). */
class TrainCommandTest {

    private static int execute(StringWriter out, StringWriter err, String... args) {
        CommandLine cl = new CommandLine(new TrainCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void helpListsTheSubcommandsAndTheirOptions() {
        StringWriter out = new StringWriter();
        assertThat(execute(out, new StringWriter(), "--help")).isZero();
        assertThat(out.toString()).contains("collect", "fit", "accuracy", "instances", "gcnn", "bin/gcnn-train");
        StringWriter g = new StringWriter();
        assertThat(execute(g, new StringWriter(), "gcnn", "--help")).isZero();
        assertThat(g.toString()).contains("--class", "--train-samples", "--valid-samples", "--test-samples", "--work",
                "--probability", "--behaviour", "--node-limit", "--threads", "--embedding", "--epochs", "--patience",
                "--lr", "--batch", "--time-budget", "--train-seed", "setcover:150x300");
    }

    @Test
    void instancesAreWrittenAsMps(@TempDir Path dir) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = execute(out, err, "instances", "--class", "setcover:20x40:0.1", "--count", "3", "--out", dir.toString());
        assertThat(code).as(out + " " + err).isZero();
        assertThat(dir.resolve("setcover-20x40-d0.1-s3000000.mps")).exists();
        assertThat(dir.resolve("setcover-20x40-d0.1-s3000002.mps")).exists();
        assertThat(Files.readString(dir.resolve("setcover-20x40-d0.1-s3000000.mps"))).contains("ROWS", "COLUMNS");
    }

    @Test
    void badClassIsAUsageError() {
        StringWriter err = new StringWriter();
        CommandLine cl = CobaltCli.commandLine(CliEnvironment.standard());
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(err));
        assertThat(cl.execute("train", "instances", "--class", "knapsack", "--out", "x")).isEqualTo(2);
        assertThat(err.toString()).contains("setcover[:ROWSxCOLS");
    }
}
