package org.cobalt.submodular.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.cobalt.submodular.data.PowerLawCoverage;
import org.cobalt.submodular.dynamic.DynamicAlgorithms;
import org.cobalt.submodular.dynamic.MaximizerConfig;
import org.cobalt.submodular.function.SetFunction;
import org.cobalt.submodular.workload.SlidingWindowWorkload;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Amortized oracle calls per update as the ground set grows: seeded power-law coverage with
 * {@code n} elements (and {@code n} items), a sliding window of {@code windowFraction * n}, the same
 * {@code k}; lazy greedy recomputed every {@code n / referencePoints} updates gives both the quality
 * reference and the cost of recomputing.
 *
 * @param sizes           ground-set sizes
 * @param k               cardinality bound
 * @param eps             accuracy parameter
 * @param seed            instance, workload and algorithm seed
 * @param windowFraction  window as a fraction of n
 * @param referencePoints how many lazy greedy references per run (about)
 * @param algorithms      algorithms to measure
 */
public record ScalingBenchmark(int[] sizes, int k, double eps, long seed, double windowFraction, int referencePoints,
                               List<DynamicAlgorithms> algorithms) {

    private static final Logger LOG = LoggerFactory.getLogger(ScalingBenchmark.class);

    public ScalingBenchmark {
        Objects.requireNonNull(sizes, "sizes");
        sizes = sizes.clone();
        algorithms = List.copyOf(algorithms);
        if (!(windowFraction > 0 && windowFraction < 1)) {
            throw new IllegalArgumentException("window fraction must be in (0, 1), got " + windowFraction);
        }
    }

    /** Results for one size. */
    public record Point(int n, int window, List<RunSummary> runs) {
    }

    /** Runs every algorithm at every size, writing per-update rows to {@code sink}. */
    public List<Point> run(UpdateSink sink) {
        List<Point> points = new ArrayList<>();
        for (int n : sizes) {
            SetFunction f = PowerLawCoverage.standard(n).generate(seed);
            String name = "powerlaw-n" + n;
            int window = Math.max(1, (int) Math.round(windowFraction * n));
            int updates = n + n - window;
            int every = Math.max(1, updates / Math.max(1, referencePoints));
            List<RunSummary> runs = new ArrayList<>();
            for (DynamicAlgorithms a : algorithms) {
                RunSummary s = new DynamicRunner(every).run(f, name, new SlidingWindowWorkload(window), seed, a,
                        new MaximizerConfig(k, eps, seed), sink);
                LOG.info("n={} {}: {} calls/update, recompute {} calls", n, a.id(), s.amortizedCalls(), s.meanReferenceCalls());
                runs.add(s);
            }
            points.add(new Point(n, window, runs));
        }
        return points;
    }
}
