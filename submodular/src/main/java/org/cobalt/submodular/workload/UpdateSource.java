package org.cobalt.submodular.workload;

import org.cobalt.submodular.dynamic.DynamicMaximizer;

/** The updates of one run, produced one at a time so that adaptive workloads can look at the algorithm. */
public interface UpdateSource {

    /**
     * The next update, or null when the run is over. {@code target} is the maximizer under test in
     * its state after all previous updates; oblivious workloads ignore it.
     */
    Update next(DynamicMaximizer target);
}
