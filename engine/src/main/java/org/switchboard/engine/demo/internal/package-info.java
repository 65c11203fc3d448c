/**
 * The machinery behind {@link org.switchboard.engine.demo.DemoCentre}: the calendar, the arrival model, the roster
 * planner, the discrete-event simulation of the queues and the assembly of its primitive columns into records.
 * Mutable and single-use; not part of the API.
 */
@NullMarked
package org.switchboard.engine.demo.internal;

import org.jspecify.annotations.NullMarked;
