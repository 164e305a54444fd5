package org.cobalt.neural.neur2ro;

/**
 * Training settings.
 *
 * @param architecture    layer widths
 * @param epochs          passes over the training split
 * @param batchSize       samples per Adam step
 * @param learningRate    Adam step size
 * @param validationShare share of instances held out for validation (split by instance)
 * @param patience        epochs without validation improvement before stopping (0: never stop early)
 * @param seed            initialisation, split and shuffling seed
 */
public record TrainingConfig(SetEncoderNetwork.Architecture architecture, int epochs, int batchSize,
                             double learningRate, double validationShare, int patience, long seed) {

    public TrainingConfig {
        if (epochs < 1 || batchSize < 1 || !(learningRate > 0) || !(validationShare >= 0 && validationShare < 1)
                || patience < 0) {
            throw new IllegalArgumentException("invalid training configuration");
        }
    }

    /** The paper's network, 200 epochs, batches of 64, Adam 1e-3, 20 % validation, patience 30. */
    public static TrainingConfig defaults(long seed) {
        return new TrainingConfig(SetEncoderNetwork.Architecture.paper(), 200, 64, 1e-3, 0.2, 30, seed);
    }
}
