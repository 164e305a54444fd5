package org.cobalt.core.milp;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import org.cobalt.core.problem.Problem;
import org.cobalt.core.problem.ProblemFamily;

/**
 * An immutable, validated mixed-integer linear program:
 * <pre>
 *   min/max  c.x + constant
 *   s.t.     rowLower_i <= a_i.x <= rowUpper_i    for every row i
 *            lower_j <= x_j <= upper_j             for every variable j
 *            x_j integral                          for integer and binary variables
 * </pre>
 * Infinite sides are {@code Double.NEGATIVE_INFINITY}/{@code POSITIVE_INFINITY}. Names are unique
 * and non-empty. Canonical form: integer variables whose bounds lie within [0, 1] are
 * {@link VarType#BINARY}; {@code -0.0} is stored as {@code 0.0}; the matrix has no zeros or
 * duplicates. Two models are {@link #equals equal} when every one of these parts is equal.
 *
 * <p>Build one with {@link #builder(String)}.
 */
public final class MilpModel implements Problem {

    private final String name;
    private final ObjectiveSense sense;
    private final String objectiveName;
    private final double objectiveConstant;
    private final String[] varNames;
    private final double[] lower;
    private final double[] upper;
    private final VarType[] types;
    private final double[] objective;
    private final String[] rowNames;
    private final double[] rowLower;
    private final double[] rowUpper;
    private final SparseMatrix matrix;
    private final Map<String, Integer> varIndex;
    private final Map<String, Integer> rowIndex;
    private final int integerCount;

    private MilpModel(Builder b) {
        this.name = b.name;
        this.sense = b.sense;
        this.objectiveName = b.objectiveName;
        this.objectiveConstant = zero(b.objectiveConstant);
        int n = b.varCount;
        int m = b.rowCount;
        this.varNames = Arrays.copyOf(b.varNames, n);
        this.lower = Arrays.copyOf(b.lower, n);
        this.upper = Arrays.copyOf(b.upper, n);
        this.types = Arrays.copyOf(b.types, n);
        this.objective = Arrays.copyOf(b.objective, n);
        this.rowNames = Arrays.copyOf(b.rowNames, m);
        this.rowLower = Arrays.copyOf(b.rowLower, m);
        this.rowUpper = Arrays.copyOf(b.rowUpper, m);
        int ints = 0;
        for (int j = 0; j < n; j++) {
            lower[j] = zero(lower[j]);
            upper[j] = zero(upper[j]);
            objective[j] = zero(objective[j]);
            if (types[j].isIntegral()) {
                types[j] = lower[j] >= 0.0 && upper[j] <= 1.0 ? VarType.BINARY : VarType.INTEGER;
                ints++;
            }
        }
        this.integerCount = ints;
        for (int i = 0; i < m; i++) {
            rowLower[i] = zero(rowLower[i]);
            rowUpper[i] = zero(rowUpper[i]);
        }
        double[] values = Arrays.copyOf(b.entryValue, b.entryCount);
        for (int k = 0; k < values.length; k++) {
            values[k] = zero(values[k]);
        }
        this.matrix = SparseMatrix.fromTriplets(m, n, b.entryCount, b.entryRow, b.entryColumn, values);
        this.varIndex = new HashMap<>(Math.max(16, n * 2));
        for (int j = 0; j < n; j++) {
            varIndex.put(varNames[j], j);
        }
        this.rowIndex = new HashMap<>(Math.max(16, m * 2));
        for (int i = 0; i < m; i++) {
            rowIndex.put(rowNames[i], i);
        }
    }

    private static double zero(double v) {
        return v == 0.0 ? 0.0 : v;
    }

