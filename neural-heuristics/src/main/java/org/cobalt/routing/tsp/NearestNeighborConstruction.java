package org.cobalt.routing.tsp;

import java.util.random.RandomGenerator;
import org.cobalt.core.routing.Metric;
import org.cobalt.routing.NearestUnvisited;
import org.cobalt.routing.NeighborLists;

/**
 * Nearest-neighbour tour from a random start. The candidate lists answer most steps in O(k); when
 * every candidate is already visited a {@link NearestUnvisited} structure answers (a grid for
 * planar metrics, a scan otherwise), so the whole tour costs about O(n k) on planar instances and
 * O(n^2) on explicit ones. Works for asymmetric metrics (it follows outgoing distances).
 */
public final class NearestNeighborConstruction implements TourConstruction {

    @Override
    public String id() {
        return Construction.NEAREST_NEIGHBOR.id();
    }

    @Override
    public int[] build(Metric metric, NeighborLists neighbors, RandomGenerator random) {
        int n = metric.size();
        int[] order = new int[n];
        if (n == 0) {
            return order;
        }
        // explicit asymmetric metrics: candidate lists are by outgoing distance, which is what we need
        NearestUnvisited rest = NearestUnvisited.over(metric);
        boolean[] visited = new boolean[n];
        int cur = random.nextInt(n);
        order[0] = cur;
        visited[cur] = true;
        rest.remove(cur);
        int k = neighbors == null ? 0 : neighbors.k();
        for (int i = 1; i < n; i++) {
            int next = -1;
            for (int j = 0; j < k; j++) {
                int c = neighbors.get(cur, j);
                if (!visited[c]) {
                    next = c;
                    break;
                }
            }
            if (next < 0) {
                next = rest.nearest(cur);
            }
            order[i] = next;
            visited[next] = true;
            rest.remove(next);
            cur = next;
        }
        return order;
    }
}
