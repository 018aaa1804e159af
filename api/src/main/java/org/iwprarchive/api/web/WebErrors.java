package org.iwprarchive.api.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.iwprarchive.api.InvalidRequestException;
import org.iwprarchive.api.NotFoundException;
import org.iwprarchive.api.article.UnknownFilterValueException;
import org.iwprarchive.api.problem.ApiProblems;
import org.iwprarchive.search.query.IndexRebuildingException;
import org.iwprarchive.search.query.IndexUnavailableException;
import org.iwprarchive.search.query.InvalidQueryException;
import org.iwprarchive.search.query.QueryTooExpensiveException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * The interface's errors as pages of the interface: the same statuses and the same sentences as the API's problems
 * (a query that cannot be read says where, an unknown place is named), with the search box to try again, never a
 * stack trace or a JSON document in a browser tab.
 */
@ControllerAdvice(basePackageClasses = WebErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class WebErrors {

    private static final Logger log = LoggerFactory.getLogger(WebErrors.class);

    @ExceptionHandler(Exception.class)
    String failed(Exception e, HttpServletRequest request, HttpServletResponse response, Model model) {
        HttpStatus status;
        String title;
        String detail;
        if (e instanceof NotFoundException) {
            status = HttpStatus.NOT_FOUND;
            title = "Not in the archive";
            detail = e.getMessage();
        } else if (e instanceof InvalidQueryException query) {
            status = HttpStatus.BAD_REQUEST;
            title = "The search cannot be read";
            detail = "The query cannot be read: " + query.getMessage() + ".";
        } else if (e instanceof QueryTooExpensiveException) {
            status = HttpStatus.BAD_REQUEST;
            title = "The search is too broad";
            detail = "The query was not run: " + e.getMessage() + ".";
        } else if (e instanceof InvalidRequestException invalid) {
            status = HttpStatus.BAD_REQUEST;
            title = "Something in the address is not right";
            detail = invalid.parameter() + " " + invalid.getMessage() + ".";
        } else if (e instanceof UnknownFilterValueException) {
            status = HttpStatus.BAD_REQUEST;
            title = "Unknown filter";
            detail = e.getMessage() + ".";
        } else if (e instanceof BindException binding && binding.getFieldError() != null) {
            status = HttpStatus.BAD_REQUEST;
            title = "Something in the address is not right";
            detail = binding.getFieldError().getField() + " cannot be '" + binding.getFieldError().getRejectedValue()
                    + "'" + (binding.getFieldError().getField().matches("from|to") ? ": a date is written 2002-12-31."
                    : ".");
        } else if (e instanceof TypeMismatchException mismatch) {
            status = HttpStatus.BAD_REQUEST;
            title = "Something in the address is not right";
            detail = (mismatch.getPropertyName() == null ? "A value" : mismatch.getPropertyName()) + " cannot be '"
                    + mismatch.getValue() + "'.";
        } else if (e instanceof IndexRebuildingException || e instanceof IndexUnavailableException
                || ApiProblems.isDatabaseUnavailable(e)) {
            status = HttpStatus.SERVICE_UNAVAILABLE;
            title = "The archive is busy";
            detail = "The archive cannot answer just now; try again in a few seconds.";
            response.setHeader(HttpHeaders.RETRY_AFTER, "10");
        } else if (e instanceof ErrorResponse known && known.getStatusCode().is4xxClientError()) {
            status = HttpStatus.valueOf(known.getStatusCode().value());
            title = status.getReasonPhrase();
            detail = known.getBody().getDetail();
        } else {
            log.error("Unexpected failure on {}", request.getRequestURI(), e);
            status = HttpStatus.INTERNAL_SERVER_ERROR;
            title = "Something went wrong";
            detail = "The service failed on this request; the failure is logged.";
        }
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("title", title);
        model.addAttribute("detail", detail);
        String q = request.getParameter("q");
        model.addAttribute("q", q == null ? "" : q);
        return "error-page";
    }
}
