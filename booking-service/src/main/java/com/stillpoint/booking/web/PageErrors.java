package com.stillpoint.booking.web;

import com.stillpoint.platform.links.InvalidLinkException;
import com.stillpoint.platform.problem.ConflictException;
import com.stillpoint.platform.problem.InvalidInputException;
import com.stillpoint.platform.problem.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Errors of the HTML pages as friendly pages with the right status, saying no more than a client needs: another
 * chain's id, a closed page and an unknown id all look the same.
 */
@ControllerAdvice(annotations = Pages.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

    @ExceptionHandler(NotFoundException.class)
    String notFound(Model model, HttpServletResponse response) {
        return problem(HttpServletResponse.SC_NOT_FOUND, "We couldn't find that page",
                "It may have moved, or the address is not complete.", model, response);
    }

    @ExceptionHandler({InvalidInputException.class, ConstraintViolationException.class,
            HandlerMethodValidationException.class, MethodArgumentTypeMismatchException.class,
            MissingServletRequestParameterException.class})
    String badRequest(Model model, HttpServletResponse response) {
        return problem(HttpServletResponse.SC_BAD_REQUEST, "Something in that request was not right",
                "Please go back and try again.", model, response);
    }

    @ExceptionHandler(ConflictException.class)
    String conflict(ConflictException exception, Model model, HttpServletResponse response) {
        return problem(HttpServletResponse.SC_CONFLICT, "That could not be done just now", exception.getMessage(),
                model, response);
    }

    @ExceptionHandler(InvalidLinkException.class)
    String invalidLink(InvalidLinkException exception, Model model, HttpServletResponse response) {
        return LinkProblemPage.render(exception.reason(), model, response);
    }

    private static String problem(int status, String title, String detail, Model model, HttpServletResponse response) {
        response.setStatus(status);
        model.addAttribute("title", title);
        model.addAttribute("detail", detail);
        return "problem";
    }
}
