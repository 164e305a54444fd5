package org.cobalt.robust.solver;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.milp.ObjectiveSense;
import org.cobalt.core.problem.Problem;
import org.cobalt.core.solver.AbstractSolver;
import org.cobalt.core.solver.ParameterKey;
import org.cobalt.core.solver.SolveContext;
import org.cobalt.core.solver.SolveResult;
import org.cobalt.core.solver.SolveStatus;
import org.cobalt.robust.Deadline;
import org.cobalt.robust.milp.LinearExpr;
import org.cobalt.robust.milp.MilpSolve;
import org.cobalt.robust.model.Evaluation;
import org.cobalt.robust.model.RobustModels;
import org.cobalt.robust.model.ScenarioCopy;
import org.cobalt.robust.model.TwoStageModel;

/**
 * {@code scenario-robust}: the classical sampled-scenario baseline. It draws the nominal scenario
 * and {@code scenario-robust.scenarios - 1} random vertices of the uncertainty set (seeded), solves
 * one MILP that protects against all of them with a recourse copy each (the CCG master over a
 * fixed scenario set), and evaluates the decision exactly. The objective is that exact worst case.
 */
public final class ScenarioRobustSolver extends AbstractSolver<Problem> {

    public static final String ID = "scenario-robust";
    public static final ParameterKey<Integer> SCENARIOS = ParameterKey.ofInt(ID + ".scenarios", 20);

    public ScenarioRobustSolver() {
        super(ID, Problem.class);
    }

    @Override
    public String unsupportedReason(Problem problem) {
        return RobustSolverSupport.unsupported(ID, problem);
    }

    @Override
    protected SolveResult doSolve(Problem problem, SolveContext ctx) {
        MilpSolve engines = RobustSolverSupport.engines(ID, ctx);
        TwoStageModel model = RobustModels.of(problem, engines);
        RandomGenerator rng = ctx.random();
        int count = Math.max(1, ctx.options().get(SCENARIOS));
        List<double[]> scenarios = new ArrayList<>();
        scenarios.add(model.nominalScenario());
        for (int k = 1; k < count; k++) {
            scenarios.add(model.uncertainty().randomVertex(rng));
        }
        MilpModel.Builder b = MilpModel.builder("scenario-robust").sense(ObjectiveSense.MINIMIZE);
        int[] x = model.addFirstStage(b);
        int theta = b.addContinuous("theta", Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 1);
        double lo = Double.NEGATIVE_INFINITY;
        for (int s = 0; s < scenarios.size(); s++) {
            ScenarioCopy c = model.addScenarioCopy(b, x, scenarios.get(s), "s" + s);
            lo = Math.max(lo, c.cost().lowerBound(b));
            new LinearExpr().add(theta, 1).add(c.cost(), -1).addGe(b, "theta_" + s, 0);
        }
        b.setBounds(theta, lo, Double.POSITIVE_INFINITY);
        Deadline deadline = Deadline.of(ctx);
        MilpSolve.Outcome o = engines.solve(b.build(), deadline.remainingSeconds(), ctx.options().relativeGap());
        if (!o.hasSolution()) {
            return ctx.result(SolveStatus.LIMIT_REACHED).message("scenario MILP: " + o.status() + " " + o.message()).build();
        }
        boolean[] decision = new boolean[x.length];
        for (int i = 0; i < x.length; i++) {
            decision[i] = o.values()[x[i]] > 0.5;
        }
        Evaluation e = model.evaluate(decision, Deadline.none());
        ctx.newIncumbent(model.objective(e.cost()), ID);
        return ctx.result(SolveStatus.FEASIBLE)
                .objective(model.objective(e.cost()))
                .solution(model.toSolution(decision))
                .counter("scenarios", scenarios.size())
                .counter("evaluationMillis", Math.round(e.seconds() * 1000))
                .message("decision of a " + scenarios.size() + "-scenario MILP (" + o.status() + "), exactly evaluated"
                        + (e.exact() ? "" : " (evaluation not closed: objective is an attained worst case)"))
                .build();
    }
}
