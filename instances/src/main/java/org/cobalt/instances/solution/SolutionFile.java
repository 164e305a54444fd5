package org.cobalt.instances.solution;

import java.util.Objects;
import java.util.OptionalDouble;
import org.cobalt.core.solution.Solution;

/**
 * A solution read from a file, with the objective value the file states (if any). The stated
 * value is the file's claim; {@code Verifiers.check} recomputes the true one.
 *
 * @param solution  the solution
 * @param objective the objective value written in the file, if present
 * @param <S>       the solution type
 */
public record SolutionFile<S extends Solution>(S solution, OptionalDouble objective) {

    public SolutionFile {
        Objects.requireNonNull(solution, "solution");
        Objects.requireNonNull(objective, "objective");
    }
}
