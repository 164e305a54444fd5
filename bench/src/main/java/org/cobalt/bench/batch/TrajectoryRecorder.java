package org.cobalt.bench.batch;

import java.util.ArrayList;
import java.util.List;
import org.cobalt.core.event.BoundImproved;
import org.cobalt.core.event.NewIncumbent;
import org.cobalt.core.event.SolverEvent;
import org.cobalt.core.solver.SolveControl;
import org.cobalt.core.solver.SolverListener;

/**
 * Records the primal (incumbent) and dual (bound) trajectories of a solve as {@code (seconds, value)}
 * points. At most {@value #MAX_POINTS} points are kept per trajectory; after that each new point
 * replaces the last one, so the final value is always present while a solver that reports millions
 * of tiny improvements cannot bloat a result line.
 */
public final class TrajectoryRecorder implements SolverListener {

    /** Points kept per trajectory. */
    public static final int MAX_POINTS = 1000;

    private final Series incumbents = new Series();
    private final Series bounds = new Series();

    @Override
    public void onEvent(SolverEvent event, SolveControl control) {
        switch (event) {
            case NewIncumbent n -> incumbents.add(n.elapsed().toNanos() / 1e9, n.objective());
            case BoundImproved b -> bounds.add(b.elapsed().toNanos() / 1e9, b.bound());
            default -> {
                // started, progress and finished carry nothing to plot
            }
        }
    }

    /** Incumbent points {@code [seconds, objective]}. */
    public List<double[]> incumbents() {
        return incumbents.points();
    }

    /** Bound points {@code [seconds, bound]}. */
    public List<double[]> bounds() {
        return bounds.points();
    }

    /** Growable pair of primitive arrays; events can come fast. */
    private static final class Series {
        private double[] t = new double[16];
        private double[] v = new double[16];
        private int n;

        void add(double time, double value) {
            if (!Double.isFinite(value)) {
                return;
            }
            if (n == MAX_POINTS) {
                t[n - 1] = time;
                v[n - 1] = value;
                return;
            }
            if (n == t.length) {
                t = java.util.Arrays.copyOf(t, Math.min(MAX_POINTS, 2 * n));
                v = java.util.Arrays.copyOf(v, t.length);
            }
            t[n] = time;
            v[n] = value;
            n++;
        }

        List<double[]> points() {
            List<double[]> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(new double[] {t[i], v[i]});
            }
            return out;
        }
    }
}
