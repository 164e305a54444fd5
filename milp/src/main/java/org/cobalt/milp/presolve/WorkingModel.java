package org.cobalt.milp.presolve;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.milp.SparseMatrix;
import org.cobalt.core.milp.VarType;

/**
 * The mutable model that reductions work on, in the original index space. Entries are the original CSR
 * positions; a removed entry, row or column is only marked dead, so indices never move and postsolve
 * records can name original columns. Entries are never added (no reduction here creates fill-in).
 *
 * <p>Every change goes through the methods here, which keep lengths, sides, the objective constant and
 * the postsolve stack consistent and turn contradictions into a decided status.
 */
final class WorkingModel {

    final MilpModel original;
    final PresolveOptions options;
    final int numColumns;
    final int numRows;
    /** +1 to minimize, -1 to maximize: {@code dir * cost} is the cost in minimization form. */
    final double dir;

    final double[] lower;
    final double[] upper;
    final double[] cost;
    final boolean[] integral;
    final double[] rowLower;
    final double[] rowUpper;
    final boolean[] columnAlive;
    final boolean[] rowAlive;

    final int[] rowStart;
    final int[] entryColumn;
    final int[] entryRow;
    final double[] value;
    final boolean[] entryAlive;
    final int[] columnStart;
    /** Entry ids column by column (rows ascending within a column). */
    final int[] columnEntry;
    final int[] rowLength;
    final int[] columnLength;

    private double constant;
    private double constantCompensation;
    private final List<PostsolveStep> steps = new ArrayList<>();

    private PresolveStatus status = PresolveStatus.REDUCED;
    private String reason = "";
    private long work;
    private final long workLimit;
    private final long deadlineNanos;
    private final Map<ReductionKind, Integer> counts = new EnumMap<>(ReductionKind.class);
    private int cleanups;
    private long changes;

