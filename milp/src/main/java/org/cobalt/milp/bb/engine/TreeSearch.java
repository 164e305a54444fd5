package org.cobalt.milp.bb.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.solver.SolveContext;
import org.cobalt.milp.bb.BbSettings;
import org.cobalt.milp.bb.branching.MostFractional;
import org.cobalt.milp.bb.spi.BbListener;
import org.cobalt.milp.bb.spi.BranchingDecision;
import org.cobalt.milp.bb.spi.BranchingRule;
import org.cobalt.milp.bb.spi.CutSeparator;
import org.cobalt.milp.bb.spi.NodeOutcome;
import org.cobalt.milp.bb.spi.NodeReport;
import org.cobalt.milp.bb.spi.NodeSelector;
import org.cobalt.milp.bb.spi.NodeView;
import org.cobalt.milp.bb.spi.PrimalHeuristic;
import org.cobalt.milp.lp.Basis;
import org.cobalt.milp.lp.DualSimplex;
import org.cobalt.milp.lp.LpStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The branch-and-bound tree search on a working model (a minimization): root LP, root cut loop, then
 * nodes chosen by the {@link NodeSelector}, each with a warm-started LP, heuristics, reduced-cost fixing
 * and a {@link BranchingRule} decision. One LP engine serves the whole tree; nodes are bound changes
 * applied to it (see {@link Node}).
 *
 * <p>Pruning: a node is discarded when its bound reaches the <em>cutoff</em>, the incumbent value minus
 * {@code max(absoluteGap, relativeGap * |incumbent|)}, or, when the objective is on a grid of step
 * {@code s} ({@link ObjectiveStep}), minus {@code s - 1e-6} if that is more; bounds are then rounded up to
 * the grid. The smallest bound of any node discarded by bound or abandoned after a numerical failure is
 * kept, so that the final bound is always proven.
 *
 * <p>Not thread-safe; deterministic for a given seed.
 */
public final class TreeSearch {

    private static final Logger LOG = LoggerFactory.getLogger(TreeSearch.class);

    /** Resolve rounds per node before the engine falls back to most-fractional branching. */
    private static final int MAX_RESOLVES = 10;
    private static final long PROGRESS_NANOS = 1_000_000_000L;

    final MilpModel model;
    final BbSettings settings;
    final SolveContext ctx;
    final double userSign;
    final NodeSelector selector;
    final BranchingRule rule;
    final List<CutSeparator> separators;
    final List<PrimalHeuristic> heuristics;
    final List<BbListener> listeners;
    final SubMipSolver subMipSolver;
    final int subMipDepth;
    final RandomGenerator random;
    final boolean trackAges;
    final boolean stopAtFirstSolution;

    final int n;
    final int modelRows;
    final DualSimplex lp;
    final double[] globalLower;
    final double[] globalUpper;
    final double[] curLower;
    final double[] curUpper;
    private final boolean[] dirty;
    private int[] dirtyList;
    private int dirtyCount;
    final SolutionChecker checker;
    final double step;
    final double absGap;
    final double relGap;
    final NodeQueue queue;
    final PseudocostTable pseudocosts;
    final CutRows cuts = new CutRows();

    // incumbent
    double[] incumbent;
    double incumbentValue = Double.POSITIVE_INFINITY;
    double cutoff;
    private final double externalCutoff;
    double[] incumbentSum;
    int incumbentCount;
    private boolean incumbentChanged;

    // root LP for global reduced-cost fixing
    private double rootObjective = Double.NaN;
    private double[] rootReducedCosts;

    // statistics
    long nodesProcessed;
    long nodeLps;
    long nodeLpIterations;
    long sbIterations;
    long diveIterations;
    long nextId = 1;
    int maxDepth;
    private long cutRoundsRun;
    private long cutsAdded;
    private long rcFixings;
    private long heuristicSolutions;
    private long numericalFailures;
    private long basisBytes;
    private final long basisBudget;
    private double deadBound = Double.POSITIVE_INFINITY;
    private String trouble = "";

    // node ages for features
    int[] colAge;
    int[] rowAge;
    private double[] modelRowNorm;
    private double[] modelRowObjProduct;

    // events
    private long lastProgress;
    private double reportedBound = Double.NEGATIVE_INFINITY;

    // current position in the tree
    Node current;
    private Node lastProcessed;
    private List<Node> lastChildren = List.of();
    private int plungeDepth;
    boolean currentDead;
    Dive openDive;
    private boolean pendingGlobalFixing;
    private Node[] pathBuffer = new Node[64];
    private final List<PrimalHeuristic> disabledHeuristics = new ArrayList<>();

