package org.cobalt.neural.udc.cvrp;

import java.util.List;
import java.util.function.BooleanSupplier;
import org.cobalt.core.routing.CvrpProblem;
import org.cobalt.neural.udc.PlanarPoints;

/**
 * The CVRP conquer step as a strategy: for each group of routes (a sub-CVRP of the depot and the
 * group's customers) propose new routes over exactly those customers. The caller accepts a proposal
 * only when it is capacity-feasible, serves the same customers and is strictly cheaper.
 */
public interface GroupConqueror {

    /** Short name for logs and results. */
    String id();

    /**
     * One proposal (a list of routes, depot excluded) per group.
     *
     * @param groups each group's routes
     */
    List<int[][]> propose(List<int[][]> groups, CvrpProblem problem, PlanarPoints points, BooleanSupplier stop);
}
