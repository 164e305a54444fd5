package org.cobalt.routing.tsp;

import java.util.Objects;
import java.util.function.BooleanSupplier;
import org.cobalt.core.routing.Metric;
import org.cobalt.routing.NeighborLists;

/**
 * 2-opt and Or-opt over candidate neighbour lists with don't-look bits, first improvement.
 *
 * <p>A queue holds the "active" nodes (all at the start; after a move, the endpoints of every
 * changed edge). For an active node a, each move that adds an edge from a to one of its k
 * candidates is tried, pruned by the usual gain criterion (the added edge must be shorter than the
 * removed one it replaces); a node whose moves all fail leaves the queue. A pass therefore costs
 * O(n k) move evaluations, and a move costs O(min(segment, n - segment)) array work
 * ({@link ArrayTour}).
 *
 * <p>One tour edge may be declared fixed ({@link #fixEdge}); no move removes it. That turns the
 * search into an open-path search with fixed endpoints (see {@link LocalSearchPathImprover}).
 *
 * <p>Needs a symmetric metric (reversing a segment must not change its length). Not thread-safe;
 * one instance per thread.
 */
public final class TourLocalSearch {

    private static final int STOP_CHECK_INTERVAL = 64;

    private final Metric metric;
    private final NeighborLists neighbors;
    private final LocalSearchConfig config;
    private final double eps;
    private final int n;
    private final int k;
    /** d(v, neighbor i of v), cached: the gain tests read it for every candidate. */
    private final double[] nd;
    private final int[] queue;
    private final boolean[] queued;
    private int head;
    private int tail;
    private int queueSize;
    private int fixedA = -1;
    private int fixedB = -1;
    private long twoOptMoves;
    private long orOptMoves;

    /**
     * @param metric    a symmetric metric
     * @param neighbors candidate lists of that metric (at least {@code config.neighbors()} long
     *                  is not required; the shorter of the two is used)
     * @param config    moves to use
     */
    public TourLocalSearch(Metric metric, NeighborLists neighbors, LocalSearchConfig config) {
        this.metric = Objects.requireNonNull(metric, "metric");
        this.neighbors = Objects.requireNonNull(neighbors, "neighbors");
        this.config = Objects.requireNonNull(config, "config");
        if (!metric.isSymmetric()) {
            throw new IllegalArgumentException("2-opt and Or-opt need a symmetric metric");
        }
        if (neighbors.size() != metric.size()) {
            throw new IllegalArgumentException("neighbour lists for " + neighbors.size() + " nodes, metric has " + metric.size());
        }
        this.n = metric.size();
        // integral metrics: any real gain is at least 1, so 0.5 is immune to rounding
        this.eps = metric.isIntegral() ? 0.5 : 1e-9;
        this.queue = new int[n + 1];
        this.queued = new boolean[n];
        this.k = Math.min(config.neighbors(), neighbors.k());
        this.nd = new double[n * k];
        for (int v = 0; v < n; v++) {
            for (int i = 0; i < k; i++) {
                nd[v * k + i] = metric.distance(v, neighbors.get(v, i));
            }
        }
    }

    /** Forbids removing the edge {a, b} (which must be a tour edge whenever a search runs). */
    public void fixEdge(int a, int b) {
        this.fixedA = a;
        this.fixedB = b;
    }

    /** Number of 2-opt moves applied so far. */
    public long twoOptMoves() {
        return twoOptMoves;
    }

    /** Number of Or-opt moves applied so far. */
    public long orOptMoves() {
        return orOptMoves;
    }

    /** Runs to a local optimum (or until {@code stop}) with every node active; returns the total gain. */
    public double optimize(ArrayTour tour, BooleanSupplier stop) {
        for (int i = 0; i < n; i++) {
            push(tour.at(i));
        }
        return run(tour, stop);
    }

    /** Marks a node active for the next {@link #run}. */
    public void push(int v) {
        if (!queued[v]) {
            queued[v] = true;
            queue[tail] = v;
            tail = tail == n ? 0 : tail + 1;
            queueSize++;
        }
    }

    private int pop() {
        int v = queue[head];
        head = head == n ? 0 : head + 1;
        queueSize--;
        queued[v] = false;
        return v;
    }

    /** Clears the active set. */
    public void clearQueue() {
        while (queueSize > 0) {
            pop();
        }
    }

    /** Improves from the active nodes until none is left (or {@code stop}); returns the total gain. */
    public double run(ArrayTour tour, BooleanSupplier stop) {
        if (tour.size() != n) {
            throw new IllegalArgumentException("tour has " + tour.size() + " nodes, metric " + n);
        }
        double gain = 0.0;
        if (n < 4) {
            clearQueue();
            return gain;
        }
        int sinceCheck = 0;
        while (queueSize > 0) {
            if (++sinceCheck >= STOP_CHECK_INTERVAL) {
                sinceCheck = 0;
                if (stop.getAsBoolean()) {
                    break;
                }
            }
            int a = pop();
            double g = 0.0;
            if (config.twoOpt()) {
                g = tryTwoOpt(tour, a);
            }
            if (g <= 0.0 && config.orOptMaxSegment() > 0) {
                g = tryOrOpt(tour, a);
            }
            if (g > 0.0) {
                gain += g;
                push(a);
            }
        }
        return gain;
    }

