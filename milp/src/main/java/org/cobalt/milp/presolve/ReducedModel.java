package org.cobalt.milp.presolve;

import org.cobalt.core.milp.MilpModel;

/** Turns the live part of a working model into a {@link MilpModel} and its {@link Postsolve}. */
record ReducedModel(MilpModel model, Postsolve postsolve) {

    static ReducedModel build(WorkingModel w) {
        MilpModel original = w.original;
        MilpModel.Builder b = MilpModel.builder(original.name()).sense(original.sense())
                .objectiveName(original.objectiveName()).objectiveConstant(w.constant());
        int[] newIndex = new int[w.numColumns];
        int[] kept = new int[w.liveColumns()];
        int n = 0;
        for (int j = 0; j < w.numColumns; j++) {
            if (w.columnAlive[j]) {
                newIndex[j] = b.addVariable(original.variableName(j), w.lower[j], w.upper[j], w.reducedType(j), w.cost[j]);
                kept[n++] = j;
            } else {
                newIndex[j] = -1;
            }
        }
        for (int i = 0; i < w.numRows; i++) {
            if (!w.rowAlive[i]) {
                continue;
            }
            int r = b.addRow(original.rowName(i), w.rowLower[i], w.rowUpper[i]);
            for (int k = w.rowStart[i]; k < w.rowStart[i + 1]; k++) {
                if (w.entryAlive[k]) {
                    b.setCoefficient(r, newIndex[w.entryColumn[k]], w.value[k]);
                }
            }
        }
        MilpModel model = b.build();
        Postsolve post = new Postsolve(w.numColumns, kept, w.steps(), w.constant() - original.objectiveConstant());
        return new ReducedModel(model, post);
    }
}
