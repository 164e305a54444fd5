package org.cobalt.submodular.streaming;

import org.cobalt.submodular.dynamic.GuessGrid;
import org.cobalt.submodular.dynamic.MaximizerConfig;
import org.cobalt.submodular.dynamic.SingletonTracker;
import org.cobalt.submodular.oracle.Oracle;

/**
 * Sieve-Streaming (Badanidiyuru, Mirzasoleiman, Karbasi and Krause, KDD 2014): for every guess
 * {@code v = (1+eps)^i} with {@code m <= v <= 2km} ({@code m} the largest singleton value seen so
 * far) keep a set {@code S_v}, and add an arriving {@code e} to {@code S_v} when {@code |S_v| < k}
 * and {@code f(e | S_v) >= (v/2 - f(S_v)) / (k - |S_v|)}; guesses that fall below {@code m} are
 * retired, the best retired set is remembered. A {@code (1/2 - eps)}-approximation for
 * insertion-only streams; deletions re-run it (see {@link StreamingMaximizer}).
 */
public final class SieveStreaming extends StreamingMaximizer {

    private final GuessGrid grid;
    private final SingletonTracker singletons;
    private final SieveBank sieves = new SieveBank();
    private double max;

    public SieveStreaming(Oracle oracle, MaximizerConfig config) {
        super(oracle, config);
        this.grid = new GuessGrid(config.eps());
        this.singletons = new SingletonTracker(oracle);
    }

    @Override
    public String id() {
        return "sieve";
    }

    @Override
    protected void reset() {
        sieves.clear();
        max = 0;
    }

    @Override
    protected boolean process(int e) {
        int k = config.k();
        double s = singletons.value(e);
        boolean changed = false;
        if (s > max) {
            max = s;
            changed = true;
            int lo = grid.lowIndex(max);
            if (grid.guess(lo) < max) {
                lo++;
            }
            sieves.retireBelow(lo);
            int hi = grid.lowIndex(2.0 * k * max);
            for (int i = lo; i <= hi; i++) {
                    sieves.get(i, x -> new Sieve(grid.guess(x), oracle.newState()));
            }
        }
        for (Sieve sv : sieves.active()) {
            int size = sv.size();
            if (size >= k) {
                continue;
            }
            double need = (sv.level / 2.0 - sv.value()) / (k - size);
            if (sv.state.gain(e) >= need) {
                sv.add(e);
                changed = true;
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

    /** Number of sieves currently kept. */
    public int sieveCount() {
        return sieves.size();
    }
}
