package org.cobalt.neural.runtime.cuda;

/** A kernel argument passed by value: a device pointer, an int, a long or a float. */
sealed interface KernelArg permits KernelArg.Ptr, KernelArg.I32, KernelArg.I64, KernelArg.F32 {

    /** A device address. */
    record Ptr(long address) implements KernelArg {
    }

    /** A 32-bit int. */
    record I32(int value) implements KernelArg {
    }

    /** A 64-bit int. */
    record I64(long value) implements KernelArg {
    }

    /** A 32-bit float. */
    record F32(float value) implements KernelArg {
    }
}
