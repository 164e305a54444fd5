package org.cobalt.neural.udc.cvrp;

import java.util.ArrayList;
import java.util.List;
import org.cobalt.core.routing.CvrpProblem;
import org.cobalt.neural.udc.PlanarPoints;

/**
 * UDC's CVRP sub-problems: routes ranked by the polar angle of their customers' centroid around the
 * depot (UDC's route ranking), then, from a rotating start position, consecutive routes are grouped
 * until a group holds at least {@code size} customers. A final group with fewer than {@code size / 2}
 * customers joins the group before it. Each group (depot + its customers) is one sub-CVRP; groups are
 * disjoint, so re-solving them independently keeps the whole plan feasible.
 */
public final class RouteGroups {

    private RouteGroups() {
    }

    /** Route indices in polar-angle order of their centroids. */
    public static int[] angleOrder(CvrpProblem p, PlanarPoints pts, List<int[]> routes) {
        int r = routes.size();
        double[] angle = new double[r];
        double dx0 = pts.x()[p.depot()];
        double dy0 = pts.y()[p.depot()];
        Integer[] idx = new Integer[r];
        for (int i = 0; i < r; i++) {
            double sx = 0;
            double sy = 0;
            for (int c : routes.get(i)) {
                sx += pts.x()[c] - dx0;
                sy += pts.y()[c] - dy0;
            }
            angle[i] = Math.atan2(sy, sx);
            idx[i] = i;
        }
        java.util.Arrays.sort(idx, (a, b) -> a.equals(b) ? 0 : Double.compare(angle[a], angle[b]) != 0
                ? Double.compare(angle[a], angle[b]) : Integer.compare(a, b));
        int[] out = new int[r];
        for (int i = 0; i < r; i++) {
            out[i] = idx[i];
        }
        return out;
    }

    /**
     * Groups of route indices.
     *
     * @param order  route indices in angle order
     * @param start  position in {@code order} where the first group begins
     * @param size   customers per group (at least)
     */
    public static List<int[]> group(List<int[]> routes, int[] order, int start, int size) {
        List<int[]> groups = new ArrayList<>();
        List<Integer> cur = new ArrayList<>();
        int customers = 0;
        for (int k = 0; k < order.length; k++) {
            int r = order[(start + k) % order.length];
            cur.add(r);
            customers += routes.get(r).length;
            if (customers >= size) {
                groups.add(cur.stream().mapToInt(Integer::intValue).toArray());
                cur.clear();
                customers = 0;
            }
        }
        if (!cur.isEmpty()) {
            if (!groups.isEmpty() && customers < size / 2) {
                int[] last = groups.removeLast();
                int[] merged = java.util.Arrays.copyOf(last, last.length + cur.size());
                for (int i = 0; i < cur.size(); i++) {
                    merged[last.length + i] = cur.get(i);
                }
                groups.add(merged);
            } else {
                groups.add(cur.stream().mapToInt(Integer::intValue).toArray());
            }
        }
        return groups;
    }
}
