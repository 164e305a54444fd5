package org.cobalt.neural.runtime.cuda;

/**
 * A device buffer with a shape: float32 values, or int32 indices.
 *
 * @param ptr   device address
 * @param shape dimensions
 * @param index whether it holds int32 indices
 */
record CudaTensor(long ptr, int[] shape, boolean index) {

    long numel() {
        long n = 1;
        for (int d : shape) {
            n *= d;
        }
        return n;
    }

    int last() {
        return shape[shape.length - 1];
    }
}
