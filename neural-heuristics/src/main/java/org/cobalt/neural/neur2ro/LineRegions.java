package org.cobalt.neural.neur2ro;

import java.util.ArrayList;
import java.util.List;

/**
 * The linear pieces of an {@link Mlp} along a segment of its input space,
 * {@code in(t) = base + t * direction} for {@code t in [lo, hi]}: a ReLU network is affine between
 * the points where some unit changes sign, so walking the segment from piece to piece finds every
 * breakpoint exactly (up to floating-point rounding).
 */
final class LineRegions {

    private LineRegions() {
    }

    /** The breakpoints {@code lo = t_0 < t_1 < ... < t_K = hi} of the network along the segment. */
    static double[] breakpoints(Mlp mlp, double[] base, double[] direction, double lo, double hi) {
        List<Double> points = new ArrayList<>();
        points.add(lo);
        double t = lo;
        double span = Math.max(1e-12, hi - lo);
        int guard = 0;
        while (t < hi && guard++ < 100_000) {
            double next = nextSwitch(mlp, base, direction, t, hi);
            if (next - t < 1e-12 * span) {
                next = Math.min(hi, t + 1e-12 * span);
            }
            if (next < hi - 1e-12 * span) {
                points.add(next);
            }
            t = next;
        }
        points.add(hi);
        double[] r = new double[points.size()];
        for (int k = 0; k < r.length; k++) {
            r[k] = points.get(k);
        }
        return r;
    }

    /**
     * The first {@code t' > t} (at most {@code hi}) where a unit changes sign, following the
     * activation pattern that holds just after {@code t}.
     */
    private static double nextSwitch(Mlp mlp, double[] base, double[] dir, double t, double hi) {
        double[] value = new double[base.length];
        double[] slope = dir.clone();
        for (int i = 0; i < value.length; i++) {
            value[i] = base[i] + t * dir[i];
        }
        double best = hi;
        for (int l = 0; l < mlp.layers(); l++) {
            int out = mlp.size(l + 1);
            double[] v = new double[out];
            double[] s = new double[out];
            boolean hidden = l < mlp.layers() - 1;
            for (int o = 0; o < out; o++) {
                double pv = mlp.bias(l, o);
                double ps = 0;
                for (int i = 0; i < value.length; i++) {
                    double w = mlp.weight(l, o, i);
                    pv += w * value[i];
                    ps += w * slope[i];
                }
                if (hidden) {
                    double tol = 1e-12 * (1 + Math.abs(pv));
                    boolean active = pv > tol || (Math.abs(pv) <= tol && ps > 0);
                    if (ps != 0) {
                        double cross = t - pv / ps;
                        if (cross > t + 1e-15 * (1 + Math.abs(t)) && cross < best && (active ? ps < 0 : ps > 0)) {
                            best = cross;
                        }
                    }
                    v[o] = active ? pv : 0;
                    s[o] = active ? ps : 0;
                } else {
                    v[o] = pv;
                    s[o] = ps;
                }
            }
            value = v;
            slope = s;
        }
        return best;
    }
}
