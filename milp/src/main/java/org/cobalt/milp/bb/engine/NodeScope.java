package org.cobalt.milp.bb.engine;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.solver.SolveResult;
import org.cobalt.milp.bb.features.BipartiteGraph;
import org.cobalt.milp.bb.spi.BranchingContext;
import org.cobalt.milp.bb.spi.HeuristicContext;
import org.cobalt.milp.bb.spi.LpDive;
import org.cobalt.milp.bb.spi.NodeView;
import org.cobalt.milp.bb.spi.ProbeStatus;
import org.cobalt.milp.bb.spi.Pseudocosts;
import org.cobalt.milp.bb.spi.StrongBranchResult;
import org.cobalt.milp.bb.spi.SubMipLimits;
import org.cobalt.milp.lp.BasisStatus;
import org.cobalt.milp.lp.Checkpoint;
import org.cobalt.milp.lp.LpStatus;

/**
 * One solved node LP as the branching rule and the heuristics see it. The LP solution is read once
 * when the scope is made; reduced costs, duals, activities and the bipartite graph only on demand.
 */
final class NodeScope implements BranchingContext, HeuristicContext {

    final TreeSearch s;
    final Node node;
    final double lpObjective;
    final double[] x;
    final int[] candidates;
    private double[] reducedCosts;
    private double[] duals;
    private double[] activities;
    private BipartiteGraph graph;
    private double estimate = Double.NaN;

    NodeScope(TreeSearch search, Node node) {
        this.s = search;
        this.node = node;
        this.lpObjective = search.lp.objective();
        this.x = search.lp.primalValues();
        double tol = search.settings.integralityTolerance();
        int[] c = new int[16];
        int count = 0;
        MilpModel m = search.model;
        for (int j = 0; j < search.n; j++) {
            if (m.isIntegral(j)) {
                double f = x[j] - Math.floor(x[j]);
                if (f > tol && f < 1.0 - tol) {
                    if (count == c.length) {
                        c = Arrays.copyOf(c, count * 2);
                    }
                    c[count++] = j;
                }
            }
        }
        this.candidates = Arrays.copyOf(c, count);
    }

    boolean isCandidate(int j) {
        return Arrays.binarySearch(candidates, j) >= 0;
    }

    /** LP objective plus the pseudocost estimate of closing every fractionality. */
    double estimate() {
        if (Double.isNaN(estimate)) {
            double e = lpObjective;
            PseudocostTable pc = s.pseudocosts;
            for (int j : candidates) {
                double f = x[j] - Math.floor(x[j]);
                e += Math.min(pc.down(j) * f, pc.up(j) * (1.0 - f));
            }
            estimate = e;
        }
        return estimate;
    }

    // ---- shared ------------------------------------------------------------------------------

    @Override
    public MilpModel model() {
        return s.model;
    }

    @Override
    public int numColumns() {
        return s.n;
    }

    @Override
    public int numLpRows() {
        return s.lp.numRows();
    }

    @Override
    public NodeView node() {
        return node;
    }

    @Override
    public int depth() {
        return node.depth;
    }

    @Override
    public long nodesProcessed() {
        return s.nodesProcessed;
    }

    @Override
    public double lpObjective() {
        return lpObjective;
    }

    @Override
    public double[] lpSolution() {
        return x;
    }

    @Override
    public double lpValue(int column) {
        return x[column];
    }

    @Override
    public double[] reducedCosts() {
        if (reducedCosts == null) {
            reducedCosts = s.lp.reducedCosts();
        }
        return reducedCosts;
    }

    @Override
    public double[] duals() {
        if (duals == null) {
            duals = s.lp.duals();
        }
        return duals;
    }

    @Override
    public double[] rowActivities() {
        if (activities == null) {
            activities = s.lp.rowActivities();
        }
        return activities;
    }

    @Override
    public BasisStatus columnStatus(int column) {
        return s.lp.columnStatus(column);
    }

    @Override
    public BasisStatus rowStatus(int row) {
        return s.lp.rowStatus(row);
    }

    @Override
    public double lower(int column) {
        return s.curLower[column];
    }

    @Override
    public double upper(int column) {
        return s.curUpper[column];
    }

    @Override
    public double rowLower(int row) {
        return s.lp.rowLower(row);
    }

    @Override
    public double rowUpper(int row) {
        return s.lp.rowUpper(row);
    }

    @Override
    public int[] candidates() {
        return candidates;
    }

    @Override
    public int[] fractionalColumns() {
        return candidates;
    }

    @Override
    public double integralityTolerance() {
        return s.settings.integralityTolerance();
    }

    @Override
    public double feasibilityTolerance() {
        return s.settings.feasibilityTolerance();
    }

    @Override
    public Pseudocosts pseudocosts() {
        return s.pseudocosts;
    }

    @Override
    public boolean hasIncumbent() {
        return s.incumbent != null;
    }

    @Override
    public double incumbentValue() {
        return s.incumbentValue;
    }

    @Override
    public double[] incumbent() {
        return s.incumbent == null ? null : s.incumbent.clone();
    }

    @Override
    public double cutoffBound() {
        return s.cutoff;
    }

    @Override
    public double globalLowerBound() {
        return s.globalBound();
    }

    @Override
    public long nodeLpIterations() {
        return s.nodeLpIterations;
    }

    @Override
    public RandomGenerator random() {
        return s.random;
    }

    @Override
    public boolean shouldStop() {
        return s.ctx.shouldStop();
    }

    // ---- branching ---------------------------------------------------------------------------