    /** Starts a new model with the given name. */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** A builder pre-filled with this model's data, for modified copies. */
    public Builder toBuilder() {
        Builder b = new Builder(name).sense(sense).objectiveName(objectiveName).objectiveConstant(objectiveConstant);
        for (int j = 0; j < numVariables(); j++) {
            b.addVariable(varNames[j], lower[j], upper[j], types[j], objective[j]);
        }
        for (int i = 0; i < numRows(); i++) {
            b.addRow(rowNames[i], rowLower[i], rowUpper[i]);
            for (int k = matrix.rowStart(i); k < matrix.rowEnd(i); k++) {
                b.setCoefficient(i, matrix.rowColumn(k), matrix.rowValue(k));
            }
        }
        return b;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ProblemFamily family() {
        return ProblemFamily.MILP;
    }

    @Override
    public String sizeDescription() {
        return numVariables() + " vars (" + integerCount + " int) x " + numRows() + " rows, " + matrix.nonZeros() + " nz";
    }

    public ObjectiveSense sense() {
        return sense;
    }

    @Override
    public boolean isMaximization() {
        return sense == ObjectiveSense.MAXIMIZE;
    }

    /** Name of the objective row (MPS {@code N} row); {@code "obj"} unless a file said otherwise. */
    public String objectiveName() {
        return objectiveName;
    }

    public double objectiveConstant() {
        return objectiveConstant;
    }

    public int numVariables() {
        return varNames.length;
    }

    public int numRows() {
        return rowNames.length;
    }

    /** Number of integer and binary variables. */
    public int numIntegerVariables() {
        return integerCount;
    }

    /** True when no variable is integral: the model is a pure LP. */
    public boolean isLp() {
        return integerCount == 0;
    }

    public String variableName(int j) {
        return varNames[j];
    }

    public double lower(int j) {
        return lower[j];
    }

    public double upper(int j) {
        return upper[j];
    }

    public VarType type(int j) {
        return types[j];
    }

    public boolean isIntegral(int j) {
        return types[j].isIntegral();
    }

    /** Objective coefficient of variable {@code j}. */
    public double cost(int j) {
        return objective[j];
    }

    public String rowName(int i) {
        return rowNames[i];
    }

    public double rowLower(int i) {
        return rowLower[i];
    }

    public double rowUpper(int i) {
        return rowUpper[i];
    }

    public RowSense rowSense(int i) {
        return RowSense.of(rowLower[i], rowUpper[i]);
    }

    /** The constraint matrix (rows x variables), with row-wise and column-wise access. */
    public SparseMatrix matrix() {
        return matrix;
    }

    /** Index of the variable with this name, if any. */
    public OptionalInt variableIndex(String variableName) {
        Integer j = varIndex.get(variableName);
        return j == null ? OptionalInt.empty() : OptionalInt.of(j);
    }

    /** Index of the row with this name, if any. */
    public OptionalInt rowIndex(String name) {
        Integer i = rowIndex.get(name);
        return i == null ? OptionalInt.empty() : OptionalInt.of(i);
    }

    /** Copy of the lower bounds. */
    public double[] lowerBounds() {
        return lower.clone();
    }

    /** Copy of the upper bounds. */
    public double[] upperBounds() {
        return upper.clone();
    }

    /** Copy of the objective coefficients. */
    public double[] objectiveCoefficients() {
        return objective.clone();
    }

    /** Copy of the row lower sides. */
    public double[] rowLowerBounds() {
        return rowLower.clone();
    }

    /** Copy of the row upper sides. */
    public double[] rowUpperBounds() {
        return rowUpper.clone();
    }

    /** Objective value {@code c.x + constant} of a full assignment (no feasibility check). */
    public double objectiveValue(double[] x) {
        if (x.length != numVariables()) {
            throw new IllegalArgumentException("expected " + numVariables() + " values, got " + x.length);
        }
        double s = objectiveConstant;
        for (int j = 0; j < x.length; j++) {
            s += objective[j] * x[j];
        }
        return s;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o instanceof MilpModel m && name.equals(m.name) && sense == m.sense
                && objectiveName.equals(m.objectiveName)
                && Double.compare(objectiveConstant, m.objectiveConstant) == 0
                && Arrays.equals(varNames, m.varNames) && Arrays.equals(lower, m.lower)
                && Arrays.equals(upper, m.upper) && Arrays.equals(types, m.types)
                && Arrays.equals(objective, m.objective) && Arrays.equals(rowNames, m.rowNames)
                && Arrays.equals(rowLower, m.rowLower) && Arrays.equals(rowUpper, m.rowUpper)
                && matrix.equals(m.matrix);
    }

    /**
     * Describes the first difference to another model, or returns null when they are equal. Meant
     * for test failure messages and round-trip diagnostics.
     */
    public String firstDifference(MilpModel o) {
        if (!name.equals(o.name)) {
            return "name " + name + " vs " + o.name;
        }
        if (sense != o.sense) {
            return "sense " + sense + " vs " + o.sense;
        }
        if (!objectiveName.equals(o.objectiveName)) {
            return "objective name " + objectiveName + " vs " + o.objectiveName;
        }
        if (Double.compare(objectiveConstant, o.objectiveConstant) != 0) {
            return "objective constant " + objectiveConstant + " vs " + o.objectiveConstant;
        }
        if (numVariables() != o.numVariables()) {
            return "variables " + numVariables() + " vs " + o.numVariables();
        }
        if (numRows() != o.numRows()) {
            return "rows " + numRows() + " vs " + o.numRows();
        }
        for (int j = 0; j < numVariables(); j++) {
            if (!varNames[j].equals(o.varNames[j]) || Double.compare(lower[j], o.lower[j]) != 0
                    || Double.compare(upper[j], o.upper[j]) != 0 || types[j] != o.types[j]
                    || Double.compare(objective[j], o.objective[j]) != 0) {
                return "variable " + j + ": " + describeVariable(j) + " vs " + o.describeVariable(j);
            }
        }
        for (int i = 0; i < numRows(); i++) {
            if (!rowNames[i].equals(o.rowNames[i]) || Double.compare(rowLower[i], o.rowLower[i]) != 0
                    || Double.compare(rowUpper[i], o.rowUpper[i]) != 0) {
                return "row " + i + ": " + rowNames[i] + " [" + rowLower[i] + ", " + rowUpper[i] + "] vs "
                        + o.rowNames[i] + " [" + o.rowLower[i] + ", " + o.rowUpper[i] + "]";
            }
            if (matrix.rowEnd(i) - matrix.rowStart(i) != o.matrix.rowEnd(i) - o.matrix.rowStart(i)) {
                return "row " + rowNames[i] + " has " + (matrix.rowEnd(i) - matrix.rowStart(i)) + " vs "
                        + (o.matrix.rowEnd(i) - o.matrix.rowStart(i)) + " entries";
            }
            for (int k = matrix.rowStart(i), l = o.matrix.rowStart(i); k < matrix.rowEnd(i); k++, l++) {
                if (matrix.rowColumn(k) != o.matrix.rowColumn(l)
                        || Double.compare(matrix.rowValue(k), o.matrix.rowValue(l)) != 0) {
                    return "row " + rowNames[i] + " entry " + varNames[matrix.rowColumn(k)] + "=" + matrix.rowValue(k)
                            + " vs " + o.varNames[o.matrix.rowColumn(l)] + "=" + o.matrix.rowValue(l);
                }
            }
        }
        return null;
    }

    private String describeVariable(int j) {
        return varNames[j] + " " + types[j] + " [" + lower[j] + ", " + upper[j] + "] c=" + objective[j];
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, sense, numVariables(), numRows(), matrix);
    }

