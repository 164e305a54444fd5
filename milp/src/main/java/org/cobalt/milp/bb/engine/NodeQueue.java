package org.cobalt.milp.bb.engine;

import java.util.Arrays;
import java.util.Comparator;

/**
 * The open nodes in two indexed binary heaps: one in the node selector's order, one by lower bound
 * (ties: lower id) for the global bound and best-bound picks. Each node knows its position in both,
 * so removing any node is O(log n).
 */
final class NodeQueue {

    private static final Comparator<Node> BY_BOUND = (a, b) -> {
        int c = Double.compare(a.lowerBound, b.lowerBound);
        return c != 0 ? c : Long.compare(a.id, b.id);
    };

    private final Comparator<Node> order;
    private Node[] orderHeap = new Node[64];
    private Node[] boundHeap = new Node[64];
    private int size;

    NodeQueue(Comparator<Node> order) {
        this.order = order;
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** First node in the selector's order, or null. */
    Node first() {
        return size == 0 ? null : orderHeap[0];
    }

    /** The node with the lowest bound, or null. */
    Node bestBound() {
        return size == 0 ? null : boundHeap[0];
    }

    /** Lowest bound of the open nodes, {@code +infinity} when empty. */
    double minBound() {
        return size == 0 ? Double.POSITIVE_INFINITY : boundHeap[0].lowerBound;
    }

    void add(Node node) {
        if (size == orderHeap.length) {
            orderHeap = Arrays.copyOf(orderHeap, size * 2);
            boundHeap = Arrays.copyOf(boundHeap, size * 2);
        }
        orderHeap[size] = node;
        node.orderPos = size;
        boundHeap[size] = node;
        node.boundPos = size;
        size++;
        upOrder(node.orderPos);
        upBound(node.boundPos);
    }

    void remove(Node node) {
        if (node.orderPos < 0) {
            throw new IllegalStateException(node + " is not open");
        }
        size--;
        int p = node.orderPos;
        Node last = orderHeap[size];
        orderHeap[size] = null;
        if (p < size) {
            orderHeap[p] = last;
            last.orderPos = p;
            downOrder(p);
            upOrder(last.orderPos);
        }
        int q = node.boundPos;
        Node lastB = boundHeap[size];
        boundHeap[size] = null;
        if (q < size) {
            boundHeap[q] = lastB;
            lastB.boundPos = q;
            downBound(q);
            upBound(lastB.boundPos);
        }
        node.orderPos = -1;
        node.boundPos = -1;
    }

    /** Removes and returns every open node whose bound is at least {@code cutoff}, into {@code sink}. */
    int removeAtLeast(double cutoff, java.util.function.Consumer<Node> sink) {
        int removed = 0;
        // scan a snapshot: removals reorder the heaps
        Node[] snapshot = Arrays.copyOf(boundHeap, size);
        for (Node n : snapshot) {
            if (n.lowerBound >= cutoff) {
                remove(n);
                sink.accept(n);
                removed++;
            }
        }
        return removed;
    }

    private void upOrder(int p) {
        Node x = orderHeap[p];
        while (p > 0) {
            int parent = (p - 1) >>> 1;
            Node y = orderHeap[parent];
            if (order.compare(x, y) >= 0) {
                break;
            }
            orderHeap[p] = y;
            y.orderPos = p;
            p = parent;
        }
        orderHeap[p] = x;
        x.orderPos = p;
    }

    private void downOrder(int p) {
        Node x = orderHeap[p];
        int half = size >>> 1;
        while (p < half) {
            int c = 2 * p + 1;
            Node child = orderHeap[c];
            int r = c + 1;
            if (r < size && order.compare(orderHeap[r], child) < 0) {
                c = r;
                child = orderHeap[r];
            }
            if (order.compare(x, child) <= 0) {
                break;
            }
            orderHeap[p] = child;
            child.orderPos = p;
            p = c;
        }
        orderHeap[p] = x;
        x.orderPos = p;
    }

    private void upBound(int p) {
        Node x = boundHeap[p];
        while (p > 0) {
            int parent = (p - 1) >>> 1;
            Node y = boundHeap[parent];
            if (BY_BOUND.compare(x, y) >= 0) {
                break;
            }
            boundHeap[p] = y;
            y.boundPos = p;
            p = parent;
        }
        boundHeap[p] = x;
        x.boundPos = p;
    }

    private void downBound(int p) {
        Node x = boundHeap[p];
        int half = size >>> 1;
        while (p < half) {
            int c = 2 * p + 1;
            Node child = boundHeap[c];
            int r = c + 1;
            if (r < size && BY_BOUND.compare(boundHeap[r], child) < 0) {
                c = r;
                child = boundHeap[r];
            }
            if (BY_BOUND.compare(x, child) <= 0) {
                break;
            }
            boundHeap[p] = child;
            child.boundPos = p;
            p = c;
        }
        boundHeap[p] = x;
        x.boundPos = p;
    }
}
