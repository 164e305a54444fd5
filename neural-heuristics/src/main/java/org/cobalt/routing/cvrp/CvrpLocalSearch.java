package org.cobalt.routing.cvrp;

import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.random.RandomGenerator;
import org.cobalt.routing.NeighborLists;

/**
 * Granular first-improvement local search for the CVRP (in the style of Toth and Vigo's granular
 * neighbourhoods and Vidal's HGS): for every customer u and each of its k nearest customers v, the
 * moves that create the edge (u, v) or put u next to v are evaluated in O(1) each:
 * <ul>
 *   <li>relocate u after or before v (intra- and inter-route);</li>
 *   <li>swap u and v;</li>
 *   <li>2-opt* between two routes, both reconnections (tails exchanged, or heads joined with one
 *       reversed);</li>
 *   <li>intra-route 2-opt;</li>
 *   <li>cross-exchange: the segment of up to 3 customers starting at v moves behind u while the
 *       segment of up to 3 customers behind u (possibly none) takes its place;</li>
 *   <li>relocate u to a new route (when the vehicle limit allows).</li>
 * </ul>
 * Capacity is checked with prefix loads before a move is accepted, so routes never exceed it.
 * Route modification stamps skip customers whose neighbourhood did not change since it was last
 * searched, so a search after a small perturbation only revisits what the perturbation touched.
 * Needs a symmetric metric. Not thread-safe.
 */
public final class CvrpLocalSearch {

    private static final int STOP_CHECK_INTERVAL = 16;

    /** Move families, for counters and tests. */
    public enum Move { RELOCATE, SWAP, TWO_OPT_STAR, TWO_OPT, CROSS_EXCHANGE, NEW_ROUTE }

    private final NeighborLists neighbors;
    private final int maxRoutes;
    private final int crossMaxSegment;
    private final double eps;
    private final long[] moveCounts = new long[Move.values().length];
    private long[] lastTested = new long[0];
    private long clock = 1;
    private int[] bufA = new int[16];
    private int[] bufB = new int[16];

    /**
     * @param neighbors       customer candidate lists (the depot must not appear in them)
     * @param maxRoutes       vehicle limit ({@link Integer#MAX_VALUE} for none)
     * @param crossMaxSegment longest segment of a cross-exchange (0 disables it)
     * @param integral        whether all distances are integral (sets the improvement threshold)
     */
    public CvrpLocalSearch(NeighborLists neighbors, int maxRoutes, int crossMaxSegment, boolean integral) {
        this.neighbors = Objects.requireNonNull(neighbors, "neighbors");
        this.maxRoutes = maxRoutes;
        this.crossMaxSegment = crossMaxSegment;
        this.eps = integral ? 0.5 : 1e-9;
    }

    /** Moves applied so far, by family. */
    public long moves(Move m) {
        return moveCounts[m.ordinal()];
    }

    /** A fresh stamp, later than every stamp handed out so far (for routes changed outside). */
    public long nextStamp() {
        return ++clock;
    }

