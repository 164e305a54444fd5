package org.cobalt.milp.lp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.milp.ObjectiveSense;
import org.cobalt.core.milp.VarType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The branch-and-bound side of the engine: warm re-solves, bases, checkpoints, cuts, limits. */
class DualSimplexWarmStartTest {

    private static final double INF = Double.POSITIVE_INFINITY;

    static LongStream seeds() {
        return LongStream.range(0, 60);
    }

    /** A random LP whose columns are all bounded, so every child stays bounded. */
    static MilpModel boundedLp(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        MilpModel base = RandomLp.generate(seed, new RandomLp.Shape(15 + rnd.nextInt(40), 8 + rnd.nextInt(30),
                0.15 + 0.3 * rnd.nextDouble(), seed % 3 == 0 ? 1e-3 : 1, seed % 3 == 0 ? 1e3 : 1, 0.0));
        MilpModel.Builder b = base.toBuilder();
        for (int j = 0; j < base.numVariables(); j++) {
            double lo = base.lower(j) == Double.NEGATIVE_INFINITY ? -20 : base.lower(j);
            double up = base.upper(j) == INF ? lo + 30 : base.upper(j);
            b.setBounds(j, lo, up);
        }
        return b.build();
    }

    /** The model with the engine's current column bounds. */
    static MilpModel withBounds(MilpModel model, LpSolver lp) {
        MilpModel.Builder b = model.toBuilder();
        for (int j = 0; j < model.numVariables(); j++) {
            b.setBounds(j, lp.lower(j), lp.upper(j));
        }
        for (int i = 0; i < model.numRows(); i++) {
            b.setRowBounds(i, lp.rowLower(i), lp.rowUpper(i));
        }
        return b.build();
    }

