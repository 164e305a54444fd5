package org.cobalt.neural.udc;

import org.cobalt.core.problem.Problem;
import org.cobalt.core.routing.CvrpProblem;
import org.cobalt.core.routing.TspProblem;
import org.cobalt.core.solver.Solver;
import org.cobalt.core.solver.SolverProvider;
import org.cobalt.neural.udc.cvrp.UdcCvrpSolver;

/** The {@link SolverProvider}s of UDC: {@code udc-tsp} and {@code udc-cvrp}. */
public final class UdcProviders {

    private UdcProviders() {
    }

    /** {@code udc-tsp}. */
    public static final class Tsp implements SolverProvider {
        @Override
        public String id() {
            return UdcTspSolver.ID;
        }

        @Override
        public String description() {
            return "UDC divide-and-conquer TSP: learned heat-map divide, sub-path conquer (learned policy or 2-opt) "
                    + "over shifted cut points";
        }

        @Override
        public Class<? extends Problem> problemType() {
            return TspProblem.class;
        }

        @Override
        public Solver<? extends Problem> create() {
            return new UdcTspSolver();
        }
    }

    /** {@code udc-cvrp}. */
    public static final class Cvrp implements SolverProvider {
        @Override
        public String id() {
            return UdcCvrpSolver.ID;
        }

        @Override
        public String description() {
            return "UDC divide-and-conquer CVRP: savings or learned giant tour + split, conquer of angle-ranked "
                    + "route groups (ruin-and-recreate, or path policy + split)";
        }

        @Override
        public Class<? extends Problem> problemType() {
            return CvrpProblem.class;
        }

        @Override
        public Solver<? extends Problem> create() {
            return new UdcCvrpSolver();
        }
    }
}
