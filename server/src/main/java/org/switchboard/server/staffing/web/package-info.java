/**
 * The staffing pages (roles of {@code Section.STAFFING}): the calculator of one interval at {@code /staffing}, Erlang B
 * for lines, IVR ports and bot licences at {@code /staffing/erlang-b}, and the capacity of a new centre at
 * {@code /staffing/capacity}. Each page is a GET form: without its fields it shows an example, with them it answers;
 * an htmx request gets the form and the answer back as a fragment, a plain request the whole page.
 */
@NullMarked
package org.switchboard.server.staffing.web;

import org.jspecify.annotations.NullMarked;
