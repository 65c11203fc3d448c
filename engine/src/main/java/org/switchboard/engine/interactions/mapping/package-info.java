/**
 * Generic import of contacts and agent events from CSV and .xlsx files through a named column mapping: a
 * {@link org.switchboard.engine.interactions.mapping.MappingProfile} says which source column (or constant) feeds
 * each field, how dates, times and durations are written, the source's time zone and how source codes translate;
 * {@link org.switchboard.engine.interactions.mapping.MappingReader} streams the rows into an
 * {@link org.switchboard.engine.interactions.InteractionSink}, every bad row becoming an
 * {@link org.switchboard.engine.core.InputProblem} with file, line, column, value and reason.
 */
@NullMarked
package org.switchboard.engine.interactions.mapping;

import org.jspecify.annotations.NullMarked;
