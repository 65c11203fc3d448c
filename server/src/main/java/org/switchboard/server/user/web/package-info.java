/**
 * The administration pages (ADMIN only, under {@code /admin}): the list of users, forms to create and change users and
 * reset passwords, and the audit log. Every write goes through {@link org.switchboard.server.user.UserAdministration},
 * which validates and audits it; the forms here check the same rules first so that errors appear next to the field.
 */
@NullMarked
package org.switchboard.server.user.web;

import org.jspecify.annotations.NullMarked;
