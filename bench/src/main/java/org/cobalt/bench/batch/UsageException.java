package org.cobalt.bench.batch;

/**
 * The command line asks for something that cannot work (no instance found, unknown solver, bad
 * option value). The message says what was tried and what to do; the CLI exits with code 2.
 */
public class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }

    public UsageException(String message, Throwable cause) {
        super(message, cause);
    }
}
