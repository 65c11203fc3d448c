/**
 * Users and roles: accounts with hashed passwords, the seven roles, the first-start administrator, the demo users,
 * each user's interface language, and the administration pages (ADMIN only). Every change is audited.
 */
@NullMarked
package org.switchboard.server.user;

import org.jspecify.annotations.NullMarked;
