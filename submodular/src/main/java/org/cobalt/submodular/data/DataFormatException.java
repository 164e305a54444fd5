package org.cobalt.submodular.data;

/**
 * Malformed input data (an edge list, a generator spec): says which source, which line (0 when
 * not line-bound) and why.
 */
public class DataFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final long line;
    private final String reason;

    public DataFormatException(String source, long line, String reason) {
        super(source + (line > 0 ? ":" + line : "") + ": " + reason);
        this.source = source;
        this.line = line;
        this.reason = reason;
    }

    public String source() {
        return source;
    }

    public long line() {
        return line;
    }

    public String reason() {
        return reason;
    }
}
