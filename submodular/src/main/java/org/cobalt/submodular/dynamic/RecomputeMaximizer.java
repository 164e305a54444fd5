package org.cobalt.submodular.dynamic;

import org.cobalt.submodular.oracle.Oracle;
import org.cobalt.submodular.statics.Selection;
import org.cobalt.submodular.statics.StaticMaximizer;

/**
 * The baseline that recomputes a static algorithm from scratch on the live set after every update
 * (lazy greedy or stochastic greedy): the quality yardstick and the cost every dynamic algorithm
 * has to beat.
 */
public final class RecomputeMaximizer extends AbstractDynamicMaximizer {

    private final StaticMaximizer algorithm;
    private Selection current = Selection.empty();

    public RecomputeMaximizer(StaticMaximizer algorithm, Oracle oracle, MaximizerConfig config) {
        super(oracle, config);
        this.algorithm = algorithm;
    }

    @Override
    public String id() {
        return algorithm.id();
    }

    @Override
    protected void onInsert(int element) {
        recompute();
    }

    @Override
    protected void onDelete(int element) {
        recompute();
    }

    private void recompute() {
        current = algorithm.maximize(oracle, live.toArray(), config.k());
    }

    @Override
    public int[] solution() {
        return current.elements();
    }

    @Override
    public double value() {
        return current.value();
    }
}
