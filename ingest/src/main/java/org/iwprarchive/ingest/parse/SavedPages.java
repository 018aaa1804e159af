package org.iwprarchive.ingest.parse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.stream.EntityState;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.james.mime4j.stream.MimeTokenStream;
import org.iwprarchive.ingest.text.Regexes;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Pages as browsers save them. A page saved as one file with its images and styles in it (Chrome's and Edge's
 * "Webpage, Single File", {@code .mhtml}) is a MIME message whose first HTML part is the page, encoded
 * quoted-printable or base64, with the address it was saved from; it is read with Apache James mime4j. A page
 * saved as HTML (with or without a folder of its assets) is the page itself, and may say where it came from in a
 * comment: {@code <!-- saved from url=(0062)https://... -->} (Chrome, Edge, Internet Explorer) or the SingleFile
 * extension's {@code url: https://...}.
 */
final class SavedPages {

    /** The page inside a saved MHTML file, and the address the browser saved it from (null when it says none). */
    record Unpacked(String html, String location) {
    }

    private static final Pattern MIME_HEADER = Regexes.compile(
            "(?im)\\A(?:[\\w-]+:[^\\r\\n]*\\r?\\n(?:[ \\t][^\\r\\n]*\\r?\\n)*)*?Content-Type:\\s*multipart/related\\b");
    private static final Pattern SAVED_FROM = Regexes.compile("saved from url=\\(\\d+\\)\\s*(\\S+)");
    private static final Pattern SINGLE_FILE_URL = Regexes.compile("(?m)^\\s*url:\\s*(\\S+)\\s*$");
    /** How many nodes before {@code <html>}, and first inside it, are looked at for the saving browser's comment. */
    private static final int COMMENT_NODES = 8;
    private static final Css HTML = Css.of("html");

    private SavedPages() {
    }

    /** Whether a page is a saved MHTML file: by the type it was sent with, or by its own MIME headers. */
    static boolean isMhtml(byte[] content, String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith("multipart/related") || type.startsWith("message/rfc822")
                || type.startsWith("application/x-mimearchive")) {
            return true;
        }
        // MIME headers open with a field name; an HTML page (the bulk of what is read) opens with anything else
        if (content.length == 0 || !isFieldNameByte(content[0])) {
            return false;
        }
        int head = Math.min(content.length, 4096);
        return MIME_HEADER.matcher(new String(content, 0, head, StandardCharsets.ISO_8859_1)).find();
    }

    /** A byte a MIME field name can begin with, as the header pattern reads one ({@code [\w-]}). */
    private static boolean isFieldNameByte(byte b) {
        return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '_' || b == '-';
    }

    /**
     * The HTML page of a saved MHTML file: its first {@code text/html} part, decoded.
     *
     * @throws UnparseablePageException when the file is not a MIME message or has no HTML part
     */
    static Unpacked unpack(byte[] content) {
        MimeConfig config = MimeConfig.custom().setMaxLineLen(-1).setMaxHeaderLen(-1).setMaxHeaderCount(-1)
                .setMaxContentLen(-1).build();
        MimeTokenStream parts = new MimeTokenStream(config);
        parts.parse(new ByteArrayInputStream(content));
        String snapshotLocation = null;
        String partLocation = null;
        boolean topLevel = true;
        try {
            for (EntityState state = parts.getState(); state != EntityState.T_END_OF_STREAM; state = parts.next()) {
                switch (state) {
                    case T_START_BODYPART -> {
                        topLevel = false;
                        partLocation = null;
                    }
                    case T_FIELD -> {
                        String name = parts.getField().getName();
                        String value = parts.getField().getBody().strip();
                        if (name.equalsIgnoreCase("Content-Location")) {
                            partLocation = value;
                        } else if (topLevel && name.equalsIgnoreCase("Snapshot-Content-Location")) {
                            snapshotLocation = value;
                        }
                    }
                    case T_BODY -> {
                        if ("text/html".equalsIgnoreCase(parts.getBodyDescriptor().getMimeType())) {
                            Charset charset = charset(parts.getBodyDescriptor().getCharset());
                            try (InputStream in = parts.getDecodedInputStream()) {
                                String html = new String(in.readAllBytes(), charset);
                                return new Unpacked(html, snapshotLocation != null ? snapshotLocation : partLocation);
                            }
                        }
                    }
                    default -> {
                        // multipart boundaries, preambles and the other parts (images, styles) are passed over
                    }
                }
            }
        } catch (IOException | MimeException | RuntimeException e) {
            // whatever a client's bytes do to the MIME reader, they are a page that cannot be read
            throw new UnparseablePageException("the saved page (MHTML) cannot be read: " + e.getMessage());
        }
        throw new UnparseablePageException("the saved page (MHTML) holds no HTML page");
    }

    private static Charset charset(String name) {
        try {
            return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return StandardCharsets.UTF_8;
        }
    }

    /** The address a browser's comment says the page was saved from, if it has one. */
    static Optional<String> savedFrom(Document page) {
        Element html = HTML.firstIn(page);
        // browsers write theirs before <html>; SingleFile just inside it, before <head>
        return Stream.concat(page.childNodes().stream().limit(COMMENT_NODES),
                        html == null ? Stream.empty() : html.childNodes().stream().limit(COMMENT_NODES))
                .map(SavedPages::savedFrom).flatMap(Optional::stream).findFirst();
    }

    private static Optional<String> savedFrom(Node node) {
        if (!(node instanceof Comment comment)) {
            return Optional.empty();
        }
        String text = comment.getData();
        Matcher saved = SAVED_FROM.matcher(text);
        if (saved.find()) {
            return Optional.of(saved.group(1));
        }
        if (text.contains("SingleFile")) {
            Matcher url = SINGLE_FILE_URL.matcher(text);
            if (url.find()) {
                return Optional.of(url.group(1));
            }
        }
        return Optional.empty();
    }
}