    /**
     * @param model                working model (a minimization)
     * @param settings             settings (components already {@code forSolve()} copies are made here)
     * @param ctx                  solve context: limits, stop requests, events, seed
     * @param userSign             multiply a working objective by this for the user's sense (events)
     * @param externalCutoff       only solutions below this are of interest (working sense), {@code +inf}: none
     * @param subMipSolver         solves sub-MIPs for heuristics
     * @param subMipDepth          nesting depth of this search (0 for the user's solve)
     * @param stopAtFirstSolution  end as soon as any feasible solution is found (feasibility checks)
     */
    public TreeSearch(MilpModel model, BbSettings settings, SolveContext ctx, double userSign, double externalCutoff,
                      SubMipSolver subMipSolver, int subMipDepth, boolean stopAtFirstSolution) {
        this.model = model;
        this.settings = settings;
        this.ctx = ctx;
        this.userSign = userSign;
        this.externalCutoff = externalCutoff;
        this.subMipSolver = subMipSolver;
        this.subMipDepth = subMipDepth;
        this.stopAtFirstSolution = stopAtFirstSolution;
        this.selector = settings.nodeSelector().forSolve();
        this.rule = settings.branchingRule().forSolve();
        this.separators = new ArrayList<>();
        for (CutSeparator s : settings.separators()) {
            separators.add(s.forSolve());
        }
        this.heuristics = new ArrayList<>();
        for (PrimalHeuristic h : settings.heuristics()) {
            heuristics.add(h.forSolve());
        }
        this.listeners = settings.listeners();
        this.random = ctx.random();
        this.trackAges = rule.usesNodeFeatures();
        this.n = model.numVariables();
        this.modelRows = model.numRows();
        this.lp = new DualSimplex(model, settings.lpSettings().withSeed(ctx.options().seed()));
        lp.setStopCheck(ctx::shouldStop);
        this.globalLower = model.lowerBounds();
        this.globalUpper = model.upperBounds();
        for (int j = 0; j < n; j++) {
            if (model.isIntegral(j)) {
                double tol = settings.integralityTolerance();
                globalLower[j] = Math.ceil(globalLower[j] - tol);
                globalUpper[j] = Math.floor(globalUpper[j] + tol);
            }
        }
        this.curLower = globalLower.clone();
        this.curUpper = globalUpper.clone();
        this.dirty = new boolean[n];
        this.dirtyList = new int[16];
        this.checker = new SolutionChecker(model, settings.integralityTolerance(), settings.feasibilityTolerance());
        this.step = ObjectiveStep.of(model);
        double ag = ctx.options().absoluteGap();
        double rg = ctx.options().relativeGap();
        this.absGap = ag > 0 ? ag : 1e-6;
        this.relGap = rg > 0 ? rg : 1e-9;
        this.queue = new NodeQueue((a, b) -> selector.compare(a, b));
        this.pseudocosts = new PseudocostTable(n);
        this.cutoff = externalCutoff;
        this.basisBudget = Runtime.getRuntime().maxMemory() / 8;
        if (trackAges) {
            colAge = new int[n];
            rowAge = new int[modelRows];
        }
    }

    // ---- bounds and objective grid ----------------------------------------------------------------

    /**
     * Rounds a proven bound up to the objective grid (no change without a grid). A bound within
     * {@code 1e-6 + 1e-9 |k|} grid steps above a grid point {@code k} is taken as that point, so LP noise
     * never rounds a bound past the true optimum.
     */
    double roundBound(double bound) {
        if (step <= 0 || !Double.isFinite(bound)) {
            return bound;
        }
        double c = model.objectiveConstant();
        double units = (bound - c) / step;
        double k = Math.ceil(units - 1e-6 - 1e-9 * Math.abs(units));
        return Math.max(bound, c + k * step);
    }

    private double cutoffFor(double value) {
        if (!Double.isFinite(value)) {
            return Double.POSITIVE_INFINITY;
        }
        double delta = Math.max(absGap, relGap * Math.abs(value));
        if (step > 0) {
            delta = Math.max(delta, step - 1e-6 * Math.max(1.0, step));
        }
        return value - delta;
    }

    /**
     * Records the bound of a subtree discarded because it cannot beat the cutoff. On an objective grid,
     * a subtree whose bound reaches the cutoff cannot hold a solution better than the incumbent, so its
     * bound is the incumbent's value.
     */
    private void closeByBound(double provenBound) {
        double r = roundBound(provenBound);
        if (step > 0 && incumbent != null && provenBound >= cutoff) {
            r = Math.max(r, incumbentValue);
        }
        deadBound = Math.min(deadBound, r);
    }

    /** The proven global lower bound: open nodes, discarded subtrees and the incumbent. */
    double globalBound() {
        double b = Math.min(queue.minBound(), deadBound);
        if (current != null) {
            b = Math.min(b, current.lowerBound);
        }
        return Math.min(b, incumbentValue);
    }

    private void markDirty(int j) {
        if (!dirty[j]) {
            dirty[j] = true;
            if (dirtyCount == dirtyList.length) {
                dirtyList = java.util.Arrays.copyOf(dirtyList, dirtyCount * 2);
            }
            dirtyList[dirtyCount++] = j;
        }
    }

    /** Sets the current local bounds of a column, in the LP too. */
    void setLocal(int j, double lo, double up) {
        curLower[j] = lo;
        curUpper[j] = up;
        markDirty(j);
        lp.setBounds(j, lo, up);
    }

    /**
     * Tightens a column locally at the current node (recorded in the node, inherited by its subtree).
     *
     * @return false when the result would be empty
     */
    boolean tightenLocal(int j, double lo, double up) {
        double newLo = Math.max(curLower[j], lo);
        double newUp = Math.min(curUpper[j], up);
        if (model.isIntegral(j)) {
            newLo = Math.ceil(newLo - settings.integralityTolerance());
            newUp = Math.floor(newUp + settings.integralityTolerance());
        }
        if (newLo > newUp) {
            return false;
        }
        if (newLo == curLower[j] && newUp == curUpper[j]) {
            return true;
        }
        if (current != null) {
            current.addExtra(j, newLo, newUp);
        }
        setLocal(j, newLo, newUp);
        return true;
    }

