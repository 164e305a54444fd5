package org.cobalt.bench.cli;

import picocli.CommandLine.Option;

/**
 * {@code --time-limit S}, shared by commands that solve. A command sets its own default through a
 * picocli default-value provider ({@code batch} defaults to 60 s; {@code solve} has none).
 */
public final class TimeLimitOption {

    @Option(names = "--time-limit", paramLabel = "S",
            description = "Wall-clock limit per solve in seconds (fractions allowed); the solver stops itself there."
                    + " No limit when omitted and no default is shown.")
    Double seconds;

    /** The limit in seconds, or null for none. */
    public Double seconds() {
        if (seconds != null && (!(seconds > 0) || seconds.isInfinite())) {
            throw CliFailure.usage("--time-limit must be a positive number of seconds, got " + seconds);
        }
        return seconds;
    }
}
