package org.cobalt.neural.udc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.cobalt.core.problem.Problem;
import org.cobalt.core.solver.SolveOptions;
import org.cobalt.core.solver.SolveResult;
import org.cobalt.core.solver.Solvers;
import org.cobalt.neural.udc.model.HeatmapConfig;
import org.cobalt.neural.udc.model.HeatmapNetwork;
import org.cobalt.neural.udc.model.PathPolicy;
import org.cobalt.neural.udc.model.PathPolicyConfig;
import org.cobalt.neural.udc.model.UdcModels;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 15 000-node instances through {@code udc-tsp} / {@code udc-cvrp} in a 4 GB heap (run with -Plarge,
 * which sets -Xmx4g): classical divide and conquer, and the learned divide (kNN graph, k = 20,
 * 12 layers of width 64) plus the learned conquer (width 64, 2 layers) — untrained parameters, since
 * only memory and validity are checked here. Prints time, peak Java heap and the process's peak
 * resident set (the tensors live outside the Java heap) for docs/benchmarks/udc.md.
 */
@Tag("large")
class UdcLargeInstanceTest {

    private static final int N = 15_000;

    @TempDir
    Path dir;

    private static long heapUsed(boolean peak) {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += peak ? pool.getPeakUsage().getUsed() : pool.getUsage().getUsed();
            }
        }
        return sum;
    }

    private static long resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
        return heapUsed(false);
    }

    private static String peakRss() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM"))
                    .map(l -> l.replaceAll("\\s+", " ")).findFirst().orElse("VmHWM ?");
        } catch (IOException | RuntimeException e) {
            return "VmHWM ?";
        }
    }

    private static void run(Problem p, String id, String what, SolveOptions o) {
        long base = resetPeaks();
        long t0 = System.nanoTime();
        SolveResult r = Solvers.get(id).solve(p, o);
        double secs = (System.nanoTime() - t0) / 1e9;
        long peakMb = heapUsed(true) >> 20;
        UdcFixtures.assertVerified(p, r);
        System.out.printf("LARGE %-9s %-34s %s: objective %.0f in %.1f s, peak heap %d MB (baseline %d MB), max heap %d MB,"
                        + " %s; %s%n", id, what, p.name(), r.objective(), secs, peakMb, base >> 20,
                Runtime.getRuntime().maxMemory() >> 20, peakRss(), r.message());
        assertThat(peakMb).isLessThan(1024);
    }

    @Test
    void tspClassical() {
        run(UdcFixtures.tsp(N, 1), "udc-tsp", "classical x2 (200/ils100)", SolveOptions.builder().seed(0).build()
                .withParameter("udc.conquer", "classical").withParameter("udc.divide", "random-insertion")
                .withParameter("udc.rounds", "2").withParameter("udc.sub-size", "200")
                .withParameter("udc.classical-kicks", "100"));
    }

    @Test
    void tspNeuralDivideAndConquer() throws IOException {
        Path divide = dir.resolve("divide.json");
        Path conquer = dir.resolve("conquer.json");
        UdcModels.files().save(new HeatmapNetwork(new HeatmapConfig(64, 12, 20, 5f), 1), divide, Map.of());
        UdcModels.files().save(new PathPolicy(new PathPolicyConfig(64, 4, 2, 128, 10f, 10f), 1), conquer, Map.of());
        run(UdcFixtures.tsp(N, 1), "udc-tsp", "neural divide + conquer x2", SolveOptions.builder().seed(0).build()
                .withParameter("udc.divide-model", divide.toString()).withParameter("udc.conquer-model", conquer.toString())
                .withParameter("udc.rounds", "2"));
    }

    @Test
    void cvrpClassical() {
        run(UdcFixtures.cvrp(N - 1, 1), "udc-cvrp", "classical (savings + rr), 60 s", SolveOptions.builder().seed(0)
                .timeLimit(Duration.ofSeconds(60)).build().withParameter("udc.conquer", "classical")
                .withParameter("udc.rounds", "0"));
    }
}