    /** Applies a global tightening of column {@code j} (root reduced-cost fixing) to the global and local bounds. */
    private void tightenGlobal(int j, double lo, double up) {
        globalLower[j] = Math.max(globalLower[j], lo);
        globalUpper[j] = Math.min(globalUpper[j], up);
        double cl = Math.max(curLower[j], globalLower[j]);
        double cu = Math.min(curUpper[j], globalUpper[j]);
        if (cl > cu) {
            currentDead = true;
            markDirty(j);
            return;
        }
        if (cl != curLower[j] || cu != curUpper[j]) {
            setLocal(j, cl, cu);
        }
    }

    private void resetToGlobal() {
        for (int k = 0; k < dirtyCount; k++) {
            int j = dirtyList[k];
            dirty[j] = false;
            if (curLower[j] != globalLower[j] || curUpper[j] != globalUpper[j]) {
                curLower[j] = globalLower[j];
                curUpper[j] = globalUpper[j];
                lp.setBounds(j, curLower[j], curUpper[j]);
            }
        }
        dirtyCount = 0;
    }

    /**
     * Installs the local bounds of {@code node} (its whole path) in the LP.
     *
     * @return false when the bounds cross (the node is infeasible); the LP bounds are then unspecified
     *         but valid for some node, and the next move resets them
     */
    private boolean installPath(Node node) {
        resetToGlobal();
        int len = 0;
        for (Node p = node; p != null; p = p.parent) {
            if (len == pathBuffer.length) {
                pathBuffer = java.util.Arrays.copyOf(pathBuffer, len * 2);
            }
            pathBuffer[len++] = p;
        }
        int before = dirtyCount;
        for (int t = len - 1; t >= 0; t--) {
            Node p = pathBuffer[t];
            pathBuffer[t] = null;
            if (p.branchColumn >= 0) {
                int j = p.branchColumn;
                if (p.up) {
                    curLower[j] = Math.max(curLower[j], p.branchBound);
                } else {
                    curUpper[j] = Math.min(curUpper[j], p.branchBound);
                }
                markDirty(j);
            }
            for (int k = 0; k < p.extraCount; k++) {
                int j = p.extraColumns[k];
                curLower[j] = Math.max(curLower[j], p.extraLower[k]);
                curUpper[j] = Math.min(curUpper[j], p.extraUpper[k]);
                markDirty(j);
            }
        }
        for (int k = before; k < dirtyCount; k++) {
            int j = dirtyList[k];
            if (curLower[j] > curUpper[j]) {
                // leave the LP untouched for the crossing column; the next reset restores the rest
                for (int q = before; q < dirtyCount; q++) {
                    int c = dirtyList[q];
                    if (curLower[c] <= curUpper[c]) {
                        lp.setBounds(c, curLower[c], curUpper[c]);
                    }
                }
                return false;
            }
        }
        for (int k = before; k < dirtyCount; k++) {
            int j = dirtyList[k];
            lp.setBounds(j, curLower[j], curUpper[j]);
        }
        return true;
    }

    // ---- LP ----------------------------------------------------------------------------------

    private long iterationsUsed() {
        return lp.totalIterations();
    }

    /**
     * Solves the LP warm with the solve's remaining time and iteration budget and an extra iteration
     * limit ({@code <= 0}: none). The cutoff is whatever is set.
     */
    LpStatus solveLimited(long iterationLimit) {
        long budget = ctx.options().iterationLimit() == Long.MAX_VALUE ? Long.MAX_VALUE
                : Math.max(0, ctx.options().iterationLimit() - iterationsUsed());
        long limit = iterationLimit > 0 ? Math.min(iterationLimit, budget) : budget;
        lp.setIterationLimit(limit);
        double left = ctx.remainingSeconds();
        lp.setTimeLimit(Double.isInfinite(left) ? Double.POSITIVE_INFINITY : left);
        LpStatus st = lp.solve();
        lp.setIterationLimit(Long.MAX_VALUE);
        return st;
    }

    /** Node LP: warm solve with the cutoff; on a numerical failure one retry from the slack basis. */
    LpStatus solveNodeLp() {
        lp.setObjectiveCutoff(cutoff);
        LpStatus st = solveLimited(0);
        nodeLpIterations += lp.iterations();
        if (st == LpStatus.NUMERICAL_FAILURE || (st == LpStatus.UNBOUNDED && current != null && current.depth > 0)) {
            LOG.debug("{}: node LP {} at node {}; retrying from the slack basis", model.name(), st, current);
            lp.setBasis(Basis.slack(n, lp.numRows()));
            st = solveLimited(0);
            nodeLpIterations += lp.iterations();
            if (st == LpStatus.UNBOUNDED && current != null && current.depth > 0) {
                st = LpStatus.NUMERICAL_FAILURE;
            }
        }
        return st;
    }

    // ---- incumbent ---------------------------------------------------------------------------

