package org.cobalt.neural.coco;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.milp.VarType;
import org.cobalt.core.solution.MilpSolution;
import org.cobalt.core.solver.SolveOptions;
import org.cobalt.core.solver.SolveResult;
import org.cobalt.core.solver.SolveStatus;
import org.cobalt.core.solver.Solver;
import org.cobalt.core.verify.Verification;
import org.cobalt.core.verify.Verifiers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A solution pool from repeated solves (SCIP through OR-Tools has no solution-pool API in Java):
 * <ol>
 *   <li>a {@link FirstSolve} of the instance ({@link PoolSettings#mainTimeLimit()}): the best solution
 *       x* and whatever else the engine kept ({@link ScipStoredSolutions} returns SCIP's solution
 *       store);</li>
 *   <li>{@link PoolSettings#rounds()} rounds with a registered solver: the instance plus one no-good cut
 *       per solution found so far ({@code sum_{x_j=1}(1 - x_j) + sum_{x_j=0} x_j >= 1} over the
 *       binaries), a local-branching row keeping the search within Hamming distance
 *       {@link PoolSettings#radius()} of x*, and an objective cutoff at {@link PoolSettings#maxGap()}
 *       from the best, with seed {@code seed + round}. Each round returns the best unseen solution near
 *       x* that is still good enough to keep: the near-optimal alternatives a contrastive loss learns
 *       from. An infeasible round doubles the radius (the ball holds no more such solutions); two
 *       rounds in a row without a solution end the collection;</li>
 *   <li>keep the {@link PoolSettings#maxSize()} best solutions within {@link PoolSettings#maxGap()}.</li>
 * </ol>
 * Every solution is verified on the original model ({@link Verifiers#check}) and stored with the
 * verifier's objective; rejected ones are dropped. Only binaries are cut and stored (the instance
 * classes here are pure binary; with other variables the cuts exclude binary patterns).
 */
public final class NoGoodPoolCollector implements PoolCollector {

    private static final Logger LOG = LoggerFactory.getLogger(NoGoodPoolCollector.class);
    private static final int MAX_FAILED_ROUNDS = 2;
    private final FirstSolve first;
    private final Solver<MilpModel> solver;

    /** First solve and rounds with {@code solver}. */
    public NoGoodPoolCollector(Solver<MilpModel> solver) {
        this(FirstSolve.of(solver), solver);
    }

    /** A custom first solve (e.g. {@link ScipStoredSolutions}), rounds with {@code solver}. */
    public NoGoodPoolCollector(FirstSolve first, Solver<MilpModel> solver) {
        this.first = Objects.requireNonNull(first, "first");
        this.solver = Objects.requireNonNull(solver, "solver");
    }

    @Override
    public SolutionPool collect(MilpModel model, PoolSettings settings) {
        SolutionPool.Builder pool = SolutionPool.builder(model);
        List<double[]> found = new ArrayList<>();
        double[] center = null;
        double best = Double.NaN;
        for (double[] x : first.solutions(model, settings.mainTimeLimit(), settings.seed())) {
            double obj = accept(model, x, pool, found);
            if (!Double.isNaN(obj) && (center == null || model.sense().isBetter(obj, best))) {
                center = x;
                best = obj;
            }
        }
        if (center == null) {
            LOG.info("{}: no solution in {}", model.name(), settings.mainTimeLimit());
            return pool.build();
        }
        int binaries = binaries(model).length;
        int radius = settings.radius();
        int failed = 0;
        for (int round = 1; round <= settings.rounds() && failed < MAX_FAILED_ROUNDS; round++) {
            double cutoff = best + (model.isMaximization() ? -1 : 1) * settings.maxGap() * Math.max(Math.abs(best), 1.0);
            MilpModel restricted = restrict(model, found, center, radius, cutoff);
            SolveResult r = solver.solve(restricted, SolveOptions.builder().timeLimit(settings.roundTimeLimit())
                    .seed(settings.seed() + round).threads(1).build());
            if (r.status() == SolveStatus.INFEASIBLE) {
                if (radius == 0 || radius >= binaries) {
                    break; // no unseen solution within the gap exists at all
                }
                radius = Math.min(binaries, 2 * radius);
                continue;
            }
            double obj = r.solution() instanceof MilpSolution s ? accept(model, s.values(), pool, found) : Double.NaN;
            if (Double.isNaN(obj)) {
                failed++;
                continue;
            }
            failed = 0;
            if (model.sense().isBetter(obj, best)) {
                best = obj; // a round beat the first solve (possible when it stopped at its limit)
            }
        }
        return pool.build().withinGap(settings.maxGap()).limit(settings.maxSize());
    }

    /** Verifies {@code x} on {@code model} and adds it; returns its objective, or NaN when rejected or seen. */
    private static double accept(MilpModel model, double[] x, SolutionPool.Builder pool, List<double[]> found) {
        if (x.length != model.numVariables()) {
            return Double.NaN;
        }
        Verification v = Verifiers.check(model, new MilpSolution(x));
        if (!v.feasible()) {
            LOG.debug("{}: solution rejected by the verifier ({}); dropped", model.name(), v.summary());
            return Double.NaN;
        }
        if (!pool.add(x, v.objective())) {
            return Double.NaN;
        }
        found.add(x);
        return v.objective();
    }

    /**
     * The model with one no-good cut per found solution, for radius > 0 a local-branching row around
     * {@code center}, and for a finite {@code cutoff} an objective row ({@code c.x <= cutoff} when
     * minimizing, {@code >=} when maximizing; the objective constant is accounted for).
     */
    static MilpModel restrict(MilpModel model, List<double[]> found, double[] center, int radius, double cutoff) {
        MilpModel.Builder b = model.toBuilder();
        int[] binaries = binaries(model);
        for (int k = 0; k < found.size(); k++) {
            int row = b.addRow("nogood_" + k, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
            int ones = hammingRow(b, row, binaries, found.get(k));
            b.setRowBounds(row, 1.0 - ones, Double.POSITIVE_INFINITY);
        }
        if (radius > 0) {
            int row = b.addRow("local_branching", Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
            int ones = hammingRow(b, row, binaries, center);
            b.setRowBounds(row, Double.NEGATIVE_INFINITY, radius - (double) ones);
        }
        if (Double.isFinite(cutoff)) {
            int row = b.addRow("objective_cutoff", Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
            for (int j = 0; j < model.numVariables(); j++) {
                if (model.cost(j) != 0) {
                    b.setCoefficient(row, j, model.cost(j));
                }
            }
            double rhs = cutoff - model.objectiveConstant();
            if (model.isMaximization()) {
                b.setRowBounds(row, rhs, Double.POSITIVE_INFINITY);
            } else {
                b.setRowBounds(row, Double.NEGATIVE_INFINITY, rhs);
            }
        }
        return b.build();
    }

    /** Writes the coefficients of the Hamming distance to {@code x} (+1 where x_j = 0, -1 where 1); returns |ones|. */
    private static int hammingRow(MilpModel.Builder b, int row, int[] binaries, double[] x) {
        int ones = 0;
        for (int j : binaries) {
            if (x[j] > 0.5) {
                ones++;
                b.setCoefficient(row, j, -1.0);
            } else {
                b.setCoefficient(row, j, 1.0);
            }
        }
        return ones;
    }

    private static int[] binaries(MilpModel model) {
        int n = 0;
        int[] b = new int[model.numVariables()];
        for (int j = 0; j < model.numVariables(); j++) {
            if (model.type(j) == VarType.BINARY) {
                b[n++] = j;
            }
        }
        return Arrays.copyOf(b, n);
    }
}
