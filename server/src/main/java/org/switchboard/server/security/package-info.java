/**
 * Security: form login (and HTTP Basic for the REST API and actuator), bcrypt password hashes, CSRF, session
 * fixation protection, and the role rule of every route, derived from {@link org.switchboard.server.shell.Section}.
 * Deny by default.
 */
@NullMarked
package org.switchboard.server.security;

import org.jspecify.annotations.NullMarked;