    /**
     * Checks a candidate (rounded in place) and makes it the incumbent if it is feasible and better.
     *
     * @return true when accepted
     */
    boolean submit(double[] values, String source) {
        double[] x = values.clone();
        String reason = checker.roundAndCheck(x);
        if (reason != null) {
            LOG.trace("{}: candidate from {} rejected: {}", model.name(), source, reason);
            return false;
        }
        double value = checker.objective(x);
        if (!(value < incumbentValue) || !(value < externalCutoff)) {
            return false;
        }
        if (incumbent != null && value > incumbentValue - 1e-12 * Math.max(1.0, Math.abs(value))) {
            return false;
        }
        incumbent = x;
        incumbentValue = value;
        cutoff = Math.min(externalCutoff, cutoffFor(value));
        incumbentChanged = true;
        if (!"branching".equals(source) && !"lp".equals(source)) {
            heuristicSolutions++;
        }
        if (incumbentSum == null) {
            incumbentSum = new double[n];
        }
        for (int j = 0; j < n; j++) {
            incumbentSum[j] += x[j];
        }
        incumbentCount++;
        LOG.debug("{}: incumbent {} from {} after {} nodes", model.name(), value, source, nodesProcessed);
        ctx.newIncumbent(userSign * value, source);
        for (BbListener l : listeners) {
            l.incumbentFound(value, source, nodesProcessed);
        }
        return true;
    }

    /**
     * An integral LP solution: round, check, and if the rounding broke a row, re-solve the continuous
     * part with the integers fixed.
     *
     * @return true when the node's solution is settled (accepted, or not better than the incumbent)
     */
    private boolean acceptIntegral(double[] x, double lpObjective) {
        double[] y = x.clone();
        if (checker.roundAndCheck(y) == null) {
            submit(y, "lp");
            return true;
        }
        // big-M models: integers within tolerance can leave rows violated after rounding
        try (Dive dive = new Dive(this, lp, cutoff)) {
            openDive = dive;
            for (int j = 0; j < n; j++) {
                if (model.isIntegral(j)) {
                    double v = Math.max(curLower[j], Math.min(curUpper[j], Math.rint(x[j])));
                    dive.setBounds(j, v, v);
                }
            }
            LpStatus st = dive.solve(0);
            if (st == LpStatus.OPTIMAL) {
                double[] z = dive.values();
                if (checker.roundAndCheck(z) == null) {
                    submit(z, "lp");
                    double v = checker.objective(z);
                    return v <= roundBound(lpObjective) + Math.max(absGap, relGap * Math.abs(v));
                }
            }
        }
        return false;
    }

    void diveClosed(Dive dive, long iterations) {
        if (openDive == dive) {
            openDive = null;
        }
        diveIterations += iterations;
        if (pendingGlobalFixing) {
            pendingGlobalFixing = false;
            rootReducedCostFixing();
        }
    }

    // ---- reduced-cost fixing ------------------------------------------------------------------

    /** Global fixing from the root LP's reduced costs against the current cutoff. */
    private void rootReducedCostFixing() {
        if (!settings.reducedCostFixing() || rootReducedCosts == null || !Double.isFinite(cutoff)) {
            return;
        }
        if (openDive != null) {
            pendingGlobalFixing = true;
            return;
        }
        double slack = cutoff - rootObjective;
        if (!(slack >= 0)) {
            return;
        }
        for (int j = 0; j < n; j++) {
            if (!model.isIntegral(j)) {
                continue;
            }
            double d = rootReducedCosts[j];
            double lo = globalLower[j];
            double up = globalUpper[j];
            if (d > 1e-7 && Double.isFinite(lo) && lo < up) {
                double newUp = lo + Math.floor(slack / d + 1e-6);
                if (newUp < up) {
                    tightenGlobal(j, lo, newUp);
                    rcFixings++;
                }
            } else if (d < -1e-7 && Double.isFinite(up) && lo < up) {
                double newLo = up - Math.floor(slack / -d + 1e-6);
                if (newLo > lo) {
                    tightenGlobal(j, newLo, up);
                    rcFixings++;
                }
            }
        }
    }

    /** Local fixing at the current node from its LP's reduced costs. */
    private void nodeReducedCostFixing(double objective, double[] d, double[] x) {
        if (!settings.reducedCostFixing() || !Double.isFinite(cutoff)) {
            return;
        }
        double slack = cutoff - objective;
        if (!(slack >= 0)) {
            return;
        }
        for (int j = 0; j < n; j++) {
            if (!model.isIntegral(j)) {
                continue;
            }
            double dj = d[j];
            double lo = curLower[j];
            double up = curUpper[j];
            if (lo >= up) {
                continue;
            }
            if (dj > 1e-7 && Double.isFinite(lo) && x[j] <= lo + 1e-9) {
                double newUp = lo + Math.floor(slack / dj + 1e-6);
                if (newUp < up) {
                    tightenLocal(j, lo, newUp);
                    rcFixings++;
                }
            } else if (dj < -1e-7 && Double.isFinite(up) && x[j] >= up - 1e-9) {
                double newLo = up - Math.floor(slack / -dj + 1e-6);
                if (newLo > lo) {
                    tightenLocal(j, newLo, up);
                    rcFixings++;
                }
            }
        }
    }

    // ---- ages and feature caches --------------------------------------------------------------

