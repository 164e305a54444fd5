package org.cobalt.bench.batch;

import java.io.IOException;
import java.nio.file.Path;

/** Another process (usually a second {@code cobalt batch}) is writing the same results file. */
public class ResultsFileLockedException extends IOException {

    private static final long serialVersionUID = 1L;

    public ResultsFileLockedException(Path path) {
        super("another process is writing " + path + " (it holds the file lock); wait for it to finish or use another --out");
    }
}
