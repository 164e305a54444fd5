package org.cobalt.neural.branching;

/**
 * Settings of {@link ImitationTraining}. The defaults follow Gasse et al. (2019) where a 2-core CPU
 * allows it: width 64, Adam with learning rate 1e-3, batches of 32 nodes, cross-entropy on the expert's
 * choice, early stopping on the validation loss; the epoch budget and the wall-clock budget keep a run
 * under 30 minutes here (the paper trains for hours on a GPU).
 *
 * @param embedding       GCNN width
 * @param learningRate    Adam step size
 * @param batchSize       nodes per optimizer step
 * @param maxEpochs       passes over the training samples at most
 * @param patience        epochs without a better validation loss before stopping
 * @param seed            parameter initialisation and shuffling seed
 * @param timeBudgetSeconds wall-clock budget: no new optimizer step starts after it (the run then
 *                        validates once more and keeps the best epoch)
 * @param preNormSamples  training samples the pre-norm layers are fitted on
 * @param evalBatchSize   graphs per forward pass when validating
 */
public record ImitationConfig(int embedding, float learningRate, int batchSize, int maxEpochs, int patience, long seed,
                              double timeBudgetSeconds, int preNormSamples, int evalBatchSize) {

    /** Validates the numbers. */
    public ImitationConfig {
        if (embedding < 1 || !(learningRate > 0) || batchSize < 1 || maxEpochs < 1 || patience < 1
                || !(timeBudgetSeconds > 0) || preNormSamples < 1 || evalBatchSize < 1) {
            throw new IllegalArgumentException("invalid training settings: embedding " + embedding + ", lr "
                    + learningRate + ", batch " + batchSize + ", epochs " + maxEpochs + ", patience " + patience
                    + ", budget " + timeBudgetSeconds + " s, pre-norm samples " + preNormSamples + ", eval batch "
                    + evalBatchSize);
        }
    }

    /** The defaults of the shipped model (see the class comment): 20 epochs at most, patience 4, 28 minutes. */
    public static ImitationConfig defaults(long seed) {
        return new ImitationConfig(64, 1e-3f, 32, 20, 4, seed, 28 * 60, 1000, 32);
    }

    /** A copy with another width. */
    public ImitationConfig withEmbedding(int e) {
        return new ImitationConfig(e, learningRate, batchSize, maxEpochs, patience, seed, timeBudgetSeconds,
                preNormSamples, evalBatchSize);
    }

    /** A copy with another epoch budget. */
    public ImitationConfig withMaxEpochs(int e) {
        return new ImitationConfig(embedding, learningRate, batchSize, e, patience, seed, timeBudgetSeconds,
                preNormSamples, evalBatchSize);
    }

    /** A copy with another learning rate. */
    public ImitationConfig withLearningRate(float lr) {
        return new ImitationConfig(embedding, lr, batchSize, maxEpochs, patience, seed, timeBudgetSeconds,
                preNormSamples, evalBatchSize);
    }

    /** A copy with another batch size. */
    public ImitationConfig withBatchSize(int b) {
        return new ImitationConfig(embedding, learningRate, b, maxEpochs, patience, seed, timeBudgetSeconds,
                preNormSamples, evalBatchSize);
    }

    /** A copy with another patience. */
    public ImitationConfig withPatience(int p) {
        return new ImitationConfig(embedding, learningRate, batchSize, maxEpochs, p, seed, timeBudgetSeconds,
                preNormSamples, evalBatchSize);
    }

    /** A copy with another wall-clock budget. */
    public ImitationConfig withTimeBudgetSeconds(double s) {
        return new ImitationConfig(embedding, learningRate, batchSize, maxEpochs, patience, seed, s, preNormSamples,
                evalBatchSize);
    }
}