    private void updateAges(double[] x, double[] activities) {
        for (int j = 0; j < n; j++) {
            colAge[j] = Math.abs(x[j]) <= 1e-9 ? colAge[j] + 1 : 0;
        }
        int rows = lp.numRows();
        if (rowAge.length < rows) {
            rowAge = java.util.Arrays.copyOf(rowAge, rows);
        }
        double tol = settings.feasibilityTolerance();
        for (int i = 0; i < rows; i++) {
            double lo = lp.rowLower(i);
            double up = lp.rowUpper(i);
            double a = activities[i];
            boolean tight = Math.abs(a - lo) <= tol * Math.max(1.0, Math.abs(lo))
                    || Math.abs(a - up) <= tol * Math.max(1.0, Math.abs(up));
            rowAge[i] = tight ? 0 : rowAge[i] + 1;
        }
    }

    double[] modelRowNorms() {
        if (modelRowNorm == null) {
            modelRowNorm = new double[modelRows];
            modelRowObjProduct = new double[modelRows];
            var a = model.matrix();
            for (int i = 0; i < modelRows; i++) {
                double s = 0.0;
                double p = 0.0;
                for (int k = a.rowStart(i); k < a.rowEnd(i); k++) {
                    double v = a.rowValue(k);
                    s += v * v;
                    p += v * model.cost(a.rowColumn(k));
                }
                modelRowNorm[i] = Math.sqrt(s);
                modelRowObjProduct[i] = p;
            }
        }
        return modelRowNorm;
    }

    double[] modelRowObjectiveProducts() {
        modelRowNorms();
        return modelRowObjProduct;
    }

    // ---- the search --------------------------------------------------------------------------

    /**
     * Runs the search.
     *
     * @param warmStart a candidate solution over the working model's columns, or null
     */
    public SearchOutcome run(double[] warmStart) {
        lastProgress = System.nanoTime();
        if (warmStart != null) {
            submit(warmStart, "warm start");
        }
        Node root = Node.root(Double.NEGATIVE_INFINITY);
        root.estimate = Double.NEGATIVE_INFINITY;
        current = root;
        NodeOutcome rootOutcome = processNode(root, true);
        if (rootOutcome == null) {
            return rootUnbounded();
        }
        lastProcessed = root;
        events();
        if (stopAtFirstSolution && incumbent != null) {
            current = null;
            return finish(SearchOutcome.Status.FEASIBLE, "feasible solution found");
        }
        if (rootOutcome == NodeOutcome.NUMERICAL_FAILURE && queue.isEmpty() && incumbent == null) {
            current = null;
            return finish(SearchOutcome.Status.ERROR, "root LP failed numerically");
        }
        current = null;
        if (rootOutcome == NodeOutcome.INTERRUPTED) {
            return finish(null, "limit reached at the root");
        }
        while (!queue.isEmpty()) {
            String stop = stopReason();
            if (stop != null) {
                return finish(null, stop);
            }
            Node node = select();
            queue.remove(node);
            releaseBasis(node);
            if (node.lowerBound >= cutoff) {
                closeByBound(node.lowerBound);
                report(node, NodeOutcome.CUTOFF, Double.NaN, 0, new int[0], -1, Double.NaN, null);
                lastProcessed = node;
                lastChildren = List.of();
                continue;
            }
            boolean plunge = lastProcessed != null && node.parent == lastProcessed;
            boolean sibling = !plunge && lastProcessed != null && node.parent != null
                    && node.parent == lastProcessed.parent;
            plungeDepth = plunge || sibling ? plungeDepth + 1 : 0;
            current = node;
            currentDead = false;
            boolean ok;
            if (plunge) {
                ok = applyBranch(node);
            } else {
                ok = installPath(node);
                if (ok && !sibling && node.basis != null) {
                    lp.setBasis(node.basis.basis);
                }
            }
            node.basis = null;
            NodeOutcome outcome;
            if (!ok) {
                outcome = NodeOutcome.INFEASIBLE;
                nodesProcessed++;
                report(node, outcome, Double.NaN, 0, new int[0], -1, Double.NaN, null);
                lastChildren = List.of();
            } else {
                outcome = processNode(node, false);
            }
            lastProcessed = node;
            current = null;
            if (outcome == NodeOutcome.INTERRUPTED) {
                queue.add(node);
                return finish(null, stopReason() != null ? stopReason() : "limit reached");
            }
            if (stopAtFirstSolution && incumbent != null) {
                return finish(SearchOutcome.Status.FEASIBLE, "feasible solution found");
            }
            events();
        }
        return finish(null, null);
    }

    private boolean applyBranch(Node node) {
        int j = node.branchColumn;
        double lo = curLower[j];
        double up = curUpper[j];
        if (node.up) {
            lo = Math.max(lo, node.branchBound);
        } else {
            up = Math.min(up, node.branchBound);
        }
        if (lo > up) {
            return false;
        }
        setLocal(j, lo, up);
        return true;
    }

    private void releaseBasis(Node node) {
        SharedBasis b = node.basis;
        if (b != null && --b.users == 0) {
            basisBytes -= b.bytes;
        }
    }

