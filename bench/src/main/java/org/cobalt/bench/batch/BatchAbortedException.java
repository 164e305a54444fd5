package org.cobalt.bench.batch;

/**
 * The batch could not go on (no worker JVM starts, or an internal error). Jobs that did not run are
 * not recorded, so rerunning the same command after the fix resumes.
 */
public class BatchAbortedException extends Exception {

    private static final long serialVersionUID = 1L;

    public BatchAbortedException(String message) {
        super(message);
    }
}