    @Override
    public String toString() {
        return "MilpModel[" + name + ", " + sense + ", " + sizeDescription() + "]";
    }

    /**
     * Mutable builder. Variables and rows get indices in the order they are added; coefficients
     * may be set in any order (duplicates are summed). {@link #build()} validates everything and
     * throws {@link IllegalArgumentException} naming the offending variable or row.
     */
    public static final class Builder {
        private final String name;
        private ObjectiveSense sense = ObjectiveSense.MINIMIZE;
        private String objectiveName = "obj";
        private double objectiveConstant;
        private int varCount;
        private String[] varNames = new String[16];
        private double[] lower = new double[16];
        private double[] upper = new double[16];
        private VarType[] types = new VarType[16];
        private double[] objective = new double[16];
        private int rowCount;
        private String[] rowNames = new String[16];
        private double[] rowLower = new double[16];
        private double[] rowUpper = new double[16];
        private int entryCount;
        private int[] entryRow = new int[64];
        private int[] entryColumn = new int[64];
        private double[] entryValue = new double[64];

        private Builder(String name) {
            this.name = Objects.requireNonNull(name, "name");
        }

        public Builder sense(ObjectiveSense s) {
            this.sense = Objects.requireNonNull(s, "sense");
            return this;
        }

        public Builder objectiveName(String n) {
            this.objectiveName = Objects.requireNonNull(n, "objective name");
            return this;
        }

