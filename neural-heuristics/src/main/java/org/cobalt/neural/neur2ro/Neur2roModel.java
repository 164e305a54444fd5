package org.cobalt.neural.neur2ro;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A trained Neur2RO value network with everything needed to apply it: the problem kind it was
 * trained for, the feature scaling and free-form training notes (seed, data sizes, errors).
 *
 * @param kind     problem kind ({@link Neur2roFeatures#kind()})
 * @param network  the set encoder
 * @param scaler   feature scaling fitted on the training data
 * @param training notes on how it was trained (kept in the model file)
 */
public record Neur2roModel(String kind, SetEncoderNetwork network, FeatureScaler scaler, Map<String, String> training) {

    public Neur2roModel {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(scaler, "scaler");
        training = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(training));
        if (scaler.decisionMin().length != network.xFeatures() || scaler.scenarioMin().length != network.xiFeatures()) {
            throw new IllegalArgumentException("scaler and network disagree on the feature counts");
        }
    }

    /** Scaled inputs of an instance for this model; fails when the features do not fit the network. */
    public Inputs inputs(Neur2roFeatures features) {
        if (!features.kind().equals(kind)) {
            throw new IllegalArgumentException("model trained for " + kind + " cannot be used on " + features.kind());
        }
        SetInput d = scaler.scaleDecision(features.decisionInput());
        SetInput s = scaler.scaleScenario(features.scenarioInput());
        if (d.features() != network.xFeatures() || s.features() != network.xiFeatures()) {
            throw new IllegalArgumentException("instance features (" + d.features() + ", " + s.features()
                    + ") do not match the network (" + network.xFeatures() + ", " + network.xiFeatures() + ")");
        }
        return new Inputs(d, s, features.labelScale());
    }

    /**
     * The scaled set inputs of one instance and its label scale.
     *
     * @param decision   decision-set input (affine in the 0/1 decision)
     * @param scenario   scenario-set input (affine in xi)
     * @param labelScale cost = prediction * labelScale
     */
    public record Inputs(SetInput decision, SetInput scenario, double labelScale) {
    }

    /** Predicted cost {@code F*(x, xi)} in the problem's units. */
    public double predictCost(Inputs in, double[] decision, double[] scenario) {
        return network.predict(in.decision().evaluate(decision), in.scenario().evaluate(scenario)) * in.labelScale();
    }
}
