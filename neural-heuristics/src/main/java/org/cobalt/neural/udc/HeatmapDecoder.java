package org.cobalt.neural.udc;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.cobalt.routing.NearestUnvisited;

/**
 * Turns a divide heat-map into a tour: from a start node, the next node is one of the current node's
 * unvisited k nearest neighbours, chosen with probability softmax(score) (sampling) or by the largest
 * score (greedy); when every neighbour is visited the tour jumps to the nearest unvisited node (UDC
 * scores non-neighbours at a tiny constant instead, which picks an arbitrary unvisited node; the jump is
 * our choice). Optionally records each scored step so that training can compute its log-probability.
 */
public final class HeatmapDecoder {

    private HeatmapDecoder() {
    }

    /**
     * The scored steps of one decoded tour: at step s the tour stood at {@code node[s]}, could choose
     * the neighbour slots with {@code candidates[s·k + t] != 0}, and took slot {@code chosen[s]}.
     */
    public record Trace(int k, int[] node, int[] chosen, float[] candidates) {

        /** Number of scored steps (jumps are not scored). */
        public int steps() {
            return node.length;
        }
    }

    /** A decoded tour and, if requested, its trace. */
    public record Decoded(int[] tour, Trace trace) {
    }

    /**
     * Decodes one tour.
     *
     * @param graph  the instance's graph (neighbour lists and metric)
     * @param scores one score per edge of {@code graph} (edge i·k + t: node i → its t-th neighbour)
     * @param start  first node
     * @param greedy argmax instead of sampling
     * @param record whether to keep a {@link Trace}
     */
    public static Decoded decode(TspGraph graph, float[] scores, int start, boolean greedy, RandomGenerator random,
            boolean record) {
        int n = graph.size();
        int k = graph.k();
        if (scores.length != n * k) {
            throw new IllegalArgumentException(scores.length + " scores for " + n * k + " edges");
        }
        boolean[] visited = new boolean[n];
        NearestUnvisited jumps = NearestUnvisited.over(graph.metric());
        int[] tour = new int[n];
        tour[0] = start;
        visited[start] = true;
        jumps.remove(start);
        int[] node = record ? new int[n] : null;
        int[] chosen = record ? new int[n] : null;
        float[] cand = record ? new float[n * k] : null;
        int steps = 0;
        double[] w = new double[k];
        int cur = start;
        for (int pos = 1; pos < n; pos++) {
            int base = cur * k;
            double max = Double.NEGATIVE_INFINITY;
            int best = -1;
            for (int t = 0; t < k; t++) {
                int j = graph.neighbors().get(cur, t);
                if (!visited[j] && scores[base + t] > max) {
                    max = scores[base + t];
                    best = t;
                }
            }
            int next;
            if (best < 0) {
                next = jumps.nearest(cur);
            } else {
                int slot = best;
                if (!greedy) {
                    double sum = 0;
                    for (int t = 0; t < k; t++) {
                        int j = graph.neighbors().get(cur, t);
                        w[t] = visited[j] ? 0 : Math.exp(scores[base + t] - max);
                        sum += w[t];
                    }
                    double u = random.nextDouble() * sum;
                    for (int t = 0; t < k; t++) {
                        if (w[t] > 0) {
                            slot = t;
                            u -= w[t];
                            if (u < 0) {
                                break;
                            }
                        }
                    }
                }
                next = graph.neighbors().get(cur, slot);
                if (record) {
                    node[steps] = cur;
                    chosen[steps] = slot;
                    for (int t = 0; t < k; t++) {
                        cand[steps * k + t] = visited[graph.neighbors().get(cur, t)] ? 0f : 1f;
                    }
                    steps++;
                }
            }
            tour[pos] = next;
            visited[next] = true;
            jumps.remove(next);
            cur = next;
        }
        Trace trace = record ? new Trace(k, Arrays.copyOf(node, steps), Arrays.copyOf(chosen, steps),
                Arrays.copyOf(cand, steps * k)) : null;
        return new Decoded(tour, trace);
    }
}