        public Builder objectiveConstant(double c) {
            this.objectiveConstant = c;
            return this;
        }

        public int numVariables() {
            return varCount;
        }

        public int numRows() {
            return rowCount;
        }

        /** Adds a variable and returns its index. */
        public int addVariable(String varName, double lb, double ub, VarType type, double cost) {
            if (varCount == varNames.length) {
                int cap = varCount * 2;
                varNames = Arrays.copyOf(varNames, cap);
                lower = Arrays.copyOf(lower, cap);
                upper = Arrays.copyOf(upper, cap);
                types = Arrays.copyOf(types, cap);
                objective = Arrays.copyOf(objective, cap);
            }
            varNames[varCount] = varName;
            lower[varCount] = lb;
            upper[varCount] = ub;
            types[varCount] = Objects.requireNonNull(type, "type");
            objective[varCount] = cost;
            return varCount++;
        }

        /** Adds a continuous variable and returns its index. */
        public int addContinuous(String varName, double lb, double ub, double cost) {
            return addVariable(varName, lb, ub, VarType.CONTINUOUS, cost);
        }

        /** Adds a binary variable with bounds [0, 1] and returns its index. */
        public int addBinary(String varName, double cost) {
            return addVariable(varName, 0.0, 1.0, VarType.BINARY, cost);
        }

        /** Adds a row {@code lower <= a.x <= upper} without coefficients and returns its index. */
        public int addRow(String rowName, double lo, double up) {
            if (rowCount == rowNames.length) {
                int cap = rowCount * 2;
                rowNames = Arrays.copyOf(rowNames, cap);
                rowLower = Arrays.copyOf(rowLower, cap);
                rowUpper = Arrays.copyOf(rowUpper, cap);
            }
            rowNames[rowCount] = rowName;
            rowLower[rowCount] = lo;
            rowUpper[rowCount] = up;
            return rowCount++;
        }

        /** Adds a row with its coefficients and returns its index. */
        public int addRow(String rowName, double lo, double up, int[] columns, double[] values) {
            if (columns.length != values.length) {
                throw new IllegalArgumentException("row " + rowName + ": " + columns.length + " columns but "
                        + values.length + " values");
            }
            int i = addRow(rowName, lo, up);
            for (int k = 0; k < columns.length; k++) {
                setCoefficient(i, columns[k], values[k]);
            }
            return i;
        }

        /** Adds {@code value} to the coefficient of variable {@code column} in row {@code row}. */
        public Builder setCoefficient(int row, int column, double value) {
            if (entryCount == entryRow.length) {
                int cap = entryCount * 2;
                entryRow = Arrays.copyOf(entryRow, cap);
                entryColumn = Arrays.copyOf(entryColumn, cap);
                entryValue = Arrays.copyOf(entryValue, cap);
            }
            entryRow[entryCount] = row;
            entryColumn[entryCount] = column;
            entryValue[entryCount] = value;
            entryCount++;
            return this;
        }

        public Builder setCost(int column, double cost) {
            checkVar(column);
            objective[column] = cost;
            return this;
        }

        public Builder setBounds(int column, double lb, double ub) {
            checkVar(column);
            lower[column] = lb;
            upper[column] = ub;
            return this;
        }

        public Builder setType(int column, VarType type) {
            checkVar(column);
            types[column] = Objects.requireNonNull(type, "type");
            return this;
        }