    private String stopReason() {
        if (ctx.isStopRequested()) {
            return "stop requested";
        }
        if (ctx.isTimeUp() || Thread.currentThread().isInterrupted()) {
            return "time limit";
        }
        if (nodesProcessed >= ctx.options().nodeLimit()) {
            return "node limit";
        }
        if (ctx.options().iterationLimit() != Long.MAX_VALUE && iterationsUsed() >= ctx.options().iterationLimit()) {
            return "iteration limit";
        }
        return null;
    }

    private Node select() {
        Selection sel = new Selection();
        NodeView v = selector.select(sel);
        if (!(v instanceof Node node) || node.orderPos < 0) {
            throw new IllegalStateException("node selector " + selector.name() + " returned " + v
                    + ", which is not an open node");
        }
        return node;
    }

    /** The view a node selector gets. */
    private final class Selection implements org.cobalt.milp.bb.spi.SelectionContext {
        @Override
        public NodeView first() {
            return queue.first();
        }

        @Override
        public NodeView bestBound() {
            return queue.bestBound();
        }

        @Override
        public List<NodeView> children() {
            List<NodeView> open = new ArrayList<>(2);
            for (Node c : lastChildren) {
                if (c.orderPos >= 0) {
                    open.add(c);
                }
            }
            return open;
        }

        @Override
        public List<NodeView> siblings() {
            if (lastProcessed == null || lastProcessed.parent == null) {
                return List.of();
            }
            List<NodeView> open = new ArrayList<>(1);
            Node s = lastProcessed.sibling;
            if (s != null && s.orderPos >= 0) {
                open.add(s);
            }
            return open;
        }

        @Override
        public NodeView lastProcessed() {
            return lastProcessed;
        }

        @Override
        public int openCount() {
            return queue.size();
        }

        @Override
        public int plungeDepth() {
            return plungeDepth;
        }

        @Override
        public long nodesProcessed() {
            return nodesProcessed;
        }

        @Override
        public int maxDepth() {
            return maxDepth;
        }

        @Override
        public double incumbentValue() {
            return incumbentValue;
        }

        @Override
        public double globalLowerBound() {
            return globalBound();
        }
    }

    /**
     * Processes one node whose bounds are installed: LP, (root: cuts), heuristics, fixing, branching.
     *
     * @return the outcome, or null when the root LP is unbounded
     */
    private NodeOutcome processNode(Node node, boolean isRoot) {
        long itBefore = nodeLpIterations;
        NodeScope scope = null;
        boolean cutsDone = !isRoot;
        boolean pseudocostDone = isRoot;
        boolean heuristicsDone = false;
        int resolves = 0;
        while (true) {
            if (currentDead) {
                return closeNode(node, NodeOutcome.INFEASIBLE, scope, itBefore);
            }
            if (incumbentChanged) {
                incumbentChanged = false;
                rootReducedCostFixing();
                if (currentDead) {
                    return closeNode(node, NodeOutcome.INFEASIBLE, scope, itBefore);
                }
            }
            LpStatus st = solveNodeLp();
            if (st == LpStatus.OPTIMAL && !cutsDone) {
                cutsDone = true;
                st = new RootCutLoop(this).run();
            }
            switch (st) {
                case OPTIMAL -> {
                }
                case INFEASIBLE -> {
                    return closeNode(node, NodeOutcome.INFEASIBLE, scope, itBefore);
                }
                case CUTOFF -> {
                    if (!pseudocostDone && node.branchColumn >= 0 && Double.isFinite(node.parentObjective)
                            && Double.isFinite(cutoff)) {
                        // the LP proved its optimum past the cutoff: cutoff - parent objective is a lower bound on
                        // the gain, and leaving such children out would bias pseudocosts toward small gains
                        pseudocostDone = true;
                        pseudocosts.update(node.branchColumn, node.up, Math.max(0.0, cutoff - node.parentObjective),
                                node.branchDelta);
                    }
                    closeByBound(Math.max(node.lowerBound, cutoff));
                    return closeNode(node, NodeOutcome.CUTOFF, scope, itBefore);
                }
                case UNBOUNDED -> {
                    if (isRoot) {
                        return null;
                    }
                    return abandon(node, scope, itBefore, "node LP unbounded");
                }
                case ITERATION_LIMIT, TIME_LIMIT, STOPPED, NOT_SOLVED -> {
                    if (stopReason() == null && st == LpStatus.ITERATION_LIMIT) {
                        return abandon(node, scope, itBefore, "node LP iteration limit");
                    }
                    return NodeOutcome.INTERRUPTED;
                }
                case NUMERICAL_FAILURE -> {
                    return abandon(node, scope, itBefore, "node LP failed numerically");
                }
            }
            nodeLps++;
            scope = new NodeScope(this, node);
            double obj = scope.lpObjective;
            node.lowerBound = roundBound(Math.max(node.lowerBound, obj));
            if (!pseudocostDone) {
                pseudocostDone = true;
                if (node.branchColumn >= 0 && Double.isFinite(node.parentObjective)) {
                    pseudocosts.update(node.branchColumn, node.up, obj - node.parentObjective, node.branchDelta);
                }
            }
            if (trackAges) {
                updateAges(scope.x, scope.rowActivities());
            }
            if (isRoot && rootReducedCosts == null) {
                rootObjective = obj;
                rootReducedCosts = scope.reducedCosts().clone();
                events();
            }
            if (node.lowerBound >= cutoff) {
                closeByBound(node.lowerBound);
                return closeNode(node, NodeOutcome.CUTOFF, scope, itBefore);
            }
            if (scope.candidates.length == 0) {
                if (acceptIntegral(scope.x, obj)) {
                    return closeNode(node, NodeOutcome.INTEGRAL, scope, itBefore);
                }
                numericalFailures++;
                trouble = "integral LP solutions failed the feasibility check";
                deadBound = Math.min(deadBound, node.lowerBound);
                return closeNode(node, NodeOutcome.NUMERICAL_FAILURE, scope, itBefore);
            }
            if (!heuristicsDone) {
                heuristicsDone = true;
                runHeuristics(scope, isRoot);
                if (node.lowerBound >= cutoff) {
                    closeByBound(node.lowerBound);
                    return closeNode(node, NodeOutcome.CUTOFF, scope, itBefore);
                }
                if (stopAtFirstSolution && incumbent != null) {
                    return closeNode(node, NodeOutcome.CUTOFF, scope, itBefore);
                }
            }
            if (incumbentChanged) {
                incumbentChanged = false;
                rootReducedCostFixing();
            }
            nodeReducedCostFixing(obj, scope.reducedCosts(), scope.x);
            if (currentDead) {
                return closeNode(node, NodeOutcome.INFEASIBLE, scope, itBefore);
            }
            BranchingRule r = resolves < MAX_RESOLVES ? rule : FALLBACK;
            BranchingDecision decision = r.branch(scope);
            switch (decision) {
                case BranchingDecision.Resolve ignored -> {
                    resolves++;
                    continue;
                }
                case BranchingDecision.Prune p -> {
                    if (Double.isFinite(cutoff)) {
                        closeByBound(Math.max(node.lowerBound, cutoff));
                    }
                    return closeNode(node, NodeOutcome.PRUNED_BY_RULE, scope, itBefore);
                }
                case BranchingDecision.Branch b -> {
                    branch(node, scope, b);
                    // both children can be cut off right away by their strong-branching bounds
                    return closeNode(node, lastChildren.isEmpty() ? NodeOutcome.CUTOFF : NodeOutcome.BRANCHED,
                            scope, itBefore);
                }
            }
        }
    }