    WorkingModel(MilpModel model, PresolveOptions options) {
        this.original = model;
        this.options = options;
        this.numColumns = model.numVariables();
        this.numRows = model.numRows();
        this.dir = model.sense().sign();
        this.lower = model.lowerBounds();
        this.upper = model.upperBounds();
        this.cost = model.objectiveCoefficients();
        this.integral = new boolean[numColumns];
        for (int j = 0; j < numColumns; j++) {
            integral[j] = model.isIntegral(j);
        }
        this.rowLower = model.rowLowerBounds();
        this.rowUpper = model.rowUpperBounds();
        this.columnAlive = new boolean[numColumns];
        java.util.Arrays.fill(columnAlive, true);
        this.rowAlive = new boolean[numRows];
        java.util.Arrays.fill(rowAlive, true);
        SparseMatrix a = model.matrix();
        int nnz = a.nonZeros();
        this.rowStart = a.copyRowStarts();
        this.entryColumn = a.copyRowColumns();
        this.value = a.copyRowValues();
        this.entryRow = new int[nnz];
        this.entryAlive = new boolean[nnz];
        java.util.Arrays.fill(entryAlive, true);
        this.rowLength = new int[numRows];
        this.columnLength = new int[numColumns];
        this.columnStart = new int[numColumns + 1];
        for (int i = 0; i < numRows; i++) {
            rowLength[i] = rowStart[i + 1] - rowStart[i];
            for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
                entryRow[k] = i;
                columnStart[entryColumn[k] + 1]++;
            }
        }
        for (int j = 0; j < numColumns; j++) {
            columnLength[j] = columnStart[j + 1];
            columnStart[j + 1] += columnStart[j];
        }
        this.columnEntry = new int[nnz];
        int[] next = java.util.Arrays.copyOf(columnStart, numColumns);
        for (int k = 0; k < nnz; k++) {
            columnEntry[next[entryColumn[k]]++] = k;
        }
        this.constant = model.objectiveConstant();
        this.workLimit = (long) Math.min(Long.MAX_VALUE / 2.0, options.workFactor() * (numRows + numColumns + nnz + 1.0));
        this.deadlineNanos = options.timeLimit() == null ? Long.MAX_VALUE
                : System.nanoTime() + options.timeLimit().toNanos();
    }

    // ---- status and limits ----

    PresolveStatus status() {
        return status;
    }

    String reason() {
        return reason;
    }

    boolean decided() {
        return status != PresolveStatus.REDUCED;
    }

    void infeasible(String why) {
        if (!decided()) {
            status = PresolveStatus.INFEASIBLE;
            reason = why;
        }
    }

    void infeasibleOrUnbounded(String why) {
        if (!decided()) {
            status = PresolveStatus.INFEASIBLE_OR_UNBOUNDED;
            reason = why;
        }
    }

    void markOptimal() {
        status = PresolveStatus.OPTIMAL;
        reason = "every variable fixed";
    }

    void addWork(long units) {
        work += units;
    }

    long work() {
        return work;
    }

    /** True once the work or time limit has passed. */
    boolean limitReached() {
        return work > workLimit || (deadlineNanos != Long.MAX_VALUE && System.nanoTime() - deadlineNanos >= 0);
    }

    /** Total number of changes so far; a round that does not move it reached a fixpoint. */
    long changes() {
        return changes;
    }

    void count(ReductionKind kind) {
        changes++;
        if (kind == null) {
            cleanups++;
        } else {
            counts.merge(kind, 1, Integer::sum);
        }
    }

    Map<ReductionKind, Integer> counts() {
        return counts;
    }

    int cleanups() {
        return cleanups;
    }

    List<PostsolveStep> steps() {
        return steps;
    }

    void push(PostsolveStep step) {
        steps.add(step);
    }

    double constant() {
        return constant + constantCompensation;
    }

    void addConstant(double v) {
        double t = constant + v;
        constantCompensation += Math.abs(constant) >= Math.abs(v) ? (constant - t) + v : (v - t) + constant;
        constant = t;
    }

    // ---- tolerances ----

    /** True when {@code a <= b} within the feasibility tolerance, relative to {@code max(1, |b|)}. */
    boolean leqFeas(double a, double b) {
        return a <= b + options.feasibilityTolerance() * Math.max(1.0, Math.abs(b));
    }

    /** True when {@code a > b} by more than the infeasibility tolerance, relative to {@code max(1, |b|)}. */
    boolean exceedsInf(double a, double b) {
        return a > b + options.infeasibilityTolerance() * Math.max(1.0, Math.abs(b));
    }

    /** A bound treated as infinite in activities: infinite or at least {@link PresolveOptions#hugeValue()}. */
    boolean huge(double bound) {
        return Math.abs(bound) >= options.hugeValue();
    }

    /** Cost in minimization form. */
    double minCost(int j) {
        return dir * cost[j];
    }

    // ---- structural changes ----

    void removeEntry(int k) {
        if (entryAlive[k]) {
            entryAlive[k] = false;
            rowLength[entryRow[k]]--;
            columnLength[entryColumn[k]]--;
        }
    }

    /** Drops a row (its entries die with it). */
    void removeRow(int i, ReductionKind kind) {
        if (!rowAlive[i]) {
            return;
        }
        rowAlive[i] = false;
        for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
            removeEntry(k);
        }
        work += rowStart[i + 1] - rowStart[i];
        count(kind);
    }

    /**
     * Fixes column {@code j} at {@code v}: moves its contribution into the row sides and the objective
     * constant, drops the column and records the value for postsolve.
     */
    void fixColumn(int j, double v, ReductionKind kind) {
        if (!columnAlive[j]) {
            return;
        }
        if (integral[j]) {
            v = Math.rint(v);
        }
        v += 0.0; // no -0.0 in solutions
        for (int p = columnStart[j]; p < columnStart[j + 1]; p++) {
            int k = columnEntry[p];
            if (!entryAlive[k]) {
                continue;
            }
            int i = entryRow[k];
            double d = value[k] * v;
            if (rowLower[i] != Double.NEGATIVE_INFINITY) {
                rowLower[i] -= d;
            }
            if (rowUpper[i] != Double.POSITIVE_INFINITY) {
                rowUpper[i] -= d;
            }
            removeEntry(k);
        }
        work += columnStart[j + 1] - columnStart[j];
        if (cost[j] != 0.0) {
            addConstant(cost[j] * v);
        }
        lower[j] = v;
        upper[j] = v;
        columnAlive[j] = false;
        push(new PostsolveStep.FixValue(j, v));
        count(kind);
    }

    /**
     * Drops column {@code j} whose value postsolve computes from {@code step} (null when an earlier,
     * still growing step covers it); the caller has adjusted sides and objective.
     */
    void removeColumn(int j, PostsolveStep step, ReductionKind kind) {
        for (int p = columnStart[j]; p < columnStart[j + 1]; p++) {
            removeEntry(columnEntry[p]);
        }
        columnAlive[j] = false;
        if (step != null) {
            push(step);
        }
        count(kind);
    }

    /** Changes an entry's coefficient; a value that becomes zero removes the entry. */
    void setValue(int k, double v) {
        if (v == 0.0) {
            removeEntry(k);
        } else {
            value[k] = v;
        }
    }

    // ---- bounds ----

    /**
     * Raises the lower bound of {@code j} to {@code v} (rounded up for integers). With {@code exact} false
     * a continuous bound moves only by a meaningful amount. Returns true when the bound changed; a crossing
     * beyond tolerance marks the model infeasible.
     */
    boolean tightenLower(int j, double v, boolean exact, ReductionKind kind) {
        if (Double.isNaN(v) || v == Double.NEGATIVE_INFINITY || (!exact && huge(v))) {
            return false;
        }
        if (integral[j]) {
            v = Math.ceil(v - options.integralityTolerance()) + 0.0;
            if (v <= lower[j]) {
                return false;
            }
        } else {
            if (!exact && v <= lower[j] + meaningful(j)) {
                return false;
            }
            if (v <= lower[j]) {
                return false;
            }
        }
        lower[j] = v;
        count(kind);
        resolveCrossing(j);
        return true;
    }

    /** Mirror of {@link #tightenLower}. */
    boolean tightenUpper(int j, double v, boolean exact, ReductionKind kind) {
        if (Double.isNaN(v) || v == Double.POSITIVE_INFINITY || (!exact && huge(v))) {
            return false;
        }
        if (integral[j]) {
            v = Math.floor(v + options.integralityTolerance()) + 0.0;
            if (v >= upper[j]) {
                return false;
            }
        } else {
            if (!exact && v >= upper[j] - meaningful(j)) {
                return false;
            }
            if (v >= upper[j]) {
                return false;
            }
        }
        upper[j] = v;
        count(kind);
        resolveCrossing(j);
        return true;
    }

    private double meaningful(int j) {
        double width = upper[j] - lower[j];
        double scale = Double.isFinite(width) && !huge(width) ? Math.max(1.0, width) : 1.0;
        return options.boundChangeThreshold() * scale;
    }

    private void resolveCrossing(int j) {
        if (lower[j] <= upper[j]) {
            return;
        }
        if (!integral[j] && !exceedsInf(lower[j], upper[j])) {
            double mid = 0.5 * (lower[j] + upper[j]);
            lower[j] = mid;
            upper[j] = mid;
            return;
        }
        infeasible("bounds of " + original.variableName(j) + " cross: [" + lower[j] + ", " + upper[j] + "]");
    }

    /** True when the column is fixed (its bounds meet within the feasibility tolerance). */
    boolean isFixed(int j) {
        return Double.isFinite(lower[j]) && Double.isFinite(upper[j])
                && upper[j] - lower[j] <= options.feasibilityTolerance() * Math.max(1.0, Math.abs(lower[j]));
    }

    // ---- queries ----

    int liveRows() {
        int c = 0;
        for (int i = 0; i < numRows; i++) {
            if (rowAlive[i]) {
                c++;
            }
        }
        return c;
    }

    int liveColumns() {
        int c = 0;
        for (int j = 0; j < numColumns; j++) {
            if (columnAlive[j]) {
                c++;
            }
        }
        return c;
    }

    int liveEntries() {
        int c = 0;
        for (int i = 0; i < numRows; i++) {
            if (rowAlive[i]) {
                c += rowLength[i];
            }
        }
        return c;
    }

    String columnName(int j) {
        return original.variableName(j);
    }

    String rowName(int i) {
        return original.rowName(i);
    }

    /** The live entries of row {@code i} except the one of column {@code skip} (-1 for none). */
    int[] rowColumnsExcept(int i, int skip) {
        int[] cols = new int[rowLength[i] - (skip >= 0 ? 1 : 0)];
        int t = 0;
        for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
            if (entryAlive[k] && entryColumn[k] != skip) {
                cols[t++] = entryColumn[k];
            }
        }
        return cols;
    }

    /** Coefficients matching {@link #rowColumnsExcept}. */
    double[] rowValuesExcept(int i, int skip) {
        double[] vals = new double[rowLength[i] - (skip >= 0 ? 1 : 0)];
        int t = 0;
        for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
            if (entryAlive[k] && entryColumn[k] != skip) {
                vals[t++] = value[k];
            }
        }
        return vals;
    }

    /** Type to give a kept column in the reduced model. */
    VarType reducedType(int j) {
        return integral[j] ? VarType.INTEGER : VarType.CONTINUOUS;
    }
}
