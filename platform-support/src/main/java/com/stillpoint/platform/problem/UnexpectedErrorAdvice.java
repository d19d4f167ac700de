package com.stillpoint.platform.problem;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The last resort of the APIs: an unexpected error is logged (with its correlation id) and answered as a 500
 * problem that reveals nothing about its cause. Security exceptions go on to Spring Security, which answers them
 * as 401 and 403.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.LOWEST_PRECEDENCE)
public class UnexpectedErrorAdvice {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrorAdvice.class);

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception exception) throws Exception {
        if (exception instanceof AccessDeniedException || exception instanceof AuthenticationException) {
            throw exception;
        }
        log.error("Unexpected error", exception);
        return ProblemDetailsAdvice.problem(HttpStatus.INTERNAL_SERVER_ERROR, "unexpected",
                "Something went wrong on our side. Please try again; if it keeps happening, contact support.");
    }
}
