package org.cobalt.submodular.oracle;

import java.util.Objects;
import org.cobalt.submodular.function.FunctionState;
import org.cobalt.submodular.function.SetFunction;

/**
 * The oracle every algorithm goes through: wraps a {@link SetFunction}, hands out counted
 * {@link OracleState}s and keeps one query counter for all of them. One query is one value
 * {@code f(T)} for some set {@code T}; incremental states make a query cheap but do not make it
 * free. Not thread-safe (one run, one thread).
 */
public final class CountingOracle implements Oracle {

    private final SetFunction function;
    private long calls;

    public CountingOracle(SetFunction function) {
        this.function = Objects.requireNonNull(function, "function");
    }

    @Override
    public int groundSize() {
        return function.groundSize();
    }

    @Override
    public String functionName() {
        return function.name();
    }

    @Override
    public OracleState newState() {
        return new Counted(function.newState());
    }

    @Override
    public double singleton(int element) {
        function.checkElement(element);
        calls++;
        return function.singleton(element);
    }

    @Override
    public double evaluate(int[] set) {
        if (set.length == 0) {
            return 0.0;
        }
        calls++;
        FunctionState s = function.newState();
        for (int e : set) {
            function.checkElement(e);
            s.add(e);
        }
        return s.value();
    }

    @Override
    public long calls() {
        return calls;
    }

    @Override
    public String toString() {
        return "CountingOracle[" + function.name() + ", " + calls + " calls]";
    }

    /** Counts queries on one incremental state. */
    private final class Counted implements OracleState {
        private final FunctionState state;
        private int lastGainElement = -1;

        Counted(FunctionState state) {
            this.state = state;
        }

        @Override
        public double value() {
            return state.value();
        }

        @Override
        public double gain(int element) {
            calls++;
            double g = state.gain(element);
            lastGainElement = element;
            return g;
        }

        @Override
        public double add(int element) {
            if (lastGainElement != element) {
                calls++;
            }
            lastGainElement = -1;
            return state.add(element);
        }

        @Override
        public boolean contains(int element) {
            return state.contains(element);
        }

        @Override
        public int size() {
            return state.size();
        }

        @Override
        public void clear() {
            lastGainElement = -1;
            state.clear();
        }

        @Override
        public void resetTo(int[] set) {
            resetTo(set, set.length);
        }

        @Override
        public void resetTo(int[] set, int length) {
            lastGainElement = -1;
            state.clear();
            if (length > 0) {
                calls++;
            }
            for (int i = 0; i < length; i++) {
                state.add(set[i]);
            }
        }
    }
}
