/**
 * The KPI pages: the operational dashboard with its .xlsx and .csv exports, the agent page and the queue-settings page.
 * Controllers bind the request, check the role rules that go beyond the section's ({@link
 * org.switchboard.server.kpi.web.KpiAccess}), call one service and choose a view.
 */
@NullMarked
package org.switchboard.server.kpi.web;

import org.jspecify.annotations.NullMarked;
