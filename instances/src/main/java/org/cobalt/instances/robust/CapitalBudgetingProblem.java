package org.cobalt.instances.robust;

import java.util.Objects;
import org.cobalt.core.problem.Problem;
import org.cobalt.core.problem.ProblemFamily;

/**
 * Two-stage robust capital budgeting as in Neur2RO (after Subramanyam, Gounaris and Wiesemann's
 * k-adaptability study): projects are funded now ({@code x}) or later ({@code y}, earning a
 * fraction {@code k} of the revenue); costs and revenues depend on {@code M} risk factors.
 *
 * <pre>
 *   max_{x in X}  min_{xi in [-1,1]^M}  max_{y}  sum_i r_i(xi) (x_i + k y_i)
 *   s.t.  c(xi).(x + y) <= B,   x_i + y_i <= 1,   x, y binary
 *   c_i(xi) = (1 + phi_i.xi / 2) cbar_i,   r_i(xi) = (1 + psi_i.xi / 2) rbar_i
 *   X = { x binary : c(xi).x <= B for every xi }   (the later stage can always fund nothing)
 * </pre>
 * Unlike the knapsack, the uncertainty is in a constraint, so the later stage's feasible set
 * depends on the scenario.
 */
public final class CapitalBudgetingProblem implements Problem {

    private final String name;
    private final double budget;
    private final double lateFactor;
    private final double[] cost;
    private final double[] revenue;
    private final double[][] costFactors;
    private final double[][] revenueFactors;

    /**
     * @param name           instance name
     * @param budget         {@code B > 0}
     * @param lateFactor     {@code k} in [0, 1]: share of the revenue a late project earns
     * @param cost           nominal costs {@code cbar_i > 0}
     * @param revenue        nominal revenues {@code rbar_i >= 0}
     * @param costFactors    {@code phi} (n x M), rows with L1 norm at most 2 so costs stay >= 0
     * @param revenueFactors {@code psi} (n x M)
     */
    public CapitalBudgetingProblem(String name, double budget, double lateFactor, double[] cost, double[] revenue,
                                   double[][] costFactors, double[][] revenueFactors) {
        this.name = Objects.requireNonNull(name, "name");
        int n = cost.length;
        if (n < 1) {
            throw new IllegalArgumentException("capital budgeting needs at least one project");
        }
        if (!(budget > 0) || Double.isInfinite(budget)) {
            throw new IllegalArgumentException("budget must be finite and > 0, got " + budget);
        }
        if (!(lateFactor >= 0 && lateFactor <= 1)) {
            throw new IllegalArgumentException("late factor k must lie in [0, 1], got " + lateFactor);
        }
        int m = costFactors.length == 0 ? 0 : costFactors[0].length;
        if (m < 1) {
            throw new IllegalArgumentException("need at least one risk factor");
        }
        this.budget = budget;
        this.lateFactor = lateFactor;
        this.cost = Arrays2.positive(cost, n, "cost");
        this.revenue = Arrays2.finite(revenue, n, "revenue");
        this.costFactors = Arrays2.matrix(costFactors, n, m, "cost factors");
        this.revenueFactors = Arrays2.matrix(revenueFactors, n, m, "revenue factors");
        for (int i = 0; i < n; i++) {
            if (revenue[i] < 0) {
                throw new IllegalArgumentException("revenue of project " + i + " must be >= 0");
            }
            if (Arrays2.l1(this.costFactors[i]) > 2 + 1e-12) {
                throw new IllegalArgumentException("cost factors of project " + i + " have L1 norm > 2: costs could turn negative");
            }
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ProblemFamily family() {
        return ProblemFamily.ROBUST;
    }

    @Override
    public String sizeDescription() {
        return size() + " projects, " + factors() + " risk factors";
    }

    public int size() {
        return cost.length;
    }

    /** Number of risk factors {@code M}; the uncertainty set is the box {@code [-1, 1]^M}. */
    public int factors() {
        return costFactors[0].length;
    }

    public double budget() {
        return budget;
    }

    public double lateFactor() {
        return lateFactor;
    }

    public double cost(int i) {
        return cost[i];
    }

    public double revenue(int i) {
        return revenue[i];
    }

    public double costFactor(int i, int j) {
        return costFactors[i][j];
    }

    public double revenueFactor(int i, int j) {
        return revenueFactors[i][j];
    }

    /** {@code c_i(xi)}. */
    public double cost(int i, double[] xi) {
        double s = 0;
        for (int j = 0; j < xi.length; j++) {
            s += costFactors[i][j] * xi[j];
        }
        return (1 + s / 2) * cost[i];
    }

    /** {@code r_i(xi)}. */
    public double revenue(int i, double[] xi) {
        double s = 0;
        for (int j = 0; j < xi.length; j++) {
            s += revenueFactors[i][j] * xi[j];
        }
        return (1 + s / 2) * revenue[i];
    }

    /**
     * The largest cost of the projects in {@code chosen} over the box: {@code max_xi c(xi).chosen},
     * attained at {@code xi_j = sign(sum_i phi_ij cbar_i chosen_i)}.
     */
    public double worstCaseCost(boolean[] chosen) {
        double nominal = 0;
        double spread = 0;
        for (int j = 0; j < factors(); j++) {
            double s = 0;
            for (int i = 0; i < size(); i++) {
                if (chosen[i]) {
                    s += costFactors[i][j] * cost[i];
                }
            }
            spread += Math.abs(s) / 2;
        }
        for (int i = 0; i < size(); i++) {
            if (chosen[i]) {
                nominal += cost[i];
            }
        }
        return nominal + spread;
    }

    @Override
    public String toString() {
        return "CapitalBudgetingProblem[" + name + ", " + sizeDescription() + "]";
    }
}
