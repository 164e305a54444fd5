package org.cobalt.neural.neur2ro;

import java.util.ArrayList;
import java.util.List;

/**
 * Labelled samples for the value network: instances (their raw set inputs and label scales) and
 * samples {@code (instance, decision, scenario, cost)} with the exact optimal cost of the decision
 * under the scenario.
 */
public final class TrainingData {

    /**
     * One instance's raw inputs.
     *
     * @param name       instance name
     * @param decision   raw decision-set input
     * @param scenario   raw scenario-set input
     * @param labelScale label = cost / labelScale
     */
    public record Instance(String name, SetInput decision, SetInput scenario, double labelScale) {
    }

    /**
     * One labelled sample.
     *
     * @param instance index into {@link #instances()}
     * @param decision first-stage 0/1 vector
     * @param scenario scenario
     * @param cost     exact {@code min_y F(x, xi, y)}
     */
    public record Sample(int instance, double[] decision, double[] scenario, double cost) {
    }

    private final String kind;
    private final List<Instance> instances = new ArrayList<>();
    private final List<Sample> samples = new ArrayList<>();

    public TrainingData(String kind) {
        this.kind = kind;
    }

    public String kind() {
        return kind;
    }

    /** Adds an instance and returns its index. */
    public int addInstance(Neur2roFeatures f, String name) {
        if (!f.kind().equals(kind)) {
            throw new IllegalArgumentException("data set of " + kind + " cannot take " + f.kind());
        }
        instances.add(new Instance(name, f.decisionInput(), f.scenarioInput(), f.labelScale()));
        return instances.size() - 1;
    }

    public void addSample(Sample s) {
        if (s.instance() < 0 || s.instance() >= instances.size() || !Double.isFinite(s.cost())) {
            throw new IllegalArgumentException("sample for an unknown instance or with a non-finite cost");
        }
        samples.add(s);
    }

    public List<Instance> instances() {
        return instances;
    }

    public List<Sample> samples() {
        return samples;
    }

    /** Fits min-max feature scaling on every sample. */
    public FeatureScaler fitScaler(int decisionFeatures, int scenarioFeatures) {
        FeatureScaler.Fit fit = new FeatureScaler.Fit(decisionFeatures, scenarioFeatures);
        for (Sample s : samples) {
            Instance in = instances.get(s.instance());
            fit.decision(in.decision().evaluate(s.decision()));
            fit.scenario(in.scenario().evaluate(s.scenario()));
        }
        return fit.build();
    }
}
