package org.cobalt.routing.cvrp;

import java.util.Arrays;
import org.cobalt.core.routing.CvrpProblem;
import org.cobalt.core.routing.Metric;
import org.cobalt.core.solution.RoutesSolution;

/**
 * A mutable CVRP solution for local search: routes as int arrays (depot excluded), with every
 * node's route, position and prefix load kept current so that neighbours, loads of route heads and
 * tails, and capacity checks are O(1). Rewriting a route costs O(route length). Every route also
 * carries a modification stamp, which lets the local search skip neighbourhoods that did not change.
 * Empty routes are removed at once (the last route takes the freed index).
 */
public final class CvrpRoutes {

    private final CvrpProblem problem;
    private final Metric metric;
    private final int n;
    private final int depot;
    private final int[] demand;
    private final int capacity;
    private int[][] routes;
    private int[] length;
    private int[] load;
    private long[] stamp;
    private int count;
    private final int[] routeOf;
    private final int[] position;
    private final int[] prefix;

    /** An empty plan (no routes) for the problem. */
    public CvrpRoutes(CvrpProblem problem) {
        this.problem = problem;
        this.metric = problem.metric();
        this.n = problem.size();
        this.depot = problem.depot();
        this.demand = problem.demands();
        this.capacity = problem.capacity();
        this.routes = new int[8][];
        this.length = new int[8];
        this.load = new int[8];
        this.stamp = new long[8];
        this.routeOf = new int[n];
        this.position = new int[n];
        this.prefix = new int[n];
        Arrays.fill(routeOf, -1);
    }

    /** A plan holding the given routes (depot excluded); not checked for feasibility. */
    public static CvrpRoutes of(CvrpProblem problem, int[][] routes) {
        CvrpRoutes s = new CvrpRoutes(problem);
        for (int[] r : routes) {
            if (r.length > 0) {
                s.addRoute(r, r.length, 0L);
            }
        }
        return s;
    }

    public CvrpProblem problem() {
        return problem;
    }

    public int depot() {
        return depot;
    }

    public int capacity() {
        return capacity;
    }

    public int demand(int v) {
        return demand[v];
    }

    public double distance(int a, int b) {
        return metric.distance(a, b);
    }

    /** Number of (non-empty) routes. */
    public int routeCount() {
        return count;
    }

    /** Route of a customer, or -1 when it is not routed. */
    public int routeOf(int v) {
        return routeOf[v];
    }

    /** 0-based position of a customer in its route. */
    public int position(int v) {
        return position[v];
    }

    /** Load of the route up to and including {@code v}. */
    public int prefixLoad(int v) {
        return prefix[v];
    }

    public int length(int r) {
        return length[r];
    }

    public int load(int r) {
        return load[r];
    }

    public long stamp(int r) {
        return stamp[r];
    }

    /** The customer at a position of a route. */
    public int at(int r, int pos) {
        return routes[r][pos];
    }

    /** Predecessor of a routed customer (the depot for the first). */
    public int prev(int v) {
        int p = position[v];
        return p == 0 ? depot : routes[routeOf[v]][p - 1];
    }

    /** Successor of a routed customer (the depot for the last). */
    public int next(int v) {
        int r = routeOf[v];
        int p = position[v] + 1;
        return p == length[r] ? depot : routes[r][p];
    }

    /** Replaces route r by {@code nodes[0..len)}; an empty route is removed. */
    public void setRoute(int r, int[] nodes, int len, long newStamp) {
        if (len == 0) {
            removeRoute(r);
            return;
        }
        if (routes[r].length < len) {
            routes[r] = new int[Math.max(len, routes[r].length * 2)];
        }
        System.arraycopy(nodes, 0, routes[r], 0, len);
        length[r] = len;
        stamp[r] = newStamp;
        reindex(r);
    }

