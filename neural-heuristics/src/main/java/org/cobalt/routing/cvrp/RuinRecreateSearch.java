package org.cobalt.routing.cvrp;

import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import java.util.function.DoubleSupplier;
import java.util.random.RandomGenerator;
import org.cobalt.routing.NeighborLists;

/**
 * Iterated ruin-and-recreate for the CVRP after SISR (Christiaens and Vanden Berghe, "Slack
 * Induction by String Removals for Vehicle Routing Problems", Transportation Science 2020): each
 * iteration removes a few strings of consecutive customers from routes near a random seed customer,
 * reinserts the removed customers greedily (best position, in a random / demand / distance order,
 * each position skipped with a small "blink" probability), optionally polishes with
 * {@link CvrpLocalSearch}, and accepts the result by simulated annealing with a temperature that
 * falls geometrically from {@code startTemperature} to {@code endTemperature} times the average
 * edge length of the start solution as the budget is used up. The best solution seen is kept.
 */
public final class RuinRecreateSearch {

    /**
     * @param averageRemoved   average number of customers a ruin removes (SISR's c-bar, 10)
     * @param maxStringLength  longest string removed from one route (SISR's L-max, 10)
     * @param blinkRate        probability of skipping an insertion position (0.01)
     * @param startTemperature start temperature as a multiple of the average edge length
     * @param endTemperature   end temperature as a multiple of the average edge length
     * @param localSearch      when to polish a recreated solution with the local search
     */
    public record Config(double averageRemoved, int maxStringLength, double blinkRate, double startTemperature,
                         double endTemperature, Polish localSearch) {

        public static final Config DEFAULT = new Config(10, 10, 0.01, 0.5, 0.005, Polish.ALWAYS);

        public Config {
            if (!(averageRemoved >= 1) || maxStringLength < 1 || !(blinkRate >= 0 && blinkRate < 1)
                    || !(startTemperature >= 0) || !(endTemperature >= 0)) {
                throw new IllegalArgumentException("invalid ruin-and-recreate settings");
            }
        }
    }

    /** When the local search polishes a recreated solution. */
    public enum Polish {
        /** Never: plain SISR. */
        NEVER,
        /** Only solutions that the annealing criterion accepts (before polishing). */
        ACCEPTED,
        /** Every recreated solution. */
        ALWAYS
    }

    private final NeighborLists neighbors;
    private final CvrpLocalSearch localSearch;
    private final Config config;
    private final int maxRoutes;
    private long iterations;
    private long accepted;
    private long failedRecreates;
    private int[] removed = new int[16];
    private int removedCount;
    private boolean[] isRemoved = new boolean[0];
    private long[] routeMark = new long[0];
    private int[] ruinedRoutes = new int[16];
    private int[] buf = new int[16];

    /**
     * @param neighbors   customer candidate lists (the depot excluded)
     * @param localSearch polisher (also hands out route stamps)
     * @param config      settings
     * @param maxRoutes   vehicle limit ({@link Integer#MAX_VALUE} for none)
     */
    public RuinRecreateSearch(NeighborLists neighbors, CvrpLocalSearch localSearch, Config config, int maxRoutes) {
        this.neighbors = Objects.requireNonNull(neighbors, "neighbors");
        this.localSearch = Objects.requireNonNull(localSearch, "localSearch");
        this.config = Objects.requireNonNull(config, "config");
        this.maxRoutes = maxRoutes;
    }

    public long iterations() {
        return iterations;
    }

    public long accepted() {
        return accepted;
    }

