/**
 * REST API of staffing under {@code /api/v1/staffing}: solve the requirement of one interval, evaluate a given number
 * of agents, and Erlang B for lines. Requests and responses are records; a rejected field is an RFC 9457 problem
 * (400) whose detail names the field, the value and the rule.
 */
@NullMarked
package org.switchboard.server.staffing.api;

import org.jspecify.annotations.NullMarked;
