/** The SQL of schedules: runs with their requirement, versions with their shifts and breaks, and the rules. */
@NullMarked
package org.switchboard.server.schedules.persistence;

import org.jspecify.annotations.NullMarked;
