package org.cobalt.neural.neur2ro;

import java.util.random.RandomGenerator;
import org.cobalt.core.problem.Problem;
import org.cobalt.robust.model.TwoStageModel;

/**
 * Where training data come from for one problem family: random instances, random first-stage
 * decisions and random scenarios. Labels are exact ({@link TwoStageModel#scenarioCost}).
 */
public interface Neur2roSampler {

    /** Problem kind of the instances ({@link Neur2roFeatures#kind()}). */
    String kind();

    /** A random instance. */
    Problem instance(RandomGenerator rng, String name);

    /** The model of an instance (for labels). */
    TwoStageModel model(Problem problem);

    /** A random first-stage decision, feasible for the first stage. */
    boolean[] decision(Problem problem, RandomGenerator rng);

    /** A random scenario of the uncertainty set, possibly depending on the decision. */
    double[] scenario(Problem problem, boolean[] decision, RandomGenerator rng);
}
