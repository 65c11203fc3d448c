package org.switchboard.server.interactions.api;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The answers every ingest endpoint gives, as the OpenAPI document lists them. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ApiResponse(responseCode = "200", description = "Stored; bad records (policy QUARANTINE) are listed.")
@ApiResponse(responseCode = "422", description = "Refused by policy REJECT_FILE: nothing stored.")
@ApiResponse(responseCode = "400", description = "Not a valid request: not JSON, or a bad header field.")
@ApiResponse(responseCode = "401", description = "No token, or an unknown or revoked token.")
@ApiResponse(responseCode = "403", description = "A token without the scope INGEST; the problem document names it.")
@ApiResponse(responseCode = "413", description = "More than 10 000 records or 64 MB.")
@interface IngestResponses {}