        public Builder setRowBounds(int row, double lo, double up) {
            if (row < 0 || row >= rowCount) {
                throw new IllegalArgumentException("no row " + row);
            }
            rowLower[row] = lo;
            rowUpper[row] = up;
            return this;
        }

        public double lower(int column) {
            checkVar(column);
            return lower[column];
        }

        public double upper(int column) {
            checkVar(column);
            return upper[column];
        }

        public VarType type(int column) {
            checkVar(column);
            return types[column];
        }

        public double rowLower(int row) {
            return rowLower[row];
        }

        public double rowUpper(int row) {
            return rowUpper[row];
        }

        private void checkVar(int column) {
            if (column < 0 || column >= varCount) {
                throw new IllegalArgumentException("no variable " + column);
            }
        }

        /**
         * Validates and freezes the model.
         *
         * @throws IllegalArgumentException naming the first invalid part
         */
        public MilpModel build() {
            if (!Double.isFinite(objectiveConstant)) {
                throw new IllegalArgumentException("objective constant is " + objectiveConstant);
            }
            if (objectiveName.isEmpty()) {
                throw new IllegalArgumentException("objective name is empty");
            }
            Map<String, Integer> seen = new HashMap<>(Math.max(16, varCount * 2));
            for (int j = 0; j < varCount; j++) {
                String v = varNames[j];
                if (v == null || v.isEmpty()) {
                    throw new IllegalArgumentException("variable " + j + " has no name");
                }
                Integer prev = seen.put(v, j);
                if (prev != null) {
                    throw new IllegalArgumentException("variable name " + v + " used twice (indices " + prev + " and " + j + ")");
                }
                if (Double.isNaN(lower[j]) || Double.isNaN(upper[j]) || lower[j] == Double.POSITIVE_INFINITY
                        || upper[j] == Double.NEGATIVE_INFINITY) {
                    throw new IllegalArgumentException("variable " + v + " has invalid bounds [" + lower[j] + ", " + upper[j] + "]");
                }
                if (!Double.isFinite(objective[j])) {
                    throw new IllegalArgumentException("variable " + v + " has objective coefficient " + objective[j]);
                }
                if (types[j] == VarType.BINARY && (lower[j] < 0.0 || upper[j] > 1.0)) {
                    throw new IllegalArgumentException("binary variable " + v + " has bounds [" + lower[j] + ", "
                            + upper[j] + "] outside [0, 1]; declare it INTEGER");
                }
            }
            seen.clear();
            for (int i = 0; i < rowCount; i++) {
                String r = rowNames[i];
                if (r == null || r.isEmpty()) {
                    throw new IllegalArgumentException("row " + i + " has no name");
                }
                Integer prev = seen.put(r, i);
                if (prev != null) {
                    throw new IllegalArgumentException("row name " + r + " used twice (indices " + prev + " and " + i + ")");
                }
                if (Double.isNaN(rowLower[i]) || Double.isNaN(rowUpper[i]) || rowLower[i] == Double.POSITIVE_INFINITY
                        || rowUpper[i] == Double.NEGATIVE_INFINITY) {
                    throw new IllegalArgumentException("row " + r + " has invalid sides [" + rowLower[i] + ", " + rowUpper[i] + "]");
                }
            }
            for (int k = 0; k < entryCount; k++) {
                if (entryRow[k] < 0 || entryRow[k] >= rowCount) {
                    throw new IllegalArgumentException("coefficient refers to row " + entryRow[k] + " of " + rowCount);
                }
                if (entryColumn[k] < 0 || entryColumn[k] >= varCount) {
                    throw new IllegalArgumentException("coefficient refers to variable " + entryColumn[k] + " of " + varCount);
                }
                if (!Double.isFinite(entryValue[k])) {
                    throw new IllegalArgumentException("row " + rowNames[entryRow[k]] + ", variable "
                            + varNames[entryColumn[k]] + ": coefficient " + entryValue[k]);
                }
            }
            return new MilpModel(this);
        }
    }
}
