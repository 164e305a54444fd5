package org.cobalt.neural.branching;

import org.cobalt.milp.bb.spi.BranchingRule;

/** A learned branching rule that counts its inference work and holds native resources until closed. */
public interface InstrumentedBranching extends BranchingRule, AutoCloseable {

    /** Forward passes so far. */
    long inferences();

    /** Wall time of the forward passes, featurizing included, in nanoseconds. */
    long inferenceNanos();

    /** Nodes decided by the fallback rule instead of the network. */
    long fallbackNodes();

    /** Frees the inference backend; does not throw. */
    @Override
    void close();
}