    static void assertSameAsCold(MilpModel changed, DualSimplex warm) {
        LpChecks.assertProven(changed, warm);
        DualSimplex cold = new DualSimplex(changed);
        cold.solve();
        assertThat(warm.status()).as("warm vs cold status").isEqualTo(cold.status());
        if (cold.status() == LpStatus.OPTIMAL) {
            assertThat(LpChecks.close(warm.objective(), cold.objective(), 1e-7))
                    .as("warm %s vs cold %s", warm.objective(), cold.objective()).isTrue();
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void warmSolvesAfterBranchingBoundChangesEqualColdSolves(long seed) {
        MilpModel model = boundedLp(seed);
        DualSimplex lp = new DualSimplex(model);
        lp.solve();
        LpChecks.assertProven(model, lp);
        SplittableRandom rnd = new SplittableRandom(seed * 31 + 7);
        for (int step = 0; step < 12; step++) {
            int j = rnd.nextInt(model.numVariables());
            double lo = lp.lower(j);
            double up = lp.upper(j);
            if (lp.status() == LpStatus.OPTIMAL && rnd.nextInt(4) != 0) {
                // branch on the current value: down or up child
                double v = lp.primal(j);
                if (rnd.nextBoolean()) {
                    up = Math.max(lo, Math.floor(v - 0.25));
                } else {
                    lo = Math.min(up, Math.ceil(v + 0.25));
                }
            } else {
                // backtrack: reset to the original bounds
                lo = model.lower(j);
                up = model.upper(j);
            }
            lp.setBounds(j, lo, up);
            assertThat(lp.status()).isEqualTo(LpStatus.NOT_SOLVED);
            lp.solve();
            assertSameAsCold(withBounds(model, lp), lp);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void warmSolvesAfterRowSideAndCostChanges(long seed) {
        MilpModel model = boundedLp(seed + 1000);
        DualSimplex lp = new DualSimplex(model);
        lp.solve();
        SplittableRandom rnd = new SplittableRandom(seed);
        MilpModel.Builder costs = model.toBuilder();
        for (int step = 0; step < 6; step++) {
            if (model.numRows() > 0 && rnd.nextBoolean()) {
                int i = rnd.nextInt(model.numRows());
                double lo = lp.rowLower(i);
                double up = lp.rowUpper(i);
                double width = rnd.nextDouble(0, 3);
                if (lo > Double.NEGATIVE_INFINITY) {
                    lp.setRowBounds(i, lo - width, up);
                } else if (up < INF) {
                    lp.setRowBounds(i, lo, up + width);
                }
            } else {
                int j = rnd.nextInt(model.numVariables());
                double c = rnd.nextDouble(-5, 5);
                lp.setCost(j, c);
                costs.setCost(j, c);
                assertThat(lp.cost(j)).isCloseTo(c, within(1e-15));
            }
            lp.solve();
            MilpModel changed = costs.build();
            assertSameAsCold(withBounds(changed, lp), lp);
        }
    }

    @Test
    void basisRoundTripRestartsWithoutIterations() {
        MilpModel model = boundedLp(3);
        DualSimplex first = new DualSimplex(model);
        assertThat(first.solve()).isEqualTo(LpStatus.OPTIMAL);
        Basis basis = first.getBasis();
        assertThat(basis.basicCount()).isEqualTo(model.numRows());
        Basis copy = new Basis(basis.columnCodes(), basis.rowCodes());
        assertThat(copy).isEqualTo(basis).hasSameHashCodeAs(basis);

        DualSimplex second = new DualSimplex(model);
        second.setBasis(copy);
        assertThat(second.solve()).isEqualTo(LpStatus.OPTIMAL);
        assertThat(second.iterations()).isZero();
        assertThat(second.objective()).isCloseTo(first.objective(), within(1e-9 * (1 + Math.abs(first.objective()))));
        assertThat(second.getBasis()).isEqualTo(basis);
    }

    @Test
    void parentBasisWarmStartsAChildInAFreshEngine() {
        MilpModel model = boundedLp(8);
        DualSimplex parent = new DualSimplex(model);
        parent.solve();
        Basis basis = parent.getBasis();
        int j = 0;
        double v = parent.primal(j);
        MilpModel child = model.toBuilder().setBounds(j, model.lower(j), Math.max(model.lower(j), Math.floor(v - 0.5)))
                .build();
        DualSimplex warm = new DualSimplex(child);
        warm.setBasis(basis);
        warm.solve();
        assertSameAsCold(child, warm);
    }

    @Test
    void invalidBasesAreRepaired() {
        MilpModel model = boundedLp(12);
        int n = model.numVariables();
        int m = model.numRows();
        byte[] allBasic = new byte[n];
        DualSimplex lp = new DualSimplex(model);
        lp.setBasis(new Basis(allBasic, new byte[m]));
        lp.solve();
        assertSameAsCold(model, lp);

        byte[] none = new byte[n];
        byte[] noRows = new byte[m];
        java.util.Arrays.fill(none, BasisStatus.AT_UPPER.code());
        java.util.Arrays.fill(noRows, BasisStatus.AT_LOWER.code());
        lp.setBasis(new Basis(none, noRows));
        lp.solve();
        assertSameAsCold(model, lp);

        assertThatThrownBy(() -> lp.setBasis(Basis.slack(n + 1, m))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Basis(new byte[] {9}, new byte[0])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void singularBasisIsRepairedBySlacks() {
        // two identical columns cannot both be basic
        MilpModel model = LpBuilder.of("singular")
                .addVariable("a", 0, 10, VarType.CONTINUOUS, -1)
                .addVariable("b", 0, 10, VarType.CONTINUOUS, -1)
                .addVariable("c", 0, 10, VarType.CONTINUOUS, -2)
                .addRow("r1", -INF, 8, new int[] {0, 1, 2}, new double[] {1, 1, 1})
                .addRow("r2", -INF, 12, new int[] {0, 1, 2}, new double[] {2, 2, 1})
                .build();
        byte basic = BasisStatus.BASIC.code();
        byte low = BasisStatus.AT_LOWER.code();
        DualSimplex lp = new DualSimplex(model);
        lp.setBasis(new Basis(new byte[] {basic, basic, low}, new byte[] {low, low}));
        assertThat(lp.solve()).isEqualTo(LpStatus.OPTIMAL);
        assertSameAsCold(model, lp);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void strongBranchingCheckpointRestoresTheParent(long seed) {
        MilpModel model = boundedLp(seed + 500);
        DualSimplex lp = new DualSimplex(model);
        if (lp.solve() != LpStatus.OPTIMAL) {
            return;
        }
        double parentObjective = lp.objective();
        double[] parentX = lp.primalValues();
        Basis parentBasis = lp.getBasis();
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int probe = 0; probe < 4; probe++) {
            Checkpoint cp = lp.checkpoint();
            int j = rnd.nextInt(model.numVariables());
            double lo = lp.lower(j);
            double up = lp.upper(j);
            lp.setBounds(j, lo, Math.max(lo, Math.floor(parentX[j] - 0.5)));
            lp.setIterationLimit(probe % 2 == 0 ? 3 : Long.MAX_VALUE);
            lp.solve();
            lp.setIterationLimit(Long.MAX_VALUE);
            lp.setBounds(j, lo, up);
            lp.restore(cp);
            assertThat(lp.status()).isEqualTo(LpStatus.OPTIMAL);
            assertThat(lp.getBasis()).isEqualTo(parentBasis);
            assertThat(lp.objective()).isCloseTo(parentObjective, within(1e-9 * (1 + Math.abs(parentObjective))));
            assertThat(lp.primalValues()).containsExactly(parentX, within(1e-7));
        }
        assertThat(lp.solve()).isEqualTo(LpStatus.OPTIMAL);
        assertThat(lp.iterations()).isZero();
        DualSimplex other = new DualSimplex(model);
        assertThatThrownBy(() -> other.restore(lp.checkpoint())).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void cutsCanBeAddedAndRemoved(long seed) {
        MilpModel model = boundedLp(seed + 2000);
        DualSimplex lp = new DualSimplex(model);
        if (lp.solve() != LpStatus.OPTIMAL) {
            return;
        }
        double before = lp.objective();
        SplittableRandom rnd = new SplittableRandom(seed);
        // a cut through the current optimum that excludes it: a.x <= a.x* - delta
        int n = model.numVariables();
        double[] x = lp.primalValues();
        int count = 2;
        int[] starts = new int[count + 1];
        int[] cols = new int[2 * n];
        double[] vals = new double[2 * n];
        double[] lo = new double[count];
        double[] up = new double[count];
        int k = 0;
        for (int r = 0; r < count; r++) {
            double act = 0;
            for (int j = 0; j < n; j++) {
                if (rnd.nextDouble() < 0.4) {
                    cols[k] = j;
                    vals[k] = rnd.nextDouble(-2, 2);
                    act += vals[k] * x[j];
                    k++;
                }
            }
            starts[r + 1] = k;
            lo[r] = Double.NEGATIVE_INFINITY;
            up[r] = act - (r == 0 ? 0.5 : -1.0);
        }
        Basis beforeCuts = lp.getBasis();
        int first = lp.addRows(count, starts, cols, vals, lo, up);
        assertThat(lp.getBasis()).isEqualTo(beforeCuts.withAddedRows(count));
        assertThat(first).isEqualTo(model.numRows());
        assertThat(lp.numRows()).isEqualTo(model.numRows() + count);
        assertThat(lp.rowStatus(first)).isEqualTo(BasisStatus.BASIC);
        lp.solve();
        MilpModel.Builder withCuts = model.toBuilder();
        for (int r = 0; r < count; r++) {
            withCuts.addRow("cut" + r, lo[r], up[r], java.util.Arrays.copyOfRange(cols, starts[r], starts[r + 1]),
                    java.util.Arrays.copyOfRange(vals, starts[r], starts[r + 1]));
        }
        MilpModel cutModel = withCuts.build();
        assertSameAsCold(cutModel, lp);

        // remove the first cut (possibly tight), then the other
        lp.removeRows(new int[] {first});
        assertThat(lp.numRows()).isEqualTo(model.numRows() + 1);
        lp.solve();
        lp.removeRows(new int[] {first});
        lp.solve();
        assertThat(lp.status()).isEqualTo(LpStatus.OPTIMAL);
        assertThat(LpChecks.close(lp.objective(), before, 1e-7)).as("%s vs %s", lp.objective(), before).isTrue();
        LpChecks.assertProven(model, lp);
    }

    @Test
    void removingSeveralTightRowsAtOnce() {
        MilpModel model = boundedLp(77);
        DualSimplex lp = new DualSimplex(model);
        lp.solve();
        int[] tight = java.util.stream.IntStream.range(0, model.numRows())
                .filter(i -> lp.rowStatus(i) != BasisStatus.BASIC).limit(3).toArray();
        lp.removeRows(tight);
        lp.solve();
        MilpModel.Builder b = MilpModel.builder("reduced");
        for (int j = 0; j < model.numVariables(); j++) {
            b.addVariable(model.variableName(j), model.lower(j), model.upper(j), VarType.CONTINUOUS, model.cost(j));
        }
        b.sense(model.sense()).objectiveConstant(model.objectiveConstant());
        for (int i = 0; i < model.numRows(); i++) {
            final int row = i;
            if (java.util.Arrays.stream(tight).noneMatch(t -> t == row)) {
                int len = model.matrix().rowEnd(i) - model.matrix().rowStart(i);
                int[] c = new int[len];
                double[] v = new double[len];
                for (int k = 0; k < len; k++) {
                    c[k] = model.matrix().rowColumn(model.matrix().rowStart(i) + k);
                    v[k] = model.matrix().rowValue(model.matrix().rowStart(i) + k);
                }
                b.addRow(model.rowName(i), model.rowLower(i), model.rowUpper(i), c, v);
            }
        }
        assertSameAsCold(b.build(), lp);
    }

    @Test
    void cutoffStopsOnceTheBoundPassesIt() {
        MilpModel model = TestModels.assignment(30, 5);
        DualSimplex full = new DualSimplex(model, LpSettings.DEFAULT.withCrash(false));
        full.solve();
        double optimum = full.objective();

        DualSimplex lp = new DualSimplex(model, LpSettings.DEFAULT.withCrash(false));
        double cutoff = optimum - 5;
        lp.setObjectiveCutoff(cutoff);
        LpStatus st = lp.solve();
        assertThat(st).isEqualTo(LpStatus.CUTOFF);
        double bound = lp.dualBound();
        assertThat(bound).isGreaterThan(cutoff).isLessThanOrEqualTo(optimum + 1e-6);
        assertThat(lp.iterations()).isLessThan(full.iterations());

        // a cutoff above the optimum changes nothing
        DualSimplex loose = new DualSimplex(model);
        loose.setObjectiveCutoff(optimum + 1);
        assertThat(loose.solve()).isEqualTo(LpStatus.OPTIMAL);
        assertThat(loose.objective()).isCloseTo(optimum, within(1e-7));

        // a warm child whose start already proves the cutoff stops before iterating
        DualSimplex warm = new DualSimplex(model);
        warm.solve();
        warm.setObjectiveCutoff(optimum - 1);
        int j = 0;
        while (warm.columnStatus(j) == BasisStatus.BASIC) {
            j++;
        }
        warm.setBounds(j, 0, 0);
        assertThat(warm.solve()).isEqualTo(LpStatus.CUTOFF);
        assertThat(warm.iterations()).isZero();
    }

    @Test
    void cutoffForMaximizationLooksDownward() {
        MilpModel min = TestModels.assignment(20, 9);
        MilpModel.Builder b = min.toBuilder().sense(ObjectiveSense.MAXIMIZE);
        for (int j = 0; j < min.numVariables(); j++) {
            b.setCost(j, -min.cost(j));
        }
        MilpModel max = b.build();
        DualSimplex full = new DualSimplex(max);
        full.solve();
        // from the slack basis the dual simplex needs enough iterations to meet the cutoff first
        DualSimplex lp = new DualSimplex(max, LpSettings.DEFAULT.withCrash(false));
        lp.setObjectiveCutoff(full.objective() + 3);
        assertThat(lp.solve()).isEqualTo(LpStatus.CUTOFF);
        assertThat(lp.dualBound()).isLessThan(full.objective() + 3).isGreaterThanOrEqualTo(full.objective() - 1e-6);
    }

    @Test
    void iterationTimeAndStopLimits() {
        MilpModel model = TestModels.assignment(30, 2);
        DualSimplex lp = new DualSimplex(model);
        lp.setIterationLimit(5);
        assertThat(lp.solve()).isEqualTo(LpStatus.ITERATION_LIMIT);
        assertThat(lp.iterations()).isEqualTo(5);
        assertThat(lp.status().isLimit()).isTrue();
        lp.setIterationLimit(Long.MAX_VALUE);
        assertThat(lp.solve()).isEqualTo(LpStatus.OPTIMAL);
        assertThat(lp.totalIterations()).isGreaterThan(5);

        DualSimplex timed = new DualSimplex(model);
        timed.setTimeLimit(0);
        assertThat(timed.solve()).isEqualTo(LpStatus.TIME_LIMIT);

        DualSimplex stopped = new DualSimplex(model);
        int[] polls = {0};
        stopped.setStopCheck(() -> ++polls[0] >= 2);
        assertThat(stopped.solve()).isEqualTo(LpStatus.STOPPED);
        assertThat(polls[0]).isEqualTo(2);
    }

    @Test
    void identicalSequencesGiveBitIdenticalResults() {
        MilpModel model = boundedLp(42);
        double[][] runs = new double[2][];
        long[] iterations = new long[2];
        for (int run = 0; run < 2; run++) {
            DualSimplex lp = new DualSimplex(model);
            lp.solve();
            SplittableRandom rnd = new SplittableRandom(9);
            for (int step = 0; step < 20; step++) {
                int j = rnd.nextInt(model.numVariables());
                double v = lp.primal(j);
                lp.setBounds(j, model.lower(j), Math.max(model.lower(j), Math.floor(v - 0.3)));
                lp.solve();
                lp.setBounds(j, model.lower(j), model.upper(j));
            }
            lp.solve();
            runs[run] = lp.primalValues();
            iterations[run] = lp.totalIterations();
        }
        assertThat(runs[1]).isEqualTo(runs[0]);
        assertThat(iterations[1]).isEqualTo(iterations[0]);
    }

    @Test
    void badArgumentsAreRejected() {
        DualSimplex lp = new DualSimplex(boundedLp(1));
        assertThatThrownBy(() -> lp.setBounds(0, 2, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> lp.setBounds(0, Double.NaN, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> lp.setBounds(-1, 0, 1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> lp.setRowBounds(lp.numRows(), 0, 1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> lp.setCost(0, INF)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> lp.removeRows(new int[] {0, 0})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> lp.setIterationLimit(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> lp.addRows(1, new int[] {0, 1}, new int[] {lp.numColumns()}, new double[] {1},
                new double[] {0}, new double[] {1})).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void resultSnapshotIsACopy() {
        MilpModel model = boundedLp(4);
        DualSimplex lp = new DualSimplex(model);
        lp.solve();
        LpResult r = lp.result();
        assertThat(r.status()).isEqualTo(lp.status());
        assertThat(r.x()).containsExactly(lp.primalValues());
        double[] x = r.x();
        x[0] += 1;
        assertThat(r.x()[0]).isNotEqualTo(x[0]);
        assertThat(r.basis()).isEqualTo(lp.getBasis());
        assertThat(r.objective()).isEqualTo(lp.objective());
    }
}