    /**
     * Improves {@code s} to a local optimum (or until {@code stop}); returns the total gain. Customers
     * are scanned in a random order drawn from {@code random}.
     */
    public double run(CvrpRoutes s, RandomGenerator random, BooleanSupplier stop) {
        int n = s.problem().size();
        if (lastTested.length != n) {
            lastTested = new long[n];
            java.util.Arrays.fill(lastTested, -1);
        }
        int depot = s.depot();
        int[] order = new int[n - 1];
        int t = 0;
        for (int v = 0; v < n; v++) {
            if (v != depot) {
                order[t++] = v;
            }
        }
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int tmp = order[i];
            order[i] = order[j];
            order[j] = tmp;
        }
        double total = 0.0;
        int k = neighbors.k();
        boolean improved = true;
        int sinceCheck = 0;
        outer:
        while (improved) {
            improved = false;
            for (int u : order) {
                if (++sinceCheck >= STOP_CHECK_INTERVAL) {
                    sinceCheck = 0;
                    if (stop.getAsBoolean()) {
                        break outer;
                    }
                }
                long tested = lastTested[u];
                lastTested[u] = clock;
                for (int i = 0; i < k; i++) {
                    int v = neighbors.get(u, i);
                    if (v == depot) {
                        continue;
                    }
                    int ru = s.routeOf(u);
                    int rv = s.routeOf(v);
                    if (s.stamp(ru) < tested && s.stamp(rv) < tested) {
                        continue;
                    }
                    double g = tryPair(s, u, v);
                    if (g > 0) {
                        total += g;
                        improved = true;
                    }
                }
                if (s.stamp(s.routeOf(u)) >= tested) {
                    double g = tryNewRoute(s, u);
                    if (g > 0) {
                        total += g;
                        improved = true;
                    }
                }
            }
        }
        return total;
    }

    /** Tries every move family on the pair (u, v); applies the first improving move. */
    double tryPair(CvrpRoutes s, int u, int v) {
        double g;
        if ((g = relocateAfter(s, u, v, true)) > 0) {
            return g;
        }
        if ((g = relocateBefore(s, u, v, true)) > 0) {
            return g;
        }
        if ((g = swap(s, u, v, true)) > 0) {
            return g;
        }
        if (s.routeOf(u) != s.routeOf(v)) {
            if ((g = twoOptStarTails(s, u, v, true)) > 0) {
                return g;
            }
            if ((g = twoOptStarHeads(s, u, v, true)) > 0) {
                return g;
            }
            for (int l2 = 1; l2 <= crossMaxSegment; l2++) {
                for (int l1 = 0; l1 <= crossMaxSegment; l1++) {
                    if ((g = crossExchange(s, u, v, l1, l2, true)) > 0) {
                        return g;
                    }
                }
            }
        } else if ((g = twoOptIntra(s, u, v, true)) > 0) {
            return g;
        }
        return 0.0;
    }

    private double d(CvrpRoutes s, int a, int b) {
        return s.distance(a, b);
    }

    private double removalGain(CvrpRoutes s, int u) {
        int pu = s.prev(u);
        int nu = s.next(u);
        return d(s, pu, u) + d(s, u, nu) - d(s, pu, nu);
    }

    private void ensure(int len) {
        if (bufA.length < len) {
            bufA = new int[Math.max(len, bufA.length * 2)];
            bufB = new int[Math.max(len, bufB.length * 2)];
        }
    }

    private void count(Move m) {
        moveCounts[m.ordinal()]++;
    }

    /** Moves u right after v. Returns the gain; applies the move when it improves and {@code apply}. */
    double relocateAfter(CvrpRoutes s, int u, int v, boolean apply) {
        int ru = s.routeOf(u);
        int rv = s.routeOf(v);
        if (u == v || s.next(v) == u) {
            return 0.0;
        }
        if (ru != rv && s.load(rv) + s.demand(u) > s.capacity()) {
            return 0.0;
        }
        int nv = s.next(v);
        double gain = removalGain(s, u) + d(s, v, nv) - d(s, v, u) - d(s, u, nv);
        if (gain > eps && apply) {
            relocate(s, u, v, true);
            count(Move.RELOCATE);
        }
        return gain > eps ? gain : 0.0;
    }

    /** Moves u right before v. */
    double relocateBefore(CvrpRoutes s, int u, int v, boolean apply) {
        int ru = s.routeOf(u);
        int rv = s.routeOf(v);
        if (u == v || s.prev(v) == u) {
            return 0.0;
        }
        if (ru != rv && s.load(rv) + s.demand(u) > s.capacity()) {
            return 0.0;
        }
        int pv = s.prev(v);
        double gain = removalGain(s, u) + d(s, pv, v) - d(s, pv, u) - d(s, u, v);
        if (gain > eps && apply) {
            relocate(s, u, v, false);
            count(Move.RELOCATE);
        }
        return gain > eps ? gain : 0.0;
    }

    private void relocate(CvrpRoutes s, int u, int v, boolean after) {
        int ru = s.routeOf(u);
        int rv = s.routeOf(v);
        long st = ++clock;
        if (ru == rv) {
            int len = s.length(ru);
            ensure(len);
            int t = 0;
            for (int i = 0; i < len; i++) {
                int w = s.at(ru, i);
                if (w == u) {
                    continue;
                }
                if (w == v && !after) {
                    bufA[t++] = u;
                }
                bufA[t++] = w;
                if (w == v && after) {
                    bufA[t++] = u;
                }
            }
            s.setRoute(ru, bufA, t, st);
            return;
        }
        int lenV = s.length(rv);
        int lenU = s.length(ru);
        ensure(Math.max(lenV + 1, lenU));
        int t = 0;
        for (int i = 0; i < lenV; i++) {
            int w = s.at(rv, i);
            if (w == v && !after) {
                bufB[t++] = u;
            }
            bufB[t++] = w;
            if (w == v && after) {
                bufB[t++] = u;
            }
        }
        int ta = 0;
        for (int i = 0; i < lenU; i++) {
            int w = s.at(ru, i);
            if (w != u) {
                bufA[ta++] = w;
            }
        }
        s.setRoute(rv, bufB, t, st);
        s.setRoute(ru, bufA, ta, st); // may remove ru (last, so rv's index is no longer needed)
    }

    /** Exchanges u and v (non-adjacent when in the same route). */
    double swap(CvrpRoutes s, int u, int v, boolean apply) {
        int ru = s.routeOf(u);
        int rv = s.routeOf(v);
        int pu = s.prev(u);
        int nu = s.next(u);
        int pv = s.prev(v);
        int nv = s.next(v);
        if (u == v || (ru == rv && (nu == v || pu == v))) {
            return 0.0;
        }
        if (ru != rv) {
            int du = s.demand(u);
            int dv = s.demand(v);
            if (s.load(ru) - du + dv > s.capacity() || s.load(rv) - dv + du > s.capacity()) {
                return 0.0;
            }
        }
        double gain = d(s, pu, u) + d(s, u, nu) + d(s, pv, v) + d(s, v, nv)
                - d(s, pu, v) - d(s, v, nu) - d(s, pv, u) - d(s, u, nv);
        if (gain > eps && apply) {
            long st = ++clock;
            int pu0 = s.position(u);
            int pv0 = s.position(v);
            if (ru == rv) {
                int len = s.length(ru);
                ensure(len);
                for (int i = 0; i < len; i++) {
                    bufA[i] = s.at(ru, i);
                }
                bufA[pu0] = v;
                bufA[pv0] = u;
                s.setRoute(ru, bufA, len, st);
            } else {
                int la = s.length(ru);
                int lb = s.length(rv);
                ensure(Math.max(la, lb));
                for (int i = 0; i < la; i++) {
                    bufA[i] = s.at(ru, i);
                }
                for (int i = 0; i < lb; i++) {
                    bufB[i] = s.at(rv, i);
                }
                bufA[pu0] = v;
                bufB[pv0] = u;
                s.setRoute(ru, bufA, la, st);
                s.setRoute(rv, bufB, lb, st);
            }
            count(Move.SWAP);
        }
        return gain > eps ? gain : 0.0;
    }

    /**
     * 2-opt* creating (u, v): route A is cut after u, route B before v; the new routes are
     * A[..u] + B[v..] and B[..pv] + A[nu..].
     */
    double twoOptStarTails(CvrpRoutes s, int u, int v, boolean apply) {
        int ru = s.routeOf(u);
        int rv = s.routeOf(v);
        if (ru == rv) {
            return 0.0;
        }
        int nu = s.next(u);
        int pv = s.prev(v);
        int headA = s.prefixLoad(u);
        int headB = s.prefixLoad(v) - s.demand(v);
        if (headA + (s.load(rv) - headB) > s.capacity() || headB + (s.load(ru) - headA) > s.capacity()) {
            return 0.0;
        }
        double gain = d(s, u, nu) + d(s, pv, v) - d(s, u, v) - d(s, pv, nu);
        if (gain > eps && apply) {
            int la = s.length(ru);
            int lb = s.length(rv);
            int iu = s.position(u);
            int iv = s.position(v);
            ensure(la + lb);
            int ta = 0;
            for (int i = 0; i <= iu; i++) {
                bufA[ta++] = s.at(ru, i);
            }
            for (int i = iv; i < lb; i++) {
                bufA[ta++] = s.at(rv, i);
            }
            int tb = 0;
            for (int i = 0; i < iv; i++) {
                bufB[tb++] = s.at(rv, i);
            }
            for (int i = iu + 1; i < la; i++) {
                bufB[tb++] = s.at(ru, i);
            }
            commitTwo(s, ru, ta, rv, tb);
            count(Move.TWO_OPT_STAR);
        }
        return gain > eps ? gain : 0.0;
    }

    /**
     * 2-opt* creating (u, v) with a reversal: the new routes are A[..u] + reverse(B[..v]) and
     * reverse(A[nu..]) + B[nv..].
     */
    double twoOptStarHeads(CvrpRoutes s, int u, int v, boolean apply) {
        int ru = s.routeOf(u);
        int rv = s.routeOf(v);
        if (ru == rv) {
            return 0.0;
        }
        int nu = s.next(u);
        int nv = s.next(v);
        int headA = s.prefixLoad(u);
        int headB = s.prefixLoad(v);
        if (headA + headB > s.capacity() || (s.load(ru) - headA) + (s.load(rv) - headB) > s.capacity()) {
            return 0.0;
        }
        double gain = d(s, u, nu) + d(s, v, nv) - d(s, u, v) - d(s, nu, nv);
        if (gain > eps && apply) {
            int la = s.length(ru);
            int lb = s.length(rv);
            int iu = s.position(u);
            int iv = s.position(v);
            ensure(la + lb);
            int ta = 0;
            for (int i = 0; i <= iu; i++) {
                bufA[ta++] = s.at(ru, i);
            }
            for (int i = iv; i >= 0; i--) {
                bufA[ta++] = s.at(rv, i);
            }
            int tb = 0;
            for (int i = la - 1; i > iu; i--) {
                bufB[tb++] = s.at(ru, i);
            }
            for (int i = iv + 1; i < lb; i++) {
                bufB[tb++] = s.at(rv, i);
            }
            commitTwo(s, ru, ta, rv, tb);
            count(Move.TWO_OPT_STAR);
        }
        return gain > eps ? gain : 0.0;
    }

    /** Writes bufA to route ra and bufB to route rb, removing an emptied route last. */
    private void commitTwo(CvrpRoutes s, int ra, int lenA, int rb, int lenB) {
        long st = ++clock;
        if (lenA == 0) {
            s.setRoute(rb, bufB, lenB, st);
            s.removeRoute(ra);
        } else if (lenB == 0) {
            s.setRoute(ra, bufA, lenA, st);
            s.removeRoute(rb);
        } else {
            s.setRoute(ra, bufA, lenA, st);
            s.setRoute(rb, bufB, lenB, st);
        }
    }

    /** Intra-route 2-opt creating (u, v): reverses the part between them. */
    double twoOptIntra(CvrpRoutes s, int u, int v, boolean apply) {
        int r = s.routeOf(u);
        if (r != s.routeOf(v) || u == v) {
            return 0.0;
        }
        int a = u;
        int b = v;
        if (s.position(u) > s.position(v)) {
            a = v;
            b = u;
        }
        // with a before b, reversing next(a)..b yields a -> b ... next(a) -> next(b)
        int na = s.next(a);
        int nb = s.next(b);
        if (na == b) {
            return 0.0;
        }
        double gain = d(s, a, na) + d(s, b, nb) - d(s, a, b) - d(s, na, nb);
        if (gain > eps && apply) {
            int len = s.length(r);
            ensure(len);
            int ia = s.position(a);
            int ib = s.position(b);
            for (int i = 0; i < len; i++) {
                bufA[i] = s.at(r, i);
            }
            for (int i = ia + 1, j = ib; i < j; i++, j--) {
                int tmp = bufA[i];
                bufA[i] = bufA[j];
                bufA[j] = tmp;
            }
            s.setRoute(r, bufA, len, ++clock);
            count(Move.TWO_OPT);
        }
        return gain > eps ? gain : 0.0;
    }

    /**
     * Cross-exchange creating (u, v) between two routes: S2 = the l2 customers from v on (route B)
     * moves behind u, and S1 = the l1 customers behind u (route A; none when l1 = 0) goes where S2
     * was.
     */
    double crossExchange(CvrpRoutes s, int u, int v, int l1, int l2, boolean apply) {
        int ru = s.routeOf(u);
        int rv = s.routeOf(v);
        if (ru == rv) {
            return 0.0;
        }
        int iu = s.position(u);
        int iv = s.position(v);
        int la = s.length(ru);
        int lb = s.length(rv);
        if (iu + l1 >= la || iv + l2 > lb) {
            return 0.0;
        }
        int depot = s.depot();
        int lastS2 = s.at(rv, iv + l2 - 1);
        int b2 = iv + l2 < lb ? s.at(rv, iv + l2) : depot;
        int pv = s.prev(v);
        int firstS1 = l1 > 0 ? s.at(ru, iu + 1) : -1;
        int lastS1 = l1 > 0 ? s.at(ru, iu + l1) : -1;
        int a1 = iu + l1 + 1 < la ? s.at(ru, iu + l1 + 1) : depot;
        int loadS2 = s.prefixLoad(lastS2) - s.prefixLoad(v) + s.demand(v);
        int loadS1 = l1 > 0 ? s.prefixLoad(lastS1) - s.prefixLoad(u) : 0;
        if (s.load(ru) - loadS1 + loadS2 > s.capacity() || s.load(rv) - loadS2 + loadS1 > s.capacity()) {
            return 0.0;
        }
        double gain;
        if (l1 == 0) {
            gain = d(s, u, a1) + d(s, pv, v) + d(s, lastS2, b2)
                    - d(s, u, v) - d(s, lastS2, a1) - d(s, pv, b2);
        } else {
            gain = d(s, u, firstS1) + d(s, lastS1, a1) + d(s, pv, v) + d(s, lastS2, b2)
                    - d(s, u, v) - d(s, lastS2, a1) - d(s, pv, firstS1) - d(s, lastS1, b2);
        }
        if (gain > eps && apply) {
            ensure(la + lb);
            int ta = 0;
            for (int i = 0; i <= iu; i++) {
                bufA[ta++] = s.at(ru, i);
            }
            for (int i = iv; i < iv + l2; i++) {
                bufA[ta++] = s.at(rv, i);
            }
            for (int i = iu + l1 + 1; i < la; i++) {
                bufA[ta++] = s.at(ru, i);
            }
            int tb = 0;
            for (int i = 0; i < iv; i++) {
                bufB[tb++] = s.at(rv, i);
            }
            for (int i = iu + 1; i <= iu + l1; i++) {
                bufB[tb++] = s.at(ru, i);
            }
            for (int i = iv + l2; i < lb; i++) {
                bufB[tb++] = s.at(rv, i);
            }
            commitTwo(s, ru, ta, rv, tb);
            count(Move.CROSS_EXCHANGE);
        }
        return gain > eps ? gain : 0.0;
    }

    /** Moves u alone into a new route, when the vehicle limit allows and its route keeps others. */
    double tryNewRoute(CvrpRoutes s, int u) {
        int ru = s.routeOf(u);
        if (s.routeCount() >= maxRoutes || s.length(ru) < 2) {
            return 0.0;
        }
        int depot = s.depot();
        double gain = removalGain(s, u) - d(s, depot, u) - d(s, u, depot);
        if (gain > eps) {
            long st = ++clock;
            int len = s.length(ru);
            ensure(len);
            int t = 0;
            for (int i = 0; i < len; i++) {
                int w = s.at(ru, i);
                if (w != u) {
                    bufA[t++] = w;
                }
            }
            s.setRoute(ru, bufA, t, st);
            bufB[0] = u;
            s.addRoute(bufB, 1, st);
            count(Move.NEW_ROUTE);
            return gain;
        }
        return 0.0;
    }
}
