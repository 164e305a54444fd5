package org.cobalt.routing.cvrp;

/**
 * Brings a plan within a vehicle limit by dissolving its lightest routes: each customer of the
 * dissolved route goes to its cheapest feasible position in another route. Gives up (restoring
 * nothing) when some customer fits nowhere, leaving the caller to report the limit as unmet.
 */
final class RouteReducer {

    private RouteReducer() {
    }

    /** True when {@code s} has at most {@code maxRoutes} routes afterwards. */
    static boolean reduce(CvrpRoutes s, int maxRoutes, CvrpLocalSearch stamps) {
        int depot = s.depot();
        while (s.routeCount() > maxRoutes) {
            int lightest = 0;
            for (int r = 1; r < s.routeCount(); r++) {
                if (s.load(r) < s.load(lightest)) {
                    lightest = r;
                }
            }
            int[] moved = s.route(lightest);
            CvrpRoutes trial = new CvrpRoutes(s.problem());
            trial.copyFrom(s);
            trial.removeRoute(lightest);
            for (int c : moved) {
                int bestRoute = -1;
                int bestPos = -1;
                double bestCost = Double.POSITIVE_INFINITY;
                for (int r = 0; r < trial.routeCount(); r++) {
                    if (trial.load(r) + trial.demand(c) > trial.capacity()) {
                        continue;
                    }
                    int len = trial.length(r);
                    int prev = depot;
                    for (int p = 0; p <= len; p++) {
                        int next = p == len ? depot : trial.at(r, p);
                        double cost = trial.distance(prev, c) + trial.distance(c, next) - trial.distance(prev, next);
                        if (cost < bestCost) {
                            bestCost = cost;
                            bestRoute = r;
                            bestPos = p;
                        }
                        prev = next;
                    }
                }
                if (bestRoute < 0) {
                    return false;
                }
                int[] old = trial.route(bestRoute);
                int[] nu = new int[old.length + 1];
                System.arraycopy(old, 0, nu, 0, bestPos);
                nu[bestPos] = c;
                System.arraycopy(old, bestPos, nu, bestPos + 1, old.length - bestPos);
                trial.setRoute(bestRoute, nu, nu.length, stamps.nextStamp());
            }
            s.copyFrom(trial);
        }
        return true;
    }
}
