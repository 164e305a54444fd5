package org.cobalt.neural.runtime.train;

/** Stops when the monitored loss has not improved by more than {@code minDelta} for {@code patience} epochs. */
public final class EarlyStopping {

    private final int patience;
    private final double minDelta;
    private double best = Double.POSITIVE_INFINITY;
    private int bestEpoch = -1;
    private int sinceBest;

    /** A fresh monitor. */
    public EarlyStopping(int patience, double minDelta) {
        this.patience = patience;
        this.minDelta = minDelta;
    }

    /** Records the loss of {@code epoch}; returns whether it is a new best. */
    public boolean update(int epoch, double loss) {
        if (loss < best - minDelta) {
            best = loss;
            bestEpoch = epoch;
            sinceBest = 0;
            return true;
        }
        sinceBest++;
        return false;
    }

    /** Whether training should stop now. */
    public boolean shouldStop() {
        return sinceBest >= patience;
    }

    /** The best loss so far. */
    public double best() {
        return best;
    }

    /** The epoch of the best loss, or -1. */
    public int bestEpoch() {
        return bestEpoch;
    }
}
