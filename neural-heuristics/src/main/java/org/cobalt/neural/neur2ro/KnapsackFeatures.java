package org.cobalt.neural.neur2ro;

import org.cobalt.instances.robust.RobustKnapsackProblem;

/**
 * Robust knapsack features per item, relative to the instance so they compare across sizes: the
 * decision set sees {@code [x_i, c_i/cbar, t_i/cbar, pbar_i/pbar, phat_i/pbar, f_i/pbar, C/sum c]}
 * and the scenario set the same with {@code xi_i} first, where {@code cbar} and {@code pbar} are the
 * mean weight and mean nominal profit. Labels are costs divided by {@code P = sum pbar}, so with
 * mean pooling the network sees an average item contribution.
 */
public final class KnapsackFeatures implements Neur2roFeatures {

    public static final String KIND = "robust-knapsack";
    public static final int FEATURES = 7;

    private final RobustKnapsackProblem p;
    private final double totalProfit;

    public KnapsackFeatures(RobustKnapsackProblem p) {
        this.p = p;
        double s = 0;
        for (int i = 0; i < p.size(); i++) {
            s += Math.abs(p.nominalProfit(i));
        }
        this.totalProfit = Math.max(s, 1e-9);
    }

    @Override
    public String kind() {
        return KIND;
    }

    private SetInput input() {
        int n = p.size();
        double weights = 0;
        for (int i = 0; i < n; i++) {
            weights += p.weight(i);
        }
        double meanWeight = Math.max(weights / n, 1e-9);
        double meanProfit = totalProfit / n;
        SetInput.Builder b = new SetInput.Builder(n, FEATURES);
        for (int i = 0; i < n; i++) {
            double[] c = {0, p.weight(i) / meanWeight, p.repairWeight(i) / meanWeight, p.nominalProfit(i) / meanProfit,
                    p.degradation(i) / meanProfit, p.outsourcingCost(i) / meanProfit, p.capacity() / Math.max(weights, 1e-9)};
            b.add(c, new int[] {0}, new int[] {i}, new double[] {1});
        }
        return b.build();
    }

    @Override
    public SetInput decisionInput() {
        return input();
    }

    @Override
    public SetInput scenarioInput() {
        return input();
    }

    @Override
    public double labelScale() {
        return totalProfit;
    }
}
