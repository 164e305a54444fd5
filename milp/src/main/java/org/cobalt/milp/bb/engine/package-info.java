/**
 * The branch-and-bound engine behind {@code cobalt-bb}: the tree search ({@link org.cobalt.milp.bb.engine.TreeSearch}),
 * nodes stored as bound changes with shared parent bases, the open-node queue, pseudocosts, the root cut loop,
 * reduced-cost fixing and the context objects handed to the SPI components. Internal: program against
 * {@code org.cobalt.milp.bb} and {@code org.cobalt.milp.bb.spi}.
 */
package org.cobalt.milp.bb.engine;
