package org.cobalt.submodular.function;

import java.util.Objects;

/**
 * Budget-additive function {@code f(S) = min(B, sum_{e in S} w_e)} with {@code w_e >= 0}: monotone
 * and submodular, and small enough to reason about by hand, which makes it the toy function of the
 * tests.
 */
public final class BudgetAdditive implements SetFunction {

    private final String name;
    private final double[] weights;
    private final double budget;

    public BudgetAdditive(String name, double[] weights, double budget) {
        this.name = Objects.requireNonNull(name, "name");
        Objects.requireNonNull(weights, "weights");
        if (!(budget >= 0) || Double.isInfinite(budget)) {
            throw new IllegalArgumentException("budget must be finite and >= 0, got " + budget);
        }
        for (int i = 0; i < weights.length; i++) {
            if (!(weights[i] >= 0) || Double.isInfinite(weights[i])) {
                throw new IllegalArgumentException("weight " + i + " is " + weights[i] + "; weights must be finite and >= 0");
            }
        }
        this.weights = weights.clone();
        this.budget = budget;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int groundSize() {
        return weights.length;
    }

    /** The cap {@code B}. */
    public double budget() {
        return budget;
    }

    @Override
    public FunctionState newState() {
        return new State();
    }

    @Override
    public double singleton(int e) {
        checkElement(e);
        return Math.min(budget, weights[e]);
    }

    /** Keeps the uncapped sum so that gains stay exact up to the cap. */
    private final class State implements FunctionState {
        private final java.util.BitSet members = new java.util.BitSet();
        private double sum;
        private int size;

        @Override
        public double value() {
            return Math.min(budget, sum);
        }

        @Override
        public double gain(int e) {
            checkElement(e);
            if (members.get(e)) {
                return 0.0;
            }
            return Math.min(budget, sum + weights[e]) - Math.min(budget, sum);
        }

        @Override
        public double add(int e) {
            double g = gain(e);
            if (!members.get(e)) {
                members.set(e);
                sum += weights[e];
                size++;
            }
            return g;
        }

        @Override
        public boolean contains(int e) {
            return e >= 0 && members.get(e);
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public void clear() {
            members.clear();
            sum = 0;
            size = 0;
        }
    }
}
