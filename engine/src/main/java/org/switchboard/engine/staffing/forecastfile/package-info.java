/**
 * Reading a forecast file for bulk staffing: one row per interval (and queue) with the contacts offered and the
 * average handle time, from CSV or .xlsx. {@link org.switchboard.engine.staffing.forecastfile.ForecastFileParser}
 * streams the file and returns every row together with every
 * {@link org.switchboard.engine.staffing.forecastfile.ParseProblem} found, so that a caller can refuse the whole
 * file and show all its faults at once (all-or-nothing, style guide §7).
 */
@NullMarked
package org.switchboard.engine.staffing.forecastfile;

import org.jspecify.annotations.NullMarked;
