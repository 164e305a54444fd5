package org.cobalt.submodular.dynamic;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.cobalt.submodular.oracle.Oracle;

/**
 * The fully dynamic algorithm of Lattanzi, Mitrovic, Norouzi-Fard, Tarnawski and Zadimoghaddam,
 * "Fully Dynamic Algorithm for Constrained Submodular Optimization" (NeurIPS 2020), in the form of
 * its Section 3 ("simple") algorithm as the authors' public reference implementation runs it: one
 * {@link LattanziLevels} structure per OPT guess {@code gamma}, the solution of the best guess
 * reported. See {@code docs/submodular.md} for where this follows the reference and where it had to
 * choose (the guess grid follows the live maximum singleton instead of a range computed offline
 * over the whole universe).
 */
public final class LattanziDynamic extends AbstractDynamicMaximizer {

    /** Guesses this far outside the needed index range are kept before they are dropped (hysteresis). */
    private static final int SLACK = 2;

    private final SingletonTracker singletons;
    private final GuessGrid grid;
    private final SplittableRandom random;
    private final List<LattanziLevels> guesses = new ArrayList<>();
    private final java.util.function.IntPredicate isLive = this::isLive;
    private final HostView host = new HostView();
    private long createdGuesses;

    public LattanziDynamic(Oracle oracle, MaximizerConfig config) {
        super(oracle, config);
        this.singletons = new SingletonTracker(oracle);
        this.grid = new GuessGrid(config.eps());
        this.random = new SplittableRandom(config.seed());
    }

    @Override
    public String id() {
        return "lattanzi";
    }

    @Override
    protected void onInsert(int e) {
        singletons.inserted(e);
        double s = singletons.value(e);
        for (LattanziLevels g : guesses) {
            if (s >= g.threshold()) {
                g.insert(e);
            }
        }
        adjustGrid();
    }

    @Override
    protected void onDelete(int e) {
        for (LattanziLevels g : guesses) {
            g.delete(e);
        }
        adjustGrid();
    }

    /** Creates guesses the live maximum now needs and drops the ones far outside its range. */
    private void adjustGrid() {
        double m = singletons.maxLive(isLive, live.size());
        if (m <= 0) {
            guesses.clear();
            return;
        }
        int lo = grid.lowIndex(m);
        int hi = grid.highIndex(m, config.k());
        guesses.removeIf(g -> g.index() < lo - SLACK || g.index() > hi + SLACK);
        int[] present = new int[guesses.size()];
        for (int i = 0; i < present.length; i++) {
            present[i] = guesses.get(i).index();
        }
        int[] passing = null;
        for (int idx = lo; idx <= hi; idx++) {
            if (contains(present, idx)) {
                continue;
            }
            LattanziLevels g = new LattanziLevels(host, oracle, idx, grid.guess(idx), config.k(), config.eps(), oracle.groundSize());
            if (passing == null) {
                passing = new int[live.size()];
            }
            int n = 0;
            for (int i = 0; i < live.size(); i++) {
                int e = live.get(i);
                if (singletons.value(e) >= g.threshold()) {
                    passing[n++] = e;
                }
            }
            g.initialize(passing, n);
            guesses.add(g);
            createdGuesses++;
        }
        guesses.sort((a, b) -> Integer.compare(a.index(), b.index()));
    }

    private static boolean contains(int[] a, int x) {
        for (int v : a) {
            if (v == x) {
                return true;
            }
        }
        return false;
    }

    private LattanziLevels best() {
        LattanziLevels best = null;
        for (LattanziLevels g : guesses) {
            if (best == null || g.value() > best.value()) {
                best = g;
            }
        }
        return best;
    }

    @Override
    public int[] solution() {
        LattanziLevels b = best();
        return b == null ? new int[0] : b.solution();
    }

    @Override
    public double value() {
        LattanziLevels b = best();
        return b == null ? 0.0 : b.value();
    }

    /** Number of OPT guesses currently maintained. */
    public int guessCount() {
        return guesses.size();
    }

    /** Guess structures created so far (grid moves create new ones). */
    public long createdGuesses() {
        return createdGuesses;
    }

    /** What the guess structures may ask of their owner. */
    private final class HostView implements LattanziLevels.Host {
        @Override
        public boolean isCurrent(int element, int elementSerial) {
            return current(element, elementSerial);
        }

        @Override
        public int serialOf(int element) {
            return serial(element);
        }

        @Override
        public RandomGenerator random() {
            return random;
        }
    }
}
