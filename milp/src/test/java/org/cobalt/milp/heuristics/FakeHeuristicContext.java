package org.cobalt.milp.heuristics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.solution.MilpSolution;
import org.cobalt.core.solver.SolveOptions;
import org.cobalt.core.solver.SolveResult;
import org.cobalt.core.verify.Verification;
import org.cobalt.core.verify.Verifiers;
import org.cobalt.milp.bb.spi.HeuristicContext;
import org.cobalt.milp.bb.spi.LpDive;
import org.cobalt.milp.bb.spi.Pseudocosts;
import org.cobalt.milp.bb.spi.SubMipLimits;
import org.cobalt.milp.lp.Checkpoint;
import org.cobalt.milp.lp.DualSimplex;
import org.cobalt.milp.lp.LpStatus;
import org.cobalt.milp.reference.ReferenceSolvers;

/**
 * A root-node {@link HeuristicContext} over a {@link DualSimplex} for testing heuristics without the
 * branch-and-bound engine. {@link #submit} records every candidate with its independent
 * verification ({@link Verifiers#check}, no rounding) and accepts feasible improving ones; dives
 * restore bounds, costs and basis when closed; sub-MIPs are solved by SCIP.
 */
final class FakeHeuristicContext implements HeuristicContext {

    record Submission(double[] values, String source, Verification verification) {
    }

    final MilpModel model;
    final DualSimplex lp;
    final List<Submission> submissions = new ArrayList<>();
    private final double[] x;
    private final int[] fractional;
    private final SplittableRandom random;
    private double[] incumbent;
    private double incumbentValue = Double.POSITIVE_INFINITY;
    private boolean diveOpen;
    int subMipCalls;

    /** @param model a minimization model whose LP relaxation is solved here (must be OPTIMAL) */
    FakeHeuristicContext(MilpModel model, long seed) {
        if (model.isMaximization()) {
            throw new IllegalArgumentException("working models are minimizations");
        }
        this.model = model;
        this.lp = new DualSimplex(model);
        if (lp.solve() != LpStatus.OPTIMAL) {
            throw new IllegalArgumentException("LP relaxation not optimal: " + lp.status());
        }
        this.x = lp.primalValues();
        List<Integer> f = new ArrayList<>();
        for (int j = 0; j < model.numVariables(); j++) {
            if (model.isIntegral(j) && Math.abs(x[j] - Math.rint(x[j])) > 1e-6) {
                f.add(j);
            }
        }
        this.fractional = f.stream().mapToInt(Integer::intValue).toArray();
        this.random = new SplittableRandom(seed);
    }

    void setIncumbent(double[] values) {
        incumbent = values.clone();
        incumbentValue = model.objectiveValue(values);
    }

    @Override
    public MilpModel model() {
        return model;
    }

    @Override
    public int numColumns() {
        return model.numVariables();
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
        return model.objectiveValue(x);
    }

    @Override
    public double[] lpSolution() {
        return x;
    }

    @Override
    public double[] reducedCosts() {
        return lp.reducedCosts();
    }

    @Override
    public double lower(int column) {
        return model.lower(column);
    }

    @Override
    public double upper(int column) {
        return model.upper(column);
    }

    @Override
    public int[] fractionalColumns() {
        return fractional;
    }

    @Override
    public double integralityTolerance() {
        return 1e-6;
    }

    @Override
    public double feasibilityTolerance() {
        return 1e-6;
    }

    @Override
    public Pseudocosts pseudocosts() {
        return new Pseudocosts() {
            @Override
            public double down(int column) {
                return 1 + Math.abs(model.cost(column));
            }

            @Override
            public double up(int column) {
                return 1 + 0.5 * Math.abs(model.cost(column));
            }

            @Override
            public int downCount(int column) {
                return 0;
            }

            @Override
            public int upCount(int column) {
                return 0;
            }

            @Override
            public double averageDown() {
                return 1;
            }

            @Override
            public double averageUp() {
                return 1;
            }
        };
    }

    @Override
    public boolean hasIncumbent() {
        return incumbent != null;
    }

    @Override
    public double incumbentValue() {
        return incumbentValue;
    }

