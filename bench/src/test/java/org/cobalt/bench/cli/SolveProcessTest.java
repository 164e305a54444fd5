package org.cobalt.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cobalt.bench.testing.CliProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cobalt solve} in a child process: Ctrl-C asks the solver to stop and still prints the verified result. */
class SolveProcessTest {

    @TempDir
    Path dir;

    @Test
    void interruptStopsTheSolverAndPrintsItsBestResult() throws Exception {
        Files.writeString(dir.resolve("x.tiny"), "i1 3,2,4 1,5,6\n");
        boolean ignored = CliProcess.sigintIgnoredHere();
        boolean viaPython = ignored && CliProcess.hasPython3();
        String signal = !ignored || viaPython ? "INT" : "TERM";
        CliProcess p = CliProcess.start(dir, List.of("solve", "x.tiny", "--solver", "fake-slow", "--param",
                "fake.sleep-ms=600000"), viaPython);
        long end = System.nanoTime() + 60_000_000_000L;
        while (!p.stdout().contains("solver     fake-slow")) {
            assertThat(p.process().isAlive()).as(p.toString()).isTrue();
            assertThat(System.nanoTime()).as("solve did not start").isLessThan(end);
            Thread.sleep(20);
        }
        p.signal(signal);
        int code = p.await(30);
        assertThat(code).as(p.toString()).isEqualTo(signal.equals("INT") ? 130 : 143);
        assertThat(p.stderr()).contains("cobalt: interrupted; asking fake-slow to stop");
        assertThat(p.stdout()).contains("status     FEASIBLE").contains("objective  5")
                .contains("verified   feasible, objective 5 (matches the reported objective)");
    }
}
