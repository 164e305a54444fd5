package org.cobalt.neural.neur2ro;

import java.nio.file.Path;
import java.util.Locale;
import org.cobalt.core.problem.Problem;
import org.cobalt.core.solver.AbstractSolver;
import org.cobalt.core.solver.ParameterKey;
import org.cobalt.core.solver.SolveContext;
import org.cobalt.core.solver.SolveResult;
import org.cobalt.core.solver.SolveStatus;
import org.cobalt.core.solver.SolverListener;
import org.cobalt.instances.robust.CapitalBudgetingProblem;
import org.cobalt.instances.robust.RobustKnapsackProblem;
import org.cobalt.robust.Deadline;
import org.cobalt.robust.milp.MilpSolve;
import org.cobalt.robust.model.Evaluation;
import org.cobalt.robust.model.RobustModels;
import org.cobalt.robust.model.TwoStageModel;
import org.cobalt.robust.solver.CcgExactSolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code neur2ro}: learned column-and-constraint generation ({@link Neur2roCcg}) followed by the
 * exact evaluation of the final decision; the reported objective is that exact worst case, never
 * the network's estimate (which is in the counters and the message).
 *
 * <p>The model comes from {@code neur2ro.model} (a file written by {@link Neur2roTrain}) or, by
 * default, from the model shipped for the problem kind
 * ({@code /org/cobalt/neural/neur2ro/models/<kind>.json}). When no model fits, the solver logs a
 * warning and falls back to {@code ccg-exact} within the same time limit.
 *
 * <p>Parameters: {@code neur2ro.model}, {@code neur2ro.objective} ({@code argmax} | {@code value}),
 * {@code neur2ro.iterations}, {@code neur2ro.tolerance}, {@code neur2ro.masterGap},
 * {@code neur2ro.adversaryGap}, {@code neur2ro.subproblemSeconds}, {@code neur2ro.milp},
 * {@code neur2ro.lp}.
 */
public final class Neur2roSolver extends AbstractSolver<Problem> {

    public static final String ID = "neur2ro";
    private static final Logger LOG = LoggerFactory.getLogger(Neur2roSolver.class);

    public static final ParameterKey<String> MODEL = ParameterKey.ofString(ID + ".model", "");
    public static final ParameterKey<String> OBJECTIVE = ParameterKey.ofString(ID + ".objective", "argmax");
    public static final ParameterKey<Integer> ITERATIONS = ParameterKey.ofInt(ID + ".iterations", Neur2roConfig.defaults().maxIterations());
    public static final ParameterKey<Double> TOLERANCE = ParameterKey.ofDouble(ID + ".tolerance", Neur2roConfig.defaults().tolerance());
    public static final ParameterKey<Double> MASTER_GAP = ParameterKey.ofDouble(ID + ".masterGap", Neur2roConfig.defaults().masterGap());
    public static final ParameterKey<Double> ADVERSARY_GAP = ParameterKey.ofDouble(ID + ".adversaryGap", Neur2roConfig.defaults().adversaryGap());
    public static final ParameterKey<Double> SUBPROBLEM_SECONDS = ParameterKey.ofDouble(ID + ".subproblemSeconds",
            Neur2roConfig.defaults().subproblemSeconds());
    public static final ParameterKey<String> MILP = ParameterKey.ofString(ID + ".milp", "scip");
    public static final ParameterKey<String> LP = ParameterKey.ofString(ID + ".lp", "glop");

    public Neur2roSolver() {
        super(ID, Problem.class);
    }

    @Override
    public String unsupportedReason(Problem problem) {
        return problem instanceof RobustKnapsackProblem || problem instanceof CapitalBudgetingProblem ? null
                : ID + " has features for the robust knapsack and capital budgeting, not " + problem.getClass().getSimpleName();
    }

    /** The resource path of the model shipped for a problem kind. */
    public static String defaultModelResource(String kind) {
        return "/org/cobalt/neural/neur2ro/models/" + kind + ".json";
    }

    @Override
    protected SolveResult doSolve(Problem problem, SolveContext ctx) {
        MilpSolve engines = new MilpSolve(ctx.options().get(MILP), ctx.options().get(LP), ctx.options().threads());
        TwoStageModel model = RobustModels.of(problem, engines);
        Neur2roFeatures features = Neur2roFeatures.of(problem);
        Neur2roModel net;
        String source = ctx.options().get(MODEL);
        try {
            net = source.isEmpty() ? Neur2roModelFile.readResource(defaultModelResource(features.kind()))
                    : Neur2roModelFile.read(Path.of(source));
            net.inputs(features);
        } catch (Neur2roModelException | IllegalArgumentException e) {
            LOG.warn("neur2ro: no usable model ({}); falling back to ccg-exact", e.getMessage());
            SolveResult fallback = new CcgExactSolver().solve(problem, ctx.options().withTimeLimit(ctx.remaining().isZero()
                    ? java.time.Duration.ofMillis(1) : ctx.remaining()), SolverListener.NONE);
            return ctx.result(fallback.status()).objective(fallback.objective()).bound(fallback.bound())
                    .solution(fallback.solution()).counter("fallback", 1)
                    .message("fell back to ccg-exact: " + e.getMessage() + "; " + fallback.message()).build();
        }
        Neur2roConfig config;
        try {
            config = new Neur2roConfig(
                    Neur2roConfig.Objective.valueOf(ctx.options().get(OBJECTIVE).trim().toUpperCase(Locale.ROOT)),
                    ctx.options().get(ITERATIONS), ctx.options().get(TOLERANCE), ctx.options().get(MASTER_GAP),
                    ctx.options().get(ADVERSARY_GAP), ctx.options().get(SUBPROBLEM_SECONDS));
        } catch (IllegalArgumentException e) {
            return ctx.result(SolveStatus.ERROR).message("neur2ro parameters: " + e.getMessage()).build();
        }
        Neur2roResult r = new Neur2roCcg(net, config, engines).solve(model, Deadline.of(ctx));
        if (r.decision() == null) {
            return ctx.result(SolveStatus.LIMIT_REACHED).counter("iterations", r.iterations()).message(r.message()).build();
        }
        double searchSeconds = ctx.elapsedSeconds();
        // The reported number is the exact worst case, so the evaluation runs to completion.
        Evaluation e = model.evaluate(r.decision(), Deadline.none());
        double objective = model.objective(e.cost());
        ctx.newIncumbent(objective, ID);
        return ctx.result(SolveStatus.FEASIBLE)
                .objective(objective)
                .solution(model.toSolution(r.decision()))
                .counter("iterations", r.iterations())
                .counter("scenarios", r.scenarios().size())
                .counter("masterMillis", Math.round(r.masterSeconds() * 1000))
                .counter("adversaryMillis", Math.round(r.adversarySeconds() * 1000))
                .counter("searchMillis", Math.round(searchSeconds * 1000))
                .counter("evaluationMillis", Math.round(e.seconds() * 1000))
                .message(String.format(Locale.ROOT, "%s; network estimate %.6g, exact worst case %.6g%s", r.message(),
                        model.objective(r.predicted()), objective, e.exact() ? "" : " (evaluation not closed)"))
                .build();
    }
}
