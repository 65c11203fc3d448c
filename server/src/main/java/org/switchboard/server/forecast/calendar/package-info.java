/**
 * The special-days calendar (holidays, campaigns, outages, bill runs with an effect entered in percent or learned
 * from past occurrences) and the history marked as outliers, both fed to the forecasting methods.
 */
@NullMarked
package org.switchboard.server.forecast.calendar;

import org.jspecify.annotations.NullMarked;
