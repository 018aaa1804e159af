package org.iwprarchive.api.problem;

import static org.iwprarchive.api.problem.ProblemResponses.problem;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.iwprarchive.api.InvalidRequestException;
import org.iwprarchive.api.NotFoundException;
import org.iwprarchive.api.article.UnknownFilterValueException;
import org.iwprarchive.api.ingest.ArchiveTooLargeException;
import org.iwprarchive.api.ingest.EmptyPageException;
import org.iwprarchive.api.ingest.PageTooLargeException;
import org.iwprarchive.ingest.fetch.FetchFailedException;
import org.iwprarchive.ingest.fetch.FetchRefusedException;
import org.iwprarchive.ingest.job.InvalidIngestRequestException;
import org.iwprarchive.ingest.parse.InvalidArticleUrlException;
import org.iwprarchive.ingest.parse.UnparseablePageException;
import org.iwprarchive.search.query.IndexRebuildingException;
import org.iwprarchive.search.query.IndexUnavailableException;
import org.iwprarchive.search.query.InvalidQueryException;
import org.iwprarchive.search.query.QueryBudget;
import org.iwprarchive.search.query.QueryTooExpensiveException;
import org.hibernate.exception.JDBCConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error the API answers is an RFC 9457 problem ({@code application/problem+json}) that says what was
 * wrong. Spring MVC's own errors (missing parameter, wrong media type, unknown path) come through the base
 * class; the service's own are mapped here, one status each.
 */
