package org.cobalt.milp.heuristics;

/**
 * ZI rounding of an LP point (Wallace 2010): each fractional integral column is shifted to the
 * integer above or below when every row keeps its sides — the room is the smallest row slack
 * divided by the coefficient — preferring the direction its cost favours; rows' activities are
 * updated as columns move, and passes repeat while some column moved. Continuous columns keep their
 * values. Shared by {@link ZiRounding} and the dives, which try it on every LP point.
 */
final class ZiRounder {

    private static final int PASSES = 3;
    /** Slack kept back when measuring room, against rounding errors of the activities. */
    private static final double SAFETY = 1e-9;

    private final ModelData d;
    private final double[] x;
    private final double[] act;

    ZiRounder(ModelData d) {
        this.d = d;
        this.x = new double[d.n];
        this.act = new double[d.m];
    }

    /**
     * Rounds {@code point} within {@code lower}/{@code upper}; on success returns the rounded point
     * (a work array: copy it to keep it), else null.
     *
     * @param tol integrality tolerance: values this close to an integer count as integral
     */
    double[] round(double[] point, double[] lower, double[] upper, double tol) {
        System.arraycopy(point, 0, x, 0, d.n);
        double[] a0 = d.activities(x);
        System.arraycopy(a0, 0, act, 0, d.m);
        for (int pass = 0; pass < PASSES; pass++) {
            boolean moved = false;
            boolean fractional = false;
            for (int j = 0; j < d.n; j++) {
                if (!d.integral[j]) {
                    continue;
                }
                double v = x[j];
                double fl = Math.floor(v);
                double f = v - fl;
                if (f <= tol || f >= 1 - tol) {
                    continue;
                }
                double up = upper[j] - v;
                double down = v - lower[j];
                for (int k = d.a.columnStart(j); k < d.a.columnEnd(j); k++) {
                    int i = d.a.columnRow(k);
                    double a = d.a.columnValue(k);
                    double slackUp = d.rowUpper[i] < Double.POSITIVE_INFINITY
                            ? Math.max(0.0, d.rowUpper[i] - act[i] - SAFETY * Math.max(1.0, Math.abs(d.rowUpper[i])))
                            : Double.POSITIVE_INFINITY;
                    double slackDown = d.rowLower[i] > Double.NEGATIVE_INFINITY
                            ? Math.max(0.0, act[i] - d.rowLower[i] - SAFETY * Math.max(1.0, Math.abs(d.rowLower[i])))
                            : Double.POSITIVE_INFINITY;
                    if (a > 0) {
                        up = Math.min(up, slackUp / a);
                        down = Math.min(down, slackDown / a);
                    } else {
                        up = Math.min(up, slackDown / -a);
                        down = Math.min(down, slackUp / -a);
                    }
                }
                boolean canUp = up >= 1 - f;
                boolean canDown = down >= f;
                double target;
                if (canUp && canDown) {
                    double c = d.cost[j];
                    target = c > 0 ? fl : c < 0 ? fl + 1 : (f < 0.5 ? fl : fl + 1);
                } else if (canUp) {
                    target = fl + 1;
                } else if (canDown) {
                    target = fl;
                } else {
                    fractional = true;
                    continue;
                }
                double delta = target - v;
                x[j] = target;
                for (int k = d.a.columnStart(j); k < d.a.columnEnd(j); k++) {
                    act[d.a.columnRow(k)] += d.a.columnValue(k) * delta;
                }
                moved = true;
            }
            if (!fractional) {
                for (int j = 0; j < d.n; j++) {
                    if (d.integral[j]) {
                        x[j] = Math.rint(x[j]);
                    }
                }
                return x;
            }
            if (!moved) {
                return null;
            }
        }
        return null;
    }
}
