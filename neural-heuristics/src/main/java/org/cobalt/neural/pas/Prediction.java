package org.cobalt.neural.pas;

import java.util.Arrays;

/**
 * A predictor's output for one MILP: for every variable the predicted probability that it is 1 in a
 * good solution, or {@code NaN} for variables the predictor says nothing about (continuous and general
 * integer variables). Predict-and-search only reads the entries of binary variables.
 *
 * @param probabilities one entry per model variable, in [0, 1] or NaN
 */
public record Prediction(double[] probabilities) {

    /** Copies the array and checks every entry is NaN or in [0, 1]. */
    public Prediction {
        probabilities = probabilities.clone();
        for (int j = 0; j < probabilities.length; j++) {
            double p = probabilities[j];
            if (!Double.isNaN(p) && !(p >= 0.0 && p <= 1.0)) {
                throw new IllegalArgumentException("probability of variable " + j + " is " + p + ", not in [0, 1]");
            }
        }
    }

    /** Number of entries (the model's variable count). */
    public int size() {
        return probabilities.length;
    }

    /** Probability of variable {@code j}, NaN when not predicted. */
    public double probability(int j) {
        return probabilities[j];
    }

    /** A copy of all entries. */
    @Override
    public double[] probabilities() {
        return probabilities.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Prediction p && Arrays.equals(probabilities, p.probabilities);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(probabilities);
    }

    @Override
    public String toString() {
        return "Prediction[" + probabilities.length + " variables]";
    }
}