@RestControllerAdvice
public class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);
    private static final int DATABASE_RETRY_SECONDS = 5;
    private static final int INDEX_RETRY_SECONDS = 10;

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
    }

    @ExceptionHandler(InvalidRequestException.class)
    ProblemDetail invalidRequest(InvalidRequestException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid request parameter",
                e.parameter() + " " + e.getMessage() + ".");
        problem.setProperty("errors", List.of(Map.of("parameter", e.parameter(), "message", e.getMessage())));
        return problem;
    }

    @ExceptionHandler(UnknownFilterValueException.class)
    ProblemDetail unknownFilterValue(UnknownFilterValueException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "unknown-filter-value", "Unknown filter value",
                e.getMessage() + ".");
        problem.setProperty("errors", e.values().stream().map(value -> {
            Map<String, String> error = new LinkedHashMap<>();
            error.put("parameter", value.parameter());
            error.put("value", value.value());
            error.put("message", value.message());
            if (value.use() != null) {
                error.put("use", value.use());
            }
            return error;
        }).toList());
        return problem;
    }

    @ExceptionHandler(UnparseablePageException.class)
    ProblemDetail unreadable(UnparseablePageException e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "unreadable-page", "Not a readable article",
                "The page was not archived: " + e.getMessage() + ".");
    }

    @ExceptionHandler(InvalidArticleUrlException.class)
    ProblemDetail invalidUrl(InvalidArticleUrlException e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-url", "Not an IWPR address", e.getMessage() + ".");
    }

    @ExceptionHandler(EmptyPageException.class)
    ProblemDetail empty(EmptyPageException e) {
        return problem(HttpStatus.BAD_REQUEST, "empty-page", "Empty page", e.getMessage());
    }

    @ExceptionHandler(ArchiveTooLargeException.class)
    ProblemDetail archiveTooLarge(ArchiveTooLargeException e) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "archive-too-large", "Web archive file too large",
                e.getMessage());
    }

    @ExceptionHandler(PageTooLargeException.class)
    ProblemDetail tooLarge(PageTooLargeException e) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "page-too-large", "Page too large", e.getMessage());
    }

    @ExceptionHandler(InvalidQueryException.class)
    ProblemDetail invalidQuery(InvalidQueryException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-query", "Query cannot be read",
                "The query cannot be read: " + e.getMessage() + ".");
        if (e.position() >= 0) {
            problem.setProperty("position", e.position());
        }
        return problem;
    }

    @ExceptionHandler(QueryTooExpensiveException.class)
    ProblemDetail tooExpensive(QueryTooExpensiveException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "query-too-expensive", "Query too expensive",
                "The query was not run: " + e.getMessage() + ".");
        problem.setProperty("limits", Map.of("terms", QueryBudget.MAX_TERMS, "fuzzyTerms", QueryBudget.MAX_FUZZY,
                "prefixTerms", QueryBudget.MAX_PREFIXES, "prefixLetters", QueryBudget.MIN_PREFIX_LETTERS));
        return problem;
    }

    /** A purging rebuild runs: the index holds part of the archive, and a search would pass it off as all of it. */
    @ExceptionHandler(IndexRebuildingException.class)
    ResponseEntity<ProblemDetail> rebuilding(IndexRebuildingException e) {
        ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "index-rebuilding", "Search index rebuilding",
                "Searches are not answered while " + e.getMessage() + ".");
        problem.setProperty("indexed", e.indexed());
        problem.setProperty("total", e.total());
        return unavailable(problem, INDEX_RETRY_SECONDS);
    }

    /** The search cluster (OpenSearch) cannot be reached: nothing is lost, searches resume when it is back. */
    @ExceptionHandler(IndexUnavailableException.class)
    ResponseEntity<ProblemDetail> indexUnavailable(IndexUnavailableException e) {
        log.warn("The search cluster is unavailable: {}", e.getCause().toString());
        return unavailable(problem(HttpStatus.SERVICE_UNAVAILABLE, "index-unavailable", "Search index unavailable",
                "The search cluster cannot be reached at the moment; the archive is whole and searches resume "
                        + "when it is back. Try again in " + INDEX_RETRY_SECONDS + " seconds."), INDEX_RETRY_SECONDS);
    }

    @ExceptionHandler(InvalidIngestRequestException.class)
    ProblemDetail invalidIngest(InvalidIngestRequestException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-ingest-request", "Ingest request refused",
                e.getMessage());
        problem.setProperty("errors", e.problems());
        return problem;
    }

    @ExceptionHandler(FetchRefusedException.class)
    ProblemDetail refused(FetchRefusedException e) {
        return problem(HttpStatus.BAD_REQUEST, "fetch-refused", "Address refused", e.getMessage() + ".");
    }

    @ExceptionHandler(FetchFailedException.class)
    ProblemDetail fetchFailed(FetchFailedException e) {
        return problem(HttpStatus.BAD_GATEWAY, "fetch-failed", "The page could not be fetched", e.getMessage() + ".");
    }

    /**
     * Two writers stored the same article or tag at once (a unique key taken, a row deleted under a reference);
     * the loser's transaction rolled back whole. Any other integrity failure is not a conflict but a value the
     * service should have refused or bounded earlier: a bug, answered as one.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> conflict(DataIntegrityViolationException e) {
        String state = sqlState(e);
        if (!"23505".equals(state) && !"23503".equals(state)) {
            return unexpected(e);
        }
        log.info("Concurrent write refused: {}", e.getMostSpecificCause().getMessage());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem(HttpStatus.CONFLICT, "concurrent-write",
                "Concurrent write", "Another request stored the same article at the same moment; nothing of this "
                        + "one was kept. Send it again."));
    }

    private static String sqlState(Throwable failure) {
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    /**
     * PostgreSQL cannot be reached (stopped, restarting, its connections all taken): the request may succeed
     * in a moment, so 503 with {@code Retry-After}, and nothing was written.
     */
    @ExceptionHandler({CannotCreateTransactionException.class, DataAccessResourceFailureException.class,
            JDBCConnectionException.class, SQLTransientConnectionException.class})
    ResponseEntity<ProblemDetail> databaseUnavailable(Exception e) {
        log.warn("The database is unavailable: {}", e.toString());
        return unavailable(problem(HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable", "Database unavailable",
                "The archive's database cannot be reached at the moment; nothing was changed. Try again in "
                        + DATABASE_RETRY_SECONDS + " seconds."), DATABASE_RETRY_SECONDS);
    }

    /** A 503 that says when to come back, in the header and in the problem. */
    private static ResponseEntity<ProblemDetail> unavailable(ProblemDetail problem, int retryAfterSeconds) {
        problem.setProperty("retryAfterSeconds", retryAfterSeconds);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Integer.toString(retryAfterSeconds)).body(problem);
    }

    /** A bug, not bad input: logged in full, answered without internals. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (isDatabaseUnavailable(e)) {
            return databaseUnavailable(e);
        }
        log.error("Unexpected failure", e);
        return ResponseEntity.internalServerError().body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                "Internal error", "The service failed on this request; the failure is logged."));
    }

    /** Whether a failure comes from a connection to PostgreSQL that could not be had or was lost. */
    public static boolean isDatabaseUnavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof JDBCConnectionException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof DataAccessResourceFailureException) {
                return true;
            }
            // 08: connection exceptions; 57P01-57P03: the server is shutting down or starting
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            // the pool closes a connection that failed with a connection error; the transaction's rollback then
            // meets the closed connection, and its failure is what reaches here instead of the first one
            if (cause instanceof SQLException sql && sql.getSQLState() == null
                    && "Connection is closed".equals(sql.getMessage())) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        // a parameter object's errors name its members (page, size), which are what the client sent
        List<Map<String, String>> errors = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream().map(error -> Map.of(
                        "parameter", error instanceof FieldError field ? field.getField().replaceAll("\\[\\d+]$", "")
                                : String.valueOf(result.getMethodParameter().getParameterName()),
                        "message", String.valueOf(error.getDefaultMessage()))))
                .toList();
        String detail = errors.stream().map(e -> e.get("parameter") + " " + e.get("message"))
                .collect(Collectors.joining("; "));
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid request parameter",
                detail.isEmpty() ? "A request parameter is invalid." : detail + ".");
        problem.setProperty("errors", errors);
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    /** A body too large for the limit, read in chunks until it passed it: 413, not "unreadable". */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLargeException tooLarge) {
                return handleExceptionInternal(ex, problem(HttpStatus.CONTENT_TOO_LARGE, "body-too-large",
                        "Request body too large", tooLarge.getMessage() + "."), headers, HttpStatus.CONTENT_TOO_LARGE,
                        request);
            }
        }
        return super.handleHttpMessageNotReadable(ex, headers, status, request);
    }

    /** Parameters bound into an object (the list and export filters) that cannot be converted, named one by one. */
    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("parameter", error.getField(), "message", error.isBindingFailure()
                        ? "cannot be read as " + expected(error.getCode()) + ": '" + error.getRejectedValue() + "'"
                        : String.valueOf(error.getDefaultMessage())))
                .toList();
        String detail = errors.stream().map(e -> e.get("parameter") + " " + e.get("message"))
                .collect(Collectors.joining("; "));
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid request parameter",
                detail.isEmpty() ? "A request parameter is invalid." : detail + ".");
        problem.setProperty("errors", errors);
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    private static String expected(String code) {
        return "typeMismatch".equals(code) ? "its type" : "a value";
    }

    /**
     * Every problem, Spring MVC's own included, has a type of its own and names the request it answers, as the
     * logs do.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        if (body == null && ex instanceof ErrorResponse errorResponse) {
            // Spring MVC's own errors carry their problem; the base class would take it out after this point
            body = errorResponse.updateAndGetBody(getMessageSource(), LocaleContextHolder.getLocale());
        }
        if (body instanceof ProblemDetail problem) {
            if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
                problem.setType(java.net.URI.create("/problems/" + typeOf(ex, statusCode)));
            }
            ProblemResponses.withRequestId(problem);
        }
        return super.handleExceptionInternal(ex, body, headers, statusCode, request);
    }

    /** The problem type of an error Spring MVC reports itself. */
    private static String typeOf(Exception ex, HttpStatusCode status) {
        if (ex instanceof org.springframework.web.bind.MissingServletRequestParameterException
                || ex instanceof org.springframework.beans.TypeMismatchException
                || ex instanceof org.springframework.web.bind.ServletRequestBindingException) {
            return "invalid-parameter";
        }
        if (ex instanceof HttpMessageNotReadableException) {
            return "unreadable-body";
        }
        HttpStatus known = HttpStatus.resolve(status.value());
        return known == null ? "status-" + status.value()
                : known.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
