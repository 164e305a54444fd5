package org.cobalt.milp.bb.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.milp.SparseMatrix;
import org.cobalt.milp.bb.CutLoopSettings;
import org.cobalt.milp.bb.spi.Cut;
import org.cobalt.milp.bb.spi.CutSeparator;
import org.cobalt.milp.bb.spi.SeparationContext;
import org.cobalt.milp.lp.BasisStatus;
import org.cobalt.milp.lp.LpStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The root cut loop: separate, select, add, re-solve, age and remove slack cuts, until no cut is found,
 * the bound stalls or the round limit is reached (see {@link CutLoopSettings}). Starts and ends with an
 * optimal LP unless it returns another status.
 */
final class RootCutLoop {

    private static final Logger LOG = LoggerFactory.getLogger(RootCutLoop.class);

    private final TreeSearch s;
    private final CutLoopSettings cfg;
    private final List<CutSeparator> disabled = new ArrayList<>();

    RootCutLoop(TreeSearch search) {
        this.s = search;
        this.cfg = search.settings.cutLoop();
    }

    LpStatus run() {
        if (s.separators.isEmpty() || cfg.maxRounds() == 0) {
            return LpStatus.OPTIMAL;
        }
        double objective = s.lp.objective();
        double[] x = s.lp.primalValues();
        int stall = 0;
        for (int round = 0; round < cfg.maxRounds() && !s.ctx.shouldStop(); round++) {
            if (!hasFractional(x)) {
                break;
            }
            Scope scope = new Scope(round, x, objective);
            List<Cut> found = new ArrayList<>();
            for (CutSeparator sep : s.separators) {
                if (disabled.contains(sep) || s.ctx.shouldStop()) {
                    continue;
                }
                try {
                    List<Cut> cuts = sep.separate(scope);
                    if (cuts != null) {
                        found.addAll(cuts);
                    }
                } catch (RuntimeException e) {
                    LOG.warn("{}: separator {} failed and is disabled for this solve: {}", s.model.name(), sep.name(),
                            e.toString());
                    disabled.add(sep);
                }
            }
            List<Cut> selected = select(found, x);
            if (selected.isEmpty()) {
                break;
            }
            int first = addCuts(selected);
            s.countCutRound(selected.size());
            LpStatus st = s.solveNodeLp();
            if (st == LpStatus.INFEASIBLE || st == LpStatus.CUTOFF || st.isLimit()) {
                return st;
            }
            if (st != LpStatus.OPTIMAL) {
                LOG.debug("{}: LP {} after adding {} cuts; removing them", s.model.name(), st, selected.size());
                int[] rows = new int[selected.size()];
                for (int k = 0; k < rows.length; k++) {
                    rows[k] = first + k;
                }
                removeRows(rows);
                return s.solveNodeLp();
            }
            double newObjective = s.lp.objective();
            LpStatus aged = ageAndRemove(cfg.maxSlackAge());
            if (aged != LpStatus.OPTIMAL) {
                return aged;
            }
            if (newObjective - objective < cfg.minRelativeImprovement() * Math.max(1.0, Math.abs(objective))) {
                stall++;
                if (stall >= cfg.stallRounds()) {
                    objective = newObjective;
                    break;
                }
            } else {
                stall = 0;
            }
            objective = newObjective;
            x = s.lp.primalValues();
        }
        return ageAndRemove(1);
    }

