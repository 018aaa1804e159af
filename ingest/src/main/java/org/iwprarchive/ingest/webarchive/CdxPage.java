package org.iwprarchive.ingest.webarchive;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One page of a Wayback Machine's CDX server answer ({@code output=json}): the captures it lists and the key that
 * asks for the next page. The query asks for successful HTML captures of an address prefix in a time range, one
 * of each run of identical captures ({@code collapse=digest}), as the Internet Archive's CDX server and pywb's
 * take it.
 *
 * @param resumeKey what to send as {@code resumeKey} for the rest, or null when this was the last page
 */
public record CdxPage(List<Capture> captures, String resumeKey) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String FIELDS = "timestamp,original,mimetype,statuscode,digest";

    /** One capture: when (14 digits), of what address, and the digest of its content. */
    public record Capture(String timestamp, String original, String mimeType, String status, String digest) {

        /** Where the Wayback Machine serves the capture as it was received ({@code id_}: no toolbar, no rewriting). */
        public String rawAddress(URI endpoint) {
            return base(endpoint) + "/web/" + timestamp + "id_/" + original;
        }
    }

    /**
     * The CDX query for the captures of an address prefix ({@code iwpr.net/global-voices/}) between two
     * timestamps (4 to 14 digits, either may be null), {@code limit} at a time, after {@code resumeKey}.
     */
    public static String query(URI endpoint, String prefix, String from, String to, int limit, String resumeKey) {
        StringBuilder query = new StringBuilder(base(endpoint)).append("/cdx/search/cdx?url=").append(encode(prefix))
                .append("&matchType=prefix&output=json&fl=").append(encode(FIELDS))
                .append("&filter=").append(encode("statuscode:200"))
                .append("&filter=").append(encode("mimetype:text/html"))
                .append("&collapse=digest&showResumeKey=true&limit=").append(limit);
        if (from != null) {
            query.append("&from=").append(from);
        }
        if (to != null) {
            query.append("&to=").append(to);
        }
        if (resumeKey != null) {
            query.append("&resumeKey=").append(encode(resumeKey));
        }
        return query.toString();
    }

    /** The same query as {@code query}, asking for the page after {@code resumeKey}. */
    public static String resumed(String query, String resumeKey) {
        return query.replaceAll("&resumeKey=[^&]*", "") + "&resumeKey=" + encode(resumeKey);
    }

    /**
     * Reads a CDX server's JSON answer: a header row naming the fields, a row a capture, and, when there is more,
     * an empty row and a row holding the resume key.
     *
     * @throws IllegalArgumentException when the answer is not such a table
     */
    public static CdxPage parse(byte[] json) {
        JsonNode rows;
        try {
            rows = JSON.readTree(json);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("the CDX answer is not JSON: " + e.getOriginalMessage());
        }
        if (rows == null || rows.isMissingNode() || rows.isNull() || (rows.isArray() && rows.isEmpty())) {
            return new CdxPage(List.of(), null);
        }
        if (!rows.isArray() || !rows.get(0).isArray()) {
            throw new IllegalArgumentException("the CDX answer is not a table of rows");
        }
        List<String> header = new ArrayList<>();
        rows.get(0).forEach(name -> header.add(name.asString("")));
        int timestamp = header.indexOf("timestamp");
        int original = header.indexOf("original");
        if (timestamp < 0 || original < 0) {
            throw new IllegalArgumentException("the CDX answer names no timestamp and original fields: " + header);
        }
        List<Capture> captures = new ArrayList<>();
        String resumeKey = null;
        for (int i = 1; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            if (row.isEmpty()) {
                // what follows the empty row is the resume key
                if (i + 1 < rows.size() && !rows.get(i + 1).isEmpty()) {
                    resumeKey = rows.get(i + 1).get(0).asString(null);
                }
                break;
            }
            captures.add(new Capture(row.path(timestamp).asString(""), row.path(original).asString(""),
                    field(row, header, "mimetype"), field(row, header, "statuscode"), field(row, header, "digest")));
        }
        return new CdxPage(List.copyOf(captures), resumeKey);
    }

    private static String field(JsonNode row, List<String> header, String name) {
        int index = header.indexOf(name);
        return index < 0 ? null : row.path(index).asString(null);
    }

    private static String base(URI endpoint) {
        String base = endpoint.toString();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
