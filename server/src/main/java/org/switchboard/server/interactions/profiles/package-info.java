/**
 * Named column mappings (profiles) of CSV and .xlsx imports: the ones users keep in {@code mapping_profile} and the
 * read-only built-ins bundled under {@code classpath:mapping/}; their pages (list, edit, JSON import and export, a
 * preview of the first rows of a sample file).
 */
@NullMarked
package org.switchboard.server.interactions.profiles;

import org.jspecify.annotations.NullMarked;
