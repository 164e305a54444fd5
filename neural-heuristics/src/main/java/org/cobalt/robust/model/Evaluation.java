package org.cobalt.robust.model;

/**
 * The exact worst case of a first-stage decision, in the model's minimization form.
 *
 * @param cost          the cost under {@code worstScenario} with an optimal recourse: attained,
 *                      so the true worst case is at least this
 * @param upperBound    proven upper bound on the worst-case cost (equal to {@code cost} up to the
 *                      evaluator's tolerance when {@code exact})
 * @param worstScenario a scenario attaining {@code cost}
 * @param iterations    cutting-plane rounds
 * @param exact         false when the evaluation stopped at a limit before closing the gap
 * @param seconds       wall time
 */
public record Evaluation(double cost, double upperBound, double[] worstScenario, int iterations, boolean exact,
                         double seconds) {

    public Evaluation {
        worstScenario = worstScenario.clone();
    }

    @Override
    public double[] worstScenario() {
        return worstScenario.clone();
    }
}
