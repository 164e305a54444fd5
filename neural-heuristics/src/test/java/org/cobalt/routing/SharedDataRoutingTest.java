package org.cobalt.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.cobalt.core.data.SharedData;
import org.cobalt.core.problem.Problem;
import org.cobalt.core.solver.SolveOptions;
import org.cobalt.core.solver.SolveResult;
import org.cobalt.core.solver.SolveStatus;
import org.cobalt.core.solver.Solvers;
import org.cobalt.core.verify.Verification;
import org.cobalt.core.verify.Verifiers;
import org.cobalt.instances.Instances;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Small public instances (read in place from shared/data) against their known optima / best known costs. */
class SharedDataRoutingTest {

    private static Problem load(String relative) throws IOException {
        Optional<Path> p = SharedData.resolve(relative);
        Assumptions.assumeTrue(p.isPresent(), "shared/data/" + relative + " not found; skipping");
        return Instances.read(p.get());
    }

    private static double reference(String csv, String name) throws IOException {
        Path file = SharedData.resolve(csv).orElseThrow();
        return Files.readAllLines(file).stream().map(l -> l.split(",")).filter(f -> f[0].equals(name))
                .mapToDouble(f -> Double.parseDouble(f[1])).findFirst().orElseThrow();
    }

    private static double gap(Problem p, SolveResult r, double ref) {
        assertThat(r.status()).as(r.message()).isEqualTo(SolveStatus.FEASIBLE);
        Verification v = Verifiers.check(p, r.solution());
        assertThat(v.feasible()).as(v.summary()).isTrue();
        assertThat(v.objectiveMatches(r.objective(), 1e-9)).isTrue();
        assertThat(v.objective()).isGreaterThanOrEqualTo(ref); // nobody beats a proven optimum
        return (v.objective() - ref) / ref;
    }

    @ParameterizedTest
    @CsvSource({"kroA100, 0.08, 0.01", "ch150, 0.08, 0.02", "a280, 0.09, 0.03"})
    void tsplib(String name, double maxLocalGap, double maxIlsGap) throws IOException {
        Problem p = load("routing/tsplib/" + name + ".tsp");
        double opt = reference("routing/tsplib/optima.csv", name);
        assertThat(gap(p, Solvers.get("tsp-nn").solve(p, SolveOptions.DEFAULT), opt)).isLessThan(0.35);
        assertThat(gap(p, Solvers.get("tsp-2opt").solve(p, SolveOptions.DEFAULT), opt)).isLessThan(maxLocalGap);
        SolveResult ils = Solvers.get("tsp-ils").solve(p, SolveOptions.builder().iterationLimit(20_000).seed(1).build());
        assertThat(gap(p, ils, opt)).isLessThan(maxIlsGap);
    }

    @ParameterizedTest
    @CsvSource({"X-n101-k25, 0.08, 0.03"})
    void cvrplib(String name, double maxSavingsGap, double maxIlsGap) throws IOException {
        Problem p = load("routing/cvrplib/" + name + ".vrp");
        double bks = reference("routing/cvrplib/bks.csv", name);
        assertThat(gap(p, Solvers.get("cvrp-savings").solve(p, SolveOptions.DEFAULT), bks)).isLessThan(maxSavingsGap);
        SolveResult ils = Solvers.get("cvrp-ils").solve(p, SolveOptions.builder().iterationLimit(1500).seed(1).build());
        assertThat(gap(p, ils, bks)).isLessThan(maxIlsGap);
        if (Solvers.ids().contains("cvrp-ortools")) {
            SolveResult ort = Solvers.get("cvrp-ortools").solve(p, SolveOptions.builder().timeLimit(Duration.ofSeconds(2)).build());
            if (ort.hasSolution()) {
                assertThat(gap(p, ort, bks)).isLessThan(0.15);
            }
        }
    }
}
