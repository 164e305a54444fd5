package org.cobalt.submodular.dynamic;

import java.util.Arrays;
import org.cobalt.submodular.oracle.Oracle;
import org.cobalt.submodular.oracle.OracleState;
import org.cobalt.submodular.util.MaxHeap;
import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;

/**
 * Maintains a {@code (1 - eps)}-approximate greedy sequence of the live set under insertions and
 * deletions, recomputing only the part of the greedy sequence that an update changes. This is the
 * "greedy (optimized)" baseline of the Lattanzi et al. (NeurIPS 2020) experiments (keep the greedy sequence; on an update, find the first step it changes, truncate
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
 * Quality is that of greedy with {@code (1 - eps)}-approximate choices ({@code 1 - e^-(1 - eps)}).
 *
 * <p>With a ghost tolerance {@code theta > 0} (id {@code ghost-greedy}) deleting a solution element
 * does not cut the sequence: the element stays in it as a <em>ghost</em> (dead, not part of the
 * solution, still part of the prefixes), so every later step, its gain and every bound stay exactly
 * valid, and the sequence is only extended by one step at its end. The solution is the live part;
 * by submodularity it loses at most the sum of the ghosts' step gains against the whole sequence.
 * When that sum exceeds {@code theta} times the sequence's value (or there are {@code k} ghosts),
 * the sequence is cut at its first ghost and completed. Guarantee
 * {@code (1 - theta)(1 - e^-(1 - eps))}; ghost-greedy uses {@code theta = eps}, which is above
 * {@code 1/2 - eps} for every {@code eps} in {@code (0, 1)}.
 *
 * <p>Cost is not polylogarithmic in the worst case: an update that changes step {@code p} costs
 * about one query per later step; under oblivious updates a step changes with probability about
 * {@code k / n}. See {@code docs/submodular.md}.
 */
public final class IncrementalGreedy extends AbstractDynamicMaximizer {

    private final int k;
    private final int capacity;
    private final double slack;
    private final double tolerance;
    /** Per element, its step when it is a ghost (dead but still in the sequence), else -1. */
    private final int[] ghostAt;
    private int ghosts;
    private final OracleState liveState;
    private double liveValue;
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
    private long changes;
    private int stateLength;

    /** incremental-greedy: no ghosts, every change cuts the sequence. */
    public IncrementalGreedy(Oracle oracle, MaximizerConfig config) {
        this(oracle, config, 0.0);
    }

    /** With ghost tolerance {@code theta} in {@code [0, 1)}; 0 is incremental-greedy. */
    public IncrementalGreedy(Oracle oracle, MaximizerConfig config, double theta) {
        super(oracle, config);
        if (!(theta >= 0 && theta < 1)) {
            throw new IllegalArgumentException("ghost tolerance must be in [0, 1), got " + theta);
        }
        this.k = config.k();
        this.tolerance = theta;
        this.capacity = theta > 0 ? 2 * k : k;
        this.slack = 1.0 - config.eps();
        int n = oracle.groundSize();
        this.singletons = new SingletonTracker(oracle);
        this.history = new BoundHistory(n);
        this.evaluatedAt = new IntArrayList[capacity + 1];
        for (int t = 0; t <= capacity; t++) {
            evaluatedAt[t] = new IntArrayList();
        }
        this.sol = new int[capacity];
        this.solGain = new double[capacity];
        this.ghostAt = new int[oracle.groundSize()];
        Arrays.fill(ghostAt, -1);
        this.liveState = oracle.newState();
        this.solPosition = new int[n];
        Arrays.fill(solPosition, -1);
        this.state = oracle.newState();
        this.probe = oracle.newState();
    }

    @Override
    public String id() {
        return tolerance > 0 ? "ghost-greedy" : "incremental-greedy";
    }

    @Override
    protected void onInsert(int x) {
        long before = changes;
        insertElement(x);
        if (changes != before) {
            refreshLiveValue();
        }
    }

    private void insertElement(int x) {
        int p = ghostAt[x];
        if (p >= 0) {
            revive(x, p);
            return;
        }
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
        if (tolerance > 0) {
            solPosition[x] = -1;
            ghostAt[x] = p;
            ghosts++;
            changes++;
            complete(m);
            if (ghosts >= k || ghostLoss() > tolerance * state.value()) {
                int first = 0;
                while (!isGhost(first)) {
                    first++;
                }
                truncate(first);
                complete(first);
            }
        } else {
            truncate(p);
            complete(p);
        }
        refreshLiveValue();
    }

    /**
     * A ghost inserted again becomes a live step again (its gain and bounds never stopped being
     * valid); if that makes more than k live steps, the sequence loses its last steps.
     */
    private void revive(int x, int p) {
        ghostAt[x] = -1;
        ghosts--;
        solPosition[x] = p;
        history.push(x, 0, singletons.value(x));
        changes++;
        while (liveSteps() > k) {
            truncate(m - 1);
        }
    }

    private boolean isGhost(int step) {
        return ghostAt[sol[step]] == step;
    }

    /** Steps of the sequence that are not ghosts: the solution's size. */
    private int liveSteps() {
        return m - ghosts;
    }

    /** Sum of the ghosts' step gains: by submodularity the most the live part loses to the sequence. */
    private double ghostLoss() {
        double loss = 0;
        for (int j = 0; j < m; j++) {
            if (isGhost(j)) {
                loss += solGain[j];
            }
        }
        return loss;
    }

    private void refreshLiveValue() {
        if (ghosts == 0 && stateLength == m) {
            liveValue = state.value();
        } else {
            liveState.resetTo(solution());
            liveValue = liveState.value();
        }
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
        return liveSteps() < k && m < capacity && bound > 0 && after < m ? m : -1;
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
        changes++;
        for (int t = p + 1; t <= capacity; t++) {
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
            if (ghostAt[e] == j) {
                ghostAt[e] = -1;
                ghosts--;
            } else {
                solPosition[e] = -1;
            }
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
        if (stateLength != p) {
            state.resetTo(sol, p);
            stateLength = p;
        }
        for (int j = p; j < capacity && liveSteps() < k; j++) {
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
                stateLength = m;
                changes++;
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
        if (ghosts == 0) {
            return Arrays.copyOf(sol, m);
        }
        int[] out = new int[liveSteps()];
        int i = 0;
        for (int j = 0; j < m; j++) {
            if (!isGhost(j)) {
                out[i++] = sol[j];
            }
        }
        return out;
    }

    @Override
    public double value() {
        return liveValue;
    }

    /** The whole greedy sequence, ghosts included (they are dead); {@link #solution()} is its live part. */
    public int[] sequence() {
        return Arrays.copyOf(sol, m);
    }

    /** Per step of {@link #sequence()}, whether it is a ghost. */
    public boolean[] ghostSteps() {
        boolean[] out = new boolean[m];
        for (int j = 0; j < m; j++) {
            out[j] = isGhost(j);
        }
        return out;
    }

    /** The ghost tolerance (0 for incremental-greedy). */
    public double tolerance() {
        return tolerance;
    }

    /**
     * The marginal gain of each step of {@link #sequence()} with respect to the steps before it;
     * each is at least {@code (1 - eps)} times the largest gain any live element has at that step.
     */
    public double[] stepGains() {
        return Arrays.copyOf(solGain, m);
    }

    /** Times the greedy sequence was cut and completed again. */
    public long truncations() {
        return truncations;
    }
}