    private boolean fixed(int a, int b) {
        return (a == fixedA && b == fixedB) || (a == fixedB && b == fixedA);
    }

    private static int step(ArrayTour t, int v, boolean forward) {
        return forward ? t.next(v) : t.prev(v);
    }

    /** Tries 2-opt moves that add an edge (a, c) for a candidate c; applies the first improving one. */
    double tryTwoOpt(ArrayTour t, int a) {
        int base = a * k;
        for (int dir = 0; dir < 2; dir++) {
            boolean fwd = dir == 0;
            int b = step(t, a, fwd);
            if (fixed(a, b)) {
                continue;
            }
            double dab = metric.distance(a, b);
            for (int i = 0; i < k; i++) {
                int c = neighbors.get(a, i);
                double g1 = dab - nd[base + i];
                if (g1 <= eps) {
                    break;
                }
                int d = step(t, c, fwd);
                if (c == b || d == a || fixed(c, d)) {
                    continue;
                }
                double gain = g1 + metric.distance(c, d) - metric.distance(b, d);
                if (gain > eps) {
                    t.twoOptMove(a, b, c, d);
                    twoOptMoves++;
                    push(b);
                    push(c);
                    push(d);
                    return gain;
                }
            }
        }
        return 0.0;
    }

    /**
     * Tries Or-opt moves of the segments of 1..L nodes that start at {@code a} (in both tour
     * directions), inserting them next to a candidate of {@code a}; applies the first improving one.
     */
    double tryOrOpt(ArrayTour t, int a) {
        int base = a * k;
        int maxSeg = config.orOptMaxSegment();
        for (int dir = 0; dir < 2; dir++) {
            boolean fwd = dir == 0;
            int s1 = a;
            int s2 = a;
            int mid = -1;
            for (int len = 1; len <= maxSeg && len + 3 <= n; len++) {
                if (len > 1) {
                    if (len == 3) {
                        mid = s2;
                    }
                    s2 = step(t, s2, fwd);
                }
                if (len == 1 && !fwd) {
                    continue; // a single node is the same segment in both directions
                }
                int p = step(t, s1, !fwd);
                int nx = step(t, s2, fwd);
                if (fixed(p, s1) || fixed(s2, nx)) {
                    continue;
                }
                double removeGain = metric.distance(p, s1) + metric.distance(s2, nx) - metric.distance(p, nx);
                if (removeGain <= eps) {
                    continue;
                }
                for (int i = 0; i < k; i++) {
                    int c = neighbors.get(s1, i);
                    double dcs = nd[base + i];
                    if (removeGain - dcs <= eps) {
                        break;
                    }
                    if (c == s1 || c == s2 || c == mid || c == p) {
                        continue;
                    }
                    // straight: c -> s1..s2 -> e with e after c; reversed: e -> s2..s1 -> c with e before c
                    for (int variant = 0; variant < 2; variant++) {
                        boolean straight = variant == 0;
                        if (!straight && !config.orOptReversed()) {
                            break;
                        }
                        int e = step(t, c, straight == fwd);
                        if (e == s1 || e == s2 || e == mid || e == p || fixed(c, e)) {
                            continue;
                        }
                        double gain = removeGain - dcs - metric.distance(s2, e) + metric.distance(c, e);
                        if (gain > eps) {
                            applyOrOpt(t, p, s1, s2, nx, c, e, straight, len);
                            orOptMoves++;
                            push(p);
                            push(nx);
                            push(s2);
                            push(c);
                            push(e);
                            return gain;
                        }
                    }
                }
            }
        }
        return 0.0;
    }

    /**
     * Moves segment s1..s2 (between p and nx) next to c: straight as c, s1..s2, e (e follows c in
     * the direction p -> s1) or reversed as e, s2..s1, c (e precedes c), by two or three 2-opt
     * moves.
     */
    static void applyOrOpt(ArrayTour t, int p, int s1, int s2, int nx, int c, int e, boolean straight, int len) {
        if (straight) {
            t.twoOptMove(p, s1, c, e);
            if (c != nx) {
                t.twoOptMove(p, c, nx, s2);
            }
            if (len > 1) {
                t.twoOptMove(c, s2, s1, e);
            }
        } else {
            t.twoOptMove(p, s1, e, c);
            if (e != nx) {
                t.twoOptMove(p, e, nx, s2);
            }
        }
    }
}
