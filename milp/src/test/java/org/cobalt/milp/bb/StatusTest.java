package org.cobalt.milp.bb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.milp.ObjectiveSense;
import org.cobalt.core.milp.VarType;
import org.cobalt.core.solver.SolveOptions;
import org.cobalt.core.solver.SolveResult;
import org.cobalt.core.solver.SolveStatus;
import org.cobalt.core.verify.Verification;
import org.cobalt.core.verify.Verifiers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The right status for each kind of awkward model, with presolve on and off. */
class StatusTest {

    private static final double INF = Double.POSITIVE_INFINITY;

    private static SolveResult solve(MilpModel m, boolean presolve) {
        return new CobaltBbSolver().solve(m, SolveOptions.builder().timeLimitSeconds(30)
                .parameter("cobalt-bb.presolve", Boolean.toString(presolve)).build(), null);
    }

    private static void assertOptimal(MilpModel m, SolveResult r, double expected) {
        assertThat(r.status()).as(r.message()).isEqualTo(SolveStatus.OPTIMAL);
        Verification v = Verifiers.check(m, r.solution());
        assertThat(v.feasible()).as(v.summary()).isTrue();
        assertThat(v.objectiveMatches(r.objective(), 1e-9)).isTrue();
        assertThat(r.objective()).isCloseTo(expected, within(1e-6 * Math.max(1, Math.abs(expected))));
        assertThat(r.bound()).isCloseTo(expected, within(1e-6 * Math.max(1, Math.abs(expected))));
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void lpInfeasibleModelIsInfeasible(boolean presolve) {
        MilpModel.Builder b = MilpModel.builder("lp-infeasible");
        int x = b.addBinary("x", 1);
        int y = b.addBinary("y", 1);
        b.addRow("c", 3, INF, new int[] {x, y}, new double[] {1, 1});
        assertThat(solve(b.build(), presolve).status()).isEqualTo(SolveStatus.INFEASIBLE);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void integerInfeasibleButLpFeasibleModelIsInfeasible(boolean presolve) {
        MilpModel.Builder b = MilpModel.builder("parity");
        int x = b.addVariable("x", 0, 5, VarType.INTEGER, 1);
        int y = b.addVariable("y", 0, 5, VarType.INTEGER, -1);
        int z = b.addVariable("z", 0, 3, VarType.INTEGER, 2);
        b.addRow("even", 7, 7, new int[] {x, y, z}, new double[] {2, 2, 4});
        b.addRow("link", -INF, 4, new int[] {x, y}, new double[] {1, 1});
        SolveResult r = solve(b.build(), presolve);
        assertThat(r.status()).as(r.message()).isEqualTo(SolveStatus.INFEASIBLE);
        assertThat(r.hasSolution()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void unboundedIntegerProgramIsUnbounded(boolean presolve) {
        MilpModel.Builder b = MilpModel.builder("unbounded");
        int x = b.addVariable("x", 0, INF, VarType.INTEGER, -1);
        int y = b.addVariable("y", 0, INF, VarType.INTEGER, -1);
        int z = b.addVariable("z", 0, 10, VarType.CONTINUOUS, 1);
        b.addRow("diff", 0, 0, new int[] {x, y}, new double[] {1, -2});
        b.addRow("z", 1.5, INF, new int[] {z, x}, new double[] {1, 0.5});
        SolveResult r = solve(b.build(), presolve);
        assertThat(r.status()).as(r.message()).isEqualTo(SolveStatus.UNBOUNDED);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void unboundedRelaxationWithoutIntegerPointIsInfeasible(boolean presolve) {
        MilpModel.Builder b = MilpModel.builder("unbounded-lp-infeasible-ip").sense(ObjectiveSense.MAXIMIZE);
        int x = b.addContinuous("x", 0, INF, 1);
        int y = b.addVariable("y", 0, 4, VarType.INTEGER, 0);
        int z = b.addVariable("z", 0, 4, VarType.INTEGER, 0);
        b.addRow("odd", 3, 3, new int[] {y, z}, new double[] {2, 4});
        b.addRow("free-x", 0, INF, new int[] {x, y}, new double[] {1, -1});
        SolveResult r = solve(b.build(), presolve);
        assertThat(r.status()).as(r.message()).isEqualTo(SolveStatus.INFEASIBLE);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void freeRowsAreIgnored(boolean presolve) {
        MilpModel.Builder b = MilpModel.builder("free-rows").sense(ObjectiveSense.MAXIMIZE);
        int x = b.addVariable("x", 0, 10, VarType.INTEGER, 3);
        int y = b.addVariable("y", 0, 10, VarType.INTEGER, 2);
        b.addRow("free1", -INF, INF, new int[] {x, y}, new double[] {100, -7});
        b.addRow("cap", -INF, 13.5, new int[] {x, y}, new double[] {2, 1.5});
        b.addRow("free2", -INF, INF, new int[] {y}, new double[] {1});
        MilpModel m = b.build();
        assertOptimal(m, solve(m, presolve), Enumeration.solve(m).objective());
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void emptyColumnsGoToTheirBestBound(boolean presolve) {
        MilpModel.Builder b = MilpModel.builder("empty-columns");
        int x = b.addVariable("x", 0, 3, VarType.INTEGER, -2);
        b.addVariable("e1", -2, 5, VarType.INTEGER, 1);
        b.addVariable("e2", -1.5, 2.5, VarType.CONTINUOUS, -1);
        b.addVariable("e3", 0, 4, VarType.INTEGER, 0);
        int y = b.addVariable("y", 0, 1, VarType.BINARY, 5);
        b.addRow("r", 1.5, INF, new int[] {x, y}, new double[] {1, 1});
        MilpModel m = b.build();
        assertOptimal(m, solve(m, presolve), -6 - 2 - 2.5);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void emptyIntegerColumnWithImprovingInfiniteBoundIsUnbounded(boolean presolve) {
        MilpModel.Builder b = MilpModel.builder("empty-unbounded");
        int x = b.addVariable("x", 0, 3, VarType.INTEGER, 1);
        b.addVariable("e", 0, INF, VarType.INTEGER, -1);
        b.addRow("r", 1, INF, new int[] {x}, new double[] {1});
        SolveResult r = solve(b.build(), presolve);
        assertThat(r.status()).as(r.message()).isEqualTo(SolveStatus.UNBOUNDED);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void equalityOnlyModel(boolean presolve) {
        MilpModel.Builder b = MilpModel.builder("equalities");
        int[] v = new int[6];
        double[] c = {3, -1, 4, 1, -5, 9};
        for (int j = 0; j < 6; j++) {
            v[j] = b.addVariable("x" + j, -2, 4, VarType.INTEGER, c[j]);
        }
        b.addRow("e1", 4, 4, new int[] {v[0], v[1], v[2]}, new double[] {1, 2, 3});
        b.addRow("e2", 1, 1, new int[] {v[1], v[3], v[4]}, new double[] {2, -1, 1});
        b.addRow("e3", 0, 0, new int[] {v[2], v[4], v[5]}, new double[] {1, 1, -2});
        b.addRow("e4", 3, 3, new int[] {v[0], v[3], v[5]}, new double[] {1, 1, 1});
        MilpModel m = b.build();
        Enumeration.Result e = Enumeration.solve(m);
        assertThat(e.feasible()).isTrue();
        assertOptimal(m, solve(m, presolve), e.objective());
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void badlyScaledModel(boolean presolve) {
        MilpModel.Builder b = MilpModel.builder("badly-scaled").sense(ObjectiveSense.MAXIMIZE);
        double[] w = {1.5e5, 2.25e5, 7.5e4, 3e5, 1.2e5, 9e4};
        double[] p = {3e-3, 5e-3, 1e-3, 6.5e-3, 2.5e-3, 2e-3};
        int[] x = new int[w.length];
        for (int j = 0; j < w.length; j++) {
            x[j] = b.addBinary("x" + j, p[j]);
        }
        int y = b.addContinuous("y", 0, 1e-4, 10);
        b.addRow("weight", -INF, 5.1e5, x, w);
        b.addRow("tiny", -INF, 2e-4, new int[] {y, x[0], x[3]}, new double[] {1, 1e-4, 1e-4});
        MilpModel m = b.build();
        Enumeration.Result e = Enumeration.solve(m);
        assertOptimal(m, solve(m, presolve), e.objective());
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void degenerateAssignmentSolvesAtTheRoot(boolean presolve) {
        int k = 7;
        MilpModel.Builder b = MilpModel.builder("assignment");
        int[][] x = new int[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                x[i][j] = b.addBinary("x" + i + "_" + j, (i + j) % 3 == 0 ? 1 : 2);
            }
        }
        for (int i = 0; i < k; i++) {
            int[] row = new int[k];
            int[] col = new int[k];
            double[] ones = new double[k];
            for (int j = 0; j < k; j++) {
                row[j] = x[i][j];
                col[j] = x[j][i];
                ones[j] = 1;
            }
            b.addRow("r" + i, 1, 1, row, ones);
            b.addRow("c" + i, 1, 1, col, ones);
        }
        MilpModel m = b.build();
        SolveResult r = solve(m, presolve);
        // the assignment polytope is integral: the (degenerate) root LP already has an integral optimum
        assertThat(r.status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(Verifiers.check(m, r.solution()).feasible()).isTrue();
        assertThat(r.objective()).isEqualTo(r.bound());
        assertThat(r.stats().nodes()).isLessThanOrEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void pureLpIsSolvedAndUnboundedLpIsUnbounded(boolean presolve) {
        MilpModel.Builder b = MilpModel.builder("lp");
        int x = b.addContinuous("x", 0, INF, -1);
        int y = b.addContinuous("y", 0, INF, -1);
        b.addRow("a", -INF, 4, new int[] {x, y}, new double[] {1, 2});
        b.addRow("b", -INF, 6, new int[] {x, y}, new double[] {3, 1});
        MilpModel m = b.build();
        assertOptimal(m, solve(m, presolve), -(1.6 + 1.2));
        MilpModel.Builder u = MilpModel.builder("lp-unbounded");
        int p = u.addContinuous("p", 0, INF, -1);
        int q = u.addContinuous("q", 0, INF, 0);
        u.addRow("a", -INF, 4, new int[] {p, q}, new double[] {1, -1});
        assertThat(solve(u.build(), presolve).status()).isEqualTo(SolveStatus.UNBOUNDED);
    }
}
