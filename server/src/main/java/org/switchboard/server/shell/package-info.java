/**
 * The translated interface shell: the sections of the product with the roles that may open each, the layout and
 * navigation, the language switch ({@code ?lang=en|ru|zh-CN}, kept per user), the dashboard and the plain
 * "not built yet" page of sections that are still to come.
 */
@NullMarked
package org.switchboard.server.shell;

import org.jspecify.annotations.NullMarked;
