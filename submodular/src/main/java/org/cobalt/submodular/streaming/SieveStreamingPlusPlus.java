package org.cobalt.submodular.streaming;

import java.util.TreeMap;
import org.cobalt.submodular.dynamic.GuessGrid;
import org.cobalt.submodular.dynamic.MaximizerConfig;
import org.cobalt.submodular.dynamic.SingletonTracker;
import org.cobalt.submodular.oracle.Oracle;

/**
 * Sieve-Streaming++ (Kazemi, Mitrovic, Zadimoghaddam, Lattanzi and Karbasi, ICML 2019): thresholds
 * {@code tau = (1+eps)^i} on the per-element gain, restricted to
 * {@code [tau_min / (1+eps), Delta]} with {@code tau_min = max(LB, Delta) / (2k)}, where
 * {@code Delta} is the largest singleton value seen and {@code LB} the best value reached so far.
 * An arriving {@code e} joins {@code S_tau} when {@code |S_tau| < k} and {@code f(e | S_tau) >= tau};
 * raising {@code LB} retires the low thresholds, which bounds the memory by {@code O(k/eps)}; the
 * best retired set is remembered.
 * A {@code (1/2 - eps)}-approximation for insertion-only streams; deletions re-run it.
 */
public final class SieveStreamingPlusPlus extends StreamingMaximizer {

    private final GuessGrid grid;
    private final SingletonTracker singletons;
    private final TreeMap<Integer, Sieve> sieves = new TreeMap<>();
    private Sieve retired;
    private double delta;
    private double lowerBound;

    public SieveStreamingPlusPlus(Oracle oracle, MaximizerConfig config) {
        super(oracle, config);
        this.grid = new GuessGrid(config.eps());
        this.singletons = new SingletonTracker(oracle);
    }

    @Override
    public String id() {
        return "sieve++";
    }

    @Override
    protected void reset() {
        sieves.clear();
        retired = null;
        delta = 0;
        lowerBound = 0;
    }

    @Override
    protected boolean process(int e) {
        int k = config.k();
        double s = singletons.value(e);
        boolean changed = false;
        if (s > delta) {
            delta = s;
            changed = true;
        }
        if (delta <= 0) {
            return changed;
        }
        double tauMin = Math.max(lowerBound, delta) / (2.0 * k);
        int lo = grid.lowIndex(tauMin / (1.0 + config.eps()));
        if (grid.guess(lo) < tauMin / (1.0 + config.eps()) * (1 - 1e-12)) {
            lo++;
        }
        int hi = grid.lowIndex(delta);
        retire(lo);
        for (int i = lo; i <= hi; i++) {
            final int idx = i;
            Sieve sv = sieves.computeIfAbsent(i, x -> new Sieve(grid.guess(idx), oracle.newState()));
            if (sv.size() < k && sv.state.gain(e) >= sv.level) {
                sv.add(e);
                changed = true;
                lowerBound = Math.max(lowerBound, sv.value());
            }
        }
        return changed;
    }

    /** Drops the sieves below index {@code lo}, remembering the best set among them. */
    private void retire(int lo) {
        java.util.SortedMap<Integer, Sieve> gone = sieves.headMap(lo, false);
        Sieve b = Sieve.best(gone.values());
        if (b != null && (retired == null || b.value() > retired.value())) {
            retired = b;
        }
        gone.clear();
    }

    private Sieve bestSieve() {
        Sieve b = Sieve.best(sieves.values());
        return retired != null && (b == null || retired.value() > b.value()) ? retired : b;
    }

    @Override
    public int[] solution() {
        Sieve b = bestSieve();
        return b == null ? new int[0] : b.members.toArray();
    }

    @Override
    public double value() {
        Sieve b = bestSieve();
        return b == null ? 0.0 : b.value();
    }

    /** Number of thresholds currently kept. */
    public int sieveCount() {
        return sieves.size();
    }
}
