package org.iwprarchive.api.problem;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.UUID;
import org.iwprarchive.api.observe.RequestIdFilter;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The error page of the servlet container (an error it or a filter raised outside Spring MVC's handling) as an
 * RFC 9457 problem, in place of Spring Boot's own error body, so that no answer of the service has another shape.
 */
@Hidden
@RestController
class ProblemErrorController implements ErrorController {

    @RequestMapping(path = "${server.error.path:/error}", produces = {MediaType.APPLICATION_PROBLEM_JSON_VALUE,
            MediaType.ALL_VALUE})
    ResponseEntity<ProblemDetail> error(HttpServletRequest request, HttpServletResponse response) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
                ? HttpStatus.valueOf(value) : HttpStatus.INTERNAL_SERVER_ERROR;
        String detail = status == HttpStatus.BAD_REQUEST
                ? "The request cannot be read: its address, parameters or headers hold characters or escapes that are "
                        + "not allowed there."
                : status.getReasonPhrase() + ".";
        ProblemDetail problem = ProblemResponses.problem(status,
                status.name().toLowerCase(Locale.ROOT).replace('_', '-'), status.getReasonPhrase(), detail);
        // the id the request was given before it failed, or one of its own when it failed before it had one
        String requestId = response.getHeader(RequestIdFilter.HEADER);
        if (requestId == null) {
            requestId = UUID.randomUUID().toString();
            response.setHeader(RequestIdFilter.HEADER, requestId);
        }
        problem.setProperty("requestId", requestId);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
