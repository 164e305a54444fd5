package org.cobalt.neural.runtime;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A model file could not be used: it is missing, unreadable or corrupt, written by an unsupported
 * format version, or does not match what the caller or the architecture expects. The message always
 * names the file and the problem ({@code file: problem}). The one exception type model loading throws.
 */
public class ModelFileException extends IOException {

    private static final long serialVersionUID = 1L;

    /** What kind of problem. */
    public enum Kind {
        /** The config or parameter file does not exist. */
        MISSING,
        /** Unreadable, truncated, wrong checksum, malformed JSON or binary. */
        CORRUPT,
        /** A format version this code does not read. */
        VERSION,
        /** Valid file, but architecture, hyper-parameters, features or parameter shapes do not match. */
        MISMATCH
    }

    private final transient Path file;
    private final Kind kind;
    private final String reason;

    /** An exception about {@code file}. */
    public ModelFileException(Path file, Kind kind, String reason) {
        this(file, kind, reason, null);
    }

    /** An exception about {@code file} with a cause. */
    public ModelFileException(Path file, Kind kind, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
        this.file = file;
        this.kind = kind;
        this.reason = reason;
    }

    /** The offending file. */
    public Path file() {
        return file;
    }

    /** The kind of problem. */
    public Kind kind() {
        return kind;
    }

    /** The problem without the file prefix. */
    public String reason() {
        return reason;
    }
}
