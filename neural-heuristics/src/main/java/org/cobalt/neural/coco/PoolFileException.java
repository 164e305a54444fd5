package org.cobalt.neural.coco;

import java.io.IOException;
import java.nio.file.Path;

/** A solution pool file that cannot be read: missing, truncated, corrupt or of another version. */
public final class PoolFileException extends IOException {

    private final transient Path file;

    /** {@code file: reason}. */
    public PoolFileException(Path file, String reason) {
        super(file + ": " + reason);
        this.file = file;
    }

    /** The file. */
    public Path file() {
        return file;
    }
}
