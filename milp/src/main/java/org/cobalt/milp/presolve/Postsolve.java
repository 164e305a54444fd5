package org.cobalt.milp.presolve;

import java.util.Arrays;
import java.util.List;
import org.cobalt.core.solution.MilpSolution;

/**
 * Maps solutions of a presolved model back to the original model. A feasible solution of the reduced
 * model becomes a feasible solution of the original whose objective value equals the reduced one (the
 * reduced model's objective constant carries the {@link #objectiveOffset()}), up to rounding.
 */
public final class Postsolve {

    private final int originalColumns;
    private final int[] keptColumns;
    private final PostsolveStep[] steps;
    private final double objectiveOffset;

    Postsolve(int originalColumns, int[] keptColumns, List<PostsolveStep> steps, double objectiveOffset) {
        this.originalColumns = originalColumns;
        this.keptColumns = keptColumns.clone();
        this.steps = steps.toArray(PostsolveStep[]::new);
        this.objectiveOffset = objectiveOffset;
    }

    /** Number of variables of the original model. */
    public int originalColumns() {
        return originalColumns;
    }

    /** Number of variables of the reduced model. */
    public int reducedColumns() {
        return keptColumns.length;
    }

    /** Original index of reduced variable {@code j}. */
    public int originalColumn(int reducedColumn) {
        return keptColumns[reducedColumn];
    }

    /** Number of undo records (one per column removed other than by being kept). */
    public int steps() {
        return steps.length;
    }

    /**
     * Reduced objective constant minus original objective constant: what the removed columns contribute
     * to the objective once the kept ones are accounted for in the reduced costs.
     */
    public double objectiveOffset() {
        return objectiveOffset;
    }

    /**
     * The full solution of the original model for values of the reduced model's variables.
     *
     * @throws IllegalArgumentException when the length does not match the reduced model
     */
    public double[] apply(double[] reduced) {
        if (reduced.length != keptColumns.length) {
            throw new IllegalArgumentException("expected " + keptColumns.length + " reduced values, got " + reduced.length);
        }
        double[] x = new double[originalColumns];
        Arrays.fill(x, Double.NaN);
        for (int j = 0; j < keptColumns.length; j++) {
            x[keptColumns[j]] = reduced[j];
        }
        for (int s = steps.length - 1; s >= 0; s--) {
            steps[s].undo(x);
        }
        return x;
    }

    /** The full solution of the original model for a solution of the reduced model. */
    public MilpSolution apply(MilpSolution reduced) {
        return new MilpSolution(apply(reduced.values()));
    }

    /**
     * The values of the kept variables in a solution of the original model, e.g. to pass a warm start to
     * a solver of the reduced model. Reductions that keep only some optimal solutions (dual fixing,
     * objective-driven ones) can make the restriction infeasible for the reduced model; check it.
     */
    public MilpSolution restrict(MilpSolution original) {
        if (original.size() != originalColumns) {
            throw new IllegalArgumentException("expected " + originalColumns + " values, got " + original.size());
        }
        double[] y = new double[keptColumns.length];
        for (int j = 0; j < y.length; j++) {
            y[j] = original.value(keptColumns[j]);
        }
        return new MilpSolution(y);
    }

    @Override
    public String toString() {
        return "Postsolve[" + originalColumns + " -> " + keptColumns.length + " columns, " + steps.length + " steps]";
    }
}
