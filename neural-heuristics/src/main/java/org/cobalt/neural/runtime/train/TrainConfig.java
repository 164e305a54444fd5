package org.cobalt.neural.runtime.train;

import java.nio.file.Path;

/**
 * Settings of a training run.
 *
 * @param learningRate  Adam step size
 * @param epochs        maximum number of passes over the training samples
 * @param batchSize     samples per optimizer step
 * @param seed          shuffling seed (parameters are seeded by the model's constructor)
 * @param patience      epochs without validation improvement before stopping (early stopping)
 * @param minDelta      improvement smaller than this does not count
 * @param checkpointDir where to write {@code best.json}/{@code last.json} model files, or null for none
 */
public record TrainConfig(float learningRate, int epochs, int batchSize, long seed, int patience, double minDelta,
                          Path checkpointDir) {

    /** Validates the numbers. */
    public TrainConfig {
        if (!(learningRate > 0) || epochs <= 0 || batchSize <= 0 || patience <= 0 || minDelta < 0) {
            throw new IllegalArgumentException("invalid training config: lr=" + learningRate + ", epochs=" + epochs
                    + ", batch=" + batchSize + ", patience=" + patience + ", minDelta=" + minDelta);
        }
    }

    /** Defaults: lr 1e-3, 50 epochs, batch 16, patience 5, no checkpoints. */
    public static TrainConfig defaults(long seed) {
        return new TrainConfig(1e-3f, 50, 16, seed, 5, 0, null);
    }

    /** A copy with another learning rate. */
    public TrainConfig withLearningRate(float lr) {
        return new TrainConfig(lr, epochs, batchSize, seed, patience, minDelta, checkpointDir);
    }

    /** A copy with another epoch budget. */
    public TrainConfig withEpochs(int e) {
        return new TrainConfig(learningRate, e, batchSize, seed, patience, minDelta, checkpointDir);
    }

    /** A copy with another batch size. */
    public TrainConfig withBatchSize(int b) {
        return new TrainConfig(learningRate, epochs, b, seed, patience, minDelta, checkpointDir);
    }

    /** A copy with another patience. */
    public TrainConfig withPatience(int p) {
        return new TrainConfig(learningRate, epochs, batchSize, seed, p, minDelta, checkpointDir);
    }

    /** A copy that writes checkpoints to {@code dir}. */
    public TrainConfig withCheckpointDir(Path dir) {
        return new TrainConfig(learningRate, epochs, batchSize, seed, patience, minDelta, dir);
    }
}
