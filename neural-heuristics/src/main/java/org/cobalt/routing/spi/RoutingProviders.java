package org.cobalt.routing.spi;

import org.cobalt.core.routing.CvrpProblem;
import org.cobalt.core.routing.TspProblem;
import org.cobalt.routing.cvrp.ClassicalCvrpSolver;
import org.cobalt.routing.ortools.OrToolsCvrpSolver;
import org.cobalt.routing.ortools.OrToolsNatives;
import org.cobalt.routing.ortools.OrToolsTspSolver;
import org.cobalt.routing.tsp.ClassicalTspSolver;

/** The {@link org.cobalt.core.solver.SolverProvider}s of the classical routing solvers, one nested class per id. */
public final class RoutingProviders {

    private RoutingProviders() {
    }

    /** {@code tsp-nn}. */
    public static final class TspNearestNeighbor extends BaseProvider {
        public TspNearestNeighbor() {
            super("tsp-nn", "TSP nearest-neighbour tour (grid-accelerated)", TspProblem.class,
                    () -> new ClassicalTspSolver(ClassicalTspSolver.Mode.NEAREST_NEIGHBOR));
        }
    }

    /** {@code tsp-2opt}. */
    public static final class TspTwoOpt extends BaseProvider {
        public TspTwoOpt() {
            super("tsp-2opt", "TSP construction + 2-opt + Or-opt with neighbour lists and don't-look bits", TspProblem.class,
                    () -> new ClassicalTspSolver(ClassicalTspSolver.Mode.LOCAL_SEARCH));
        }
    }

    /** {@code tsp-ils}. */
    public static final class TspIls extends BaseProvider {
        public TspIls() {
            super("tsp-ils", "TSP iterated local search (2-opt + Or-opt, local double-bridge kicks), time limited",
                    TspProblem.class, () -> new ClassicalTspSolver(ClassicalTspSolver.Mode.ITERATED));
        }
    }

    /** {@code tsp-ortools}. */
    public static final class TspOrTools extends BaseProvider {
        public TspOrTools() {
            super(OrToolsTspSolver.ID, "OR-Tools routing solver (guided local search) as a TSP reference",
                    TspProblem.class, OrToolsTspSolver::new);
        }

        @Override
        public String version() {
            return "OR-Tools " + OrToolsNatives.version();
        }

        @Override
        public String unavailableReason() {
            return OrToolsNatives.unavailableReason();
        }
    }

    /** {@code cvrp-savings}. */
    public static final class CvrpSavings extends BaseProvider {
        public CvrpSavings() {
            super("cvrp-savings", "CVRP Clarke-Wright savings + granular local search (relocate, swap, 2-opt*, cross-exchange)",
                    CvrpProblem.class, () -> new ClassicalCvrpSolver(ClassicalCvrpSolver.Mode.SAVINGS));
        }
    }

    /** {@code cvrp-ils}. */
    public static final class CvrpIls extends BaseProvider {
        public CvrpIls() {
            super("cvrp-ils", "CVRP ruin-and-recreate (SISR strings) + local search, simulated annealing, time limited",
                    CvrpProblem.class, () -> new ClassicalCvrpSolver(ClassicalCvrpSolver.Mode.ITERATED));
        }
    }

    /** {@code cvrp-ortools}. */
    public static final class CvrpOrTools extends BaseProvider {
        public CvrpOrTools() {
            super(OrToolsCvrpSolver.ID, "OR-Tools routing solver (guided local search) as a CVRP reference",
                    CvrpProblem.class, OrToolsCvrpSolver::new);
        }

        @Override
        public String version() {
            return "OR-Tools " + OrToolsNatives.version();
        }

        @Override
        public String unavailableReason() {
            return OrToolsNatives.unavailableReason();
        }
    }
}
