package org.cobalt.submodular.streaming;

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
    private final SieveBank sieves = new SieveBank();
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
        sieves.retireBelow(lo);
        for (int i = lo; i <= hi; i++) {
            Sieve sv = sieves.get(i, x -> new Sieve(grid.guess(x), oracle.newState()));
            if (sv.size() < k && sv.state.gain(e) >= sv.level) {
                sv.add(e);
                changed = true;
                lowerBound = Math.max(lowerBound, sv.value());
            }
        }
        return changed;
    }

    @Override
    public int[] solution() {
        return sieves.solution();
    }

    @Override
    public double value() {
        return sieves.value();
    }

    /** Number of thresholds currently kept. */
    public int sieveCount() {
        return sieves.size();
    }
}
