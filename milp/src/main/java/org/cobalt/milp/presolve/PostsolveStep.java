package org.cobalt.milp.presolve;

/**
 * One undo record of a reduction that removed a column. Steps are undone in reverse order on a vector
 * in the original column space, so every column a step reads is already set when it runs.
 */
sealed interface PostsolveStep permits PostsolveStep.FixValue, PostsolveStep.Substitute, PostsolveStep.SlackGroup,
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
     * Zero-cost continuous columns removed, one after the other, from their only row
     * {@code rowLower <= sum coefficients * x[columns] <= rowUpper} (the row as it was before the first
     * of them left; the row's sides were widened by each one's range). Undo gives each removed column the
     * value nearest to zero within its bounds, then moves them towards their bounds, in removal order,
     * until the row holds. A group, not one record per column, keeps memory linear in the row length.
     */
    final class SlackGroup implements PostsolveStep {
        private final int[] columns;
        private final double[] coefficients;
        private final double rowLower;
        private final double rowUpper;
        private final boolean[] removed;
        private int[] order = new int[4];
        private double[] lower = new double[4];
        private double[] upper = new double[4];
        private int count;

        SlackGroup(int[] columns, double[] coefficients, double rowLower, double rowUpper) {
            this.columns = columns;
            this.coefficients = coefficients;
            this.rowLower = rowLower;
            this.rowUpper = rowUpper;
            this.removed = new boolean[columns.length];
        }

        /** Records that the row's entry at {@code position} left with bounds {@code [l, u]}. */
        void add(int position, double l, double u) {
            if (count == order.length) {
                order = java.util.Arrays.copyOf(order, 2 * count);
                lower = java.util.Arrays.copyOf(lower, 2 * count);
                upper = java.util.Arrays.copyOf(upper, 2 * count);
            }
            order[count] = position;
            lower[count] = l;
            upper[count] = u;
            count++;
            removed[position] = true;
        }

        /** Position of {@code column} in the row snapshot (columns ascend, as in the row), or negative. */
        int position(int column) {
            return java.util.Arrays.binarySearch(columns, column);
        }

        int size() {
            return count;
        }

        @Override
        public void undo(double[] x) {
            double rest = 0.0;
            double comp = 0.0;
            for (int t = 0; t < columns.length; t++) {
                if (!removed[t]) {
                    double term = coefficients[t] * x[columns[t]];
                    double u = rest + term;
                    comp += Math.abs(rest) >= Math.abs(term) ? (rest - u) + term : (term - u) + rest;
                    rest = u;
                }
            }
            rest += comp;
            double sum = 0.0;
            for (int s = 0; s < count; s++) {
                int t = order[s];
                double v = Math.min(Math.max(0.0, lower[s]), upper[s]);
                x[columns[t]] = v;
                sum += coefficients[t] * v;
            }
            // move the slacks until rowLower <= rest + sum <= rowUpper
            double need = rowLower - rest - sum;
            if (need > 0) {
                shift(x, need);
            } else {
                double excess = rest + sum - rowUpper;
                if (excess > 0) {
                    shift(x, -excess);
                }
            }
        }

        /** Changes the slacks' total contribution by {@code delta}, as far as their bounds allow. */
        private void shift(double[] x, double delta) {
            for (int s = 0; s < count && delta != 0.0; s++) {
                int t = order[s];
                double a = coefficients[t];
                double v = x[columns[t]];
                double target = v + delta / a;
                double clamped = Math.min(Math.max(target, lower[s]), upper[s]);
                x[columns[t]] = clamped;
                delta -= a * (clamped - v);
                if (clamped == target) {
                    delta = 0.0;
                }
            }
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
