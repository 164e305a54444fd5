package org.cobalt.bench.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.cobalt.core.problem.Problem;
import org.cobalt.core.solution.Solution;

/**
 * Writes a solution file ({@code cobalt solve --out}). Shaped like
 * {@code org.cobalt.instances.solution.SolutionFiles.write}, so that wiring it is one method reference
 * in {@link CliEnvironment#standard()}.
 */
@FunctionalInterface
public interface SolutionSink {

    /** Writes {@code solution} of {@code problem}, with its objective, to {@code file}. */
    void write(Problem problem, Solution solution, Path file, double objective) throws IOException;

    /** Null when writing works; otherwise why not (checked before solving, so nobody waits for nothing). */
    default String unavailableReason() {
        return null;
    }
}
