package org.cobalt.neural.udc.model;

import java.util.Arrays;
import java.util.function.BooleanSupplier;
import java.util.random.RandomGenerator;
import org.cobalt.neural.nn.TensorOps;

/**
 * Runs {@link PathPolicy} rollouts on a batch of paths: every rollout starts at one fixed end, picks
 * nodes one by one (greedily or by sampling the softmax, on the host) until only the other end is left,
 * and appends it. Half of the rollouts of a sub-problem run forward (first end → last end), half
 * backward; backward orders are reversed before they are returned, so every order starts at local node
 * 0 and ends at local node {@code size − 1}. This POMO-style pair of directions is what UDC's TSP conquer
 * decodes; the rollouts of one sub-problem also form the shared baseline in training.
 */
public final class PathRollouts {

    /** What each step of a rollout set did, for training (log-probabilities of the choices). */
    @FunctionalInterface
    public interface StepObserver<T> {
        /**
         * @param logits  [rollouts, nodes] of this step
         * @param chosen  local node chosen by each rollout (0 where {@code active} is false)
         * @param active  whether the rollout made a choice at this step
         */
        void onStep(T logits, int[] chosen, boolean[] active);
    }

    /**
     * Orders (local indices) of every rollout.
     *
     * @param owner   sub-problem of each rollout
     * @param forward direction of each rollout
     * @param greedy  whether each rollout takes the argmax (else it samples)
     */
    public record Result(int[] owner, boolean[] forward, int[][] orders) {
    }

    private PathRollouts() {
    }

    /**
     * {@code perDirection} rollouts per sub-problem and direction; rollout 0 of each direction is greedy
     * when {@code greedyFirst}, all others sample.
     */
    public static <T> Result run(TensorOps<T> ops, PathPolicy policy, PathBatch batch, int perDirection,
            boolean greedyFirst, RandomGenerator random, StepObserver<T> observer) {
        return run(ops, policy, batch, perDirection, greedyFirst, random, observer, null);
    }

    /**
     * As {@link #run(TensorOps, PathPolicy, PathBatch, int, boolean, RandomGenerator, StepObserver)}, but
     * {@code stop} (null = never) is polled before every step: once it answers true the decoding is
     * abandoned and every rollout's order is the identity (its path unchanged), so a time limit is
     * honoured within one decoding step instead of one whole batch.
     */
    public static <T> Result run(TensorOps<T> ops, PathPolicy policy, PathBatch batch, int perDirection,
            boolean greedyFirst, RandomGenerator random, StepObserver<T> observer, BooleanSupplier stop) {
        if (perDirection < 1) {
            throw new IllegalArgumentException("at least one rollout per direction");
        }
        int b = batch.batch();
        int r = 2 * perDirection * b;
        int[] owner = new int[r];
        boolean[] forward = new boolean[r];
        boolean[] greedy = new boolean[r];
        int[] start = new int[r];
        int[] target = new int[r];
        int i = 0;
        for (int s = 0; s < b; s++) {
            int last = batch.sizes()[s] - 1;
            for (int dir = 0; dir < 2; dir++) {
                for (int k = 0; k < perDirection; k++) {
                    owner[i] = s;
                    forward[i] = dir == 0;
                    greedy[i] = greedyFirst && k == 0;
                    start[i] = dir == 0 ? 0 : last;
                    target[i] = dir == 0 ? last : 0;
                    i++;
                }
            }
        }
        T encoded = policy.encode(ops, batch);
        PathPolicy.Decoder<T> dec = policy.decoder(ops, batch, encoded, owner, target);
        int m = batch.nodes();
        int[][] orders = new int[r][];
        int[] filled = new int[r];
        boolean[] visited = new boolean[r * m];
        int[] current = start.clone();
        int maxSteps = 0;
        for (int q = 0; q < r; q++) {
            int size = batch.sizes()[owner[q]];
            orders[q] = new int[size];
            orders[q][0] = start[q];
            filled[q] = 1;
            visited[q * m + start[q]] = true;
            maxSteps = Math.max(maxSteps, size - 2);
        }
        float[] selectable = new float[r * m];
        int[] chosen = new int[r];
        boolean[] active = new boolean[r];
        for (int step = 0; step < maxSteps; step++) {
            if (stop != null && stop.getAsBoolean()) {
                for (int q = 0; q < r; q++) {
                    for (int j = 0; j < orders[q].length; j++) {
                        orders[q][j] = j;
                    }
                }
                return new Result(owner, forward, orders);
            }
            Arrays.fill(selectable, 0f);
            for (int q = 0; q < r; q++) {
                int size = batch.sizes()[owner[q]];
                active[q] = filled[q] < size - 1;
                if (active[q]) {
                    for (int j = 0; j < size; j++) {
                        if (!visited[q * m + j] && j != target[q]) {
                            selectable[q * m + j] = 1f;
                        }
                    }
                }
            }
            T logits = dec.step(current, selectable);
            float[] host = ops.toHost(logits);
            for (int q = 0; q < r * m; q++) {
                if (Float.isNaN(host[q])) {
                    throw new IllegalStateException("the path policy produced a NaN logit (step " + step
                            + "); its parameters or inputs are broken");
                }
            }
            for (int q = 0; q < r; q++) {
                chosen[q] = 0;
                if (!active[q]) {
                    continue;
                }
                int c = greedy[q] ? argmax(host, selectable, q * m, m) : sample(host, selectable, q * m, m, random);
                chosen[q] = c;
                orders[q][filled[q]++] = c;
                visited[q * m + c] = true;
                current[q] = c;
            }
            if (observer != null) {
                observer.onStep(logits, chosen.clone(), active.clone());
            } else {
                ops.release(logits);
            }
        }
        for (int q = 0; q < r; q++) {
            orders[q][filled[q]++] = target[q];
            if (!forward[q]) {
                reverse(orders[q]);
            }
        }
        return new Result(owner, forward, orders);
    }

    private static int argmax(float[] logits, float[] selectable, int base, int m) {
        int best = -1;
        for (int j = 0; j < m; j++) {
            if (selectable[base + j] != 0 && (best < 0 || logits[base + j] > logits[base + best])) {
                best = j;
            }
        }
        return best;
    }

    private static int sample(float[] logits, float[] selectable, int base, int m, RandomGenerator random) {
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < m; j++) {
            if (selectable[base + j] != 0) {
                max = Math.max(max, logits[base + j]);
            }
        }
        double sum = 0;
        double[] w = new double[m];
        int last = -1;
        for (int j = 0; j < m; j++) {
            if (selectable[base + j] != 0) {
                w[j] = Math.exp(logits[base + j] - max);
                sum += w[j];
                last = j;
            }
        }
        double u = random.nextDouble() * sum;
        for (int j = 0; j < m; j++) {
            if (selectable[base + j] != 0) {
                u -= w[j];
                if (u < 0) {
                    return j;
                }
            }
        }
        return last;
    }

    private static void reverse(int[] a) {
        for (int i = 0, j = a.length - 1; i < j; i++, j--) {
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
