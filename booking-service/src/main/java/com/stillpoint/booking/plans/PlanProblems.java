package com.stillpoint.booking.plans;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.net.URI;

/**
 * A refused plan as problem+json: the platform's 409 with the conflicting sessions and their alternatives, so the
 * caller can offer them or book again with {@code acceptAlternatives}. Runs before the platform's handler, which
 * would answer the same 409 without the details.
 */
@RestControllerAdvice(assignableTypes = PlanController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PlanProblems {

    @ExceptionHandler(PlanConflictException.class)
    ProblemDetail planConflict(PlanConflictException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, exception.getMessage());
        problem.setType(URI.create("https://stillpoint.dev/problems/" + exception.code()));
        problem.setProperty("code", exception.code());
        problem.setProperty("conflicts", exception.conflicts());
        return problem;
    }
}
