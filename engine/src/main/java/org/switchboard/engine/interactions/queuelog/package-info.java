/**
 * Streaming import of Asterisk {@code queue_log} files: {@link org.switchboard.engine.interactions.queuelog.QueueLogParser}
 * reads raw lines into {@link org.switchboard.engine.interactions.queuelog.QueueLogLine} records, and
 * {@link org.switchboard.engine.interactions.queuelog.QueueLogAssembler} turns them into completed
 * {@link org.switchboard.engine.interactions.queuelog.QueueCall}s and
 * {@link org.switchboard.engine.interactions.queuelog.AgentStateChange}s. Faulty input becomes
 * {@link org.switchboard.engine.interactions.queuelog.ParseProblem}s, collected, never thrown. Field meanings per
 * Asterisk version: {@code queue-log-format.md} in the shared data notes.
 */
@NullMarked
package org.switchboard.engine.interactions.queuelog;

import org.jspecify.annotations.NullMarked;
