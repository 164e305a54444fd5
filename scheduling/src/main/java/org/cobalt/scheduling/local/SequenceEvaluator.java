package org.cobalt.scheduling.local;

import java.util.Arrays;
import org.cobalt.core.scheduling.SingleMachineProblem;

/**
 * A job sequence with its completion times and total weighted tardiness, kept up to date under
 * interchange and insertion moves. A move's cost change is computed from the jobs whose completion
 * times it changes only: O(1) for an adjacent interchange, O(|i - j|) for a general interchange or
 * an insertion, and a whole row of insertion moves of one job costs O(n) (see
 * {@link #bestInsertion(int)}).
 */
public final class SequenceEvaluator {

    private final int[] p;
    private final int[] d;
    private final int[] w;
    private final int[] seq;
    private final long[] completion;
    private long cost;

    /** Starts from {@code sequence} (copied; must be a permutation of the problem's jobs). */
    public SequenceEvaluator(SingleMachineProblem problem, int[] sequence) {
        this(problem.processingTimes(), problem.dueDates(), problem.weights(), sequence);
    }

    /** Over raw job data (arrays are used as given, not copied; {@code sequence} is copied). */
    public SequenceEvaluator(int[] p, int[] d, int[] w, int[] sequence) {
        if (sequence.length != p.length) {
            throw new IllegalArgumentException("sequence has " + sequence.length + " jobs, problem has " + p.length);
        }
        this.p = p;
        this.d = d;
        this.w = w;
        this.seq = sequence.clone();
        this.completion = new long[seq.length];
        recompute(0);
    }

    /** Number of jobs. */
    public int size() {
        return seq.length;
    }

    /** Current total weighted tardiness. */
    public long cost() {
        return cost;
    }

    /** Job at a position. */
    public int job(int position) {
        return seq[position];
    }

    /** Completion time of the job at a position. */
    public long completion(int position) {
        return completion[position];
    }

    /**
     * True when exchanging the jobs at positions {@code i < j} cannot lower the cost, judged in
     * O(1): (1) the later job {@code b} is early where it is and {@code p_b >= p_a} (b stays early,
     * a and the jobs between only get later); (2) the earlier job {@code a} is tardy where it is,
     * {@code p_a <= p_b} and {@code w_a >= w_b}: a's tardiness grows by {@code C_j - C_i}, b's
     * falls by at most {@code C_j - C_i - (p_b - p_a)} at a weight no larger, and the jobs between
     * get later.
     */
    public boolean swapCannotImprove(int i, int j) {
        int a = seq[i];
        int b = seq[j];
        if (p[b] >= p[a] && completion[j] <= d[b]) {
            return true;
        }
        return p[a] <= p[b] && w[a] >= w[b] && completion[i] > d[a];
    }

    /** True when the job at a position completes by its due date. */
    public boolean isEarly(int position) {
        return completion[position] <= d[seq[position]];
    }

    /** Processing time of the job at a position. */
    public int processingTimeAt(int position) {
        return p[seq[position]];
    }

    /** Copy of the current sequence. */
    public int[] sequence() {
        return seq.clone();
    }

    /** Replaces the whole sequence (a permutation of the same jobs). */
    public void reset(int[] sequence) {
        System.arraycopy(sequence, 0, seq, 0, seq.length);
        recompute(0);
    }

    /** Tardiness cost of {@code job} completing at {@code c}. */
    private long f(int job, long c) {
        long late = c - d[job];
        return late > 0 ? late * w[job] : 0;
    }

    /** Cost change of exchanging the jobs at positions {@code i} and {@code j}. */
    public long swapDelta(int i, int j) {
        if (i == j) {
            return 0;
        }
        if (i > j) {
            int t = i;
            i = j;
            j = t;
        }
        int a = seq[i];
        int b = seq[j];
        long start = completion[i] - p[a];
        long delta = f(b, start + p[b]) - f(a, completion[i]) + f(a, completion[j]) - f(b, completion[j]);
        long shift = (long) p[b] - p[a];
        if (shift != 0) {
            for (int q = i + 1; q < j; q++) {
                int job = seq[q];
                delta += f(job, completion[q] + shift) - f(job, completion[q]);
            }
        }
        return delta;
    }

