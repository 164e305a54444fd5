package org.cobalt.submodular.bench;

import java.util.Objects;
import java.util.function.BiFunction;
import org.cobalt.submodular.dynamic.DynamicAlgorithms;
import org.cobalt.submodular.dynamic.DynamicMaximizer;
import org.cobalt.submodular.dynamic.MaximizerConfig;
import org.cobalt.submodular.function.FunctionState;
import org.cobalt.submodular.function.SetFunction;
import org.cobalt.submodular.oracle.CountingOracle;
import org.cobalt.submodular.oracle.Oracle;
import org.cobalt.submodular.statics.LazyGreedy;
import org.cobalt.submodular.statics.Selection;
import org.cobalt.submodular.util.LiveSet;
import org.cobalt.submodular.workload.Update;
import org.cobalt.submodular.workload.UpdateSource;
import org.cobalt.submodular.workload.Workload;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one maximizer over one workload and measures every update: value, oracle queries, wall
 * time. After every update the solution is checked (at most {@code k} distinct live elements) and
 * its value is recomputed with an evaluator that shares no state with the algorithm; a mismatch is
 * an {@link IllegalStateException}. Every {@code referenceEvery} updates (and after the last one)
 * lazy greedy is recomputed on the live set, through its own counting oracle, as the reference.
 */
public final class DynamicRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DynamicRunner.class);

    private final int referenceEvery;
    private final double tolerance;

    /** {@code referenceEvery <= 0} disables the reference. */
    public DynamicRunner(int referenceEvery) {
        this(referenceEvery, 1e-9);
    }

    public DynamicRunner(int referenceEvery, double tolerance) {
        this.referenceEvery = referenceEvery;
        this.tolerance = tolerance;
    }

    /** Runs {@code algorithm} on {@code f} under {@code workload} (started with {@code workloadSeed}). */
    public RunSummary run(SetFunction f, String dataset, Workload workload, long workloadSeed, DynamicAlgorithms algorithm,
                          MaximizerConfig config, UpdateSink sink) {
        return run(f, dataset, workload, workloadSeed, algorithm.id(), algorithm::create, config, sink);
    }

    /** As above for any maximizer factory (tests, experimental algorithms). */
    public RunSummary run(SetFunction f, String dataset, Workload workload, long workloadSeed, String algorithmId,
                          BiFunction<Oracle, MaximizerConfig, DynamicMaximizer> factory, MaximizerConfig config,
                          UpdateSink sink) {
        Objects.requireNonNull(sink, "sink");
        CountingOracle oracle = new CountingOracle(f);
        DynamicMaximizer m = factory.apply(oracle, config);
        RunLabel label = new RunLabel(dataset, workload.id(), algorithmId, config.k(), config.eps(), config.seed());
        UpdateSource source = workload.start(f.groundSize(), workloadSeed);
        LiveSet live = new LiveSet(f.groundSize());
        FunctionState verifier = f.newState();
        LazyGreedy greedy = new LazyGreedy();

        long updates = 0;
        long totalCalls = 0;
        long maxCalls = 0;
        long totalNanos = 0;
        double sumValue = 0;
        int refPoints = 0;
        double sumValueAtRef = 0;
        double sumRef = 0;
        double sumRatio = 0;
        double minRatio = Double.POSITIVE_INFINITY;
        double sumRefCalls = 0;

        Update u = source.next(m);
        while (u != null) {
            Update next;
            long before = oracle.calls();
            long t0 = System.nanoTime();
            if (u.insert()) {
                m.insert(u.element());
            } else {
                m.delete(u.element());
            }
            long nanos = System.nanoTime() - t0;
            long calls = oracle.calls() - before;
            if (u.insert()) {
                live.add(u.element());
            } else {
                live.remove(u.element());
            }
            updates++;
            double value = m.value();
            int size = check(m, live, f, verifier, config.k(), updates, label);
            next = source.next(m);
            double ref = Double.NaN;
            long refCalls = -1;
            if (referenceEvery > 0 && (updates % referenceEvery == 0 || next == null)) {
                CountingOracle refOracle = new CountingOracle(f);
                Selection s = greedy.maximize(refOracle, live.toArray(), config.k());
                ref = s.value();
                refCalls = refOracle.calls();
                refPoints++;
                sumValueAtRef += value;
                sumRef += ref;
                double ratio = ref == 0 ? 1.0 : value / ref;
                sumRatio += ratio;
                minRatio = Math.min(minRatio, ratio);
                sumRefCalls += refCalls;
            }
            totalCalls += calls;
            maxCalls = Math.max(maxCalls, calls);
            totalNanos += nanos;
            sumValue += value;
            sink.accept(label, new UpdateRecord(updates, u.insert(), u.element(), live.size(), value, size, calls, nanos, ref, refCalls));
            u = next;
        }
        RunSummary summary = new RunSummary(label, updates, totalCalls, maxCalls, totalNanos / 1e9,
                updates == 0 ? 0 : sumValue / updates, refPoints,
                refPoints == 0 ? Double.NaN : sumValueAtRef / refPoints,
                refPoints == 0 ? Double.NaN : sumRef / refPoints,
                refPoints == 0 ? Double.NaN : sumRatio / refPoints,
                refPoints == 0 ? Double.NaN : minRatio,
                refPoints == 0 ? Double.NaN : sumRefCalls / refPoints);
        LOG.info("{} {} k={} on {}: {} updates, {} calls/update, value ratio {}", label.algorithm(), label.workload(),
                label.k(), dataset, updates, summary.amortizedCalls(), summary.valueRatio());
        return summary;
    }

    /** Checks the invariants after one update and returns the solution size. */
    private int check(DynamicMaximizer m, LiveSet live, SetFunction f, FunctionState verifier, int k, long step, RunLabel label) {
        int[] sol = m.solution();
        if (sol.length > k) {
            throw new IllegalStateException(label + " step " + step + ": solution has " + sol.length + " > k = " + k + " elements");
        }
        verifier.clear();
        for (int e : sol) {
            if (!live.contains(e)) {
                throw new IllegalStateException(label + " step " + step + ": solution holds element " + e + ", which is not live");
            }
            if (verifier.contains(e)) {
                throw new IllegalStateException(label + " step " + step + ": solution holds element " + e + " twice");
            }
            verifier.add(e);
        }
        double fresh = verifier.value();
        double reported = m.value();
        if (Math.abs(fresh - reported) > tolerance * Math.max(1.0, Math.abs(fresh))) {
            throw new IllegalStateException(label + " step " + step + ": reported value " + reported
                    + " but the solution evaluates to " + fresh);
        }
        return sol.length;
    }
}
