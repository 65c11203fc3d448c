/**
 * Numerical kernels of the staffing models, kept out of the public API: the Erlang B recurrence in its inverse form,
 * the evaluation of the Erlang C and Erlang A (Palm) queues for one number of agents, and the Markov chains of the
 * Erlang X family. Primitives only, no
 * allocation in the loops; the public records in {@code org.switchboard.engine.staffing} validate and delegate here.
 */
@NullMarked
package org.switchboard.engine.staffing.internal;

import org.jspecify.annotations.NullMarked;
