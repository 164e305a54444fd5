package org.cobalt.milp.reference;

import java.util.SplittableRandom;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.milp.ObjectiveSense;
import org.cobalt.core.milp.VarType;
import org.cobalt.core.solver.SolveStatus;

/** Hand-made models with optima worked out by hand, and seeded generators of harder ones. */
final class TestModels {

    static final double INF = Double.POSITIVE_INFINITY;

    private TestModels() {
    }

    /**
     * A named model with its expected outcome.
     *
     * @param objective expected optimum (NaN unless OPTIMAL)
     */
    record Case(String name, MilpModel model, SolveStatus status, double objective) {
        @Override
        public String toString() {
            return name;
        }
    }

    /**
     * LP: min 1.5x + 2y + 3z + 7 with x in [-5,5], y in (-inf,10], z >= 0 and rows
     * x+y >= -3, 1 <= x-y <= 4 (range), x+z = 2, x+y+z free. On x+z=2 the objective is
     * -1.5x + 2y + 13 with y >= max(-3-x, x-4); the minimum is at x=0.5, y=-3.5, z=1.5: 5.25.
     */
    static Case lpMinMixedRows() {
        MilpModel.Builder b = MilpModel.builder("lp-min-mixed").objectiveConstant(7);
        int x = b.addContinuous("x", -5, 5, 1.5);
        int y = b.addContinuous("y", Double.NEGATIVE_INFINITY, 10, 2);
        int z = b.addContinuous("z", 0, INF, 3);
        b.addRow("ge", -3, INF, new int[] {x, y}, new double[] {1, 1});
        b.addRow("range", 1, 4, new int[] {x, y}, new double[] {1, -1});
        b.addRow("eq", 2, 2, new int[] {x, z}, new double[] {1, 1});
        b.addRow("free", Double.NEGATIVE_INFINITY, INF, new int[] {x, y, z}, new double[] {1, 1, 1});
        return new Case("lp-min-mixed", b.build(), SolveStatus.OPTIMAL, 5.25);
    }

    /**
     * LP: max 3x + 2y - 4 with x + y <= 4, x + 3y <= 6, x <= 3, y >= 0: vertex (3, 1), 7.
     */
    static Case lpMax() {
        MilpModel.Builder b = MilpModel.builder("lp-max").sense(ObjectiveSense.MAXIMIZE).objectiveConstant(-4);
        int x = b.addContinuous("x", 0, 3, 3);
        int y = b.addContinuous("y", 0, INF, 2);
        b.addRow("c1", Double.NEGATIVE_INFINITY, 4, new int[] {x, y}, new double[] {1, 1});
        b.addRow("c2", Double.NEGATIVE_INFINITY, 6, new int[] {x, y}, new double[] {1, 3});
        return new Case("lp-max", b.build(), SolveStatus.OPTIMAL, 7);
    }

    /**
     * MILP: max 3x + 2y - z + 1.5, x in [-3,4] and y in [-2,6] integer, z in [0,10], rows
     * 2x+3y <= 12.5, -4 <= x-y <= 2.5 (range), x+y-z >= -1, y + 0.5z = 3 (equality). The equality
     * gives z = 6-2y, so the objective is 3x + 4y - 4.5 over x+3y >= 5, 2x+3y <= 12.5,
     * x-y in [-4, 2.5], y <= 3; enumerating y = 3, 2, 1 gives 15, 17, 13: optimum x=3, y=2, 12.5.
     */
    static Case milpMaxNegativeBounds() {
        MilpModel.Builder b = MilpModel.builder("milp-max-negbounds").sense(ObjectiveSense.MAXIMIZE).objectiveConstant(1.5);
        int x = b.addVariable("x", -3, 4, VarType.INTEGER, 3);
        int y = b.addVariable("y", -2, 6, VarType.INTEGER, 2);
        int z = b.addContinuous("z", 0, 10, -1);
        b.addRow("c1", Double.NEGATIVE_INFINITY, 12.5, new int[] {x, y}, new double[] {2, 3});
        b.addRow("c2", -4, 2.5, new int[] {x, y}, new double[] {1, -1});
        b.addRow("c3", -1, INF, new int[] {x, y, z}, new double[] {1, 1, -1});
        b.addRow("c4", 3, 3, new int[] {y, z}, new double[] {1, 0.5});
        return new Case("milp-max-negbounds", b.build(), SolveStatus.OPTIMAL, 12.5);
    }

    /**
     * Binary knapsack: max 10a + 13b + 7c + 8d with 3a + 4b + 2c + 3d <= 7. Pairs: a+b 23 (weight 7)
     * is best (the LP relaxation gives 23.5, so branching is needed).
     */
    static Case knapsack() {
        MilpModel.Builder b = MilpModel.builder("knapsack").sense(ObjectiveSense.MAXIMIZE);
        int a = b.addBinary("a", 10);
        int bb = b.addBinary("b", 13);
        int c = b.addBinary("c", 7);
        int d = b.addBinary("d", 8);
        b.addRow("cap", Double.NEGATIVE_INFINITY, 7, new int[] {a, bb, c, d}, new double[] {3, 4, 2, 3});
        return new Case("knapsack", b.build(), SolveStatus.OPTIMAL, 23);
    }

