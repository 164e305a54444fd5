package org.cobalt.bench.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.cobalt.core.problem.Problem;
import org.cobalt.core.solution.Solution;

/**
 * Reads a solution file for a problem ({@code cobalt verify}). Shaped like
 * {@code org.cobalt.instances.solution.SolutionFiles.read}, so that wiring it is one method reference
 * in {@link CliEnvironment#standard()}.
 */
@FunctionalInterface
public interface SolutionSource {

    /** Reads the solution of {@code problem} stored in {@code file}. */
    Solution read(Problem problem, Path file) throws IOException;

    /** Null when reading works; otherwise why not. */
    default String unavailableReason() {
        return null;
    }
}
