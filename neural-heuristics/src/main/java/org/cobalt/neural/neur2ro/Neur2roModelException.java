package org.cobalt.neural.neur2ro;

/** A Neur2RO model file is missing, corrupt or does not fit; the message names the file and the problem. */
public class Neur2roModelException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public Neur2roModelException(String source, String reason) {
        super(source + ": " + reason);
    }

    public Neur2roModelException(String source, String reason, Throwable cause) {
        super(source + ": " + reason, cause);
    }
}
