package org.cobalt.scheduling.heuristics;

import java.util.Objects;
import java.util.function.Function;
import org.cobalt.core.scheduling.SingleMachineProblem;
import org.cobalt.core.solution.SequenceSolution;
import org.cobalt.core.solver.AbstractSolver;
import org.cobalt.core.solver.ParameterKey;
import org.cobalt.core.solver.SolveContext;
import org.cobalt.core.solver.SolveOptions;
import org.cobalt.core.solver.SolveResult;
import org.cobalt.core.solver.SolveStatus;
import org.cobalt.scheduling.exact.LowerBounds;
import org.cobalt.scheduling.local.LocalSearch;
import org.cobalt.scheduling.local.LocalSearches;
import org.cobalt.scheduling.local.SequenceEvaluator;
import org.cobalt.scheduling.rules.SequencingRule;

/**
 * Runs one {@link SequencingRule}, optionally followed by a local search (the "augmented" {@code
 * <rule>+ls} solvers; parameter {@code smtt.ls}, default {@code descent}). The result is FEASIBLE,
 * or OPTIMAL when the tardiness meets the matching lower bound (reported as the bound).
 */
public final class RuleSolver extends AbstractSolver<SingleMachineProblem> {

    /** Local search of the augmented solvers (see {@link LocalSearches#parse}). */
    public static final ParameterKey<String> LOCAL_SEARCH = ParameterKey.ofString("smtt.ls", LocalSearches.DEFAULT);

    private final Function<SolveOptions, SequencingRule> rule;
    private final boolean augmented;

    /**
     * @param id        solver id
     * @param rule      the rule for given options (lets a rule read its own parameters)
     * @param augmented whether to run the local search after the rule
     */
    public RuleSolver(String id, Function<SolveOptions, SequencingRule> rule, boolean augmented) {
        super(id, SingleMachineProblem.class);
        this.rule = Objects.requireNonNull(rule, "rule");
        this.augmented = augmented;
    }

    /** A solver running a fixed rule. */
    public static RuleSolver of(SequencingRule rule, boolean augmented) {
        return new RuleSolver(augmented ? rule.id() + "+ls" : rule.id(), o -> rule, augmented);
    }

    @Override
    protected SolveResult doSolve(SingleMachineProblem problem, SolveContext ctx) {
        SequencingRule r = rule.apply(ctx.options());
        LocalSearch ls = augmented ? LocalSearches.parse(ctx.options().get(LOCAL_SEARCH)) : null;
        int[] seq = r.sequence(problem);
        SequenceEvaluator eval = new SequenceEvaluator(problem, seq);
        long moves = 0;
        if (ls != null) {
            ctx.newIncumbent(eval.cost(), r.id());
            moves = ls.improve(eval, ctx::shouldStop);
        }
        long cost = eval.cost();
        ctx.newIncumbent(cost, ls == null ? r.id() : ls.name());
        long lb = LowerBounds.matching(problem);
        SolveStatus status = cost <= lb ? SolveStatus.OPTIMAL : SolveStatus.FEASIBLE;
        SolveResult.Builder b = ctx.result(status).objective(cost).bound(lb).solution(new SequenceSolution(eval.sequence()));
        if (ls != null) {
            b.counter("moves", moves).message("local search " + ls.name());
        }
        return b.build();
    }
}