    /** Min-cost integer cover: min 3x + 5y, x + 2y >= 5, 3x + y >= 4, x, y integer >= 0: (1, 2) with 13. */
    static Case milpMinCover() {
        MilpModel.Builder b = MilpModel.builder("milp-min-cover");
        int x = b.addVariable("x", 0, INF, VarType.INTEGER, 3);
        int y = b.addVariable("y", 0, INF, VarType.INTEGER, 5);
        b.addRow("r1", 5, INF, new int[] {x, y}, new double[] {1, 2});
        b.addRow("r2", 4, INF, new int[] {x, y}, new double[] {3, 1});
        // candidates: (1,2)=13, (3,1)=14, (5,0)=15, (0,4)=20, (2,2)=16: optimum 13
        return new Case("milp-min-cover", b.build(), SolveStatus.OPTIMAL, 13);
    }

    /** LP infeasible: x + y <= 1 and x + y >= 3 with x, y >= 0. */
    static Case lpInfeasible() {
        MilpModel.Builder b = MilpModel.builder("lp-infeasible");
        int x = b.addContinuous("x", 0, INF, 1);
        int y = b.addContinuous("y", 0, INF, 1);
        b.addRow("le", Double.NEGATIVE_INFINITY, 1, new int[] {x, y}, new double[] {1, 1});
        b.addRow("ge", 3, INF, new int[] {x, y}, new double[] {1, 1});
        return new Case("lp-infeasible", b.build(), SolveStatus.INFEASIBLE, Double.NaN);
    }

    /** MILP infeasible only by integrality: 2x = 1 with x integer in [0, 5]. */
    static Case milpInfeasibleIntegrality() {
        MilpModel.Builder b = MilpModel.builder("milp-infeasible");
        int x = b.addVariable("x", 0, 5, VarType.INTEGER, 1);
        int y = b.addContinuous("y", 0, 3, 1);
        b.addRow("odd", 1, 1, new int[] {x}, new double[] {2});
        b.addRow("link", Double.NEGATIVE_INFINITY, 4, new int[] {x, y}, new double[] {1, 1});
        return new Case("milp-infeasible", b.build(), SolveStatus.INFEASIBLE, Double.NaN);
    }

    /** LP unbounded: max x + y with x - y >= 1, x, y >= 0. */
    static Case lpUnbounded() {
        MilpModel.Builder b = MilpModel.builder("lp-unbounded").sense(ObjectiveSense.MAXIMIZE);
        int x = b.addContinuous("x", 0, INF, 1);
        int y = b.addContinuous("y", 0, INF, 1);
        b.addRow("r", 1, INF, new int[] {x, y}, new double[] {1, -1});
        return new Case("lp-unbounded", b.build(), SolveStatus.UNBOUNDED, Double.NaN);
    }

    /** MILP unbounded: min -x - y with x integer, x - y >= 1, x, y >= 0. */
    static Case milpUnbounded() {
        MilpModel.Builder b = MilpModel.builder("milp-unbounded");
        int x = b.addVariable("x", 0, INF, VarType.INTEGER, -1);
        int y = b.addContinuous("y", 0, INF, -1);
        b.addRow("r", 1, INF, new int[] {x, y}, new double[] {1, -1});
        return new Case("milp-unbounded", b.build(), SolveStatus.UNBOUNDED, Double.NaN);
    }

    /**
     * Infeasible although the objective could improve without bound: max y with x >= 0, x <= -1,
     * y free. Engines that conflate verdicts say "infeasible or unbounded" here.
     */
    static Case lpInfeasibleUnboundedDirection() {
        MilpModel.Builder b = MilpModel.builder("lp-infeasible-open").sense(ObjectiveSense.MAXIMIZE);
        int x = b.addContinuous("x", 0, INF, 0);
        b.addContinuous("y", Double.NEGATIVE_INFINITY, INF, 1);
        b.addRow("neg", Double.NEGATIVE_INFINITY, -1, new int[] {x}, new double[] {1});
        return new Case("lp-infeasible-open", b.build(), SolveStatus.INFEASIBLE, Double.NaN);
    }

    /**
     * Infeasible by integrality while the LP relaxation is unbounded: 2x = 1 with x integer, max y
     * with y free and unconstrained. CBC calls this "unbounded" (its relaxation is).
     */
    static Case milpInfeasibleRelaxationUnbounded() {
        MilpModel.Builder b = MilpModel.builder("milp-infeasible-open").sense(ObjectiveSense.MAXIMIZE);
        int x = b.addVariable("x", Double.NEGATIVE_INFINITY, INF, VarType.INTEGER, 0);
        int y = b.addContinuous("y", Double.NEGATIVE_INFINITY, INF, 1);
        b.addRow("odd", 1, 1, new int[] {x}, new double[] {2});
        b.addRow("loose", Double.NEGATIVE_INFINITY, INF, new int[] {x, y}, new double[] {1, 1});
        return new Case("milp-infeasible-open", b.build(), SolveStatus.INFEASIBLE, Double.NaN);
    }

