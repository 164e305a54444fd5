package org.cobalt.milp.presolve;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * What presolve did: sizes before and after, rounds, time, and how often each reduction changed the
 * model (one count per removed row or column, tightened bound or changed coefficient).
 *
 * @param rowsBefore    rows of the original model
 * @param columnsBefore variables of the original model
 * @param nonZerosBefore matrix entries of the original model
 * @param rowsAfter     rows of the reduced model
 * @param columnsAfter  variables of the reduced model
 * @param nonZerosAfter matrix entries of the reduced model
 * @param rounds        presolve rounds run
 * @param work          matrix entries visited
 * @param limitHit      true when a round, work or time limit stopped presolve before a fixpoint
 * @param time          wall-clock time
 * @param cleanups      rows and columns removed by the cleanups (empty, free, fixed)
 * @param reductions    changes per reduction kind
 */
public record PresolveStats(int rowsBefore, int columnsBefore, int nonZerosBefore, int rowsAfter, int columnsAfter,
                            int nonZerosAfter, int rounds, long work, boolean limitHit, Duration time, int cleanups,
                            Map<ReductionKind, Integer> reductions) {

    public PresolveStats {
        Objects.requireNonNull(time, "time");
        EnumMap<ReductionKind, Integer> copy = new EnumMap<>(ReductionKind.class);
        copy.putAll(reductions);
        reductions = Collections.unmodifiableMap(copy);
    }

    /** How often this reduction changed the model (0 when it never did). */
    public int count(ReductionKind kind) {
        return reductions.getOrDefault(kind, 0);
    }

    /** One line such as {@code "rows 100 -> 80, cols 50 -> 41, nnz 400 -> 300, 3 rounds, 1.2 ms"}. */
    public String summary() {
        return String.format(java.util.Locale.ROOT, "rows %d -> %d, cols %d -> %d, nnz %d -> %d, %d rounds, %.1f ms%s",
                rowsBefore, rowsAfter, columnsBefore, columnsAfter, nonZerosBefore, nonZerosAfter, rounds,
                time.toNanos() / 1e6, limitHit ? " (limit hit)" : "");
    }
}
