package org.cobalt.milp.lp;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import org.cobalt.core.milp.MilpModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * cobalt's LP engine: a bounded revised dual simplex with a primal simplex beside it, on sparse
 * data, made to be re-solved many times (see {@link LpSolver} for the contract and
 * {@code docs/lp-engine.md} for the algorithm).
 *
 * <p>How a {@link #solve()} proceeds from the current basis:
 * <ol>
 *   <li>on a cold start replace the slack basis by a triangular crash basis ({@link Crash}); factor
 *       the basis if needed (sparse Markowitz LU; dependent columns are swapped for slacks),
 *       compute primal values and reduced costs; on a cold start perturb the costs;</li>
 *   <li>boxed nonbasic columns move to the bound their reduced cost asks for, so only columns
 *       with an infinite bound can be dual infeasible. If some are: primal simplex when the basis is
 *       primal feasible, else dual phase 1 on the auxiliary problem with boxes [0,0], [0,1],
 *       [-1,0], [-1000,1000] (Koberstein's "artificial bounds" subproblem). If the dual stays
 *       infeasible, a dual simplex with zero costs either proves infeasibility or reaches a
 *       feasible basis, from which the primal simplex finds the optimum or an unbounded ray;</li>
 *   <li>dual simplex phase 2 (dual steepest edge, bound-flipping Harris ratio test) to primal
 *       feasibility, infeasibility or the cutoff;</li>
 *   <li>remove perturbation and cost shifts, clean remaining dual infeasibilities with the primal
 *       simplex, refactor and recheck both feasibilities; repeat from 2 if needed.</li>
 * </ol>
 *
 * <p>Tolerances ({@link LpSettings}) apply to the scaled model. Deterministic: the perturbation
 * uses the seed in the settings.
 */
public final class DualSimplex implements LpSolver {

    private static final Logger LOG = LoggerFactory.getLogger(DualSimplex.class);

    private static final int MAX_ROUNDS = 6;
    /** Incremental updates after which a solve recomputes primal and dual values before it ends. */
    private static final int FRESH_CHECK_AFTER = 20;
    private static final double AUX_FREE_BOX = 1000.0;

    private final String name;
    private final LpSettings settings;
    private final LpData data;
    private final SimplexState s;
    private final Perturbation perturbation;
    private final DualPhase dual;
    private final PrimalPhase primal;

    private LpStatus status = LpStatus.NOT_SOLVED;
    private long iterationLimit = Long.MAX_VALUE;
    private double timeLimit = Double.POSITIVE_INFINITY;
    private BooleanSupplier stopCheck;
    private double cutoff;
    private boolean cold = true;
    private boolean weightsStale;
    private long lastIterations;
    private double[] farkasScaled;
    private double[] rayScaled;
    /** The limit status that stopped the last dual phase 1. */
    private LpStatus phase1Stop = LpStatus.STOPPED;

    /** An engine for the LP relaxation of {@code model} with default settings. */
    public DualSimplex(MilpModel model) {
        this(model, LpSettings.DEFAULT);
    }

    /** An engine for the LP relaxation of {@code model} (integrality is ignored). */
    public DualSimplex(MilpModel model, LpSettings settings) {
        Objects.requireNonNull(model, "model");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.name = model.name();
        this.data = LpData.of(model, settings.scaling());
        this.s = new SimplexState(data, settings);
        this.perturbation = new Perturbation(settings.seed());
        this.dual = new DualPhase(s, perturbation);
        this.primal = new PrimalPhase(s);
        this.cutoff = data.sign > 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
    }

    /** The settings this engine runs with. */
    public LpSettings settings() {
        return settings;
    }

    @Override
    public int numColumns() {
        return data.n;
    }

    @Override
    public int numRows() {
        return data.m;
    }

    // ---- model changes -----------------------------------------------------------------------

    private void checkColumn(int j) {
        if (j < 0 || j >= data.n) {
            throw new IndexOutOfBoundsException("column " + j + " outside [0, " + data.n + ")");
        }
    }

    private void checkRow(int i) {
        if (i < 0 || i >= data.m) {
            throw new IndexOutOfBoundsException("row " + i + " outside [0, " + data.m + ")");
        }
    }

    private static void checkBounds(String what, double lo, double up) {
        if (Double.isNaN(lo) || Double.isNaN(up) || lo == Double.POSITIVE_INFINITY || up == Double.NEGATIVE_INFINITY
                || lo > up) {
            throw new IllegalArgumentException(what + ": invalid bounds [" + lo + ", " + up + "]");
        }
    }

    @Override
    public double lower(int j) {
        checkColumn(j);
        return data.modelLower(j);
    }

    @Override
    public double upper(int j) {
        checkColumn(j);
        return data.modelUpper(j);
    }

    @Override
    public void setBounds(int j, double lower, double upper) {
        checkColumn(j);
        checkBounds("column " + j, lower, upper);
        data.setModelBounds(j, lower, upper);
        status = LpStatus.NOT_SOLVED;
    }

    @Override
    public double rowLower(int i) {
        checkRow(i);
        return data.modelLower(data.n + i);
    }

    @Override
    public double rowUpper(int i) {
        checkRow(i);
        return data.modelUpper(data.n + i);
    }

    @Override
    public void setRowBounds(int i, double lower, double upper) {
        checkRow(i);
        checkBounds("row " + i, lower, upper);
        data.setModelBounds(data.n + i, lower, upper);
        status = LpStatus.NOT_SOLVED;
    }

    @Override
    public double cost(int j) {
        checkColumn(j);
        return data.modelCost(j);
    }

    @Override
    public void setCost(int j, double cost) {
        checkColumn(j);
        if (!Double.isFinite(cost)) {
            throw new IllegalArgumentException("column " + j + ": cost " + cost);
        }
        data.setModelCost(j, cost);
        s.dualsValid = false;
        status = LpStatus.NOT_SOLVED;
    }

    @Override
    public int addRows(int count, int[] starts, int[] columns, double[] values, double[] lower, double[] upper) {
        if (count < 0 || starts.length < count + 1 || lower.length < count || upper.length < count) {
            throw new IllegalArgumentException("addRows: " + count + " rows need " + (count + 1) + " starts and "
                    + count + " sides");
        }
        for (int r = 0; r < count; r++) {
            checkBounds("new row " + r, lower[r], upper[r]);
            if (starts[r] > starts[r + 1] || starts[r] < 0 || starts[r + 1] > columns.length
                    || starts[r + 1] > values.length) {
                throw new IllegalArgumentException("addRows: bad starts for row " + r);
            }
            for (int k = starts[r]; k < starts[r + 1]; k++) {
                checkColumn(columns[k]);
                if (!Double.isFinite(values[k])) {
                    throw new IllegalArgumentException("addRows: row " + r + " coefficient " + values[k]);
                }
            }
        }
        int first = data.m;
        int oldTotal = s.total;
        data.addRows(count, starts, columns, values, lower, upper);
        byte[] st = Arrays.copyOf(s.status, oldTotal + count);
        int[] heading = Arrays.copyOf(s.basicIndex, first + count);
        double[] weights = Arrays.copyOf(s.dseWeight, first + count);
        for (int r = 0; r < count; r++) {
            st[oldTotal + r] = SimplexState.BASIC;
            heading[first + r] = data.n + first + r;
            weights[first + r] = 1.0;
        }
        s.install(st, heading, weights);
        status = LpStatus.NOT_SOLVED;
        return first;
    }

    @Override
    public void removeRows(int[] rows) {
        int m = data.m;
        int n = data.n;
        boolean[] remove = new boolean[m];
        for (int i : rows) {
            checkRow(i);
            if (remove[i]) {
                throw new IllegalArgumentException("row " + i + " listed twice");
            }
            remove[i] = true;
        }
        if (rows.length == 0) {
            return;
        }
        boolean[] dropPosition = new boolean[m];
        for (int p = 0; p < m; p++) {
            int j = s.basicIndex[p];
            if (j >= n && remove[j - n]) {
                dropPosition[p] = true;
            }
        }
        boolean factored = s.factor.isValid() || s.refactor();
        double[] column = new double[m];
        for (int i : rows) {
            if (s.status[n + i] == SimplexState.BASIC) {
                continue;
            }
            // the basic column most tied to row i: largest |(B^-1)_{p,i}|, so the rest stays nonsingular
            int pick = -1;
            double best = -1.0;
            if (factored) {
                Arrays.fill(column, 0.0);
                column[i] = 1.0;
                s.factor.ftran(column);
            }
            for (int p = 0; p < m; p++) {
                if (!dropPosition[p]) {
                    double v = factored ? Math.abs(column[p]) : (s.basicIndex[p] < n ? 1.0 : 0.0);
                    if (v > best) {
                        best = v;
                        pick = p;
                    }
                }
            }
            dropPosition[pick] = true;
            int out = s.basicIndex[pick];
            s.status[out] = s.x[out] >= s.upper[out] ? SimplexState.AT_UPPER : SimplexState.AT_LOWER;
        }
        int keep = m - rows.length;
        int[] newIndex = new int[n + m];
        for (int j = 0; j < n; j++) {
            newIndex[j] = j;
        }
        int next = 0;
        for (int i = 0; i < m; i++) {
            newIndex[n + i] = remove[i] ? -1 : n + next++;
        }
        byte[] st = new byte[n + keep];
        for (int j = 0; j < n + m; j++) {
            if (newIndex[j] >= 0) {
                st[newIndex[j]] = s.status[j];
            }
        }
        int[] heading = new int[keep];
        double[] weights = new double[keep];
        int q = 0;
        for (int p = 0; p < m; p++) {
            if (!dropPosition[p]) {
                heading[q] = newIndex[s.basicIndex[p]];
                weights[q] = s.dseWeight[p];
                q++;
            }
        }
        data.removeRows(remove);
        s.install(st, heading, weights);
        status = LpStatus.NOT_SOLVED;
    }

    // ---- limits ------------------------------------------------------------------------------

    @Override
    public void setIterationLimit(long iterations) {
        if (iterations < 0) {
            throw new IllegalArgumentException("iteration limit " + iterations);
        }
        this.iterationLimit = iterations;
    }

    @Override
    public void setTimeLimit(double seconds) {
        if (!(seconds >= 0)) {
            throw new IllegalArgumentException("time limit " + seconds);
        }
        this.timeLimit = seconds;
    }

    @Override
    public void setStopCheck(BooleanSupplier stop) {
        this.stopCheck = stop;
    }

    @Override
    public void setObjectiveCutoff(double value) {
        if (Double.isNaN(value)) {
            throw new IllegalArgumentException("cutoff is NaN");
        }
        this.cutoff = value;
    }

    @Override
    public long iterations() {
        return lastIterations;
    }

    @Override
    public long totalIterations() {
        return s.iterations;
    }

    /** Basis factorizations of all solves of this instance (a cost indicator for benchmarks). */
    public long factorizations() {
        return s.factorizations;
    }

    // ---- solving -----------------------------------------------------------------------------

    @Override
    public LpStatus status() {
        return status;
    }

    @Override
    public LpStatus solve() {
        long start = s.iterations;
        long t0 = System.nanoTime();
        SolveLimits limits = new SolveLimits(start, iterationLimit, timeLimit, stopCheck);
        farkasScaled = null;
        rayScaled = null;
        status = run(limits);
        cold = false;
        lastIterations = s.iterations - start;
        if (LOG.isDebugEnabled()) {
            LOG.debug("{}: {} after {} iterations in {} ms, objective {}", name, status, lastIterations,
                    (System.nanoTime() - t0) / 1e6, objective());
        }
        return status;
    }

    private LpStatus run(SolveLimits limits) {
        final long start = s.iterations;
        final double tolP = settings.primalFeasibilityTolerance();
        final double tolD = settings.dualFeasibilityTolerance();
        for (int j = 0; j < s.total; j++) {
            if (data.lower[j] > data.upper[j]) {
                // an empty box (only a model can have one; setBounds refuses it): no certificate
                LOG.debug("{}: {} {} has crossing bounds", name, j < data.n ? "column" : "row", j < data.n ? j : j - data.n);
                return LpStatus.INFEASIBLE;
            }
        }
        s.resetBoundsAndCosts();
        perturbation.clear();
        if (cold && settings.crash()) {
            int crashed = Crash.triangular(s);
            LOG.trace("{}: crash brought {} columns into the basis", name, crashed);
            if (crashed > 0) {
                s.factor.invalidate();
            }
        }
        s.placeAllNonbasic();
        if (!s.factor.isValid()) {
            if (!s.refactor()) {
                return LpStatus.NUMERICAL_FAILURE;
            }
            // cold starts keep unit weights: exact for the slack basis, and for a crash basis
            // measured as good as exact ones without their m BTRANs
            weightsStale = !cold;
            s.dualsValid = false;
        }
        // reduced costs depend on the basis and the costs only, not on bounds: after a bound change
        // the last solve's are still exact
        if (!s.dualsValid) {
            s.computeDual();
        }
        s.dualsValid = false;
        if (cold && settings.perturbation()) {
            perturbation.perturbNonbasic(s);
        }
        s.computePrimal();
        LpStatus st = LpStatus.NUMERICAL_FAILURE;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            if (s.flipBoxedToDualFeasible(tolD) > 0) {
                s.computePrimal();
            }
            if (s.countDualInfeasible(tolD) > 0) {
                if (s.maxPrimalInfeasibility() <= tolP) {
                    st = runPrimal(limits);
                } else {
                    Phase1 p1 = dualPhase1(limits);
                    st = switch (p1) {
                        case DUAL_FEASIBLE -> runDual(limits);
                        case DUAL_INFEASIBLE -> infeasibleOrUnbounded(limits);
                        case STOPPED -> phase1Stop;
                    };
                }
            } else {
                st = runDual(limits);
            }
            if (st != LpStatus.OPTIMAL) {
                return st;
            }
            // candidate optimum: drop perturbation and shifts, then clean up with the primal simplex
            if (s.costsModified) {
                s.resetCosts();
                perturbation.clear();
                s.computeDual();
                if (s.countDualInfeasible(tolD) > 0) {
                    st = runPrimal(limits);
                    if (st != LpStatus.OPTIMAL) {
                        return st;
                    }
                }
            }
            // recompute from the factors (drops the drift of the incremental updates) unless only a
            // few updates happened since the values were computed fresh; refactor on trouble
            if (s.iterations - start > FRESH_CHECK_AFTER) {
                s.computePrimal();
                s.computeDual();
            }
            double primalInf = s.maxPrimalInfeasibility();
            int dualInf = s.countDualInfeasible(tolD);
            if (primalInf <= tolP && dualInf == 0) {
                s.dualsValid = true;
                return LpStatus.OPTIMAL;
            }
            if (s.factor.updates() > 0) {
                if (!s.refactor()) {
                    return LpStatus.NUMERICAL_FAILURE;
                }
                s.computePrimal();
                s.computeDual();
                primalInf = s.maxPrimalInfeasibility();
                dualInf = s.countDualInfeasible(tolD);
                if (primalInf <= tolP && dualInf == 0) {
                    s.dualsValid = true;
                    return LpStatus.OPTIMAL;
                }
            }
            LOG.debug("{}: round {} ends with primal infeasibility {} and {} dual infeasibilities", name, round,
                    primalInf, dualInf);
            weightsStale = true;
        }
        double primalInf = s.maxPrimalInfeasibility();
        double dualInf = 0.0;
        for (int j = 0; j < s.total; j++) {
            if (s.status[j] != SimplexState.BASIC) {
                dualInf = Math.max(dualInf, s.dualInfeasibility(j));
            }
        }
        // give up polishing: accept what is optimal within ten times the tolerances
        return primalInf <= 10 * tolP && dualInf <= 10 * tolD ? LpStatus.OPTIMAL : LpStatus.NUMERICAL_FAILURE;
    }

    private LpStatus runDual(SolveLimits limits) {
        long before = s.iterations;
        if (weightsStale) {
            s.initDseWeights();
            weightsStale = false;
        }
        double internalCutoff = data.sign * (cutoff - data.constant);
        DualPhase.Outcome o = dual.run(limits, internalCutoff, this::validInternalBound, settings.perturbation());
        LOG.trace("{}: dual phase 2 {} after {} iterations", name, o, s.iterations - before);
        return switch (o) {
            case OPTIMAL -> LpStatus.OPTIMAL;
            case INFEASIBLE -> {
                farkasScaled = dual.farkas;
                yield LpStatus.INFEASIBLE;
            }
            case CUTOFF -> LpStatus.CUTOFF;
            case ITERATION_LIMIT -> LpStatus.ITERATION_LIMIT;
            case TIME_LIMIT -> LpStatus.TIME_LIMIT;
            case STOPPED -> LpStatus.STOPPED;
            case NUMERICAL -> LpStatus.NUMERICAL_FAILURE;
        };
    }

    private LpStatus runPrimal(SolveLimits limits) {
        long before = s.iterations;
        PrimalPhase.Outcome o = primal.run(limits);
        LOG.trace("{}: primal phase {} after {} iterations", name, o, s.iterations - before);
        weightsStale = true;
        return switch (o) {
            case OPTIMAL -> LpStatus.OPTIMAL;
            case UNBOUNDED -> {
                rayScaled = primal.ray;
                yield LpStatus.UNBOUNDED;
            }
            case ITERATION_LIMIT -> LpStatus.ITERATION_LIMIT;
            case TIME_LIMIT -> LpStatus.TIME_LIMIT;
            case STOPPED -> LpStatus.STOPPED;
            case NUMERICAL -> LpStatus.NUMERICAL_FAILURE;
        };
    }

    private enum Phase1 { DUAL_FEASIBLE, DUAL_INFEASIBLE, STOPPED }

    /**
     * Dual phase 1: the dual simplex on the auxiliary problem whose boxes make every basis dual
     * feasible; its optimum minimizes the dual infeasibility of the original problem.
     */
    private Phase1 dualPhase1(SolveLimits limits) {
        for (int j = 0; j < s.total; j++) {
            double lo = data.lower[j];
            double up = data.upper[j];
            boolean hasLo = lo > Double.NEGATIVE_INFINITY;
            boolean hasUp = up < Double.POSITIVE_INFINITY;
            s.lower[j] = hasLo && hasUp ? 0.0 : hasLo ? 0.0 : hasUp ? -1.0 : -AUX_FREE_BOX;
            s.upper[j] = hasLo && hasUp ? 0.0 : hasLo ? 1.0 : hasUp ? 0.0 : AUX_FREE_BOX;
        }
        for (int j = 0; j < s.total; j++) {
            if (s.status[j] != SimplexState.BASIC) {
                s.status[j] = s.d[j] >= 0 ? SimplexState.AT_LOWER : SimplexState.AT_UPPER;
                s.x[j] = s.status[j] == SimplexState.AT_LOWER ? s.lower[j] : s.upper[j];
            }
        }
        s.computePrimal();
        if (weightsStale) {
            s.initDseWeights();
            weightsStale = false;
        }
        long before = s.iterations;
        DualPhase.Outcome o = dual.run(limits, Double.POSITIVE_INFINITY, null, false);
        LOG.trace("{}: dual phase 1 {} after {} iterations", name, o, s.iterations - before);
        s.resetBounds();
        for (int j = 0; j < s.total; j++) {
            if (s.status[j] != SimplexState.BASIC) {
                if (s.isBoxed(j)) {
                    s.status[j] = s.d[j] >= 0 ? SimplexState.AT_LOWER : SimplexState.AT_UPPER;
                } else {
                    s.status[j] = s.lower[j] > Double.NEGATIVE_INFINITY ? SimplexState.AT_LOWER
                            : s.upper[j] < Double.POSITIVE_INFINITY ? SimplexState.AT_UPPER : SimplexState.AT_ZERO;
                }
                s.placeNonbasic(j);
            }
        }
        s.computePrimal();
        switch (o) {
            case ITERATION_LIMIT -> {
                phase1Stop = LpStatus.ITERATION_LIMIT;
                return Phase1.STOPPED;
            }
            case TIME_LIMIT -> {
                phase1Stop = LpStatus.TIME_LIMIT;
                return Phase1.STOPPED;
            }
            case STOPPED -> {
                phase1Stop = LpStatus.STOPPED;
                return Phase1.STOPPED;
            }
            default -> {
                // OPTIMAL as expected; anything else means trouble, which the fallback path absorbs
            }
        }
        if (o != DualPhase.Outcome.OPTIMAL) {
            return Phase1.DUAL_INFEASIBLE;
        }
        return s.countDualInfeasible(settings.dualFeasibilityTolerance()) > 0 ? Phase1.DUAL_INFEASIBLE
                : Phase1.DUAL_FEASIBLE;
    }

    /**
     * The dual is infeasible: either the LP is infeasible or unbounded. A dual simplex with zero
     * costs (every basis is dual feasible) decides feasibility; from a feasible basis the primal
     * simplex finds an unbounded ray or, should the dual infeasibility have been numerical, the
     * optimum.
     */
    private LpStatus infeasibleOrUnbounded(SolveLimits limits) {
        Arrays.fill(s.cost, 0, s.total, 0.0);
        s.costsModified = true;
        s.computeDual();
        s.computePrimal();
        DualPhase.Outcome o = dual.run(limits, Double.POSITIVE_INFINITY, null, false);
        s.resetCosts();
        perturbation.clear();
        s.computeDual();
        return switch (o) {
            case OPTIMAL -> runPrimal(limits);
            case INFEASIBLE -> {
                farkasScaled = dual.farkas;
                yield LpStatus.INFEASIBLE;
            }
            case ITERATION_LIMIT -> LpStatus.ITERATION_LIMIT;
            case TIME_LIMIT -> LpStatus.TIME_LIMIT;
            case STOPPED -> LpStatus.STOPPED;
            case CUTOFF, NUMERICAL -> LpStatus.NUMERICAL_FAILURE;
        };
    }

    /**
     * A lower bound on the internal (minimization) optimum from the current basis and the true
     * costs: for any {@code y}, {@code c.z = (c - [A -I]^T y).z >= sum_j min over the box of d_j z_j}.
     * Reduced costs within the dual tolerance of the right sign count as feasible.
     */
    private double validInternalBound() {
        int m = s.m;
        int n = s.n;
        double[] yTrue = new double[m];
        for (int p = 0; p < m; p++) {
            yTrue[p] = data.cost[s.basicIndex[p]];
        }
        s.factor.btran(yTrue);
        double tolD = settings.dualFeasibilityTolerance();
        double bound = 0.0;
        for (int j = 0; j < s.total; j++) {
            if (s.status[j] == SimplexState.BASIC) {
                continue;
            }
            double dj;
            if (j < n) {
                dj = data.cost[j];
                for (int k = data.colStart[j]; k < data.colStart[j + 1]; k++) {
                    dj -= yTrue[data.colRow[k]] * data.colVal[k];
                }
            } else {
                dj = data.cost[j] + yTrue[j - n];
            }
            double lo = data.lower[j];
            double up = data.upper[j];
            if (dj > 0) {
                if (lo > Double.NEGATIVE_INFINITY) {
                    bound += dj * lo;
                } else if (dj > tolD) {
                    return Double.NEGATIVE_INFINITY;
                }
            } else if (dj < 0) {
                if (up < Double.POSITIVE_INFINITY) {
                    bound += dj * up;
                } else if (dj < -tolD) {
                    return Double.NEGATIVE_INFINITY;
                }
            }
        }
        return bound;
    }

    // ---- basis -------------------------------------------------------------------------------

    private BasisStatus external(int j) {
        byte st = s.status[j];
        if (st == SimplexState.BASIC) {
            return BasisStatus.BASIC;
        }
        if (st == SimplexState.AT_ZERO) {
            return BasisStatus.ZERO;
        }
        if (data.lower[j] == data.upper[j]) {
            return BasisStatus.FIXED;
        }
        return st == SimplexState.AT_LOWER ? BasisStatus.AT_LOWER : BasisStatus.AT_UPPER;
    }

    @Override
    public Basis getBasis() {
        byte[] cols = new byte[data.n];
        byte[] rows = new byte[data.m];
        for (int j = 0; j < data.n; j++) {
            cols[j] = external(j).code();
        }
        for (int i = 0; i < data.m; i++) {
            rows[i] = external(data.n + i).code();
        }
        return new Basis(cols, rows);
    }

    @Override
    public void setBasis(Basis basis) {
        Objects.requireNonNull(basis, "basis");
        if (basis.numColumns() != data.n || basis.numRows() != data.m) {
            throw new IllegalArgumentException("basis has " + basis.numColumns() + " columns and " + basis.numRows()
                    + " rows, the LP " + data.n + " and " + data.m);
        }
        int n = data.n;
        int m = data.m;
        byte[] st = new byte[n + m];
        int[] heading = new int[m];
        int basic = 0;
        for (int j = 0; j < n + m; j++) {
            BasisStatus b = j < n ? basis.columnStatus(j) : basis.rowStatus(j - n);
            st[j] = switch (b) {
                case BASIC -> SimplexState.BASIC;
                case AT_LOWER, FIXED -> SimplexState.AT_LOWER;
                case AT_UPPER -> SimplexState.AT_UPPER;
                case ZERO -> SimplexState.AT_ZERO;
            };
            if (st[j] == SimplexState.BASIC) {
                if (basic < m) {
                    heading[basic++] = j;
                } else {
                    st[j] = SimplexState.AT_LOWER;
                }
            }
        }
        // too few basic entries: complete with logicals of rows whose logical is nonbasic
        for (int i = 0; i < m && basic < m; i++) {
            if (st[n + i] != SimplexState.BASIC) {
                st[n + i] = SimplexState.BASIC;
                heading[basic++] = n + i;
            }
        }
        double[] weights = new double[m];
        Arrays.fill(weights, 1.0);
        s.install(st, heading, weights);
        weightsStale = true;
        cold = false;
        status = LpStatus.NOT_SOLVED;
    }

    @Override
    public BasisStatus columnStatus(int j) {
        checkColumn(j);
        return external(j);
    }

    @Override
    public BasisStatus rowStatus(int i) {
        checkRow(i);
        return external(data.n + i);
    }

    @Override
    public int[] basisHeader() {
        return Arrays.copyOf(s.basicIndex, data.m);
    }

    @Override
    public void tableauRow(int position, double[] out) {
        checkRow(position);
        int n = data.n;
        int m = data.m;
        if (out.length < n + m) {
            throw new IllegalArgumentException("tableau row needs " + (n + m) + " entries, got " + out.length);
        }
        if (!s.factor.isValid() && !s.refactor()) {
            throw new IllegalStateException("the basis cannot be factored");
        }
        double[] rho = new double[m];
        rho[position] = 1.0;
        s.factor.btran(rho);
        // scaled alpha_k = rho . column k of [A -I]; model units: x_j = colScale_j zs_j, s_i = zs_{n+i} / rowScale_i
        int basic = s.basicIndex[position];
        double unit = basic < n ? data.colScale[basic] : 1.0 / data.rowScale[basic - n];
        for (int j = 0; j < n; j++) {
            double a = 0.0;
            for (int k = data.colStart[j]; k < data.colStart[j + 1]; k++) {
                a += rho[data.colRow[k]] * data.colVal[k];
            }
            out[j] = a / data.colScale[j] * unit;
        }
        for (int i = 0; i < m; i++) {
            out[n + i] = -rho[i] * data.rowScale[i] * unit;
        }
        for (int p = 0; p < m; p++) {
            out[s.basicIndex[p]] = p == position ? 1.0 : 0.0;
        }
    }

    @Override
    public Checkpoint checkpoint() {
        return new Checkpoint(this, data.m, s.status.clone(), s.basicIndex.clone(), s.dseWeight.clone(),
                s.factor.isValid() ? s.factor.generation() : -1L, s.factor.mark(), status);
    }

    @Override
    public void restore(Checkpoint cp) {
        Objects.requireNonNull(cp, "checkpoint");
        if (cp.owner != this || cp.rows != data.m) {
            throw new IllegalArgumentException("checkpoint belongs to another solver or to a different row count");
        }
        System.arraycopy(cp.status, 0, s.status, 0, s.total);
        System.arraycopy(cp.basicIndex, 0, s.basicIndex, 0, s.m);
        System.arraycopy(cp.dseWeight, 0, s.dseWeight, 0, s.m);
        s.rebuildPositions();
        boolean sameFactor = s.factor.isValid() && cp.generation == s.factor.generation()
                && cp.etaMark <= s.factor.mark();
        if (sameFactor) {
            s.factor.truncate(cp.etaMark);
        } else {
            s.factor.invalidate();
        }
        s.resetBoundsAndCosts();
        s.placeAllNonbasic();
        if (!s.factor.isValid() && !s.refactor()) {
            status = LpStatus.NOT_SOLVED;
            return;
        }
        s.computePrimal();
        s.computeDual();
        s.dualsValid = true;
        farkasScaled = null;
        rayScaled = null;
        status = cp.lpStatus;
    }

    // ---- tableau access ------------------------------------------------------------------------

    @Override
    public int rowLength(int i) {
        checkRow(i);
        return data.rowStart[i + 1] - data.rowStart[i];
    }

    @Override
    public int row(int i, int[] columns, double[] values) {
        checkRow(i);
        int count = 0;
        double rs = data.rowScale[i];
        for (int k = data.rowStart[i]; k < data.rowStart[i + 1]; k++) {
            int j = data.rowCol[k];
            columns[count] = j;
            // power-of-two scale factors: the division restores the model coefficient exactly
            values[count] = data.rowVal[k] / (rs * data.colScale[j]);
            count++;
        }
        return count;
    }

    // ---- results -----------------------------------------------------------------------------

    @Override
    public double objective() {
        double v = 0.0;
        for (int j = 0; j < data.n; j++) {
            v += data.cost[j] * s.x[j];
        }
        return data.sign * v + data.constant;
    }

    @Override
    public double dualBound() {
        if (!s.factor.isValid()) {
            return data.sign * Double.NEGATIVE_INFINITY;
        }
        double b = validInternalBound();
        return data.sign * b + data.constant;
    }

    @Override
    public double primal(int j) {
        checkColumn(j);
        return s.x[j] * data.colScale[j];
    }

    @Override
    public void primalValues(double[] out) {
        for (int j = 0; j < data.n; j++) {
            out[j] = s.x[j] * data.colScale[j];
        }
    }

    @Override
    public double[] primalValues() {
        double[] out = new double[data.n];
        primalValues(out);
        return out;
    }

    @Override
    public double[] rowActivities() {
        double[] out = new double[data.m];
        for (int i = 0; i < data.m; i++) {
            double sum = 0.0;
            for (int k = data.rowStart[i]; k < data.rowStart[i + 1]; k++) {
                sum += data.rowVal[k] * s.x[data.rowCol[k]];
            }
            out[i] = sum / data.rowScale[i];
        }
        return out;
    }

    @Override
    public double[] duals() {
        double[] out = new double[data.m];
        for (int i = 0; i < data.m; i++) {
            out[i] = data.sign * data.rowScale[i] * s.y[i];
        }
        return out;
    }

    @Override
    public double[] reducedCosts() {
        double[] out = new double[data.n];
        for (int j = 0; j < data.n; j++) {
            out[j] = data.sign * s.d[j] / data.colScale[j];
        }
        return out;
    }

    @Override
    public double[] farkasCertificate() {
        if (farkasScaled == null) {
            return null;
        }
        double[] out = new double[data.m];
        double max = 0.0;
        for (int i = 0; i < data.m; i++) {
            out[i] = farkasScaled[i] * data.rowScale[i];
            max = Math.max(max, Math.abs(out[i]));
        }
        if (max > 0) {
            for (int i = 0; i < data.m; i++) {
                out[i] /= max;
            }
        }
        return out;
    }

    @Override
    public double[] primalRay() {
        if (rayScaled == null) {
            return null;
        }
        double[] out = new double[data.n];
        double max = 0.0;
        for (int j = 0; j < data.n; j++) {
            out[j] = rayScaled[j] * data.colScale[j];
            max = Math.max(max, Math.abs(out[j]));
        }
        if (max > 0) {
            for (int j = 0; j < data.n; j++) {
                out[j] /= max;
            }
        }
        return out;
    }

    @Override
    public LpResult result() {
        return new LpResult(status, objective(), dualBound(), lastIterations, primalValues(), rowActivities(), duals(),
                reducedCosts(), getBasis(), farkasCertificate(), primalRay());
    }

    @Override
    public String toString() {
        return "DualSimplex[" + name + ", " + data.n + " columns x " + data.m + " rows, " + status + "]";
    }
}
