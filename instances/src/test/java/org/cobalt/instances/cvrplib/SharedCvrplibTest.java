package org.cobalt.instances.cvrplib;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.cobalt.core.routing.CoordinateMetric;
import org.cobalt.core.routing.CvrpProblem;
import org.cobalt.core.routing.EdgeWeightType;
import org.cobalt.core.solution.RoutesSolution;
import org.cobalt.core.data.SharedData;
import org.cobalt.core.verify.Verification;
import org.cobalt.core.verify.Verifiers;
import org.cobalt.instances.Instances;
import org.cobalt.instances.solution.SolutionFile;
import org.cobalt.instances.solution.SolutionFiles;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Reads the shared CVRPLIB X instances and their .sol files in place. */
class SharedCvrplibTest {

    static Path dir() {
        Path d = SharedData.resolve("routing/cvrplib").orElse(null);
        Assumptions.assumeTrue(d != null, "shared/data/routing/cvrplib not found; skipping shared CVRPLIB checks");
        return d;
    }

    /** name, n (with depot), capacity, depot x y, last x y, demand of node 2, total demand, d(1,2), d(1,n). */
    static Stream<Arguments> facts() {
        return Stream.of(
                Arguments.of("X-n101-k25", 101, 206, 365, 689, 615, 750, 38, 5147, 554, 257),
                Arguments.of("X-n153-k22", 153, 144, 500, 500, 831, 812, 92, 3068, 268, 455),
                Arguments.of("X-n200-k36", 200, 402, 957, 135, 135, 270, 83, 14263, 808, 833),
                Arguments.of("X-n251-k28", 251, 69, 112, 700, 605, 773, 5, 1867, 263, 498),
                Arguments.of("X-n303-k21", 303, 794, 500, 500, 449, 751, 20, 15967, 326, 256),
                Arguments.of("X-n401-k29", 401, 745, 0, 0, 541, 495, 42, 21275, 645, 733),
                Arguments.of("X-n502-k39", 502, 13, 0, 0, 284, 799, 1, 501, 931, 848));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("facts")
    void readsInstanceAndItsSolutionWhoseCostTheVerifierConfirms(String name, int n, int capacity, double dx, double dy,
            double lx, double ly, int demand2, int totalDemand, int d12, int d1n) throws IOException {
        Path d = dir();
        CvrpProblem p = (CvrpProblem) Instances.read(d.resolve(name + ".vrp"));
        assertThat(p.name()).isEqualTo(name);
        assertThat(p.size()).isEqualTo(n);
        assertThat(p.capacity()).isEqualTo(capacity);
        assertThat(p.depot()).isZero();
        assertThat(p.vehicles()).as("no limit derived from the name").isEmpty();
        CoordinateMetric m = (CoordinateMetric) p.metric();
        assertThat(m.type()).isEqualTo(EdgeWeightType.EUC_2D);
        assertThat(new double[] {m.x(0), m.y(0), m.x(n - 1), m.y(n - 1)}).containsExactly(dx, dy, lx, ly);
        assertThat(p.demand(0)).isZero();
        assertThat(p.demand(1)).isEqualTo(demand2);
        assertThat(java.util.Arrays.stream(p.demands()).sum()).isEqualTo(totalDemand);
        assertThat(m.distance(0, 1)).isEqualTo(d12);
        assertThat(m.distance(0, n - 1)).isEqualTo(d1n);

        SolutionFile<?> sol = SolutionFiles.readFile(p, d.resolve(name + ".sol"));
        Verification v = Verifiers.check(p, sol.solution());
        assertThat(v.feasible()).as(v.summary()).isTrue();
        assertThat(sol.objective()).isPresent();
        assertThat(v.objective()).as("recomputed cost vs the file's Cost line").isEqualTo(sol.objective().getAsDouble());
        List<String> bks = Files.readAllLines(d.resolve("bks.csv"));
        assertThat(bks).contains(name + "," + (long) v.objective());
        assertThat(((RoutesSolution) sol.solution()).routeCount()).isGreaterThanOrEqualTo(
                Integer.parseInt(name.substring(name.indexOf("-k") + 2)));

        StringWriter w = new StringWriter();
        new CvrplibFormat().write(p, w);
        assertThat(CvrplibFormatTest.read(w.toString())).isEqualTo(p);
    }
}
