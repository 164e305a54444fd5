package org.cobalt.neural.runtime;

/** A backend cannot run here (no GPU, no CUDA library, no native engine); the message says why. */
public class BackendUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** With the reason. */
    public BackendUnavailableException(String reason) {
        super(reason);
    }

    /** With the reason and a cause. */
    public BackendUnavailableException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