    @Override
    public double[] incumbent() {
        return incumbent == null ? null : incumbent.clone();
    }

    @Override
    public double cutoffBound() {
        return incumbent == null ? Double.POSITIVE_INFINITY
                : incumbentValue - 1e-6 * Math.max(1, Math.abs(incumbentValue));
    }

    @Override
    public boolean submit(double[] values, String source) {
        if (values.length != model.numVariables()) {
            throw new IllegalArgumentException("submitted " + values.length + " values");
        }
        Verification v = Verifiers.check(model, new MilpSolution(values.clone()));
        submissions.add(new Submission(values.clone(), source, v));
        if (v.feasible() && v.objective() < cutoffBound()) {
            setIncumbent(values);
            return true;
        }
        return false;
    }

    @Override
    public LpDive startDive() {
        if (diveOpen) {
            throw new IllegalStateException("dive already open");
        }
        diveOpen = true;
        return new Dive();
    }

    @Override
    public SolveResult solveSubMip(MilpModel subModel, SubMipLimits limits) {
        subMipCalls++;
        SolveOptions o = SolveOptions.builder().timeLimit(Duration.ofMillis((long) (1000 * limits.timeLimitSeconds())))
                .nodeLimit(limits.nodeLimit()).build();
        return ReferenceSolvers.scip().solve(subModel, o);
    }

    @Override
    public int subMipDepth() {
        return 0;
    }

    @Override
    public long nodeLpIterations() {
        return lp.totalIterations();
    }

    @Override
    public double remainingSeconds() {
        return 60;
    }

    @Override
    public RandomGenerator random() {
        return random;
    }

    @Override
    public boolean shouldStop() {
        return false;
    }

    /** A dive on the context's LP that puts bounds, costs, cutoff and basis back when closed. */
    private final class Dive implements LpDive {
        private final double[] lo;
        private final double[] up;
        private final double[] cost;
        private final Checkpoint start;
        private final long iterations0;
        private boolean closed;

        Dive() {
            int n = model.numVariables();
            lo = new double[n];
            up = new double[n];
            cost = new double[n];
            for (int j = 0; j < n; j++) {
                lo[j] = lp.lower(j);
                up[j] = lp.upper(j);
                cost[j] = lp.cost(j);
            }
            start = lp.checkpoint();
            iterations0 = lp.totalIterations();
            lp.setObjectiveCutoff(Double.POSITIVE_INFINITY);
        }

        @Override
        public int numColumns() {
            return model.numVariables();
        }

        @Override
        public double lower(int column) {
            return lp.lower(column);
        }

        @Override
        public double upper(int column) {
            return lp.upper(column);
        }

        @Override
        public void setBounds(int column, double lower, double upper) {
            lp.setBounds(column, lower, upper);
        }

        @Override
        public double cost(int column) {
            return lp.cost(column);
        }

        @Override
        public void setCost(int column, double c) {
            lp.setCost(column, c);
        }

        @Override
        public void setObjectiveCutoff(double cutoff) {
            lp.setObjectiveCutoff(cutoff);
        }

        @Override
        public LpStatus solve(long iterationLimit) {
            lp.setIterationLimit(iterationLimit <= 0 ? Long.MAX_VALUE : iterationLimit);
            LpStatus st = lp.solve();
            lp.setIterationLimit(Long.MAX_VALUE);
            return st;
        }

        @Override
        public double objective() {
            return lp.objective();
        }

        @Override
        public double value(int column) {
            return lp.primal(column);
        }

        @Override
        public double[] values() {
            return lp.primalValues();
        }

        @Override
        public Checkpoint checkpoint() {
            return lp.checkpoint();
        }

        @Override
        public void restore(Checkpoint checkpoint) {
            lp.restore(checkpoint);
        }

        @Override
        public long iterations() {
            return lp.totalIterations() - iterations0;
        }

        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            for (int j = 0; j < lo.length; j++) {
                lp.setBounds(j, lo[j], up[j]);
                lp.setCost(j, cost[j]);
            }
            lp.setObjectiveCutoff(Double.POSITIVE_INFINITY);
            lp.restore(start);
            diveOpen = false;
        }
    }
}
