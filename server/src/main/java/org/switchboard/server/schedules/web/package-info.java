/** The planning and adherence pages of schedules: forms, htmx fragments and the views they render. */
@NullMarked
package org.switchboard.server.schedules.web;

import org.jspecify.annotations.NullMarked;
