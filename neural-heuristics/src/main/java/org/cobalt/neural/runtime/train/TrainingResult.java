package org.cobalt.neural.runtime.train;

/**
 * What a training run did.
 *
 * @param epochsRun      epochs completed
 * @param bestEpoch      epoch (0-based) of the best validation loss, whose parameters the model now has
 * @param bestValidLoss  best validation loss
 * @param trainLoss      mean training loss per epoch
 * @param validLoss      validation loss per epoch
 * @param stoppedEarly   whether early stopping ended the run
 */
public record TrainingResult(int epochsRun, int bestEpoch, double bestValidLoss, double[] trainLoss,
                             double[] validLoss, boolean stoppedEarly) {
}
