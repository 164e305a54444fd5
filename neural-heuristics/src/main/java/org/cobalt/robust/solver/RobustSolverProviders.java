package org.cobalt.robust.solver;

import org.cobalt.core.problem.Problem;
import org.cobalt.core.solver.Solver;
import org.cobalt.core.solver.SolverProvider;
import org.cobalt.neural.neur2ro.Neur2roSolver;

/** Service-provider entries of the two-stage robust solvers. */
public final class RobustSolverProviders {

    private RobustSolverProviders() {
    }

    /** {@code ccg-exact}. */
    public static final class CcgExact implements SolverProvider {
        @Override
        public String id() {
            return CcgExactSolver.ID;
        }

        @Override
        public String description() {
            return "two-stage robust: exact column-and-constraint generation with the true second-stage MILP";
        }

        @Override
        public Class<? extends Problem> problemType() {
            return Problem.class;
        }

        @Override
        public Solver<? extends Problem> create() {
            return new CcgExactSolver();
        }
    }

    /** {@code scenario-robust}. */
    public static final class ScenarioRobust implements SolverProvider {
        @Override
        public String id() {
            return ScenarioRobustSolver.ID;
        }

        @Override
        public String description() {
            return "two-stage robust: sampled-scenario MILP baseline, decision evaluated exactly";
        }

        @Override
        public Class<? extends Problem> problemType() {
            return Problem.class;
        }

        @Override
        public Solver<? extends Problem> create() {
            return new ScenarioRobustSolver();
        }
    }

    /** {@code neur2ro}. */
    public static final class Neur2ro implements SolverProvider {
        @Override
        public String id() {
            return Neur2roSolver.ID;
        }

        @Override
        public String description() {
            return "two-stage robust: Neur2RO, CCG with a set-encoder value network embedded in the MILPs, decision evaluated exactly";
        }

        @Override
        public String version() {
            return "cobalt (Dumouchelle et al., ICLR 2024)";
        }

        @Override
        public Class<? extends Problem> problemType() {
            return Problem.class;
        }

        @Override
        public Solver<? extends Problem> create() {
            return new Neur2roSolver();
        }
    }
}
