package org.cobalt.robust.milp;

import java.util.Arrays;
import org.cobalt.core.milp.MilpModel;

/**
 * A growable affine expression {@code constant + sum_k coef_k * x_{var_k}} over the variables of a
 * {@link MilpModel.Builder}, used to assemble rows without boxing. Duplicate variables are summed
 * by the builder.
 */
public final class LinearExpr {

    private int[] vars = new int[8];
    private double[] coefs = new double[8];
    private int size;
    private double constant;

    public LinearExpr() {
    }

    /** A constant expression. */
    public static LinearExpr constant(double c) {
        return new LinearExpr().addConstant(c);
    }

    public LinearExpr add(int var, double coef) {
        if (coef == 0.0) {
            return this;
        }
        if (size == vars.length) {
            vars = Arrays.copyOf(vars, size * 2);
            coefs = Arrays.copyOf(coefs, size * 2);
        }
        vars[size] = var;
        coefs[size] = coef;
        size++;
        return this;
    }

    public LinearExpr addConstant(double c) {
        constant += c;
        return this;
    }

    /** Adds {@code factor * other}. */
    public LinearExpr add(LinearExpr other, double factor) {
        for (int k = 0; k < other.size; k++) {
            add(other.vars[k], other.coefs[k] * factor);
        }
        constant += other.constant * factor;
        return this;
    }

    /** A copy with the terms of each variable summed into one (and zero terms dropped), sorted by variable. */
    public LinearExpr merged() {
        int[] order = new int[size];
        Integer[] idx = new Integer[size];
        for (int k = 0; k < size; k++) {
            idx[k] = k;
        }
        java.util.Arrays.sort(idx, (a, c) -> Integer.compare(vars[a], vars[c]));
        for (int k = 0; k < size; k++) {
            order[k] = idx[k];
        }
        LinearExpr m = LinearExpr.constant(constant);
        int k = 0;
        while (k < size) {
            int v = vars[order[k]];
            double c = 0;
            while (k < size && vars[order[k]] == v) {
                c += coefs[order[k]];
                k++;
            }
            m.add(v, c);
        }
        return m;
    }

    public LinearExpr copy() {
        return new LinearExpr().add(this, 1.0);
    }

    public int size() {
        return size;
    }

    public int var(int k) {
        return vars[k];
    }

    public double coef(int k) {
        return coefs[k];
    }

    public double constant() {
        return constant;
    }

    /** Value at a full assignment. */
    public double value(double[] x) {
        double s = constant;
        for (int k = 0; k < size; k++) {
            s += coefs[k] * x[vars[k]];
        }
        return s;
    }

    /** Smallest value over the variables' bounds in {@code b} (interval arithmetic). */
    public double lowerBound(MilpModel.Builder b) {
        double s = constant;
        for (int k = 0; k < size; k++) {
            s += coefs[k] > 0 ? coefs[k] * b.lower(vars[k]) : coefs[k] * b.upper(vars[k]);
        }
        return s;
    }

    /** Largest value over the variables' bounds in {@code b}. */
    public double upperBound(MilpModel.Builder b) {
        double s = constant;
        for (int k = 0; k < size; k++) {
            s += coefs[k] > 0 ? coefs[k] * b.upper(vars[k]) : coefs[k] * b.lower(vars[k]);
        }
        return s;
    }

    /**
     * Makes this expression the objective: every variable's cost becomes its (summed) coefficient
     * here, all other costs become 0, and the constant becomes the objective constant.
     */
    public void setAsObjective(MilpModel.Builder b) {
        double[] c = new double[b.numVariables()];
        for (int k = 0; k < size; k++) {
            c[vars[k]] += coefs[k];
        }
        for (int j = 0; j < c.length; j++) {
            b.setCost(j, c[j]);
        }
        b.objectiveConstant(constant);
    }

    /** Adds the row {@code lo <= this <= hi} (the constant moves to the sides) and returns its index. */
    public int addRow(MilpModel.Builder b, String name, double lo, double hi) {
        int row = b.addRow(name, lo - constant, hi - constant);
        for (int k = 0; k < size; k++) {
            b.setCoefficient(row, vars[k], coefs[k]);
        }
        return row;
    }

    /** Adds {@code this <= rhs}. */
    public int addLe(MilpModel.Builder b, String name, double rhs) {
        return addRow(b, name, Double.NEGATIVE_INFINITY, rhs);
    }

    /** Adds {@code this >= rhs}. */
    public int addGe(MilpModel.Builder b, String name, double rhs) {
        return addRow(b, name, rhs, Double.POSITIVE_INFINITY);
    }

    /** Adds {@code this == rhs}. */
    public int addEq(MilpModel.Builder b, String name, double rhs) {
        return addRow(b, name, rhs, rhs);
    }
}