    @Override
    public StrongBranchResult strongBranch(int column, int iterationLimit) {
        if (!isCandidate(column)) {
            throw new IllegalArgumentException("column " + column + " is not a fractional integer column at this node");
        }
        if (s.openDive != null) {
            throw new IllegalStateException("strong branching while a dive is open");
        }
        double v = x[column];
        double lo = s.curLower[column];
        double up = s.curUpper[column];
        Checkpoint cp = s.lp.checkpoint();
        long before = s.lp.totalIterations();
        s.lp.setObjectiveCutoff(s.cutoff);

        // The column's bounds may have changed since the node LP was solved (global reduced-cost
        // fixing after a new incumbent, or an earlier tightening at this node): a child whose
        // domain is empty is infeasible without an LP.
        LpStatus downSt = LpStatus.INFEASIBLE;
        if (Math.floor(v) >= lo) {
            s.lp.setBounds(column, lo, Math.floor(v));
            downSt = s.solveLimited(iterationLimit);
        }
        double[] down = probeBound(downSt);
        s.lp.setBounds(column, lo, up);
        s.lp.restore(cp);

        LpStatus upSt = LpStatus.INFEASIBLE;
        if (Math.ceil(v) <= up) {
            s.lp.setBounds(column, Math.ceil(v), up);
            upSt = s.solveLimited(iterationLimit);
        }
        double[] upper = probeBound(upSt);
        s.lp.setBounds(column, lo, up);
        s.lp.restore(cp);

        long its = s.lp.totalIterations() - before;
        s.sbIterations += its;
        ProbeStatus ds = ProbeStatus.values()[(int) down[1]];
        ProbeStatus us = ProbeStatus.values()[(int) upper[1]];
        double f = v - Math.floor(v);
        if (downSt == LpStatus.OPTIMAL && ds == ProbeStatus.OPTIMAL) {
            s.pseudocosts.update(column, false, down[0] - lpObjective, f);
        }
        if (upSt == LpStatus.OPTIMAL && us == ProbeStatus.OPTIMAL) {
            s.pseudocosts.update(column, true, upper[0] - lpObjective, 1.0 - f);
        }
        return new StrongBranchResult(column, v, lpObjective, down[0], upper[0], ds, us, its);
    }

    /** {bound, status ordinal} of a finished probe. */
    private double[] probeBound(LpStatus st) {
        double bound;
        ProbeStatus ps;
        switch (st) {
            case OPTIMAL -> {
                bound = s.roundBound(Math.max(lpObjective, s.lp.objective()));
                ps = ProbeStatus.OPTIMAL;
            }
            case CUTOFF -> {
                bound = Double.POSITIVE_INFINITY;
                ps = ProbeStatus.CUTOFF;
            }
            case INFEASIBLE -> {
                bound = Double.POSITIVE_INFINITY;
                ps = ProbeStatus.INFEASIBLE;
            }
            case ITERATION_LIMIT -> {
                double db = s.lp.dualBound();
                bound = s.roundBound(Math.max(lpObjective, Double.isNaN(db) ? lpObjective : db));
                ps = ProbeStatus.ITERATION_LIMIT;
            }
            default -> {
                bound = lpObjective;
                ps = ProbeStatus.FAILED;
            }
        }
        if (ps != ProbeStatus.INFEASIBLE && ps != ProbeStatus.FAILED && bound >= s.cutoff) {
            bound = Double.POSITIVE_INFINITY;
            ps = ProbeStatus.CUTOFF;
        }
        return new double[] {bound, ps.ordinal()};
    }

    @Override
    public long strongBranchIterations() {
        return s.sbIterations;
    }

    @Override
    public long nodeLpCount() {
        return s.nodeLps;
    }

    @Override
    public boolean tightenBounds(int column, double lower, double upper) {
        if (s.openDive != null) {
            throw new IllegalStateException("bounds cannot be tightened while a dive is open");
        }
        return s.tightenLocal(column, lower, upper);
    }

    @Override
    public BipartiteGraph bipartiteGraph() {
        if (graph == null) {
            graph = GraphFeatures.build(this);
        }
        return graph;
    }

    // ---- heuristics --------------------------------------------------------------------------

    @Override
    public boolean submit(double[] values, String source) {
        if (values == null || values.length != s.n) {
            throw new IllegalArgumentException("a solution needs " + s.n + " values");
        }
        return s.submit(values, source == null ? "heuristic" : source);
    }

    @Override
    public LpDive startDive() {
        if (s.openDive != null) {
            throw new IllegalStateException("a dive is already open");
        }
        Dive d = new Dive(s, s.lp, s.cutoff);
        s.openDive = d;
        return d;
    }

    @Override
    public SolveResult solveSubMip(MilpModel subModel, SubMipLimits limits) {
        int depth = s.subMipDepth + 1;
        if (depth > s.settings.maxSubMipDepth()) {
            return new SolveResult.Builder("cobalt-bb", subModel.name(), org.cobalt.core.solver.SolveStatus.LIMIT_REACHED,
                    java.time.Duration.ZERO).message("sub-MIP nesting limit " + s.settings.maxSubMipDepth()).build();
        }
        double left = s.ctx.remainingSeconds();
        SubMipLimits capped = limits.timeLimitSeconds() > left
                ? new SubMipLimits(limits.nodeLimit(), Math.max(1e-3, left), limits.objectiveCutoff()) : limits;
        return s.subMipSolver.solve(subModel, capped, depth);
    }

    @Override
    public int subMipDepth() {
        return s.subMipDepth;
    }

    @Override
    public double remainingSeconds() {
        return s.ctx.remainingSeconds();
    }
}
