package org.cobalt.neural.branching;

/**
 * What a training run did. Per-epoch arrays have {@code epochsRun} entries.
 *
 * @param trainSamples   training samples
 * @param validSamples   validation samples
 * @param epochsRun      epochs started (the last one may be cut short by the time budget)
 * @param bestEpoch      epoch (0-based) with the lowest validation loss: the returned parameters
 * @param trainLoss      mean training loss per epoch
 * @param valid          validation loss and accuracy after each epoch
 * @param stoppedEarly   early stopping ended the run
 * @param stoppedByTime  the time budget ended the run
 * @param wallSeconds    wall time of the whole run (pre-norm fitting, training, validation)
 * @param cpuSeconds     CPU time of the process over the run (all threads, user + system)
 */
public record ImitationResult(int trainSamples, int validSamples, int epochsRun, int bestEpoch, double[] trainLoss,
                              ImitationAccuracy[] valid, boolean stoppedEarly, boolean stoppedByTime,
                              double wallSeconds, double cpuSeconds) {

    /** Validation metrics of the kept epoch. */
    public ImitationAccuracy best() {
        return valid[bestEpoch];
    }
}
