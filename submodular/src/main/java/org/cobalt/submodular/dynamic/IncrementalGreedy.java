package org.cobalt.submodular.dynamic;

import java.util.Arrays;
import org.cobalt.submodular.oracle.Oracle;
import org.cobalt.submodular.oracle.OracleState;
import org.cobalt.submodular.util.MaxHeap;
import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;

/**
 * Maintains exactly the greedy solution of the live set (gain first, smaller id on ties) under
 * insertions and deletions, recomputing only the part of the greedy sequence that an update
 * changes. This is the "greedy (optimized)" baseline of the Lattanzi et al. (NeurIPS 2020)
 * experiments (keep the greedy sequence; on an update, find the first step it changes, truncate
 * there and complete greedily), made lazy in the sense of Minoux:
 * <ul>
 *   <li>every marginal gain ever computed is kept with the length of the prefix it was computed
 *       against ({@link BoundHistory}); truncating the sequence at step {@code p} keeps exactly the
 *       bounds of prefixes that still exist, so completion is a lazy greedy with warm bounds;</li>
 *   <li>deleting an element outside the solution costs nothing (no greedy step changes);</li>
 *   <li>an inserted element is tested only at the steps it could win: its singleton value and every
 *       gain measured on the way bound its later gains, so the test jumps over steps whose greedy
 *       gain is above the bound.</li>
 * </ul>
 * Quality is that of greedy ({@code 1 - 1/e}). Cost is not polylogarithmic in the worst case: an
 * update that changes step {@code p} costs about one query per later step; under oblivious
 * updates a step changes with probability about {@code k / n}. See {@code docs/submodular.md}.
 */
public final class IncrementalGreedy extends AbstractDynamicMaximizer {

    private final int k;
    private final double slack;
    private final SingletonTracker singletons;
    private final BoundHistory history;
    private final MaxHeap heap = new MaxHeap(1024);
    private final IntArrayList[] evaluatedAt;
    private final int[] sol;
    private final double[] solGain;
    private final int[] solPosition;
    private int m;
    private final OracleState state;
    private final OracleState probe;
    private long truncations;

    public IncrementalGreedy(Oracle oracle, MaximizerConfig config) {
        super(oracle, config);
        this.k = config.k();
        this.slack = 1.0 - config.eps();
        int n = oracle.groundSize();
        this.singletons = new SingletonTracker(oracle);
        this.history = new BoundHistory(n);
        this.evaluatedAt = new IntArrayList[k + 1];
        for (int t = 0; t <= k; t++) {
            evaluatedAt[t] = new IntArrayList();
        }
        this.sol = new int[k];
        this.solGain = new double[k];
        this.solPosition = new int[n];
        Arrays.fill(solPosition, -1);
        this.state = oracle.newState();
        this.probe = oracle.newState();
    }

    @Override
    public String id() {
        return "incremental-greedy";
    }

    @Override
    protected void onInsert(int x) {
        double s = singletons.value(x);
        history.push(x, 0, s);
        if (!(s > 0)) {
            return;
        }
        double b = s;
        int j = nextCandidate(-1, b);
        while (j >= 0) {
            double g;
            if (j == 0) {
                g = s;
            } else {
                probe.resetTo(sol, j);
                g = probe.gain(x);
                record(x, j, g);
            }
            if (beats(g, j)) {
                truncate(j);
                push(x);
                complete(j);
                return;
            }
            if (!(g > 0)) {
                return;
            }
            b = g;
            j = nextCandidate(j, b);
        }
        push(x);
    }

    @Override
    protected void onDelete(int x) {
        int p = solPosition[x];
        history.clear(x);
        if (p < 0) {
            return;
        }
        truncate(p);
        complete(p);
    }

    /**
     * True when gain {@code g} of a new element at step {@code j} breaks the invariant of that step
     * ({@code gain_j >= (1 - eps) * max gain at step j}); at the free step after a short solution any
     * positive gain does.
     */
    private boolean beats(double g, int j) {
        return j == m ? g > 0 : g * slack > solGain[j];
    }

    /**
     * The first step after {@code after} at which an element whose gain there is at most
     * {@code bound} could break the invariant; -1 when there is none.
     */
    private int nextCandidate(int after, double bound) {
        for (int j = after + 1; j < m; j++) {
            if (bound * slack > solGain[j]) {
                return j;
            }
        }
        return m < k && bound > 0 && after < m ? m : -1;
    }

    private void record(int x, int stamp, double g) {
        history.push(x, stamp, g);
        evaluatedAt[stamp].add(x);
    }

    private void push(int x) {
        if (isLive(x) && solPosition[x] < 0 && !history.isEmpty(x)) {
            double b = history.topBound(x);
            if (b > 0) {
                heap.push(b, x);
            }
        }
    }

    /** Removes steps p.. from the solution and every bound measured against a prefix longer than p. */
    private void truncate(int p) {
        truncations++;
        for (int t = p + 1; t <= k; t++) {
            IntArrayList list = evaluatedAt[t];
            for (int i = 0; i < list.size(); i++) {
                int x = list.get(i);
                history.truncate(x, p);
            }
            for (int i = 0; i < list.size(); i++) {
                push(list.get(i));
            }
            list.clear();
        }
        for (int j = p; j < m; j++) {
            int e = sol[j];
            solPosition[e] = -1;
            if (isLive(e)) {
                history.truncate(e, p);
                push(e);
            }
        }
        m = p;
        maybeCompactHeap();
    }

    /**
     * Lazy greedy from step p on, with the bounds that survived the truncation: an element is taken
     * when its fresh gain is at least {@code (1 - eps)} times every other element's bound.
     */
    private void complete(int p) {
        state.resetTo(sol, p);
        for (int j = p; j < k; j++) {
            boolean picked = false;
            while (cleanTop()) {
                double key = heap.topKey();
                int x = heap.topValue();
                if (!(key > 0)) {
                    break;
                }
                heap.pop();
                double g;
                if (history.topStamp(x) == j) {
                    g = key;
                } else {
                    g = state.gain(x);
                    record(x, j, g);
                    if (!(g > 0)) {
                        continue;
                    }
                    if (cleanTop() && g < slack * heap.topKey()) {
                        heap.push(g, x);
                        continue;
                    }
                }
                state.add(x);
                sol[j] = x;
                solGain[j] = g;
                solPosition[x] = j;
                m = j + 1;
                picked = true;
                break;
            }
            if (!picked) {
                break;
            }
        }
    }

    /** Pops entries of dead, chosen or re-bounded elements; true when a valid entry is on top. */
    private boolean cleanTop() {
        while (!heap.isEmpty()) {
            int x = heap.topValue();
            if (isLive(x) && solPosition[x] < 0 && !history.isEmpty(x) && history.topBound(x) == heap.topKey()) {
                return true;
            }
            heap.pop();
        }
        return false;
    }

    private void maybeCompactHeap() {
        if (heap.size() <= 3 * live.size() + 1024) {
            return;
        }
        heap.clear();
        for (int i = 0; i < live.size(); i++) {
            push(live.get(i));
        }
    }

    @Override
    public int[] solution() {
        return Arrays.copyOf(sol, m);
    }

    @Override
    public double value() {
        return state.value();
    }

    /**
     * The marginal gain of each solution element with respect to the elements before it (the
     * greedy order of {@link #solution()}); each is at least {@code (1 - eps)} times the largest
     * gain any live element has at that step.
     */
    public double[] stepGains() {
        return Arrays.copyOf(solGain, m);
    }

    /** Times the greedy sequence was cut and completed again. */
    public long truncations() {
        return truncations;
    }
}
