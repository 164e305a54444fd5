package org.cobalt.routing.tsp;

import java.util.function.BooleanSupplier;
import org.cobalt.core.routing.Metric;

/**
 * Improves an open path whose first and last nodes stay fixed: the "conquer" step of
 * divide-and-conquer TSP/CVRP methods such as UDC, which cut a tour into sub-paths, re-optimize each
 * with its ends pinned and glue them back. Implementations must be thread-safe so that sub-paths
 * can be improved in parallel.
 */
public interface PathImprover {

    /**
     * A path over the same nodes as {@code path}, starting with {@code path[0]}, ending with
     * {@code path[path.length-1]}, and no longer than {@code path} under {@code metric}.
     *
     * @param path   distinct node indices of {@code metric}, in visiting order
     * @param metric distances between all nodes (the path may use any subset)
     * @param stop   polled now and then; when it turns true the best path so far is returned
     */
    int[] improve(int[] path, Metric metric, BooleanSupplier stop);

    /** {@link #improve(int[], Metric, BooleanSupplier)} without a stop condition. */
    default int[] improve(int[] path, Metric metric) {
        return improve(path, metric, () -> false);
    }
}
