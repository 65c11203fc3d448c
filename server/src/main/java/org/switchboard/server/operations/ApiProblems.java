package org.switchboard.server.operations;

import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Errors of the REST API as RFC 9457 {@link ProblemDetail}s. A rejected argument (the engine's
 * {@link IllegalArgumentException}s name the field, the value and the rule) is a 400 with that message; anything
 * unexpected is a 500 with an incident id that is also in the log, never a stack trace. Pages keep the HTML error page.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail rejectedArgument(IllegalArgumentException rejected) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, rejected.getMessage());
    }

    @ExceptionHandler(RuntimeException.class)
    ProblemDetail unexpected(RuntimeException failure) {
        var incident = UUID.randomUUID().toString();
        log.error("REST request failed, incident {}", incident, failure);
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.INTERNAL_SERVER_ERROR, "The request failed; incident " + incident + " is in the server log.");
        problem.setProperty("incident", incident);
        return problem;
    }
}
