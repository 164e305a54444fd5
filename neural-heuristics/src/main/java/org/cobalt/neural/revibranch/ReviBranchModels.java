package org.cobalt.neural.revibranch;

import org.cobalt.neural.nn.FeatureSchema;
import org.cobalt.neural.runtime.Architectures;
import org.cobalt.neural.runtime.ModelArchitecture;
import org.cobalt.neural.runtime.ModelFiles;

/** Model files of ReviBranch: the runtime's {@link ModelFiles} taught the {@code revibranch-dqn} architecture. */
public final class ReviBranchModels {

    /** The input schema of every ReviBranch model on cobalt-bb's Gasse features. */
    public static final FeatureSchema SCHEMA = FeatureSchema.of("constraint", 5, "variable", 19, "edge", 1);

    private ReviBranchModels() {
    }

    /** Reads and writes ReviBranch (and every built-in) model. */
    public static ModelFiles files() {
        return new ModelFiles(Architectures.builtIn().with(new ModelArchitecture<>(ReviBranchNet.ARCHITECTURE,
                ReviBranchConfig.class, ReviBranchNet::new)));
    }
}