    /**
     * Runs until {@code stop}; returns the best plan found (a new object; {@code start} is left as
     * the last accepted plan).
     *
     * @param progress  fraction of the budget used so far, in [0, 1] (drives the temperature)
     * @param onNewBest called with the cost of every new best plan
     */
    public CvrpRoutes run(CvrpRoutes start, RandomGenerator random, BooleanSupplier stop, DoubleSupplier progress,
                          DoubleConsumer onNewBest) {
        int n = start.problem().size();
        if (isRemoved.length != n) {
            isRemoved = new boolean[n];
        }
        CvrpRoutes current = start;
        CvrpRoutes candidate = new CvrpRoutes(start.problem());
        CvrpRoutes best = new CvrpRoutes(start.problem());
        best.copyFrom(current);
        double currentCost = current.cost();
        double bestCost = currentCost;
        int customers = current.routedCount();
        if (customers < 2) {
            return best;
        }
        double avgEdge = currentCost / (customers + current.routeCount());
        double t0 = config.startTemperature() * avgEdge;
        double tf = config.endTemperature() * avgEdge;
        while (!stop.getAsBoolean()) {
            iterations++;
            candidate.copyFrom(current);
            ruin(candidate, random);
            if (!recreate(candidate, random)) {
                failedRecreates++;
                continue;
            }
            if (config.localSearch() == Polish.ALWAYS) {
                localSearch.run(candidate, random, stop);
            }
            double cost = candidate.cost();
            double frac = Math.min(1.0, Math.max(0.0, progress.getAsDouble()));
            double temperature = t0 > 0 && tf > 0 ? t0 * Math.pow(tf / t0, frac) : 0.0;
            double u = random.nextDouble();
            double threshold = temperature > 0 && u > 0 ? -temperature * Math.log(u) : 0.0;
            if (cost < currentCost + threshold || cost <= currentCost) {
                if (config.localSearch() == Polish.ACCEPTED) {
                    cost -= localSearch.run(candidate, random, stop);
                }
                CvrpRoutes swap = current;
                current = candidate;
                candidate = swap;
                currentCost = cost;
                accepted++;
                if (cost < bestCost - 1e-9) {
                    bestCost = cost;
                    best.copyFrom(current);
                    onNewBest.accept(bestCost);
                }
            }
        }
        if (current != start) {
            start.copyFrom(current);
        }
        return best;
    }

    /** Removes strings of customers near a random seed (SISR's string removal). */
    void ruin(CvrpRoutes s, RandomGenerator random) {
        int n = s.problem().size();
        if (routeMark.length < s.routeCount()) {
            routeMark = new long[Math.max(s.routeCount(), routeMark.length * 2)];
        }
        java.util.Arrays.fill(routeMark, 0, s.routeCount(), 0);
        removedCount = 0;
        int routes = s.routeCount();
        int routed = s.routedCount();
        double avgCard = (double) routed / routes;
        double lsMax = Math.min(config.maxStringLength(), avgCard);
        double ksMax = 4.0 * config.averageRemoved() / (1.0 + lsMax) - 1.0;
        int ks = (int) Math.floor(1.0 + random.nextDouble() * ksMax);
        ks = Math.max(1, Math.min(ks, routes));
        int seed;
        do {
            seed = random.nextInt(n);
        } while (seed == s.depot() || s.routeOf(seed) < 0);
        int ruined = 0;
        int k = neighbors.k();
        for (int idx = -1; idx < k && ruined < ks; idx++) {
            int w = idx < 0 ? seed : neighbors.get(seed, idx);
            if (w == s.depot() || isRemoved[w]) {
                continue;
            }
            int r = s.routeOf(w);
            if (routeMark[r] != 0) {
                continue;
            }
            routeMark[r] = 1;
            if (ruined == ruinedRoutes.length) {
                ruinedRoutes = java.util.Arrays.copyOf(ruinedRoutes, ruined * 2);
            }
            ruinedRoutes[ruined++] = r;
            int len = s.length(r);
            int lMax = (int) Math.min(len, lsMax);
            int l = 1 + (int) Math.floor(random.nextDouble() * Math.max(1, lMax));
            l = Math.min(l, len);
            int pw = s.position(w);
            int lo = Math.max(0, pw - l + 1);
            int hi = Math.min(pw, len - l);
            int from = lo + random.nextInt(hi - lo + 1);
            for (int i = from; i < from + l; i++) {
                addRemoved(s.at(r, i));
            }
        }
        // rewrite ruined routes, highest index first so that removing an emptied route (which
        // moves the last route into its slot) never disturbs one still to be rewritten
        java.util.Arrays.sort(ruinedRoutes, 0, ruined);
        long st = localSearch.nextStamp();
        for (int i = ruined - 1; i >= 0; i--) {
            int r = ruinedRoutes[i];
            int len = s.length(r);
            ensure(len);
            int t = 0;
            for (int p = 0; p < len; p++) {
                int v = s.at(r, p);
                if (!isRemoved[v]) {
                    buf[t++] = v;
                }
            }
            s.setRoute(r, buf, t, st);
        }
        // removed customers keep a stale route index in s until reinserted; recreate relies on isRemoved
    }

