package org.cobalt.scheduling;

/**
 * Stable sorting of job indices by a comparator over two jobs, without boxing. Rules use it to
 * state their tie-breaking exactly (the comparator decides; equal jobs keep index order).
 */
public final class JobOrder {

    /** Compares two job indices; negative when {@code a} comes first. */
    @FunctionalInterface
    public interface JobComparator {
        int compare(int a, int b);
    }

    private JobOrder() {
    }

    /** Jobs {@code 0..n-1} stably sorted by {@code cmp} (ties keep index order). */
    public static int[] sorted(int n, JobComparator cmp) {
        int[] a = new int[n];
        for (int j = 0; j < n; j++) {
            a[j] = j;
        }
        sort(a, cmp);
        return a;
    }

    /** Stable merge sort of {@code jobs} in place. */
    public static void sort(int[] jobs, JobComparator cmp) {
        int n = jobs.length;
        if (n < 2) {
            return;
        }
        int[] buf = new int[n];
        for (int width = 1; width < n; width <<= 1) {
            for (int lo = 0; lo < n - width; lo += width << 1) {
                int mid = lo + width;
                int hi = Math.min(lo + (width << 1), n);
                if (cmp.compare(jobs[mid - 1], jobs[mid]) <= 0) {
                    continue;
                }
                System.arraycopy(jobs, lo, buf, lo, hi - lo);
                int i = lo;
                int j = mid;
                int k = lo;
                while (i < mid && j < hi) {
                    jobs[k++] = cmp.compare(buf[j], buf[i]) < 0 ? buf[j++] : buf[i++];
                }
                while (i < mid) {
                    jobs[k++] = buf[i++];
                }
                while (j < hi) {
                    jobs[k++] = buf[j++];
                }
            }
        }
    }
}
