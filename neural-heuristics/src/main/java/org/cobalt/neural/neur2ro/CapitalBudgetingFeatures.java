package org.cobalt.neural.neur2ro;

import org.cobalt.instances.robust.CapitalBudgetingProblem;

/**
 * Capital budgeting features per project, relative to the instance: the decision set sees
 * {@code [x_i, cbar_i/mean cbar, rbar_i/mean rbar, B/sum cbar]} and the scenario set
 * {@code [c_i(xi)/cbar_i, r_i(xi)/rbar_i, cbar_i/mean cbar, rbar_i/mean rbar]} (the cost and revenue
 * multipliers, affine in {@code xi}). Labels are costs divided by {@code R = sum rbar}.
 */
public final class CapitalBudgetingFeatures implements Neur2roFeatures {

    public static final String KIND = "capital-budgeting";
    /** Features per project, in both sets. */
    public static final int FEATURES = 4;

    private final CapitalBudgetingProblem p;
    private final double totalRevenue;

    public CapitalBudgetingFeatures(CapitalBudgetingProblem p) {
        this.p = p;
        double s = 0;
        for (int i = 0; i < p.size(); i++) {
            s += p.revenue(i);
        }
        this.totalRevenue = Math.max(s, 1e-9);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public SetInput decisionInput() {
        int n = p.size();
        SetInput.Builder b = new SetInput.Builder(n, FEATURES);
        double meanCost = meanCost();
        for (int i = 0; i < n; i++) {
            b.add(new double[] {0, p.cost(i) / meanCost, p.revenue(i) * n / totalRevenue, p.budget() / (meanCost * n)},
                    new int[] {0}, new int[] {i}, new double[] {1});
        }
        return b.build();
    }

    @Override
    public SetInput scenarioInput() {
        int n = p.size();
        int m = p.factors();
        SetInput.Builder b = new SetInput.Builder(m, FEATURES);
        for (int i = 0; i < n; i++) {
            int[] f = new int[2 * m];
            int[] v = new int[2 * m];
            double[] c = new double[2 * m];
            for (int j = 0; j < m; j++) {
                f[j] = 0;
                v[j] = j;
                c[j] = p.costFactor(i, j) / 2;
                f[m + j] = 1;
                v[m + j] = j;
                c[m + j] = p.revenueFactor(i, j) / 2;
            }
            b.add(new double[] {1, 1, p.cost(i) / meanCost(), p.revenue(i) * n / totalRevenue}, f, v, c);
        }
        return b.build();
    }

    private double meanCost() {
        double s = 0;
        for (int i = 0; i < p.size(); i++) {
            s += p.cost(i);
        }
        return s / p.size();
    }

    @Override
    public double labelScale() {
        return totalRevenue;
    }
}
