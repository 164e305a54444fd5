package org.cobalt.instances.robust;

import java.util.Objects;
import org.cobalt.core.problem.Problem;
import org.cobalt.core.problem.ProblemFamily;

/**
 * The two-stage robust knapsack problem with repair and outsourcing of Arslan and Detienne
 * (INFORMS JoC 2022), as used by Neur2RO (Dumouchelle et al., ICLR 2024).
 *
 * <pre>
 *   max_{x in {0,1}^n}  min_{xi in Xi}  max_{(y, r) in Y(x)}
 *       sum_i pbar_i x_i - sum_i f_i (x_i - y_i) - sum_i phat_i xi_i (y_i - r_i)
 *   Y(x) = { y, r in {0,1}^n : r <= y <= x,  sum_i c_i y_i + t_i r_i <= C }
 *   Xi   = { xi in [0,1]^n : sum_i xi_i <= Gamma }
 * </pre>
 * The first stage decides which items to produce; after the profit degradations {@code xi} are
 * revealed, each produced item is either packed as is (profit {@code pbar - phat xi}, weight
 * {@code c}), packed and repaired (profit {@code pbar}, weight {@code c + t}) or outsourced
 * (profit {@code pbar - f}). Objective: maximize the worst-case profit. docs/neur2ro.md explains how
 * this form was checked against the published optima.
 */
public final class RobustKnapsackProblem implements Problem {

    private final String name;
    private final double capacity;
    private final double gamma;
    private final double[] nominalProfit;
    private final double[] degradation;
    private final double[] repairWeight;
    private final double[] weight;
    private final double[] outsourcingCost;

    /**
     * @param name            instance name
     * @param capacity        knapsack capacity {@code C >= 0}
     * @param gamma           uncertainty budget {@code 0 <= Gamma <= n}
     * @param nominalProfit   {@code pbar_i}
     * @param degradation     maximum profit degradation {@code phat_i >= 0}
     * @param repairWeight    extra weight of a repaired item {@code t_i >= 0}
     * @param weight          weight {@code c_i >= 0}
     * @param outsourcingCost {@code f_i >= 0}
     * @throws IllegalArgumentException on inconsistent lengths or values
     */
    public RobustKnapsackProblem(String name, double capacity, double gamma, double[] nominalProfit,
                                 double[] degradation, double[] repairWeight, double[] weight,
                                 double[] outsourcingCost) {
        this.name = Objects.requireNonNull(name, "name");
        int n = nominalProfit.length;
        if (n < 1) {
            throw new IllegalArgumentException("a robust knapsack needs at least one item");
        }
        if (degradation.length != n || repairWeight.length != n || weight.length != n || outsourcingCost.length != n) {
            throw new IllegalArgumentException("item arrays must all have " + n + " entries");
        }
        if (!(capacity >= 0) || Double.isInfinite(capacity)) {
            throw new IllegalArgumentException("capacity must be finite and >= 0, got " + capacity);
        }
        if (!(gamma >= 0 && gamma <= n)) {
            throw new IllegalArgumentException("Gamma must lie in [0, " + n + "], got " + gamma);
        }
        this.capacity = capacity;
        this.gamma = gamma;
        this.nominalProfit = checked(nominalProfit, "nominal profit", false);
        this.degradation = checked(degradation, "degradation", true);
        this.repairWeight = checked(repairWeight, "repair weight", true);
        this.weight = checked(weight, "weight", true);
        this.outsourcingCost = checked(outsourcingCost, "outsourcing cost", true);
    }

    private static double[] checked(double[] v, String what, boolean nonNegative) {
        double[] c = v.clone();
        for (int i = 0; i < c.length; i++) {
            if (!Double.isFinite(c[i]) || (nonNegative && c[i] < 0)) {
                throw new IllegalArgumentException(what + " of item " + i + " must be finite"
                        + (nonNegative ? " and >= 0" : "") + ", got " + c[i]);
            }
            c[i] = c[i] == 0.0 ? 0.0 : c[i];
        }
        return c;
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
        return size() + " items, Gamma " + gamma;
    }

    /** Number of items {@code n}. */
    public int size() {
        return nominalProfit.length;
    }

    public double capacity() {
        return capacity;
    }

    public double gamma() {
        return gamma;
    }

    public double nominalProfit(int i) {
        return nominalProfit[i];
    }

    public double degradation(int i) {
        return degradation[i];
    }

    public double repairWeight(int i) {
        return repairWeight[i];
    }

    public double weight(int i) {
        return weight[i];
    }

    public double outsourcingCost(int i) {
        return outsourcingCost[i];
    }

    /** True when capacity and all weights are integers, so a capacity-indexed dynamic program is exact. */
    public boolean hasIntegerWeights() {
        if (capacity != Math.rint(capacity)) {
            return false;
        }
        for (int i = 0; i < size(); i++) {
            if (weight[i] != Math.rint(weight[i]) || repairWeight[i] != Math.rint(repairWeight[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Profit of a complete decision: produced items {@code x}, packed {@code y}, repaired {@code r}
     * under degradations {@code xi} (no feasibility check).
     */
    public double profit(boolean[] x, boolean[] y, boolean[] r, double[] xi) {
        double p = 0;
        for (int i = 0; i < size(); i++) {
            if (x[i]) {
                p += nominalProfit[i];
                if (!y[i]) {
                    p -= outsourcingCost[i];
                } else if (!r[i]) {
                    p -= degradation[i] * xi[i];
                }
            }
        }
        return p;
    }

    @Override
    public String toString() {
        return "RobustKnapsackProblem[" + name + ", " + sizeDescription() + "]";
    }
}
