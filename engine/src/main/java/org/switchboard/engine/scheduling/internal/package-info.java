/**
 * The solver's machinery, private to scheduling: the catalogue of shift kinds on the interval grid, the covering
 * model (its LP relaxation gives the lower bound, its integer version the shift counts), the constructive assignment
 * of named agents under the contract rules, and the placement of breaks by dynamic programming.
 */
@NullMarked
package org.switchboard.engine.scheduling.internal;

import org.jspecify.annotations.NullMarked;