    private static final BranchingRule FALLBACK = new MostFractional();

    private NodeOutcome abandon(Node node, NodeScope scope, long itBefore, String why) {
        numericalFailures++;
        trouble = why;
        LOG.debug("{}: abandoning node {}: {}", model.name(), node.id, why);
        deadBound = Math.min(deadBound, node.lowerBound);
        return closeNode(node, NodeOutcome.NUMERICAL_FAILURE, scope, itBefore);
    }

    private NodeOutcome closeNode(Node node, NodeOutcome outcome, NodeScope scope, long itBefore) {
        nodesProcessed++;
        if (outcome != NodeOutcome.BRANCHED) {
            lastChildren = List.of();
        }
        if (!listeners.isEmpty()) {
            int[] cands = scope == null ? new int[0] : scope.candidates.clone();
            double obj = scope == null ? Double.NaN : scope.lpObjective;
            int col = -1;
            double val = Double.NaN;
            if (outcome == NodeOutcome.BRANCHED && !lastChildren.isEmpty()) {
                col = lastChildren.get(0).branchColumn;
                val = scope.x[col];
            }
            report(node, outcome, obj, nodeLpIterations - itBefore, cands, col, val, lastChildren);
        }
        return outcome;
    }

    private void report(Node node, NodeOutcome outcome, double obj, long its, int[] cands, int col, double val,
                        List<Node> children) {
        if (listeners.isEmpty()) {
            return;
        }
        long down = -1;
        long up = -1;
        if (children != null) {
            for (Node c : children) {
                if (c.up) {
                    up = c.id;
                } else {
                    down = c.id;
                }
            }
        }
        NodeReport r = new NodeReport(node.id, node.parentId(), node.depth, outcome, obj, its, cands, col, val, down, up,
                incumbentValue, globalBound(), nodesProcessed);
        for (BbListener l : listeners) {
            l.nodeProcessed(r);
        }
    }

    private void runHeuristics(NodeScope scope, boolean isRoot) {
        for (PrimalHeuristic h : heuristics) {
            if (disabledHeuristics.contains(h) || ctx.shouldStop()) {
                continue;
            }
            boolean due = isRoot ? h.timing().atRoot() : h.timing().dueAt(nodesProcessed, scope.node.depth);
            if (!due) {
                continue;
            }
            try {
                h.run(scope);
            } catch (RuntimeException e) {
                LOG.warn("{}: heuristic {} failed and is disabled for this solve: {}", model.name(), h.name(), e.toString());
                disabledHeuristics.add(h);
            } finally {
                if (openDive != null) {
                    LOG.warn("{}: heuristic {} left a dive open; closing it", model.name(), h.name());
                    openDive.close();
                }
            }
        }
    }

