package org.cobalt.milp.presolve;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import org.cobalt.core.event.BoundImproved;
import org.cobalt.core.event.NewIncumbent;
import org.cobalt.core.event.Progress;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.problem.Problem;
import org.cobalt.core.solution.MilpSolution;
import org.cobalt.core.solution.Solution;
import org.cobalt.core.solver.AbstractSolver;
import org.cobalt.core.solver.SolveContext;
import org.cobalt.core.solver.SolveOptions;
import org.cobalt.core.solver.SolveResult;
import org.cobalt.core.solver.SolveStatus;
import org.cobalt.core.solver.Solver;
import org.cobalt.core.solver.SolverListener;
import org.cobalt.core.solver.Solvers;
import org.cobalt.core.verify.Verification;
import org.cobalt.core.verify.Verifiers;

/**
 * Runs any MILP solver as "presolve, solve the reduced model, postsolve": id {@code presolve+<inner id>}.
 * The inner solver's incumbent, bound and progress events are forwarded (the reduced model's objective
 * constant makes its values those of the original), and a stop request reaches it. Every postsolved
 * solution is verified against the original model; one that fails is reported as an ERROR, never
 * returned as a solution. When presolve can only say "infeasible or unbounded", the inner solver runs on
 * the original model to tell which.
 *
 * <pre>{@code
 * SolveResult r = PresolvingSolver.of("scip").solve(model, SolveOptions.DEFAULT);
 * }</pre>
 */
public final class PresolvingSolver extends AbstractSolver<MilpModel> {

    private final Solver<MilpModel> inner;
    private final Presolver presolver;
    private final PresolveOptions presolveOptions;

    public PresolvingSolver(Solver<MilpModel> inner, Presolver presolver, PresolveOptions presolveOptions) {
        super("presolve+" + inner.id(), MilpModel.class);
        this.inner = inner;
        this.presolver = Objects.requireNonNull(presolver, "presolver");
        this.presolveOptions = Objects.requireNonNull(presolveOptions, "presolveOptions");
    }

    /** The registered MILP solver with this id behind {@link DefaultPresolver} with default options. */
    public static PresolvingSolver of(String solverId) {
        return new PresolvingSolver(Solvers.get(solverId, MilpModel.class), new DefaultPresolver(), PresolveOptions.DEFAULT);
    }

    @Override
    public String unsupportedReason(Problem problem) {
        String own = super.unsupportedReason(problem);
        return own != null ? own : inner.unsupportedReason(problem);
    }

    @Override
    protected SolveResult doSolve(MilpModel model, SolveContext ctx) {
        PresolveOptions po = presolveOptions;
        if (ctx.options().timeLimit() != null) {
            Duration left = ctx.remaining();
            if (left.isZero()) {
                return ctx.result(SolveStatus.LIMIT_REACHED).message("time limit before presolve").build();
            }
            if (po.timeLimit() == null || po.timeLimit().compareTo(left) > 0) {
                po = po.withTimeLimit(left);
            }
        }
        PresolveResult pr = presolver.presolve(model, po);
        PresolveStats ps = pr.stats();
        String summary = "presolve: " + ps.summary();
        return switch (pr.status()) {
            case INFEASIBLE -> withStats(ctx.result(SolveStatus.INFEASIBLE), ps)
                    .message(summary + "; " + pr.message()).build();
            case OPTIMAL -> fixedByPresolve(model, ctx, pr, summary);
            case INFEASIBLE_OR_UNBOUNDED -> solveOriginal(model, ctx, ps, summary + "; " + pr.message());
            case REDUCED -> solveReduced(model, ctx, pr, summary);
        };
    }

    private SolveResult fixedByPresolve(MilpModel model, SolveContext ctx, PresolveResult pr, String summary) {
        MilpSolution x = pr.solution();
        Verification v = Verifiers.check(model, x);
        if (!v.feasible()) {
            return ctx.result(SolveStatus.ERROR).message(summary + "; presolve solution fails verification: "
                    + v.summary()).build();
        }
        ctx.newIncumbent(v.objective(), "presolve");
        return withStats(ctx.result(SolveStatus.OPTIMAL), pr.stats()).objective(v.objective()).bound(v.objective())
                .solution(x).message(summary).build();
    }

    private SolveResult solveOriginal(MilpModel model, SolveContext ctx, PresolveStats ps, String message) {
        SolveResult r = inner.solve(model, innerOptions(ctx, ctx.options().warmStart()), forward(ctx));
        MilpSolution x = r.solution() instanceof MilpSolution s ? s : null;
        return copy(ctx, r, x, r.objective(), ps, message + "; solved the original: " + r.message());
    }

    private SolveResult solveReduced(MilpModel model, SolveContext ctx, PresolveResult pr, String summary) {
        Postsolve post = pr.postsolve();
        MilpSolution start = null;
        if (ctx.options().warmStart() instanceof MilpSolution s && s.size() == model.numVariables()) {
            start = post.restrict(s);
        }
        SolveResult r = inner.solve(pr.reduced(), innerOptions(ctx, start), forward(ctx));
        if (!r.hasSolution()) {
            return copy(ctx, r, null, Double.NaN, pr.stats(), summary + "; " + r.message());
        }
        MilpSolution x = post.apply((MilpSolution) r.solution());
        Verification v = Verifiers.check(model, x);
        if (!v.feasible()) {
            return withStats(ctx.result(SolveStatus.ERROR), pr.stats()).message(summary
                    + "; postsolved solution fails verification: " + v.summary()).build();
        }
        return copy(ctx, r, x, v.objective(), pr.stats(), summary + (r.message().isEmpty() ? "" : "; " + r.message()));
    }

    private SolveOptions innerOptions(SolveContext ctx, Solution warmStart) {
        SolveOptions o = ctx.options().withWarmStart(warmStart);
        if (o.timeLimit() != null) {
            Duration left = ctx.remaining();
            o = o.withTimeLimit(left.isZero() ? Duration.ofNanos(1) : left);
        }
        return o;
    }

    /** Passes the inner solver's progress on, and the caller's stop requests in. */
    private static SolverListener forward(SolveContext ctx) {
        return (event, control) -> {
            switch (event) {
                case NewIncumbent n -> ctx.newIncumbent(n.objective(), n.source());
                case BoundImproved b -> ctx.boundImproved(b.bound());
                case Progress p -> ctx.progress(p.nodes(), p.openNodes(), p.primal(), p.dual());
                default -> { }
            }
            if (ctx.isStopRequested()) {
                control.requestStop();
            }
        };
    }

    private static SolveResult copy(SolveContext ctx, SolveResult r, MilpSolution solution, double objective,
                                    PresolveStats ps, String message) {
        SolveResult.Builder b = withStats(ctx.result(r.status()), ps).objective(objective).bound(r.bound())
                .nodes(r.stats().nodes()).lpIterations(r.stats().lpIterations()).message(message);
        for (Map.Entry<String, Long> e : r.stats().counters().entrySet()) {
            b.counter(e.getKey(), e.getValue());
        }
        if (solution != null) {
            b.solution(solution);
        }
        return b.build();
    }

    private static SolveResult.Builder withStats(SolveResult.Builder b, PresolveStats ps) {
        return b.counter("presolve.rowsRemoved", ps.rowsBefore() - ps.rowsAfter())
                .counter("presolve.columnsRemoved", ps.columnsBefore() - ps.columnsAfter())
                .counter("presolve.nonZerosRemoved", ps.nonZerosBefore() - ps.nonZerosAfter())
                .counter("presolve.rounds", ps.rounds())
                .counter("presolve.micros", ps.time().toNanos() / 1000);
    }
}
