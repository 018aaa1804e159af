package org.iwprarchive.api.problem;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;

/**
 * The servlet container's own error answers (a request it cannot parse: an invalid character or escape in the
 * path, a request line it refuses) as RFC 9457 problems, like every other error of the service, instead of its
 * HTML page. Spring MVC never sees these requests, so its problem handling cannot answer them.
 */
final class ProblemReportValve extends ErrorReportValve {

    ProblemReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        String type = known == null ? "status-" + status
                : known.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        String detail = status == 400
                ? "The request cannot be read: its address or headers hold characters or escapes that are not allowed "
                        + "there. Percent-encode reserved characters in parameter values and path segments."
                : title + ".";
        // the request never reached the filters that give requests their ids
        String requestId = UUID.randomUUID().toString();
        String body = "{\"type\":\"/problems/" + type + "\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\",\"requestId\":\"" + requestId + "\"}";
        try {
            response.setHeader("X-Request-Id", requestId);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone; nothing to answer
            response.getCoyoteResponse().action(ActionCode.CLOSE_NOW, e);
        }
    }
}
