package org.cobalt.scheduling.heuristics;

import java.util.random.RandomGenerator;
import org.cobalt.core.scheduling.SingleMachineProblem;
import org.cobalt.core.solution.SequenceSolution;
import org.cobalt.core.solver.AbstractSolver;
import org.cobalt.core.solver.ParameterKey;
import org.cobalt.core.solver.SolveContext;
import org.cobalt.core.solver.SolveResult;
import org.cobalt.core.solver.SolveStatus;
import org.cobalt.scheduling.exact.LowerBounds;
import org.cobalt.scheduling.local.LocalSearch;
import org.cobalt.scheduling.local.LocalSearches;
import org.cobalt.scheduling.local.SequenceEvaluator;
import org.cobalt.scheduling.rules.MddChallenger;

/**
 * Iterated local search ({@code smtt-ils}) for 1||ΣT_j and 1||Σw_jT_j. Starts from MDDC improved by
 * full descent ({@code smtt-ils.start-ls}, default adjacent interchange, insertion and pairwise
 * interchange: the pairwise moves matter, they remove gaps of about 2 % that insertion leaves);
 * then repeatedly perturbs the current sequence with 2..{@code smtt-ils.strength} random insertions
 * within n/10 positions, descends with {@code smtt-ils.ls} (default adjacent interchange and
 * insertion, O(n^2) per sweep, so that many iterations fit in the time), and accepts the result
 * when it is no worse than the current one; after {@code smtt-ils.restart} iterations without a new
 * best it goes back to the best sequence. Runs until the time limit (the options' limit, else
 * {@code smtt-ils.seconds}, default 1 s), the iteration limit, or until the tardiness meets the
 * matching lower bound. Seeded from the options: with a fixed iteration limit (and no time limit
 * reached) the result is repeatable.
 */
public final class IteratedLocalSearch extends AbstractSolver<SingleMachineProblem> {

    /** Time limit in seconds used when the options set none. */
    public static final ParameterKey<Double> SECONDS = ParameterKey.ofDouble("smtt-ils.seconds", 1.0);
    /** Iterations without a new best before restarting from the best sequence. */
    public static final ParameterKey<Integer> RESTART = ParameterKey.ofInt("smtt-ils.restart", 100);
    /** Largest number of random insertions in one perturbation (at least 2). */
    public static final ParameterKey<Integer> STRENGTH = ParameterKey.ofInt("smtt-ils.strength", 4);
    /** Local search applied to the MDDC start (see {@link LocalSearches#parse}). */
    public static final ParameterKey<String> START_LS = ParameterKey.ofString("smtt-ils.start-ls", "descent");
    /** Local search applied after every perturbation. */
    public static final ParameterKey<String> LOOP_LS = ParameterKey.ofString("smtt-ils.ls", "fast");

    public IteratedLocalSearch() {
        super("smtt-ils", SingleMachineProblem.class);
    }

    @Override
    protected SolveResult doSolve(SingleMachineProblem problem, SolveContext ctx) {
        int n = problem.size();
        double seconds = ctx.options().timeLimit() != null ? Double.POSITIVE_INFINITY : ctx.options().get(SECONDS);
        if (!(seconds > 0)) {
            throw new IllegalArgumentException("smtt-ils.seconds must be positive, got " + seconds);
        }
        int restart = Math.max(1, ctx.options().get(RESTART));
        int strength = Math.max(2, ctx.options().get(STRENGTH));
        long deadline = Double.isInfinite(seconds) ? Long.MAX_VALUE : System.nanoTime() + (long) (seconds * 1e9);
        java.util.function.BooleanSupplier stop = () -> ctx.shouldStop() || System.nanoTime() - deadline >= 0;
        long iterationLimit = ctx.options().iterationLimit();
        RandomGenerator rng = ctx.random();
        long lb = LowerBounds.matching(problem);

        LocalSearch startLs = LocalSearches.parse(ctx.options().get(START_LS));
        LocalSearch loopLs = LocalSearches.parse(ctx.options().get(LOOP_LS));
        SequenceEvaluator current = new SequenceEvaluator(problem, new MddChallenger().sequence(problem));
        startLs.improve(current, stop);
        int[] best = current.sequence();
        long bestCost = current.cost();
        ctx.newIncumbent(bestCost, "mddc+" + startLs.name());
        SequenceEvaluator trial = new SequenceEvaluator(problem, best);
        long iterations = 0;
        int sinceBest = 0;
        int window = Math.max(2, n / 10);
        while (n > 2 && bestCost > lb && iterations < iterationLimit && !stop.getAsBoolean()) {
            iterations++;
            trial.reset(current.sequence());
            int moves = 2 + rng.nextInt(strength - 1);
            for (int q = 0; q < moves; q++) {
                int from = rng.nextInt(n);
                int to = Math.clamp(from + rng.nextInt(-window, window + 1), 0, n - 1);
                trial.applyInsert(from, to);
            }
            loopLs.improve(trial, stop);
            if (trial.cost() <= current.cost()) {
                current.reset(trial.sequence());
            }
            if (trial.cost() < bestCost) {
                bestCost = trial.cost();
                best = trial.sequence();
                sinceBest = 0;
                ctx.newIncumbent(bestCost, "ils");
            } else if (++sinceBest >= restart) {
                current.reset(best);
                sinceBest = 0;
            }
        }
        SolveStatus status = bestCost <= lb ? SolveStatus.OPTIMAL : SolveStatus.FEASIBLE;
        return ctx.result(status).objective(bestCost).bound(lb).solution(new SequenceSolution(best))
                .counter("iterations", iterations).build();
    }
}
