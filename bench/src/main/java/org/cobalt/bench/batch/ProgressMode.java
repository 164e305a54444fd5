package org.cobalt.bench.batch;

/** How a batch shows progress on stderr. */
public enum ProgressMode {
    /** A bar when stderr is a terminal, log lines otherwise. */
    AUTO,
    /** A progress bar with ETA and counts by status. */
    BAR,
    /** One line per finished job. */
    LOG,
    /** Nothing but warnings. */
    NONE
}
