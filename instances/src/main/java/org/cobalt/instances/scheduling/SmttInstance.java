package org.cobalt.instances.scheduling;

import java.util.Objects;
import java.util.OptionalLong;
import org.cobalt.core.scheduling.SingleMachineProblem;

/**
 * A scheduling instance as a JSON-lines file holds it: the problem and, where the source knows it,
 * the optimal total (weighted) tardiness.
 *
 * @param problem the instance
 * @param optimum the optimal objective from the file, if given (absent for {@code null})
 */
public record SmttInstance(SingleMachineProblem problem, OptionalLong optimum) {

    public SmttInstance {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(optimum, "optimum");
    }
}
