package org.cobalt.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.cobalt.core.routing.CoordinateMetric;
import org.cobalt.core.routing.CvrpProblem;
import org.cobalt.core.routing.EdgeWeightType;
import org.cobalt.core.routing.TspProblem;
import org.cobalt.core.solver.SolveOptions;
import org.cobalt.core.solver.SolveResult;
import org.cobalt.core.solver.SolveStatus;
import org.cobalt.core.solver.Solvers;
import org.cobalt.core.verify.Verification;
import org.cobalt.core.verify.Verifiers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * 15 000-node instances through the classical solvers in a 4 GB heap (run with -Plarge, which sets
 * -Xmx4g). Checks that nothing quadratic is allocated: the peak heap must stay far below n^2 doubles
 * (1.8 GB). Prints times and peak heap for the docs.
 */
@Tag("large")
class LargeInstanceTest {

    private static final int N = 15_000;

    private static long resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
        return used();
    }

    private static long used() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getUsage().getUsed();
            }
        }
        return sum;
    }

    private static long peak() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static void run(org.cobalt.core.problem.Problem p, String id, SolveOptions o) {
        long base = resetPeaks();
        long t0 = System.nanoTime();
        SolveResult r = Solvers.get(id).solve(p, o);
        double secs = (System.nanoTime() - t0) / 1e9;
        long peakMb = peak() / (1 << 20);
        assertThat(r.status()).as(r.message()).isEqualTo(SolveStatus.FEASIBLE);
        Verification v = Verifiers.check(p, r.solution());
        assertThat(v.feasible()).as(v.summary()).isTrue();
        assertThat(v.objectiveMatches(r.objective(), 1e-9)).isTrue();
        System.out.printf("LARGE %-13s %s: objective %.0f in %.2f s, peak heap %d MB (baseline %d MB), max heap %d MB%n",
                id, p.name(), r.objective(), secs, peakMb, base >> 20, Runtime.getRuntime().maxMemory() >> 20);
        assertThat(peakMb).isLessThan(1024);
    }

    @Test
    void tspNearestNeighbourPlusTwoOpt() {
        TspProblem p = Fixtures.tsp(N, 15);
        run(p, "tsp-nn", SolveOptions.DEFAULT);
        run(p, "tsp-2opt", SolveOptions.DEFAULT.withParameter("tsp.construction", "nn"));
        run(p, "tsp-2opt", SolveOptions.DEFAULT);
        run(p, "tsp-ils", SolveOptions.builder().timeLimit(Duration.ofSeconds(20)).build());
    }

    @Test
    void cvrpSavingsPlusLocalSearch() {
        SplittableRandom r = new SplittableRandom(15);
        double[] x = new double[N];
        double[] y = new double[N];
        int[] demand = new int[N];
        x[0] = 500;
        y[0] = 500;
        for (int i = 1; i < N; i++) {
            x[i] = Math.rint(r.nextDouble() * 1000);
            y[i] = Math.rint(r.nextDouble() * 1000);
            demand[i] = 1 + r.nextInt(100);
        }
        CvrpProblem p = new CvrpProblem("cvrp15k", new CoordinateMetric(EdgeWeightType.EUC_2D, x, y), 0, demand, 1000,
                OptionalInt.empty());
        run(p, "cvrp-savings", SolveOptions.DEFAULT);
        run(p, "cvrp-ils", SolveOptions.builder().timeLimit(Duration.ofSeconds(20)).build());
    }
}