    /** Appends a route; returns its index. */
    public int addRoute(int[] nodes, int len, long newStamp) {
        if (len == 0) {
            throw new IllegalArgumentException("empty route");
        }
        if (count == routes.length) {
            int cap = count * 2;
            routes = Arrays.copyOf(routes, cap);
            length = Arrays.copyOf(length, cap);
            load = Arrays.copyOf(load, cap);
            stamp = Arrays.copyOf(stamp, cap);
        }
        int r = count++;
        routes[r] = Arrays.copyOf(nodes, Math.max(len, 4));
        length[r] = len;
        stamp[r] = newStamp;
        reindex(r);
        return r;
    }

    /** Removes route r, unrouting its customers; the last route moves to index r. */
    public void removeRoute(int r) {
        for (int i = 0; i < length[r]; i++) {
            int v = routes[r][i];
            if (routeOf[v] == r) { // a customer moved elsewhere just before keeps its new route
                routeOf[v] = -1;
            }
        }
        int last = --count;
        if (r != last) {
            int[] tmp = routes[r];
            routes[r] = routes[last];
            routes[last] = tmp;
            length[r] = length[last];
            load[r] = load[last];
            stamp[r] = stamp[last];
            for (int i = 0; i < length[r]; i++) {
                routeOf[routes[r][i]] = r;
            }
        }
        length[last] = 0;
        load[last] = 0;
    }

    private void reindex(int r) {
        int[] route = routes[r];
        int acc = 0;
        for (int i = 0; i < length[r]; i++) {
            int v = route[i];
            acc += demand[v];
            routeOf[v] = r;
            position[v] = i;
            prefix[v] = acc;
        }
        load[r] = acc;
    }

    /** Length of route r including both depot legs. */
    public double routeCost(int r) {
        int[] route = routes[r];
        int len = length[r];
        if (len == 0) {
            return 0.0;
        }
        double c = metric.distance(depot, route[0]) + metric.distance(route[len - 1], depot);
        for (int i = 0; i + 1 < len; i++) {
            c += metric.distance(route[i], route[i + 1]);
        }
        return c;
    }

    /** Total length, recomputed. */
    public double cost() {
        double c = 0.0;
        for (int r = 0; r < count; r++) {
            c += routeCost(r);
        }
        return c;
    }

    /** Copy of the customers of route r. */
    public int[] route(int r) {
        return Arrays.copyOf(routes[r], length[r]);
    }

    /** True when every load is within capacity. */
    public boolean withinCapacity() {
        for (int r = 0; r < count; r++) {
            if (load[r] > capacity) {
                return false;
            }
        }
        return true;
    }

    /** Number of customers on routes. */
    public int routedCount() {
        int c = 0;
        for (int r = 0; r < count; r++) {
            c += length[r];
        }
        return c;
    }

    /** Makes this plan an exact copy of {@code other} (same problem). */
    public void copyFrom(CvrpRoutes other) {
        if (other.n != n) {
            throw new IllegalArgumentException("plans of different problems");
        }
        if (routes.length < other.count) {
            int cap = Math.max(other.count, routes.length * 2);
            routes = Arrays.copyOf(routes, cap);
            length = Arrays.copyOf(length, cap);
            load = Arrays.copyOf(load, cap);
            stamp = Arrays.copyOf(stamp, cap);
        }
        for (int r = 0; r < other.count; r++) {
            int len = other.length[r];
            if (routes[r] == null || routes[r].length < len) {
                routes[r] = new int[Math.max(4, other.routes[r].length)];
            }
            System.arraycopy(other.routes[r], 0, routes[r], 0, len);
            length[r] = len;
            load[r] = other.load[r];
            stamp[r] = other.stamp[r];
        }
        for (int r = other.count; r < count; r++) {
            length[r] = 0;
            load[r] = 0;
        }
        count = other.count;
        System.arraycopy(other.routeOf, 0, routeOf, 0, n);
        System.arraycopy(other.position, 0, position, 0, n);
        System.arraycopy(other.prefix, 0, prefix, 0, n);
    }

    /** The plan as an immutable solution (routes in index order). */
    public RoutesSolution toSolution() {
        int[][] out = new int[count][];
        for (int r = 0; r < count; r++) {
            out[r] = route(r);
        }
        return new RoutesSolution(out);
    }
}