    /** Cost change of moving the job at {@code from} so that it ends up at position {@code to}. */
    public long insertDelta(int from, int to) {
        if (from == to) {
            return 0;
        }
        int a = seq[from];
        long delta = -f(a, completion[from]);
        if (from < to) {
            for (int q = from + 1; q <= to; q++) {
                int job = seq[q];
                delta += f(job, completion[q] - p[a]) - f(job, completion[q]);
            }
            delta += f(a, completion[to]);
        } else {
            for (int q = to; q < from; q++) {
                int job = seq[q];
                delta += f(job, completion[q] + p[a]) - f(job, completion[q]);
            }
            delta += f(a, completion[to] - p[seq[to]] + p[a]);
        }
        return delta;
    }

    /**
     * The best insertion move of the job at {@code from}: scans every target position in O(n),
     * accumulating the shift of the passed jobs. Returns the move with the smallest delta (the
     * nearest target on ties; {@code to == from} and delta 0 when no target is better than staying).
     */
    public Move bestInsertion(int from) {
        int n = seq.length;
        int a = seq[from];
        long own = f(a, completion[from]);
        long bestDelta = 0;
        int bestTo = from;
        long acc = 0;
        for (int to = from + 1; to < n; to++) {
            int job = seq[to];
            acc += f(job, completion[to] - p[a]) - f(job, completion[to]);
            long delta = acc + f(a, completion[to]) - own;
            if (delta < bestDelta) {
                bestDelta = delta;
                bestTo = to;
            }
        }
        acc = 0;
        for (int to = from - 1; to >= 0; to--) {
            int job = seq[to];
            acc += f(job, completion[to] + p[a]) - f(job, completion[to]);
            long delta = acc + f(a, completion[to] - p[job] + p[a]) - own;
            if (delta < bestDelta || (delta == bestDelta && bestTo != from && from - to < bestTo - from)) {
                bestDelta = delta;
                bestTo = to;
            }
        }
        return new Move(from, bestTo, bestDelta);
    }

    /** Exchanges the jobs at two positions and returns the new cost. */
    public long applySwap(int i, int j) {
        if (i == j) {
            return cost;
        }
        long delta = swapDelta(i, j);
        int t = seq[i];
        seq[i] = seq[j];
        seq[j] = t;
        completions(Math.min(i, j), Math.max(i, j));
        cost += delta;
        return cost;
    }

    /** Moves the job at {@code from} to position {@code to} and returns the new cost. */
    public long applyInsert(int from, int to) {
        if (from == to) {
            return cost;
        }
        long delta = insertDelta(from, to);
        int a = seq[from];
        if (from < to) {
            System.arraycopy(seq, from + 1, seq, from, to - from);
        } else {
            System.arraycopy(seq, to, seq, to + 1, from - to);
        }
        seq[to] = a;
        completions(Math.min(from, to), Math.max(from, to));
        cost += delta;
        return cost;
    }

    /** Recomputes completion times and cost from {@code position} to the end. */
    public void recompute(int position) {
        completions(position, seq.length - 1);
        long s = 0;
        for (int q = 0; q < seq.length; q++) {
            s += f(seq[q], completion[q]);
        }
        cost = s;
    }

    /** Completion times of positions lo..hi; later positions keep theirs (the block's length is unchanged). */
    private void completions(int lo, int hi) {
        long c = lo == 0 ? 0 : completion[lo - 1];
        for (int q = lo; q <= hi; q++) {
            c += p[seq[q]];
            completion[q] = c;
        }
    }

    @Override
    public String toString() {
        return "SequenceEvaluator[cost=" + cost + ", " + Arrays.toString(seq.length <= 20 ? seq : Arrays.copyOf(seq, 20)) + "]";
    }

    /**
     * A move and its cost change.
     *
     * @param from  position of the moved job (or first position of an interchange)
     * @param to    target position (or second position)
     * @param delta cost change (negative improves)
     */
    public record Move(int from, int to, long delta) {
    }
}
