package org.cobalt.instances;

import java.io.IOException;

/**
 * A file (or stream) could not be read as the expected format. The message always names the
 * source, the 1-based line (when known) and the reason, as {@code source:line: reason}; readers
 * never let a {@code NullPointerException}, {@code NumberFormatException} or
 * {@code IndexOutOfBoundsException} escape instead.
 */
public class InstanceFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final long line;
    private final String reason;

    /**
     * @param source file name or other label of the input
     * @param line   1-based line number, or 0 when not tied to a line
     * @param reason what is wrong and, where possible, what to do
     */
    public InstanceFormatException(String source, long line, String reason) {
        this(source, line, reason, null);
    }

    public InstanceFormatException(String source, long line, String reason, Throwable cause) {
        super(format(source, line, reason), cause);
        this.source = source;
        this.line = line;
        this.reason = reason;
    }

    private static String format(String source, long line, String reason) {
        return line > 0 ? source + ":" + line + ": " + reason : source + ": " + reason;
    }

    /** The input's name. */
    public String source() {
        return source;
    }

    /** 1-based line, or 0 when unknown. */
    public long line() {
        return line;
    }

    /** The reason without the location prefix. */
    public String reason() {
        return reason;
    }
}
