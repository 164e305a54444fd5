package org.cobalt.bench.cli;

import picocli.CommandLine.Option;

/** {@code --threads N}: threads one solve may use. */
public final class ThreadsOption {

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
            description = "Threads one solve may use (1 is deterministic).")
    int threads;

    public int threads() {
        if (threads < 1) {
            throw CliFailure.usage("--threads must be at least 1, got " + threads);
        }
        return threads;
    }
}