    private void addRemoved(int v) {
        if (removedCount == removed.length) {
            removed = java.util.Arrays.copyOf(removed, removedCount * 2);
        }
        removed[removedCount++] = v;
        isRemoved[v] = true;
    }

    private void ensure(int len) {
        if (buf.length < len) {
            buf = new int[Math.max(len, buf.length * 2)];
        }
    }

    /** Reinserts the removed customers; false when one fits nowhere (vehicle limit reached). */
    boolean recreate(CvrpRoutes s, RandomGenerator random) {
        sortRemoved(s, random);
        int depot = s.depot();
        boolean ok = true;
        for (int idx = 0; idx < removedCount; idx++) {
            int c = removed[idx];
            isRemoved[c] = false;
            if (!ok) {
                continue;
            }
            int dc = s.demand(c);
            int bestRoute = -1;
            int bestPos = -1;
            double bestCost = Double.POSITIVE_INFINITY;
            for (int r = 0; r < s.routeCount(); r++) {
                if (s.load(r) + dc > s.capacity()) {
                    continue;
                }
                int len = s.length(r);
                int prev = depot;
                for (int p = 0; p <= len; p++) {
                    int next = p == len ? depot : s.at(r, p);
                    if (config.blinkRate() == 0 || random.nextDouble() >= config.blinkRate()) {
                        double cost = s.distance(prev, c) + s.distance(c, next) - s.distance(prev, next);
                        if (cost < bestCost) {
                            bestCost = cost;
                            bestRoute = r;
                            bestPos = p;
                        }
                    }
                    prev = next;
                }
            }
            long st = localSearch.nextStamp();
            if (s.routeCount() < maxRoutes) {
                double cost = s.distance(depot, c) + s.distance(c, depot);
                if (cost < bestCost) {
                    buf[0] = c;
                    s.addRoute(buf, 1, st);
                    continue;
                }
            }
            if (bestRoute < 0) {
                ok = false;
                continue;
            }
            int len = s.length(bestRoute);
            ensure(len + 1);
            int t = 0;
            for (int p = 0; p < len; p++) {
                if (p == bestPos) {
                    buf[t++] = c;
                }
                buf[t++] = s.at(bestRoute, p);
            }
            if (bestPos == len) {
                buf[t++] = c;
            }
            s.setRoute(bestRoute, buf, t, st);
        }
        return ok;
    }

    /** SISR's insertion orders: random 4, demand (desc) 4, far from depot 2, close to depot 1 (weights). */
    private void sortRemoved(CvrpRoutes s, RandomGenerator random) {
        int m = removedCount;
        for (int i = m - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = removed[i];
            removed[i] = removed[j];
            removed[j] = t;
        }
        int pick = random.nextInt(11);
        if (pick < 4) {
            return;
        }
        double[] key = new double[m];
        int depot = s.depot();
        for (int i = 0; i < m; i++) {
            int c = removed[i];
            key[i] = pick < 8 ? -s.demand(c) : pick < 10 ? -s.distance(depot, c) : s.distance(depot, c);
        }
        int[] order = org.cobalt.routing.IndexSort.ascending(key);
        int[] copy = java.util.Arrays.copyOf(removed, m);
        for (int i = 0; i < m; i++) {
            removed[i] = copy[order[i]];
        }
    }
}
