package org.cobalt.neural.neur2ro;

/**
 * What a training run achieved. Errors are on scaled labels (cost / label scale).
 *
 * @param epochs              epochs run
 * @param bestEpoch           epoch of the kept network (1-based)
 * @param trainMae            mean absolute error on the training split, kept network
 * @param validationMae       mean absolute error on the validation split, kept network
 * @param validationBaseline  mean absolute error of predicting the training mean (for scale)
 * @param trainSamples        training samples
 * @param validationSamples   validation samples
 * @param seconds             wall time
 */
public record TrainingReport(int epochs, int bestEpoch, double trainMae, double validationMae,
                             double validationBaseline, int trainSamples, int validationSamples, double seconds) {
}
