package org.cobalt.neural.udc;

import java.util.List;
import java.util.function.BooleanSupplier;
import org.cobalt.core.routing.Metric;

/**
 * UDC's conquer step as a strategy: proposes a re-ordering for each of many open paths (the blocks of
 * {@link TourWindows}) at once, so that a learned policy can batch them. A proposal keeps its path's
 * first and last node and visits the same nodes; the caller keeps it only when it is shorter under the
 * instance's metric ("accepted only if better"), so a proposal may be worse than its input.
 */
public interface PathConqueror {

    /** Short name for logs and results, e.g. {@code neural} or {@code classical}. */
    String id();

    /**
     * One proposal per path, in order.
     *
     * @param paths  node indices of the instance, each path at least {@link TourWindows#MIN_BLOCK} long
     * @param metric the instance's distances
     * @param points the instance's coordinates (what a network reads)
     * @param stop   polled now and then; when true, return what is ready (unchanged paths count as
     *               proposals)
     */
    List<int[]> propose(List<int[]> paths, Metric metric, PlanarPoints points, BooleanSupplier stop);
}
