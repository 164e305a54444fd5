package org.cobalt.routing;

import org.cobalt.core.routing.CoordinateMetric;
import org.cobalt.core.routing.Metric;

/**
 * Nearest-unvisited queries over a shrinking node set, the inner step of nearest-neighbour tours
 * and of fragment joining. Planar coordinate metrics use a bucket grid (near O(1) per query on
 * spread-out points); other metrics scan the remaining nodes (O(remaining) per query).
 */
public interface NearestUnvisited {

    /** Marks a node visited; later queries skip it. Removing a removed node does nothing. */
    void remove(int node);

    /** True while {@code node} is a member not yet removed. */
    boolean contains(int node);

    /** The unvisited member nearest to {@code from} ({@code from} excluded), or -1 when none is left. */
    int nearest(int from);

    /** Members not yet removed. */
    int remaining();

    /** A structure over {@code nodes} of {@code metric}, all initially unvisited. */
    static NearestUnvisited over(Metric metric, int[] nodes) {
        PlanarNorm norm = PlanarNorm.of(metric);
        if (norm != null) {
            CoordinateMetric cm = (CoordinateMetric) metric;
            SpatialGrid grid = new SpatialGrid(cm.xs(), cm.ys(), norm, nodes);
            return new NearestUnvisited() {
                @Override
                public void remove(int node) {
                    grid.remove(node);
                }

                @Override
                public boolean contains(int node) {
                    return grid.isAlive(node);
                }

                @Override
                public int nearest(int from) {
                    return grid.nearestAlive(from);
                }

                @Override
                public int remaining() {
                    return grid.aliveCount();
                }
            };
        }
        return new ScanNearestUnvisited(metric, nodes);
    }

    /** A structure over all nodes of {@code metric}. */
    static NearestUnvisited over(Metric metric) {
        int[] all = new int[metric.size()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        return over(metric, all);
    }
}
