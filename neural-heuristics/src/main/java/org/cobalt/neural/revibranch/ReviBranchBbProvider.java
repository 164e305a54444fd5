package org.cobalt.neural.revibranch;

import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.problem.Problem;
import org.cobalt.core.solver.Solver;
import org.cobalt.core.solver.SolverProvider;

/**
 * Registers the ReviBranch solvers: {@link #revibranch()}, {@link #dqn()}, {@link #noRedistribution()}
 * (listed one by one in {@code META-INF/services}, since a provider names one id).
 */
public class ReviBranchBbProvider implements SolverProvider {

    private final String id;
    private final String description;

    /** The ReviBranch solver (the no-argument constructor ServiceLoader uses). */
    public ReviBranchBbProvider() {
        this(ReviBranchBbSolver.REVIBRANCH, "cobalt-bb with the ReviBranch DQN brancher (revived trajectories; "
                + "reliability pseudocost branching without a usable model)");
    }

    ReviBranchBbProvider(String id, String description) {
        this.id = id;
        this.description = description;
    }

    /** The ReviBranch solver's provider. */
    public static ReviBranchBbProvider revibranch() {
        return new ReviBranchBbProvider();
    }

    /** The plain-DQN ablation's provider. */
    public static ReviBranchBbProvider dqn() {
        return new Dqn();
    }

    /** The no-redistribution ablation's provider. */
    public static ReviBranchBbProvider noRedistribution() {
        return new NoRedistribution();
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public Class<? extends Problem> problemType() {
        return MilpModel.class;
    }

    @Override
    public Solver<? extends Problem> create() {
        return new ReviBranchBbSolver(id);
    }

    /** Provider of {@value ReviBranchBbSolver#DQN}. */
    public static final class Dqn extends ReviBranchBbProvider {
        /** ServiceLoader constructor. */
        public Dqn() {
            super(ReviBranchBbSolver.DQN, "cobalt-bb with a plain DQN brancher (no revival; the ReviBranch ablation)");
        }
    }

    /** Provider of {@value ReviBranchBbSolver#NO_REDISTRIBUTION}. */
    public static final class NoRedistribution extends ReviBranchBbProvider {
        /** ServiceLoader constructor. */
        public NoRedistribution() {
            super(ReviBranchBbSolver.NO_REDISTRIBUTION, "cobalt-bb with ReviBranch trained without reward redistribution");
        }
    }
}
