/**
 * Extension points of cobalt's branch-and-bound ({@code cobalt-bb}): node selection, branching,
 * cut separation, primal heuristics and listeners. Implementations are plugged in through
 * {@link org.cobalt.milp.bb.BbSettings}; {@link org.cobalt.milp.bb.BbComponents} is the default registry.
 *
 * <h2>Conventions shared by every interface here</h2>
 * <ul>
 *   <li><b>Working model.</b> Components see the <em>working model</em> ({@code model()} of each context):
 *       the model after presolve, always a <em>minimization</em> (a maximization is negated before the
 *       search starts). Every objective value, bound, gain and cutoff in this package is in that
 *       minimization sense; column indices are the working model's. Solutions submitted by heuristics
 *       are vectors over the working model's columns; the engine maps the final one back to the user's
 *       model (postsolve) and verifies it there.</li>
 *   <li><b>Arrays handed out</b> by a context ({@code lpSolution()}, {@code reducedCosts()}, ...) belong to
 *       the engine, are valid only during the call that received the context, and must not be modified.
 *       Copy what you keep.</li>
 *   <li><b>Lifecycle.</b> The objects in {@link org.cobalt.milp.bb.BbSettings} may be shared by many solves,
 *       also nested ones (a heuristic solving a sub-MIP with cobalt-bb). At the start of every solve the
 *       engine calls {@code forSolve()} once per component and uses only the object it returns for that
 *       solve: stateless components return {@code this}, stateful ones a fresh instance.</li>
 *   <li><b>Determinism.</b> Components draw randomness only from the context's {@code random()} (seeded from
 *       {@code SolveOptions.seed}); with one thread the same seed gives the same search.</li>
 *   <li><b>Time.</b> Long-running components poll {@code shouldStop()} of their context.</li>
 * </ul>
 */
package org.cobalt.milp.bb.spi;
