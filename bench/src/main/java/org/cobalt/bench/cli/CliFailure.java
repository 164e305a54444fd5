package org.cobalt.bench.cli;

/**
 * A command failed in a way the user can act on; the CLI prints {@code cobalt: MESSAGE} and exits
 * with {@link #exitCode()} (1 failure, 2 usage error).
 */
public class CliFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    public CliFailure(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    /** A usage error (exit code 2). */
    public static CliFailure usage(String message) {
        return new CliFailure(CobaltCli.EXIT_USAGE, message);
    }

    /** A failure (exit code 1). */
    public static CliFailure failure(String message) {
        return new CliFailure(CobaltCli.EXIT_FAILURE, message);
    }

    public int exitCode() {
        return exitCode;
    }
}
