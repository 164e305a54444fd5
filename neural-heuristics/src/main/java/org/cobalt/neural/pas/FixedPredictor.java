package org.cobalt.neural.pas;

import java.util.function.Function;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.milp.VarType;

/**
 * A predictor that returns a given vector: the trivial implementation of {@link SolutionPredictor} for
 * tests and experiments (e.g. "predict a known solution", "predict 0.5 everywhere"). Entries of
 * non-binary variables are reported as NaN whatever the function returns.
 */
public final class FixedPredictor implements SolutionPredictor {

    private final String name;
    private final Function<MilpModel, double[]> source;

    /** A predictor computing its vector from the model with {@code source}. */
    public FixedPredictor(String name, Function<MilpModel, double[]> source) {
        this.name = name;
        this.source = source;
    }

    /** Always predicts {@code probabilities} (its length must match the model's variable count). */
    public static FixedPredictor of(double... probabilities) {
        double[] copy = probabilities.clone();
        return new FixedPredictor("fixed", m -> copy);
    }

    /** Predicts the values of a known solution (0/1 for binaries): a perfect or deliberately wrong oracle. */
    public static FixedPredictor fromSolution(String name, double[] values) {
        double[] copy = values.clone();
        return new FixedPredictor(name, m -> copy);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Prediction predict(MilpModel model) {
        double[] p = source.apply(model);
        if (p.length != model.numVariables()) {
            throw new IllegalArgumentException(name + ": " + p.length + " probabilities for a model with "
                    + model.numVariables() + " variables");
        }
        double[] out = new double[p.length];
        for (int j = 0; j < p.length; j++) {
            out[j] = model.type(j) == VarType.BINARY ? Math.min(1.0, Math.max(0.0, p[j])) : Double.NaN;
        }
        return new Prediction(out);
    }
}
