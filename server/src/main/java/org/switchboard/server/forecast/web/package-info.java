/**
 * The forecast pages ({@code /forecast}): the forecast form with its background runs, a version's chart, method
 * comparison, manual adjustment and publication, the list of versions, the special-days calendar, the accuracy page
 * and the .xlsx exports.
 */
@NullMarked
package org.switchboard.server.forecast.web;

import org.jspecify.annotations.NullMarked;
