package org.cobalt.routing;

import org.cobalt.core.routing.CoordinateMetric;
import org.cobalt.core.routing.Metric;

/** Small helpers over {@link Metric}: tour and path lengths, sub-instances, permutation checks. */
public final class Metrics {

    private Metrics() {
    }

    /** Length of the closed tour visiting {@code order} (return edge included). */
    public static double tourLength(Metric metric, int[] order) {
        int n = order.length;
        if (n < 2) {
            return 0.0;
        }
        double sum = 0.0;
        for (int i = 0; i + 1 < n; i++) {
            sum += metric.distance(order[i], order[i + 1]);
        }
        return sum + metric.distance(order[n - 1], order[0]);
    }

    /** Length of the open path {@code path[0] -> ... -> path[m-1]}. */
    public static double pathLength(Metric metric, int[] path) {
        double sum = 0.0;
        for (int i = 0; i + 1 < path.length; i++) {
            sum += metric.distance(path[i], path[i + 1]);
        }
        return sum;
    }

    /** True when {@code order} holds every node 0..n-1 exactly once. */
    public static boolean isPermutation(int[] order, int n) {
        if (order.length != n) {
            return false;
        }
        boolean[] seen = new boolean[n];
        for (int v : order) {
            if (v < 0 || v >= n || seen[v]) {
                return false;
            }
            seen[v] = true;
        }
        return true;
    }

    /**
     * The metric restricted to {@code nodes}: local node {@code i} is {@code nodes[i]}. Planar
     * coordinate metrics give a new {@link CoordinateMetric} over the selected points (so that
     * spatial search still applies); others give a read-through view.
     */
    public static Metric restrict(Metric metric, int[] nodes) {
        int n = metric.size();
        boolean[] seen = new boolean[n];
        for (int v : nodes) {
            if (v < 0 || v >= n) {
                throw new IllegalArgumentException("node " + v + " is not in 0.." + (n - 1));
            }
            if (seen[v]) {
                throw new IllegalArgumentException("node " + v + " appears twice");
            }
            seen[v] = true;
        }
        if (metric instanceof CoordinateMetric cm) {
            double[] x = new double[nodes.length];
            double[] y = new double[nodes.length];
            for (int i = 0; i < nodes.length; i++) {
                x[i] = cm.x(nodes[i]);
                y[i] = cm.y(nodes[i]);
            }
            return new CoordinateMetric(cm.type(), x, y);
        }
        return new SubsetMetric(metric, nodes.clone());
    }

    /** A read-through view of a metric on a subset of its nodes. */
    private record SubsetMetric(Metric base, int[] nodes) implements Metric {

        @Override
        public int size() {
            return nodes.length;
        }

        @Override
        public double distance(int i, int j) {
            return base.distance(nodes[i], nodes[j]);
        }

        @Override
        public boolean isSymmetric() {
            return base.isSymmetric();
        }

        @Override
        public boolean isIntegral() {
            return base.isIntegral();
        }
    }
}
