package org.cobalt.bench.cli;

import java.nio.file.Path;
import org.cobalt.core.problem.Problem;
import org.cobalt.core.solution.Solution;

/**
 * Stand-in for solution-file I/O until {@code org.cobalt.instances.solution.SolutionFiles} exists:
 * it reports "not available yet" instead of pretending to work.
 */
public final class SolutionFilesUnavailable implements SolutionSink, SolutionSource {

    static final String REASON = "solution files are not available yet in this build (they need"
            + " org.cobalt.instances.solution.SolutionFiles)";

    @Override
    public void write(Problem problem, Solution solution, Path file, double objective) {
        throw CliFailure.failure("cannot write " + file + ": " + REASON);
    }

    @Override
    public Solution read(Problem problem, Path file) {
        throw CliFailure.failure("cannot read " + file + ": " + REASON);
    }

    @Override
    public String unavailableReason() {
        return REASON;
    }
}
