package org.cobalt.milp.lp;

import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.milp.ObjectiveSense;
import org.cobalt.core.milp.VarType;

/** Fluent wrapper over {@link MilpModel.Builder} for compact hand-written test models. */
final class LpBuilder {

    private final MilpModel.Builder b;

    private LpBuilder(String name) {
        b = MilpModel.builder(name);
    }

    static LpBuilder of(String name) {
        return new LpBuilder(name);
    }

    LpBuilder sense(ObjectiveSense s) {
        b.sense(s);
        return this;
    }

    LpBuilder objectiveConstant(double c) {
        b.objectiveConstant(c);
        return this;
    }

    LpBuilder addVariable(String name, double lo, double up, VarType type, double cost) {
        b.addVariable(name, lo, up, type, cost);
        return this;
    }

    LpBuilder addRow(String name, double lo, double up, int[] cols, double[] vals) {
        b.addRow(name, lo, up, cols, vals);
        return this;
    }

    MilpModel build() {
        return b.build();
    }
}
