package org.cobalt.robust.milp;

import java.time.Duration;
import java.util.Objects;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.solution.MilpSolution;
import org.cobalt.core.solver.SolveOptions;
import org.cobalt.core.solver.SolveResult;
import org.cobalt.core.solver.SolveStatus;
import org.cobalt.core.solver.Solver;
import org.cobalt.core.solver.Solvers;

/**
 * Solves the MILPs and LPs the robust algorithms build, through cobalt's reference backends found
 * by id ({@code scip}, {@code cbc}, {@code glop}, {@code ojalgo}). One instance per algorithm run;
 * not thread-safe.
 *
 * @param milpSolver id of the engine for models with integer variables
 * @param lpSolver   id of the engine for pure LPs
 * @param threads    threads per engine run
 */
public record MilpSolve(String milpSolver, String lpSolver, int threads) {

    /** SCIP for MILPs, GLOP for LPs, one thread. */
    public static final MilpSolve DEFAULT = new MilpSolve("scip", "glop", 1);

    public MilpSolve {
        Objects.requireNonNull(milpSolver, "milpSolver");
        Objects.requireNonNull(lpSolver, "lpSolver");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1");
        }
    }

    /**
     * The outcome of one solve.
     *
     * @param status    engine status
     * @param objective objective of {@code values} in the model's sense, NaN without a solution
     * @param bound     dual bound, NaN when unknown
     * @param values    variable values, null without a solution
     * @param seconds   wall time
     * @param message   the engine's message
     */
    public record Outcome(SolveStatus status, double objective, double bound, double[] values, double seconds,
                          String message) {

        public boolean hasSolution() {
            return values != null;
        }

        public boolean optimal() {
            return status == SolveStatus.OPTIMAL;
        }
    }

    /**
     * Solves {@code model} within {@code seconds} (at least 50 ms) to the relative gap {@code gap}.
     * Never returns an unverified solution: the backends check every solution independently.
     */
    public Outcome solve(MilpModel model, double seconds, double gap) {
        return solve(model, seconds, gap, null);
    }

    /** Like {@link #solve(MilpModel, double, double)} with a warm start (engines that cannot use one ignore it). */
    public Outcome solve(MilpModel model, double seconds, double gap, double[] warmStart) {
        String id = model.isLp() ? lpSolver : milpSolver;
        Solver<MilpModel> solver = Solvers.get(id, MilpModel.class);
        SolveOptions.Builder o = SolveOptions.builder().relativeGap(gap).threads(threads).seed(0);
        if (Double.isFinite(seconds)) {
            o.timeLimit(Duration.ofNanos((long) (Math.max(0.05, seconds) * 1e9)));
        }
        SolveOptions options = o.build();
        if (warmStart != null) {
            options = options.withWarmStart(new MilpSolution(warmStart));
        }
        SolveResult r = solver.solve(model, options);
        double[] values = r.solution() instanceof MilpSolution s ? s.values() : null;
        return new Outcome(r.status(), r.objective(), r.bound(), values, r.stats().seconds(), r.message());
    }

    /** Like {@link #solve} but fails with {@link RobustSolveException} when no solution comes back. */
    public Outcome require(MilpModel model, double seconds, double gap, String what) {
        Outcome o = solve(model, seconds, gap);
        if (!o.hasSolution()) {
            throw new RobustSolveException(what + ": " + (model.isLp() ? lpSolver : milpSolver) + " returned "
                    + o.status() + (o.message().isEmpty() ? "" : " (" + o.message() + ")"));
        }
        return o;
    }
}
