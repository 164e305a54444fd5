package org.cobalt.instances.robust;

import java.util.Arrays;
import org.cobalt.core.solution.Solution;

/**
 * A first-stage decision of a two-stage robust problem: one 0/1 value per item (project), plus,
 * for capital budgeting with loans, whether the first-stage loan is taken. The objective a solver
 * reports for it is the exact worst case over the uncertainty set with optimal recourse.
 */
public final class FirstStageSolution implements Solution {

    private final boolean[] selected;
    private final boolean loan;

    public FirstStageSolution(boolean[] selected, boolean loan) {
        this.selected = selected.clone();
        this.loan = loan;
    }

    /** A decision without a loan. */
    public FirstStageSolution(boolean[] selected) {
        this(selected, false);
    }

    /** Rounds 0/1 values (e.g. a MILP solution) to a decision. */
    public static FirstStageSolution ofValues(double[] values, boolean loan) {
        boolean[] s = new boolean[values.length];
        for (int i = 0; i < values.length; i++) {
            s[i] = values[i] > 0.5;
        }
        return new FirstStageSolution(s, loan);
    }

    public int size() {
        return selected.length;
    }

    public boolean selected(int i) {
        return selected[i];
    }

    /** Copy of the item selection. */
    public boolean[] selection() {
        return selected.clone();
    }

    /** The selection as 0/1 values. */
    public double[] values() {
        double[] v = new double[selected.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = selected[i] ? 1 : 0;
        }
        return v;
    }

    /** Whether the first-stage loan is taken (capital budgeting with loans only). */
    public boolean loan() {
        return loan;
    }

    /** Number of selected items. */
    public int count() {
        int c = 0;
        for (boolean b : selected) {
            c += b ? 1 : 0;
        }
        return c;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FirstStageSolution s && loan == s.loan && Arrays.equals(selected, s.selected);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(selected) * 31 + (loan ? 1 : 0);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("FirstStageSolution[");
        for (boolean s : selected) {
            b.append(s ? '1' : '0');
        }
        return b.append(loan ? ", loan]" : "]").toString();
    }
}
