package org.cobalt.neural.neur2ro;

import java.util.Arrays;

/**
 * The per-item inputs of a set encoder as affine functions of underlying variables (the
 * first-stage 0/1 vector, or the scenario): feature {@code d} of element {@code e} is
 * {@code constant[e][d] + sum_k coef_k * v[var_k]} over the element's sparse terms. The same
 * object feeds the forward pass (by {@link #evaluate}) and the MILP embedding (which keeps the
 * affine form, so fixed instance data never become variables).
 */
public final class SetInput {

    private final int variables;
    private final double[][] constant;
    private final int[][] termFeature;
    private final int[][] termVar;
    private final double[][] termCoef;

    private SetInput(int variables, double[][] constant, int[][] termFeature, int[][] termVar, double[][] termCoef) {
        this.variables = variables;
        this.constant = constant;
        this.termFeature = termFeature;
        this.termVar = termVar;
        this.termCoef = termCoef;
    }

    /** Number of set elements (items). */
    public int elements() {
        return constant.length;
    }

    /** Features per element. */
    public int features() {
        return constant.length == 0 ? 0 : constant[0].length;
    }

    /** Length of the variable vector the features depend on. */
    public int variables() {
        return variables;
    }

    public double constant(int e, int d) {
        return constant[e][d];
    }

    /** Number of variable terms of element {@code e}. */
    public int terms(int e) {
        return termVar[e].length;
    }

    public int termFeature(int e, int k) {
        return termFeature[e][k];
    }

    public int termVariable(int e, int k) {
        return termVar[e][k];
    }

    public double termCoefficient(int e, int k) {
        return termCoef[e][k];
    }

    /** The features at variable values {@code v}. */
    public double[][] evaluate(double[] v) {
        double[][] f = new double[elements()][];
        for (int e = 0; e < f.length; e++) {
            f[e] = constant[e].clone();
            for (int k = 0; k < termVar[e].length; k++) {
                f[e][termFeature[e][k]] += termCoef[e][k] * v[termVar[e][k]];
            }
        }
        return f;
    }

    /** The features with each feature {@code d} mapped to {@code (f - shift[d]) / scale[d]}. */
    public SetInput scaled(double[] shift, double[] scale) {
        int dims = features();
        double[][] c = new double[elements()][dims];
        double[][] coef = new double[elements()][];
        for (int e = 0; e < c.length; e++) {
            for (int d = 0; d < dims; d++) {
                c[e][d] = (constant[e][d] - shift[d]) / scale[d];
            }
            coef[e] = termCoef[e].clone();
            for (int k = 0; k < coef[e].length; k++) {
                coef[e][k] /= scale[termFeature[e][k]];
            }
        }
        return new SetInput(variables, c, termFeature, termVar, coef);
    }

    /** Builds a {@link SetInput} element by element. */
    public static final class Builder {
        private final int variables;
        private final int features;
        private double[][] constant = new double[0][];
        private int[][] tf = new int[0][];
        private int[][] tv = new int[0][];
        private double[][] tc = new double[0][];
        private int elements;

        public Builder(int variables, int features) {
            this.variables = variables;
            this.features = features;
        }

        /**
         * Adds an element with constant features and the terms {@code (feature, variable, coefficient)}.
         */
        public Builder add(double[] constants, int[] feature, int[] variable, double[] coef) {
            if (constants.length != features || feature.length != variable.length || variable.length != coef.length) {
                throw new IllegalArgumentException("element with the wrong number of features or terms");
            }
            for (int k = 0; k < variable.length; k++) {
                if (variable[k] < 0 || variable[k] >= variables || feature[k] < 0 || feature[k] >= features) {
                    throw new IllegalArgumentException("term out of range");
                }
            }
            if (elements == constant.length) {
                int cap = Math.max(4, 2 * elements);
                constant = Arrays.copyOf(constant, cap);
                tf = Arrays.copyOf(tf, cap);
                tv = Arrays.copyOf(tv, cap);
                tc = Arrays.copyOf(tc, cap);
            }
            constant[elements] = constants.clone();
            tf[elements] = feature.clone();
            tv[elements] = variable.clone();
            tc[elements] = coef.clone();
            elements++;
            return this;
        }

        public SetInput build() {
            return new SetInput(variables, Arrays.copyOf(constant, elements), Arrays.copyOf(tf, elements),
                    Arrays.copyOf(tv, elements), Arrays.copyOf(tc, elements));
        }
    }
}