    /** No variables and no rows: the optimum is the constant. */
    static Case empty() {
        return new Case("empty", MilpModel.builder("empty").objectiveConstant(3.5).build(), SolveStatus.OPTIMAL, 3.5);
    }

    /** A row without coefficients that needs 0 >= 1. */
    static Case emptyRowInfeasible() {
        MilpModel.Builder b = MilpModel.builder("empty-row");
        b.addContinuous("x", 0, 1, 1);
        b.addRow("nothing", 1, INF);
        return new Case("empty-row", b.build(), SolveStatus.INFEASIBLE, Double.NaN);
    }

    /** Contradictory variable bounds [2, 1]. */
    static Case crossedBounds() {
        MilpModel.Builder b = MilpModel.builder("crossed-bounds");
        int x = b.addContinuous("x", 2, 1, 1);
        b.addRow("r", 0, 10, new int[] {x}, new double[] {1});
        return new Case("crossed-bounds", b.build(), SolveStatus.INFEASIBLE, Double.NaN);
    }

    /**
     * A market-split instance (Cornuéjols and Dawande 1999): m rows of n = 10(m-1) binaries with
     * coefficients uniform in [0, 99] and right-hand side half the row sum, with slacks s+ - s- in
     * each row and the slacks' sum minimized. m = 5 keeps SCIP busy for minutes; m = 3 takes
     * well under a second.
     */
    static MilpModel marketSplit(int m, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int n = 10 * (m - 1);
        MilpModel.Builder b = MilpModel.builder("market-split-" + m + "-" + seed);
        for (int j = 0; j < n; j++) {
            b.addBinary("x" + j, 0);
        }
        for (int i = 0; i < m; i++) {
            int[] cols = new int[n + 2];
            double[] vals = new double[n + 2];
            long sum = 0;
            for (int j = 0; j < n; j++) {
                cols[j] = j;
                vals[j] = r.nextInt(100);
                sum += (long) vals[j];
            }
            cols[n] = b.addContinuous("sp" + i, 0, INF, 1);
            vals[n] = 1;
            cols[n + 1] = b.addContinuous("sm" + i, 0, INF, 1);
            vals[n + 1] = -1;
            b.addRow("r" + i, sum / 2, sum / 2, cols, vals);
        }
        return b.build();
    }

    /**
     * A random unicost-weighted set cover: {@code rows} elements, {@code cols} sets, each element in
     * at least two random sets, costs uniform in [1, 100].
     */
    static MilpModel setCover(int rows, int cols, double density, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        MilpModel.Builder b = MilpModel.builder("set-cover-" + rows + "x" + cols + "-" + seed);
        for (int j = 0; j < cols; j++) {
            b.addBinary("s" + j, 1 + r.nextInt(100));
        }
        for (int i = 0; i < rows; i++) {
            int row = b.addRow("e" + i, 1, INF);
            int a = r.nextInt(cols);
            int c = (a + 1 + r.nextInt(cols - 1)) % cols;
            b.setCoefficient(row, a, 1).setCoefficient(row, c, 1);
            for (int j = 0; j < cols; j++) {
                if (j != a && j != c && r.nextDouble() < density) {
                    b.setCoefficient(row, j, 1);
                }
            }
        }
        return b.build();
    }

    /** A model with a known feasible solution. */
    record Planted(MilpModel model, double[] solution) {
    }

    /**
     * A market-split instance whose right-hand sides come from a hidden 0/1 vector, so that the
     * hidden vector with zero slacks is optimal (objective 0, which the LP bound also gives).
     * Without the vector, engines need long to find a zero-slack point.
     */
    static Planted plantedMarketSplit(int m, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int n = 10 * (m - 1);
        double[] hidden = new double[n + 2 * m];
        for (int j = 0; j < n; j++) {
            hidden[j] = r.nextBoolean() ? 1 : 0;
        }
        MilpModel.Builder b = MilpModel.builder("planted-market-split-" + m + "-" + seed);
        for (int j = 0; j < n; j++) {
            b.addBinary("x" + j, 0);
        }
        for (int i = 0; i < m; i++) {
            int[] cols = new int[n + 2];
            double[] vals = new double[n + 2];
            double rhs = 0;
            for (int j = 0; j < n; j++) {
                cols[j] = j;
                vals[j] = r.nextInt(100);
                rhs += vals[j] * hidden[j];
            }
            cols[n] = b.addContinuous("sp" + i, 0, INF, 1);
            vals[n] = 1;
            cols[n + 1] = b.addContinuous("sm" + i, 0, INF, 1);
            vals[n + 1] = -1;
            b.addRow("r" + i, rhs, rhs, cols, vals);
        }
        return new Planted(b.build(), hidden);
    }
}
