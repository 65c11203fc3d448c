/**
 * The pages of the interactions section: upload of queue_log, CSV and .xlsx files run as background jobs with a live
 * progress bar, the past loads, the rejected lines of a load (CSV download, quarantine to fix, re-submit or discard).
 */
@NullMarked
package org.switchboard.server.interactions.web;

import org.jspecify.annotations.NullMarked;
