/**
 * Switchboard server: one Spring Modulith application module per capability
 * ({@code shell}, {@code user}, {@code security}, {@code audit}, {@code demo}, {@code operations}, {@code cli}).
 */
@NullMarked
package org.switchboard.server;

import org.jspecify.annotations.NullMarked;
