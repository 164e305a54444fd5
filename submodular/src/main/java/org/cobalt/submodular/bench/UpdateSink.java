package org.cobalt.submodular.bench;

/** Receives the per-update records of runs (a CSV file, a list in a test, nothing). */
public interface UpdateSink {

    /** Discards everything. */
    UpdateSink NONE = (label, record) -> { };

    void accept(RunLabel label, UpdateRecord record);
}
