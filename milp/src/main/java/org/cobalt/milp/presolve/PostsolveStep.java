package org.cobalt.milp.presolve;

/**
 * One undo record of a reduction that removed a column. Steps are undone in reverse order on a vector
 * in the original column space, so every column a step reads is already set when it runs.
 */
sealed interface PostsolveStep permits PostsolveStep.FixValue, PostsolveStep.Substitute, PostsolveStep.Slack,
        PostsolveStep.Split {

    /** Sets the column(s) this step removed. */
    void undo(double[] x);

    /** A column removed at a fixed value (fixed bounds, empty column, dual fixing). */
    record FixValue(int column, double value) implements PostsolveStep {
        @Override
        public void undo(double[] x) {
            x[column] = value;
        }
    }

    /**
     * A column substituted out of an equality row {@code pivot * x + sum coefficients * x[columns] = rhs}.
     */
    record Substitute(int column, double pivot, int[] columns, double[] coefficients, double rhs)
            implements PostsolveStep {
        @Override
        public void undo(double[] x) {
            x[column] = (rhs - dot(columns, coefficients, x)) / pivot;
        }
    }

    /**
     * A zero-cost continuous column removed from its only row {@code rowLower <= pivot * x + rest <= rowUpper}
     * (the row's sides were widened by its range, or the row was dropped). Any value in
     * {@code [lower, upper]} that satisfies the row will do; the one nearest to zero is taken.
     */
    record Slack(int column, double pivot, int[] columns, double[] coefficients, double rowLower, double rowUpper,
                 double lower, double upper) implements PostsolveStep {
        @Override
        public void undo(double[] x) {
            double rest = dot(columns, coefficients, x);
            double lo = (rowLower - rest) / pivot;
            double up = (rowUpper - rest) / pivot;
            if (pivot < 0) {
                double t = lo;
                lo = up;
                up = t;
            }
            double v = Math.min(Math.max(0.0, lower), upper);
            v = Math.min(Math.max(v, lo), up);
            x[column] = Math.min(Math.max(v, lower), upper);
        }
    }

    /**
     * Two parallel columns merged as {@code x[kept] := x[kept] + ratio * x[removed]}; the merged value is
     * split back so that both originals lie within their bounds.
     */
    record Split(int kept, int removed, double ratio, double keptLower, double keptUpper, double removedLower,
                 double removedUpper) implements PostsolveStep {
        @Override
        public void undo(double[] x) {
            double z = x[kept];
            double r = Double.isFinite(removedLower) ? removedLower
                    : Double.isFinite(removedUpper) ? removedUpper : 0.0;
            double k = z - ratio * r;
            if (k > keptUpper) {
                k = keptUpper;
                r = (z - k) / ratio;
            } else if (k < keptLower) {
                k = keptLower;
                r = (z - k) / ratio;
            }
            x[kept] = k;
            x[removed] = r;
        }
    }

    private static double dot(int[] columns, double[] coefficients, double[] x) {
        double s = 0.0;
        double c = 0.0;
        for (int t = 0; t < columns.length; t++) {
            // Neumaier summation: the substituted value must match the row as exactly as possible
            double term = coefficients[t] * x[columns[t]];
            double u = s + term;
            c += Math.abs(s) >= Math.abs(term) ? (s - u) + term : (term - u) + s;
            s = u;
        }
        return s + c;
    }
}
