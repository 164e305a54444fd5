package org.cobalt.neural.nn;

import java.util.List;

/** A building block that owns parameters. The forward pass is specific to each block. */
public interface Layer {

    /** All parameters of this block and its children, in a stable order. */
    List<Parameter> parameters();
}
