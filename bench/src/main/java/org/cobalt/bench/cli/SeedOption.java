package org.cobalt.bench.cli;

import picocli.CommandLine.Option;

/** {@code --seed N}: the only source of randomness of a solve. */
public final class SeedOption {

    @Option(names = "--seed", paramLabel = "N", defaultValue = "0",
            description = "Seed for the solver's random choices; the same seed repeats a single-threaded run exactly.")
    long seed;

    public long seed() {
        return seed;
    }
}
