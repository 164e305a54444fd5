package org.cobalt.milp.heuristics;

import org.cobalt.milp.bb.spi.Pseudocosts;

/**
 * How a dive chooses the next fractional column and the direction in which to round it. Rules
 * prefer columns that cannot be rounded trivially (locks on both sides): a column with no locks in
 * one direction never blocks a rounding, so fixing it early wastes an LP solve.
 */
interface DiveRule {

    /** Name suffix of the heuristic ("frac", "coef", ...). */
    String name();

    /** True when the rule needs an incumbent (guided diving). */
    default boolean needsIncumbent() {
        return false;
    }

    /**
     * Picks a column among {@code candidates[0, count)} (fractional at {@code x}); returns its
     * index in {@code candidates} with the direction in {@code up[0]}, or -1 for none.
     */
    int select(ModelData d, double[] x, int[] candidates, int count, double[] incumbent, Pseudocosts pc,
               boolean[] up);

    /** Blocks the trivially roundable columns: true when the column has locks in both directions. */
    static boolean locked(ModelData d, int j) {
        return d.downLocks[j] > 0 && d.upLocks[j] > 0;
    }

    /** Fractional diving: the column closest to an integer, rounded to it. */
    DiveRule FRACTIONAL = new DiveRule() {
        @Override
        public String name() {
            return "frac";
        }

        @Override
        public int select(ModelData d, double[] x, int[] cand, int count, double[] inc, Pseudocosts pc,
                          boolean[] up) {
            int best = -1;
            double bestScore = Double.POSITIVE_INFINITY;
            for (int c = 0; c < count; c++) {
                int j = cand[c];
                double f = x[j] - Math.floor(x[j]);
                boolean roundUp = f > 0.5;
                double score = Math.min(f, 1 - f) + (locked(d, j) ? 0 : 10);
                if (score < bestScore) {
                    bestScore = score;
                    best = c;
                    up[0] = roundUp;
                }
            }
            return best;
        }
    };

    /**
     * Coefficient diving: the column with the fewest locks in one direction, rounded that way (it
     * endangers the fewest rows), ties by the smaller rounding distance.
     */
    DiveRule COEFFICIENT = new DiveRule() {
        @Override
        public String name() {
            return "coef";
        }

        @Override
        public int select(ModelData d, double[] x, int[] cand, int count, double[] inc, Pseudocosts pc,
                          boolean[] up) {
            int best = -1;
            double bestScore = Double.POSITIVE_INFINITY;
            for (int c = 0; c < count; c++) {
                int j = cand[c];
                double f = x[j] - Math.floor(x[j]);
                int down = d.downLocks[j];
                int upL = d.upLocks[j];
                boolean roundUp = upL < down || (upL == down && f > 0.5);
                int locks = roundUp ? upL : down;
                double dist = roundUp ? 1 - f : f;
                double score = (locked(d, j) ? 0 : 1e9) + locks + dist;
                if (score < bestScore) {
                    bestScore = score;
                    best = c;
                    up[0] = roundUp;
                }
            }
            return best;
        }
    };

    /**
     * Pseudocost diving: round in the direction whose pseudocost-predicted degradation is smaller
     * (a clear fractionality decides first), and choose the column where the other direction would
     * cost the most relative to it, preferring binaries.
     */
    DiveRule PSEUDOCOST = new DiveRule() {
        @Override
        public String name() {
            return "pscost";
        }

        @Override
        public int select(ModelData d, double[] x, int[] cand, int count, double[] inc, Pseudocosts pc,
                          boolean[] up) {
            int best = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < count; c++) {
                int j = cand[c];
                double f = Math.min(0.9, Math.max(0.1, x[j] - Math.floor(x[j])));
                double pDown = pc == null ? f : pc.down(j) * f;
                double pUp = pc == null ? 1 - f : pc.up(j) * (1 - f);
                boolean roundUp;
                if (d.downLocks[j] == 0 && d.upLocks[j] > 0) {
                    roundUp = true; // down would be trivial: the informative fixing is up
                } else if (d.upLocks[j] == 0 && d.downLocks[j] > 0) {
                    roundUp = false;
                } else if (f < 0.3) {
                    roundUp = false;
                } else if (f > 0.7) {
                    roundUp = true;
                } else {
                    roundUp = pDown >= pUp;
                }
                double score = roundUp ? Math.sqrt(f) * (1 + pDown) / (1 + pUp)
                        : Math.sqrt(1 - f) * (1 + pUp) / (1 + pDown);
                boolean binary = d.model.lower(j) == 0 && d.model.upper(j) == 1;
                if (binary && locked(d, j)) {
                    score *= 1000;
                }
                if (score > bestScore) {
                    bestScore = score;
                    best = c;
                    up[0] = roundUp;
                }
            }
            return best;
        }
    };

    /**
     * Guided diving (Danna, Rothberg &amp; Le Pape 2005): round toward the incumbent's value, choosing
     * the column closest to it.
     */
    DiveRule GUIDED = new DiveRule() {
        @Override
        public String name() {
            return "guided";
        }

        @Override
        public boolean needsIncumbent() {
            return true;
        }

        @Override
        public int select(ModelData d, double[] x, int[] cand, int count, double[] inc, Pseudocosts pc,
                          boolean[] up) {
            int best = -1;
            double bestScore = Double.POSITIVE_INFINITY;
            for (int c = 0; c < count; c++) {
                int j = cand[c];
                boolean roundUp = inc[j] > x[j];
                double dist = Math.abs(x[j] - inc[j]);
                double score = dist + (locked(d, j) ? 0 : 1e6);
                if (score < bestScore) {
                    bestScore = score;
                    best = c;
                    up[0] = roundUp;
                }
            }
            return best;
        }
    };
}
