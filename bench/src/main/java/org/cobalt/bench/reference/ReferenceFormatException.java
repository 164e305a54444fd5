package org.cobalt.bench.reference;

import java.io.IOException;

/** A reference-value file (optima, best known solutions) is malformed; the message is {@code source:line: reason}. */
public class ReferenceFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final long line;

    public ReferenceFormatException(String source, long line, String reason) {
        super(line > 0 ? source + ":" + line + ": " + reason : source + ": " + reason);
        this.source = source;
        this.line = line;
    }

    /** The file. */
    public String source() {
        return source;
    }

    /** 1-based line, or 0 when not tied to a line. */
    public long line() {
        return line;
    }
}
