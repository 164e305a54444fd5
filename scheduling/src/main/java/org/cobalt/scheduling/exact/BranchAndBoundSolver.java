package org.cobalt.scheduling.exact;

import org.cobalt.core.problem.Problem;
import org.cobalt.core.scheduling.SingleMachineProblem;
import org.cobalt.core.solution.SequenceSolution;
import org.cobalt.core.solver.AbstractSolver;
import org.cobalt.core.solver.ParameterKey;
import org.cobalt.core.solver.SolveContext;
import org.cobalt.core.solver.SolveResult;
import org.cobalt.core.solver.SolveStatus;
import org.cobalt.scheduling.Tardiness;
import org.cobalt.scheduling.local.DescentLocalSearch;
import org.cobalt.scheduling.local.SequenceEvaluator;
import org.cobalt.scheduling.rules.MddChallenger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exact solver {@code smtt-bb}. Unweighted instances (up to {@value DecompositionSearch#MAX_JOBS}
 * jobs): branch-and-bound over Lawler's decomposition with memorised subproblems (see
 * {@link DecompositionSearch}), started from the MDDC schedule improved by adjacent interchange and
 * insertion (or a warm-start
 * {@link SequenceSolution}) as the incumbent. Weighted instances: the subset dynamic programme, up
 * to {@value SubsetDynamicProgram#MAX_JOBS} jobs. On a time or node limit it returns the incumbent
 * (FEASIBLE) with the matching lower bound.
 */
public final class BranchAndBoundSolver extends AbstractSolver<SingleMachineProblem> {

    private static final Logger LOG = LoggerFactory.getLogger(BranchAndBoundSolver.class);

    /** Memorised subproblems kept before the table is cleared (memory guard: ~21 bytes each at load 1/2, x2). */
    public static final ParameterKey<Integer> MAX_STATES = ParameterKey.ofInt("smtt-bb.max-states", 20_000_000);

    public BranchAndBoundSolver() {
        super("smtt-bb", SingleMachineProblem.class);
    }

    @Override
    public String unsupportedReason(Problem problem) {
        String r = super.unsupportedReason(problem);
        if (r != null) {
            return r;
        }
        SingleMachineProblem p = (SingleMachineProblem) problem;
        if (p.isWeighted() && p.size() > SubsetDynamicProgram.MAX_JOBS) {
            return "smtt-bb solves weighted instances with at most " + SubsetDynamicProgram.MAX_JOBS
                    + " jobs (subset dynamic programme); this one has " + p.size() + ": use smtt-mip or smtt-ils";
        }
        if (p.size() > DecompositionSearch.MAX_JOBS) {
            return "smtt-bb handles at most " + DecompositionSearch.MAX_JOBS + " jobs; this instance has " + p.size();
        }
        return null;
    }

    @Override
    protected SolveResult doSolve(SingleMachineProblem problem, SolveContext ctx) {
        int n = problem.size();
        int[] p = problem.processingTimes();
        int[] d = problem.dueDates();
        int[] w = problem.weights();
        long lb = LowerBounds.matching(problem);
        int[] incumbent = startSequence(problem, ctx);
        long ub = Tardiness.total(p, d, w, incumbent);
        ctx.newIncumbent(ub, "start");
        ctx.boundImproved(lb);
        long nodeLimit = ctx.options().nodeLimit();
        if (ub <= lb) {
            return ctx.result(SolveStatus.OPTIMAL).objective(ub).bound(ub).solution(new SequenceSolution(incumbent)).nodes(0).build();
        }
        if (problem.isWeighted()) {
            try {
                int[] seq = new SubsetDynamicProgram(p, d, w, ctx::shouldStop).solve();
                long v = Tardiness.total(p, d, w, seq);
                ctx.newIncumbent(v, "subset-dp");
                return ctx.result(SolveStatus.OPTIMAL).objective(v).bound(v).solution(new SequenceSolution(seq))
                        .message("subset dynamic programme").build();
            } catch (DecompositionSearch.Aborted e) {
                return ctx.result(SolveStatus.FEASIBLE).objective(ub).bound(lb).solution(new SequenceSolution(incumbent))
                        .message("stopped; subset dynamic programme unfinished").build();
            }
        }
        int maxStates = ctx.options().get(MAX_STATES);
        DecompositionSearch[] holder = new DecompositionSearch[1];
        java.util.function.BooleanSupplier stop = () -> ctx.shouldStop()
                || (holder[0] != null && holder[0].nodes() >= nodeLimit);
        DecompositionSearch search = new DecompositionSearch(p, d, stop, maxStates);
        holder[0] = search;
        try {
            long v = search.solveAll(ub + 1);
            int[] seq;
            if (v < ub) {
                seq = search.optimalSequence();
            } else {
                seq = incumbent;
                v = ub;
            }
            long check = Tardiness.total(p, d, w, seq);
            if (check != v) {
                throw new IllegalStateException("decomposition value " + v + " but its sequence has tardiness " + check);
            }
            if (v < ub) {
                ctx.newIncumbent(v, "decomposition");
            }
            LOG.debug("smtt-bb {}: optimum {} after {} nodes, {} states", problem.name(), v, search.nodes(), search.memoStates());
            return ctx.result(SolveStatus.OPTIMAL).objective(v).bound(v).solution(new SequenceSolution(seq))
                    .nodes(search.nodes()).counter("memo-states", search.memoStates())
                    .counter("memo-hits", search.memoHits()).counter("memo-clears", search.memoClears()).build();
        } catch (DecompositionSearch.Aborted e) {
            return ctx.result(SolveStatus.FEASIBLE).objective(ub).bound(lb).solution(new SequenceSolution(incumbent))
                    .nodes(search.nodes()).counter("memo-states", search.memoStates())
                    .message("limit reached before optimality was proven").build();
        }
    }

    private static int[] startSequence(SingleMachineProblem problem, SolveContext ctx) {
        if (ctx.options().warmStart() instanceof SequenceSolution s && isPermutation(s.sequence(), problem.size())) {
            return s.sequence();
        }
        SequenceEvaluator eval = new SequenceEvaluator(problem, new MddChallenger().sequence(problem));
        // O(n^2) sweeps only: the search barely depends on how good the start is
        DescentLocalSearch.FAST.improve(eval, ctx::shouldStop);
        return eval.sequence();
    }

    private static boolean isPermutation(int[] seq, int n) {
        if (seq.length != n) {
            return false;
        }
        boolean[] seen = new boolean[n];
        for (int j : seq) {
            if (j < 0 || j >= n || seen[j]) {
                return false;
            }
            seen[j] = true;
        }
        return true;
    }
}
