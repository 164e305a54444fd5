package org.cobalt.submodular.dynamic;

import java.util.Objects;
import org.cobalt.submodular.oracle.Oracle;
import org.cobalt.submodular.util.LiveSet;

/**
 * Ground-set bookkeeping shared by all maximizers: validates updates, keeps the live set and an
 * insertion serial per live element (so that stale references to a deleted and re-inserted
 * element can be recognized), then delegates to {@link #onInsert} / {@link #onDelete}.
 */
public abstract class AbstractDynamicMaximizer implements DynamicMaximizer {

    protected final Oracle oracle;
    protected final MaximizerConfig config;
    protected final LiveSet live;
    private final int[] serial;
    private int nextSerial = 1;

    protected AbstractDynamicMaximizer(Oracle oracle, MaximizerConfig config) {
        this.oracle = Objects.requireNonNull(oracle, "oracle");
        this.config = Objects.requireNonNull(config, "config");
        this.live = new LiveSet(oracle.groundSize());
        this.serial = new int[oracle.groundSize()];
    }

    @Override
    public final int k() {
        return config.k();
    }

    @Override
    public final void insert(int element) {
        live.add(element);
        serial[element] = nextSerial++;
        onInsert(element);
    }

    @Override
    public final void delete(int element) {
        live.remove(element);
        serial[element] = 0;
        onDelete(element);
    }

    @Override
    public final boolean isLive(int element) {
        return live.contains(element);
    }

    @Override
    public final int liveCount() {
        return live.size();
    }

    /** Insertion serial of a live element, 0 when it is not live; changes on every re-insertion. */
    protected final int serial(int element) {
        return serial[element];
    }

    /** True when {@code element} is live and was inserted with this serial. */
    protected final boolean current(int element, int elementSerial) {
        return elementSerial != 0 && serial[element] == elementSerial;
    }

    /** Called after {@code element} joined the live set. */
    protected abstract void onInsert(int element);

    /** Called after {@code element} left the live set. */
    protected abstract void onDelete(int element);
}