    private boolean hasFractional(double[] x) {
        double tol = s.settings.integralityTolerance();
        for (int j = 0; j < s.n; j++) {
            if (s.model.isIntegral(j)) {
                double f = x[j] - Math.floor(x[j]);
                if (f > tol && f < 1 - tol) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Efficacy filter, then greedy by efficacy with the parallelism limit and the per-round maximum. */
    private List<Cut> select(List<Cut> found, double[] x) {
        int count = found.size();
        if (count == 0 || cfg.maxCutsPerRound() == 0) {
            return List.of();
        }
        double[] eff = new double[count];
        Integer[] order = new Integer[count];
        int usable = 0;
        for (int k = 0; k < count; k++) {
            Cut c = found.get(k);
            boolean ok = c.size() > 0;
            for (int col : c.columns()) {
                ok &= col < s.n;
            }
            double e = ok ? c.efficacy(x) : 0.0;
            if (ok && Double.isFinite(e) && e >= cfg.minEfficacy() && e > 0) {
                eff[k] = e;
                order[usable++] = k;
            }
        }
        Integer[] byEff = Arrays.copyOf(order, usable);
        Arrays.sort(byEff, (a, b) -> {
            int c = Double.compare(eff[b], eff[a]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        List<Cut> chosen = new ArrayList<>();
        List<double[]> norms = new ArrayList<>();
        for (int k : byEff) {
            if (chosen.size() >= cfg.maxCutsPerRound()) {
                break;
            }
            Cut c = found.get(k);
            double nc = c.norm();
            boolean parallel = false;
            for (int q = 0; q < chosen.size() && !parallel; q++) {
                double cos = Math.abs(dot(c, chosen.get(q))) / (nc * norms.get(q)[0]);
                parallel = cos > cfg.maxParallelism();
            }
            if (!parallel) {
                chosen.add(c);
                norms.add(new double[] {nc});
            }
        }
        return chosen;
    }

    private static double dot(Cut a, Cut b) {
        int[] ca = a.columns();
        int[] cb = b.columns();
        double s = 0.0;
        int i = 0;
        int j = 0;
        while (i < ca.length && j < cb.length) {
            if (ca[i] == cb[j]) {
                s += a.coefficients()[i++] * b.coefficients()[j++];
            } else if (ca[i] < cb[j]) {
                i++;
            } else {
                j++;
            }
        }
        return s;
    }

    private int addCuts(List<Cut> cuts) {
        int count = cuts.size();
        int nnz = 0;
        for (Cut c : cuts) {
            nnz += c.size();
        }
        int[] starts = new int[count + 1];
        int[] cols = new int[nnz];
        double[] vals = new double[nnz];
        double[] lo = new double[count];
        double[] up = new double[count];
        int at = 0;
        for (int r = 0; r < count; r++) {
            Cut c = cuts.get(r);
            starts[r] = at;
            System.arraycopy(c.columns(), 0, cols, at, c.size());
            System.arraycopy(c.coefficients(), 0, vals, at, c.size());
            at += c.size();
            lo[r] = c.lower();
            up[r] = c.upper();
        }
        starts[count] = at;
        int first = s.lp.addRows(count, starts, cols, vals, lo, up);
        for (Cut c : cuts) {
            s.cuts.add(c);
        }
        if (s.rowAge != null && s.rowAge.length < s.lp.numRows()) {
            s.rowAge = Arrays.copyOf(s.rowAge, s.lp.numRows());
        }
        return first;
    }

    /** Ages the cuts (slack = basic logical) and removes those slack for {@code maxAge} rounds; re-solves. */
    private LpStatus ageAndRemove(int maxAge) {
        int cutCount = s.cuts.size();
        boolean[] remove = new boolean[cutCount];
        int removeCount = 0;
        for (int k = 0; k < cutCount; k++) {
            boolean slack = s.lp.rowStatus(s.modelRows + k) == BasisStatus.BASIC;
            int age = slack ? s.cuts.slackAge(k) + 1 : 0;
            s.cuts.setSlackAge(k, age);
            if (age >= maxAge) {
                remove[k] = true;
                removeCount++;
            }
        }
        if (removeCount == 0) {
            return LpStatus.OPTIMAL;
        }
        int[] rows = new int[removeCount];
        int r = 0;
        for (int k = 0; k < cutCount; k++) {
            if (remove[k]) {
                rows[r++] = s.modelRows + k;
            }
        }
        s.lp.removeRows(rows);
        s.cuts.removeFlagged(remove);
        if (s.rowAge != null) {
            int[] ages = new int[s.lp.numRows()];
            System.arraycopy(s.rowAge, 0, ages, 0, s.modelRows);
            s.rowAge = ages;
        }
        return s.solveNodeLp();
    }

    private void removeRows(int[] rows) {
        boolean[] remove = new boolean[s.cuts.size()];
        for (int row : rows) {
            remove[row - s.modelRows] = true;
        }
        s.lp.removeRows(rows);
        s.cuts.removeFlagged(remove);
    }

    /** The separators' view of one round. */
    private final class Scope implements SeparationContext {
        private final int round;
        private final double[] x;
        private final double objective;
        private double[] activities;
        private double[] duals;
        private double[] reducedCosts;

        Scope(int round, double[] x, double objective) {
            this.round = round;
            this.x = x;
            this.objective = objective;
        }

        @Override
        public MilpModel model() {
            return s.model;
        }

        @Override
        public int numColumns() {
            return s.n;
        }

        @Override
        public int numLpRows() {
            return s.lp.numRows();
        }

        @Override
        public int round() {
            return round;
        }

        @Override
        public int depth() {
            return 0;
        }

        @Override
        public boolean isIntegral(int column) {
            return s.model.isIntegral(column);
        }

        @Override
        public double lower(int column) {
            return s.curLower[column];
        }

        @Override
        public double upper(int column) {
            return s.curUpper[column];
        }

        @Override
        public double lpObjective() {
            return objective;
        }

        @Override
        public double[] lpSolution() {
            return x;
        }

        @Override
        public double[] rowActivities() {
            if (activities == null) {
                activities = s.lp.rowActivities();
            }
            return activities;
        }

        @Override
        public double[] duals() {
            if (duals == null) {
                duals = s.lp.duals();
            }
            return duals;
        }

        @Override
        public double[] reducedCosts() {
            if (reducedCosts == null) {
                reducedCosts = s.lp.reducedCosts();
            }
            return reducedCosts;
        }

        @Override
        public BasisStatus columnStatus(int column) {
            return s.lp.columnStatus(column);
        }

        @Override
        public BasisStatus rowStatus(int row) {
            return s.lp.rowStatus(row);
        }

        @Override
        public double rowLower(int row) {
            return s.lp.rowLower(row);
        }

        @Override
        public double rowUpper(int row) {
            return s.lp.rowUpper(row);
        }

        @Override
        public int rowLength(int row) {
            if (row < s.modelRows) {
                SparseMatrix a = s.model.matrix();
                return a.rowEnd(row) - a.rowStart(row);
            }
            return s.cuts.get(row - s.modelRows).size();
        }

        @Override
        public int rowEntries(int row, int[] columns, double[] values) {
            if (row < s.modelRows) {
                SparseMatrix a = s.model.matrix();
                int c = 0;
                for (int k = a.rowStart(row); k < a.rowEnd(row); k++) {
                    columns[c] = a.rowColumn(k);
                    values[c] = a.rowValue(k);
                    c++;
                }
                return c;
            }
            Cut cut = s.cuts.get(row - s.modelRows);
            System.arraycopy(cut.columns(), 0, columns, 0, cut.size());
            System.arraycopy(cut.coefficients(), 0, values, 0, cut.size());
            return cut.size();
        }

        @Override
        public int[] basicVariables() {
            return s.lp.basisHeader();
        }

        @Override
        public void tableauRow(int position, double[] out) {
            s.lp.tableauRow(position, out);
        }

        @Override
        public double incumbentValue() {
            return s.incumbentValue;
        }

        @Override
        public RandomGenerator random() {
            return s.random;
        }

        @Override
        public boolean shouldStop() {
            return s.ctx.shouldStop();
        }
    }
}