    private void branch(Node node, NodeScope scope, BranchingDecision.Branch b) {
        int j = b.column();
        if (j >= n || !model.isIntegral(j) || !scope.isCandidate(j)) {
            throw new IllegalStateException("branching rule " + rule.name() + " chose column " + j
                    + ", which is not a fractional integer column");
        }
        double x = scope.x[j];
        double f = x - Math.floor(x);
        double lb = node.lowerBound;
        double downBound = roundBound(Math.max(lb, b.downBound()));
        double upBound = roundBound(Math.max(lb, b.upBound()));
        double pd = pseudocosts.down(j) * f;
        double pu = pseudocosts.up(j) * (1.0 - f);
        double base = scope.estimate() - Math.min(pd, pu);
        double downEst = Math.max(downBound, base + pd);
        double upEst = Math.max(upBound, base + pu);
        boolean upFirst = switch (b.preference()) {
            case UP -> true;
            case DOWN -> false;
            case AUTO -> f > 0.5;
        };
        List<Node> children = new ArrayList<>(2);
        for (int t = 0; t < 2; t++) {
            boolean up = upFirst == (t == 0);
            double bound = up ? upBound : downBound;
            if (bound >= cutoff) {
                closeByBound(bound);
                continue;
            }
            Node child = new Node(nextId++, node, j, up, up ? Math.ceil(x) : Math.floor(x), up ? 1.0 - f : f,
                    scope.lpObjective, bound, up ? upEst : downEst);
            children.add(child);
        }
        if (children.size() == 2) {
            children.get(0).sibling = children.get(1);
            children.get(1).sibling = children.get(0);
        }
        if (!children.isEmpty()) {
            Basis basis = lp.getBasis();
            SharedBasis shared = new SharedBasis(basis, children.size());
            if (basisBytes + shared.bytes <= basisBudget) {
                basisBytes += shared.bytes;
                for (Node c : children) {
                    c.basis = shared;
                }
            }
            for (Node c : children) {
                queue.add(c);
                maxDepth = Math.max(maxDepth, c.depth);
            }
        }
        lastChildren = children;
    }

    private void events() {
        double gb = globalBound();
        if (gb > reportedBound && Double.isFinite(gb)) {
            reportedBound = gb;
            ctx.boundImproved(userSign * gb);
        }
        long now = System.nanoTime();
        if (now - lastProgress >= PROGRESS_NANOS) {
            lastProgress = now;
            ctx.progress(nodesProcessed, queue.size(), incumbent == null ? Double.NaN : userSign * incumbentValue,
                    Double.isFinite(gb) ? userSign * gb : Double.NaN);
        }
    }

    private SearchOutcome rootUnbounded() {
        current = null;
        return finish(SearchOutcome.Status.ROOT_UNBOUNDED, "LP relaxation unbounded");
    }

    private SearchOutcome finish(SearchOutcome.Status forced, String message) {
        double bound;
        if (queue.isEmpty() && forced == null && message == null) {
            bound = Math.min(deadBound, incumbentValue);
        } else {
            bound = globalBound();
        }
        SearchOutcome.Status status;
        String msg = message == null ? "" : message;
        if (forced != null) {
            status = forced;
        } else if (message == null) {
            // tree exhausted
            if (incumbent == null) {
                status = deadBound < Double.POSITIVE_INFINITY && numericalFailures > 0
                        ? SearchOutcome.Status.LIMIT_REACHED : SearchOutcome.Status.INFEASIBLE;
                if (status == SearchOutcome.Status.LIMIT_REACHED) {
                    msg = "subtrees abandoned after numerical trouble (" + trouble + ")";
                }
            } else if (bound >= cutoff || incumbentValue - bound <= Math.max(absGap, relGap * Math.abs(incumbentValue))
                    || (step > 0 && bound > incumbentValue - step + 1e-6)) {
                status = SearchOutcome.Status.OPTIMAL;
                bound = Math.max(bound, Math.min(incumbentValue, roundBound(bound)));
            } else {
                status = SearchOutcome.Status.FEASIBLE;
                msg = "subtrees abandoned after numerical trouble (" + trouble + ")";
            }
        } else {
            status = incumbent != null ? SearchOutcome.Status.FEASIBLE : SearchOutcome.Status.LIMIT_REACHED;
        }
        if (status == SearchOutcome.Status.INFEASIBLE) {
            bound = Double.POSITIVE_INFINITY;
        }
        if (status == SearchOutcome.Status.OPTIMAL) {
            bound = Math.min(bound, incumbentValue);
        }
        Map<String, Long> counters = new LinkedHashMap<>();
        counters.put("nodeLps", nodeLps);
        counters.put("nodeLpIterations", nodeLpIterations);
        counters.put("strongBranchIterations", sbIterations);
        counters.put("diveIterations", diveIterations);
        counters.put("cutRounds", cutRoundsRun);
        counters.put("cutsAdded", cutsAdded);
        counters.put("cutsInLp", (long) cuts.size());
        counters.put("reducedCostFixings", rcFixings);
        counters.put("heuristicSolutions", heuristicSolutions);
        counters.put("numericalFailures", numericalFailures);
        counters.put("openNodes", (long) queue.size());
        counters.put("maxDepth", (long) maxDepth);
        LOG.debug("{}: {} after {} nodes, objective {}, bound {}", model.name(), status, nodesProcessed, incumbentValue, bound);
        return new SearchOutcome(status, incumbent, incumbentValue, bound, nodesProcessed, lp.totalIterations(), counters,
                msg);
    }

    void countCutRound(int added) {
        cutRoundsRun++;
        cutsAdded += added;
    }
}
