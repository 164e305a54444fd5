package org.cobalt.submodular.dynamic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Stream;
import org.cobalt.submodular.TestInstances;
import org.cobalt.submodular.TestInstances.Family;
import org.cobalt.submodular.function.SetFunction;
import org.cobalt.submodular.oracle.CountingOracle;
import org.cobalt.submodular.statics.BruteForce;
import org.cobalt.submodular.util.LiveSet;
import org.cobalt.submodular.workload.AdversarialDeletionWorkload;
import org.cobalt.submodular.workload.InsertionOnlyWorkload;
import org.cobalt.submodular.workload.RandomDeletionWorkload;
import org.cobalt.submodular.workload.SlidingWindowWorkload;
import org.cobalt.submodular.workload.Update;
import org.cobalt.submodular.workload.UpdateSource;
import org.cobalt.submodular.workload.Workload;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The randomized acceptance test of every maximizer: on small seeded instances of every function
 * family and under every workload, after every update the solution has at most k distinct live
 * elements and the reported value equals a fresh evaluation; against the brute-force optimum the
 * mean ratio over 20 seeds is at least 1/2 - eps at every step, and the algorithms with a
 * deterministic guarantee meet it in every single run. The worst single run per combination is
 * written to {@code target/dynamic-ratio-report.csv}.
 */
class DynamicInvariantsTest {

    static final int N = 14;
    static final int K = 3;
    static final double EPS = 0.2;
    static final int SEEDS = 20;

    private static final ConcurrentLinkedQueue<String> REPORT = new ConcurrentLinkedQueue<>();

    static Stream<Workload> workloads() {
        return Stream.of(new InsertionOnlyWorkload(), new SlidingWindowWorkload(6), new RandomDeletionWorkload(0.3),
                new AdversarialDeletionWorkload(0.5));
    }

    static Stream<Arguments> cases() {
        return Stream.of(DynamicAlgorithms.values()).flatMap(a -> workloads().flatMap(w -> Stream.of(Family.values())
                .map(f -> Arguments.of(a, w, f))));
    }

    /** The ratio every single run must keep, from the algorithm's deterministic guarantee (0 = none). */
    static double perRunGuarantee(DynamicAlgorithms a) {
        return switch (a) {
            case LAZY_GREEDY -> 1 - 1 / Math.E;
            case INCREMENTAL_GREEDY -> 1 - Math.exp(-(1 - EPS));
            case GHOST_GREEDY -> (1 - EPS) * (1 - Math.exp(-(1 - EPS)));
            case SIEVE, SIEVE_PLUS_PLUS -> 0.5 - EPS;
            case LATTANZI -> (1 - EPS) / (2 * (1 + EPS));
            case STOCHASTIC_GREEDY -> 0.0;
        };
    }

    @ParameterizedTest(name = "{0} / {1} / {2}")
    @MethodSource("cases")
    void invariantsAndApproximationAtEveryStep(DynamicAlgorithms algorithm, Workload workload, Family family) {
        List<double[]> ratiosBySeed = new ArrayList<>();
        double worst = Double.POSITIVE_INFINITY;
        long worstSeed = -1;
        for (long seed = 1; seed <= SEEDS; seed++) {
            SetFunction f = TestInstances.small(family, N, seed * 7919 + family.ordinal());
            double[] ratios = run(algorithm, workload, f, seed);
            ratiosBySeed.add(ratios);
            for (int t = 0; t < ratios.length; t++) {
                if (ratios[t] < worst) {
                    worst = ratios[t];
                    worstSeed = seed;
                }
                assertThat(ratios[t]).as("%s seed %d step %d: value / OPT", algorithm.id(), seed, t + 1)
                        .isGreaterThanOrEqualTo(perRunGuarantee(algorithm) - 1e-9);
            }
        }
        int maxSteps = ratiosBySeed.stream().mapToInt(r -> r.length).max().orElse(0);
        double worstMean = Double.POSITIVE_INFINITY;
        for (int t = 0; t < maxSteps; t++) {
            double sum = 0;
            int count = 0;
            for (double[] r : ratiosBySeed) {
                if (t < r.length) {
                    sum += r[t];
                    count++;
                }
            }
            double mean = sum / count;
            worstMean = Math.min(worstMean, mean);
            assertThat(mean).as("%s step %d: mean value / OPT over %d seeds", algorithm.id(), t + 1, count)
                    .isGreaterThanOrEqualTo(0.5 - EPS);
        }
        REPORT.add(String.format(Locale.ROOT, "%s,%s,%s,%.4f,%.4f,%d", algorithm.id(), workload.id(), family,
                worstMean, worst, worstSeed));
    }

    /** Runs one seed and returns value / OPT after every update (1 where OPT = 0). */
    static double[] run(DynamicAlgorithms algorithm, Workload workload, SetFunction f, long seed) {
        CountingOracle oracle = new CountingOracle(f);
        DynamicMaximizer m = algorithm.create(oracle, new MaximizerConfig(K, EPS, seed));
        UpdateSource source = workload.start(f.groundSize(), seed);
        LiveSet live = new LiveSet(f.groundSize());
        List<Double> ratios = new ArrayList<>();
        for (Update u = source.next(m); u != null; u = source.next(m)) {
            if (u.insert()) {
                m.insert(u.element());
                live.add(u.element());
            } else {
                m.delete(u.element());
                live.remove(u.element());
            }
            int[] sol = m.solution();
            assertThat(sol.length).as("solution size").isLessThanOrEqualTo(K);
            assertThat(Stream.of(sol).flatMapToInt(java.util.Arrays::stream).distinct().count()).isEqualTo(sol.length);
            for (int e : sol) {
                assertThat(live.contains(e)).as("solution element %d is live", e).isTrue();
                assertThat(m.isLive(e)).isTrue();
            }
            assertThat(m.liveCount()).isEqualTo(live.size());
            double fresh = f.evaluate(sol);
            assertThat(m.value()).as("reported value vs fresh evaluation").isCloseTo(fresh,
                    org.assertj.core.api.Assertions.within(1e-9 * Math.max(1, Math.abs(fresh))));
            double opt = BruteForce.optimum(f, live.toArray(), K).value();
            ratios.add(opt <= 0 ? 1.0 : fresh / opt);
        }
        return ratios.stream().mapToDouble(Double::doubleValue).toArray();
    }

    @AfterAll
    static void writeReport() throws IOException {
        Path out = Path.of("target", "dynamic-ratio-report.csv");
        Files.createDirectories(out.getParent());
        List<String> lines = new ArrayList<>();
        lines.add("algorithm,workload,family,worst_step_mean_ratio,worst_single_ratio,worst_seed");
        REPORT.stream().sorted().forEach(lines::add);
        Files.write(out, lines);
    }
}
