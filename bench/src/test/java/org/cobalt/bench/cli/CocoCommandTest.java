package org.cobalt.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.instances.Instances;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CocoCommandTest {

    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {
    }

    private static Result run(String... args) {
        CommandLine cl = new CommandLine(new CocoCommand());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof CliFailure f) {
                cmd.getErr().println(f.getMessage());
                return f.exitCode();
            }
            throw e;
        });
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void everySubcommandHasADescriptionExamplesAndDescribedOptions() {
        CommandLine cl = new CommandLine(new CocoCommand());
        assertThat(cl.getSubcommands().keySet()).contains("generate", "collect", "train", "evaluate", "bks");
        cl.getSubcommands().forEach((name, sub) -> {
            if (name.equals("help")) {
                return;
            }
            assertThat(String.join(" ", sub.getCommandSpec().usageMessage().description())).as(name).isNotBlank();
            assertThat(String.join("\n", sub.getCommandSpec().usageMessage().footer())).as(name).contains("cobalt coco " + name);
            sub.getCommandSpec().options().forEach(o -> assertThat(String.join(" ", o.description())).as(name + " " + o.longestName()).isNotBlank());
        });
    }

    @Test
    void generateWritesReadableSeededInstances() throws IOException {
        Result r = run("generate", "--class", "sc20x40", "--split", "test", "--count", "3", "--out", dir.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("wrote 3 sc20x40 instances (test)");
        MilpModel m = (MilpModel) Instances.read(dir.resolve("sc20x40-200001.mps.gz"));
        assertThat(m.numVariables()).isEqualTo(40);
        assertThat(Files.list(dir).count()).isEqualTo(3);
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run("generate", "--class", "tsp", "--out", dir.toString()).code()).isEqualTo(2);
        assertThat(run("train", "--class", "sc", "--variant", "best", "--labels", "x", "--out", "y.json").code()).isEqualTo(2);
        assertThat(run("bks", "--out", dir.resolve("b.csv").toString()).code()).as("neither results nor pools").isEqualTo(2);
        assertThat(run("collect", "--class", "sc10x20", "--count", "1", "--labels", dir.toString(), "--solver", "nope").err())
                .contains("unknown solver nope");
    }

    @Test
    void collectWithAnAvailableSolverWritesPools() {
        Result r = run("collect", "--class", "sc10x20", "--split", "train", "--count", "1", "--labels", dir.toString(),
                "--main-time", "2", "--rounds", "1", "--round-time", "1");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("1 pools in").contains("(0 without a solution)");
        assertThat(dir.resolve("sc10x20/train/sc10x20-1.pool")).exists();
    }

    @Test
    void bestKnownValuesForCompare() throws IOException {
        Path out = dir.resolve("o.jsonl");
        Files.write(out, List.of("{\"key\":\"a.mps#a|pas-scip|0\",\"instance\":\"a\",\"solver\":\"pas-scip\",\"sense\":\"minimize\","
                + "\"verified\":true,\"verifiedObjective\":4.0}"));
        Path csv = dir.resolve("bks.csv");
        assertThat(run("bks", out.toString(), "--out", csv.toString()).code()).isZero();
        assertThat(Files.readAllLines(csv)).containsExactly("name,bks", "a,4");
    }
}
