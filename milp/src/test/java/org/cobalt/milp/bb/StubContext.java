package org.cobalt.milp.bb;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.milp.bb.features.BipartiteGraph;
import org.cobalt.milp.bb.spi.BranchingContext;
import org.cobalt.milp.bb.spi.NodeView;
import org.cobalt.milp.bb.spi.ProbeStatus;
import org.cobalt.milp.bb.spi.Pseudocosts;
import org.cobalt.milp.bb.spi.StrongBranchResult;
import org.cobalt.milp.lp.BasisStatus;

/**
 * A hand-made node for branching-rule unit tests: fixed LP values, pseudocosts and strong-branching
 * child bounds; records which candidates were strong-branched.
 */
final class StubContext implements BranchingContext {

    final double[] x;
    final int[] candidates;
    final double objective;
    final double[] downBound;
    final double[] upBound;
    final double[] pcDown;
    final double[] pcUp;
    final int[] pcDownCount;
    final int[] pcUpCount;
    final List<Integer> probed = new ArrayList<>();
    long nodeIterations = 1000;
    long sbIterations;

    StubContext(double[] x, int[] candidates, double objective) {
        int n = x.length;
        this.x = x;
        this.candidates = candidates;
        this.objective = objective;
        this.downBound = new double[n];
        this.upBound = new double[n];
        this.pcDown = new double[n];
        this.pcUp = new double[n];
        this.pcDownCount = new int[n];
        this.pcUpCount = new int[n];
        java.util.Arrays.fill(downBound, objective);
        java.util.Arrays.fill(upBound, objective);
    }

    private static UnsupportedOperationException unsupported() {
        return new UnsupportedOperationException("not part of the stub");
    }

    @Override
    public MilpModel model() {
        throw unsupported();
    }

    @Override
    public int numColumns() {
        return x.length;
    }

    @Override
    public int numLpRows() {
        return 0;
    }

    @Override
    public NodeView node() {
        throw unsupported();
    }

    @Override
    public int depth() {
        return 0;
    }

    @Override
    public long nodesProcessed() {
        return 0;
    }

    @Override
    public double lpObjective() {
        return objective;
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
        throw unsupported();
    }

    @Override
    public double[] duals() {
        throw unsupported();
    }

    @Override
    public double[] rowActivities() {
        throw unsupported();
    }

    @Override
    public BasisStatus columnStatus(int column) {
        throw unsupported();
    }

    @Override
    public BasisStatus rowStatus(int row) {
        throw unsupported();
    }

    @Override
    public double lower(int column) {
        return Math.floor(x[column]) - 1;
    }

    @Override
    public double upper(int column) {
        return Math.ceil(x[column]) + 1;
    }

    @Override
    public double rowLower(int row) {
        throw unsupported();
    }

    @Override
    public double rowUpper(int row) {
        throw unsupported();
    }

    @Override
    public int[] candidates() {
        return candidates;
    }

    @Override
    public double integralityTolerance() {
        return 1e-6;
    }

    @Override
    public Pseudocosts pseudocosts() {
        return new Pseudocosts() {
            @Override
            public double down(int column) {
                return pcDownCount[column] > 0 ? pcDown[column] : averageDown();
            }

            @Override
            public double up(int column) {
                return pcUpCount[column] > 0 ? pcUp[column] : averageUp();
            }

            @Override
            public int downCount(int column) {
                return pcDownCount[column];
            }

            @Override
            public int upCount(int column) {
                return pcUpCount[column];
            }

            @Override
            public double averageDown() {
                return average(pcDown, pcDownCount);
            }

            @Override
            public double averageUp() {
                return average(pcUp, pcUpCount);
            }
        };
    }

    private static double average(double[] v, int[] c) {
        double s = 0.0;
        int k = 0;
        for (int j = 0; j < v.length; j++) {
            if (c[j] > 0) {
                s += v[j];
                k++;
            }
        }
        return k == 0 ? 1.0 : s / k;
    }

    @Override
    public boolean hasIncumbent() {
        return false;
    }

    @Override
    public double incumbentValue() {
        return Double.POSITIVE_INFINITY;
    }

    @Override
    public double[] incumbent() {
        return null;
    }

    @Override
    public double cutoffBound() {
        return Double.POSITIVE_INFINITY;
    }

    @Override
    public double globalLowerBound() {
        return objective;
    }

    @Override
    public StrongBranchResult strongBranch(int column, int iterationLimit) {
        probed.add(column);
        sbIterations += 10;
        ProbeStatus ds = Double.isInfinite(downBound[column]) ? ProbeStatus.INFEASIBLE : ProbeStatus.OPTIMAL;
        ProbeStatus us = Double.isInfinite(upBound[column]) ? ProbeStatus.INFEASIBLE : ProbeStatus.OPTIMAL;
        return new StrongBranchResult(column, x[column], objective, downBound[column], upBound[column], ds, us, 10);
    }

    @Override
    public long nodeLpIterations() {
        return nodeIterations;
    }

    @Override
    public long strongBranchIterations() {
        return sbIterations;
    }

    @Override
    public long nodeLpCount() {
        return 10;
    }

    @Override
    public boolean tightenBounds(int column, double lower, double upper) {
        return true;
    }

    @Override
    public BipartiteGraph bipartiteGraph() {
        throw unsupported();
    }

    @Override
    public RandomGenerator random() {
        return new SplittableRandom(1);
    }

    @Override
    public boolean shouldStop() {
        return false;
    }
}
