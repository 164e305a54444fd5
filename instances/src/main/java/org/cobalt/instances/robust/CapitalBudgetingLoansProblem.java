package org.cobalt.instances.robust;

import java.util.Objects;
import org.cobalt.core.problem.Problem;
import org.cobalt.core.problem.ProblemFamily;

/**
 * Two-stage robust capital budgeting with loans of Arslan and Detienne (INFORMS JoC 2022): only the
 * profits are uncertain; projects are funded now ({@code x}) or later ({@code y}, earning a
 * fraction {@code f} of the profit) and each stage may take one loan of fixed amount and cost.
 *
 * <pre>
 *   max_{x, x0}  min_{xi in [-1,1]^M}  max_{y, y0}
 *       sum_i p_i(xi) (x_i + f y_i) - lambda1 x0 - lambda2 y0
 *   s.t.  sum_i c_i x_i <= B + C1 x0                       (first stage)
 *         sum_i c_i (x_i + y_i) <= B + C1 x0 + C2 y0
 *         x_i + y_i <= 1,   x, x0, y, y0 binary
 *   p_i(xi) = pbar_i (1 + Q_i.xi / 2)
 * </pre>
 * docs/neur2ro.md says how this reading of the data files was checked against the published optima.
 */
public final class CapitalBudgetingLoansProblem implements Problem {

    private final String name;
    private final double budget;
    private final double firstLoan;
    private final double secondLoan;
    private final double firstLoanCost;
    private final double secondLoanCost;
    private final double lateFactor;
    private final double rho;
    private final double[] profit;
    private final double[] cost;
    private final double[][] factors;

    /**
     * @param name           instance name
     * @param budget         {@code B >= 0}
     * @param firstLoan      amount {@code C1 >= 0} of the first-stage loan
     * @param secondLoan     amount {@code C2 >= 0} of the second-stage loan
     * @param firstLoanCost  {@code lambda1 >= 0}
     * @param secondLoanCost {@code lambda2 >= 0}
     * @param lateFactor     {@code f} in [0, 1]
     * @param rho            generator parameter kept for writing the file back; unused by the model
     * @param profit         nominal profits {@code pbar_i}
     * @param cost           investment costs {@code c_i >= 0}
     * @param factors        {@code Q} (n x M)
     */
    public CapitalBudgetingLoansProblem(String name, double budget, double firstLoan, double secondLoan,
                                        double firstLoanCost, double secondLoanCost, double lateFactor, double rho,
                                        double[] profit, double[] cost, double[][] factors) {
        this.name = Objects.requireNonNull(name, "name");
        int n = profit.length;
        if (n < 1) {
            throw new IllegalArgumentException("capital budgeting needs at least one project");
        }
        for (double v : new double[] {budget, firstLoan, secondLoan, firstLoanCost, secondLoanCost}) {
            if (!(v >= 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException("budget, loan amounts and loan costs must be finite and >= 0");
            }
        }
        if (!(lateFactor >= 0 && lateFactor <= 1)) {
            throw new IllegalArgumentException("late factor f must lie in [0, 1], got " + lateFactor);
        }
        if (!Double.isFinite(rho)) {
            throw new IllegalArgumentException("rho must be finite");
        }
        int m = factors.length == 0 ? 0 : factors[0].length;
        if (m < 1) {
            throw new IllegalArgumentException("need at least one risk factor");
        }
        this.budget = budget;
        this.firstLoan = firstLoan;
        this.secondLoan = secondLoan;
        this.firstLoanCost = firstLoanCost;
        this.secondLoanCost = secondLoanCost;
        this.lateFactor = lateFactor;
        this.rho = rho;
        this.profit = Arrays2.finite(profit, n, "profit");
        this.cost = Arrays2.finite(cost, n, "cost");
        this.factors = Arrays2.matrix(factors, n, m, "risk factors");
        for (int i = 0; i < n; i++) {
            if (this.cost[i] < 0) {
                throw new IllegalArgumentException("cost of project " + i + " must be >= 0");
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
        return size() + " projects, " + factors() + " risk factors, loans";
    }

    public int size() {
        return profit.length;
    }

    /** Number of risk factors {@code M}; the uncertainty set is the box {@code [-1, 1]^M}. */
    public int factors() {
        return factors[0].length;
    }

    public double budget() {
        return budget;
    }

    public double firstLoan() {
        return firstLoan;
    }

    public double secondLoan() {
        return secondLoan;
    }

    public double firstLoanCost() {
        return firstLoanCost;
    }

    public double secondLoanCost() {
        return secondLoanCost;
    }

    public double lateFactor() {
        return lateFactor;
    }

    public double rho() {
        return rho;
    }

    public double profit(int i) {
        return profit[i];
    }

    public double cost(int i) {
        return cost[i];
    }

    public double factor(int i, int j) {
        return factors[i][j];
    }

    /** {@code p_i(xi)}. */
    public double profit(int i, double[] xi) {
        double s = 0;
        for (int j = 0; j < xi.length; j++) {
            s += factors[i][j] * xi[j];
        }
        return (1 + s / 2) * profit[i];
    }

    /** True when budget, loan amounts and costs are integers, so a budget-indexed dynamic program is exact. */
    public boolean hasIntegerCosts() {
        if (budget != Math.rint(budget) || firstLoan != Math.rint(firstLoan) || secondLoan != Math.rint(secondLoan)) {
            return false;
        }
        for (double c : cost) {
            if (c != Math.rint(c)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "CapitalBudgetingLoansProblem[" + name + ", " + sizeDescription() + "]";
    }
}
