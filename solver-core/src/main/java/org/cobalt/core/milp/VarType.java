package org.cobalt.core.milp;

/** Variable domain type. {@link #BINARY} is an integer variable whose bounds lie within [0, 1]. */
public enum VarType {
    CONTINUOUS,
    INTEGER,
    BINARY;

    /** True for {@link #INTEGER} and {@link #BINARY}. */
    public boolean isIntegral() {
        return this != CONTINUOUS;
    }
}
