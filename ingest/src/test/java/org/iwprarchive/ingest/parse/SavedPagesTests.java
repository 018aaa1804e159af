package org.iwprarchive.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.iwprarchive.ingest.fixtures.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Pages as browsers save them, and AMP pages: each yields the article the page at its address yields, with the
 * same fields, whatever form it came in.
 */
class SavedPagesTests {

    private static final String NATO_URL = "https://iwpr.net/global-voices/nato-looks-central-asia";

    private final ArticleParser parser = new ArticleParser();
    private final ParsedArticle original = parser.parse(Fixtures.bytes("nato-looks-central-asia.html"), "text/html",
            NATO_URL);

    /** The page without the address it names itself by: a saved page must then say where it came from. */
    private static String withoutOwnAddress(String page) {
        String bare = page.replaceAll("<link rel=\"canonical\"[^>]*>", "")
                .replaceAll("<meta property=\"og:url\"[^>]*>", "");
        assertThat(bare).doesNotContain("rel=\"canonical\"").doesNotContain("og:url");
        return bare;
    }

    private static void sameArticle(ParsedArticle read, ParsedArticle original) {
        assertThat(read.canonicalUrl()).isEqualTo(original.canonicalUrl());
        assertThat(read.content()).isEqualTo(original.content());
        assertThat(read.authors()).isEqualTo(original.authors());
        assertThat(read.locations()).isEqualTo(original.locations());
        assertThat(read.topics()).isEqualTo(original.topics());
    }

    @Test
    void aPageSavedAsOneMhtmlFileIsTheArticleInIt() {
        byte[] mhtml = Fixtures.bytes("nato-looks-central-asia.mhtml");

        // sent as what it is, and as a file read without a type or address (the command line's files)
        sameArticle(parser.parse(mhtml, "multipart/related", NATO_URL), original);
        sameArticle(parser.parse(mhtml, "application/octet-stream", null), original);
    }

    @Test
    void anMhtmlFileGivesTheAddressItWasSavedFromWhenThePageNamesNone() {
        String mhtml = new String(Fixtures.bytes("nato-looks-central-asia.mhtml"), StandardCharsets.ISO_8859_1)
                .replaceAll("<link rel=3D\"canonical\"[^>]*>", "")
                .replaceAll("<meta property=3D\"og:url\"[^>]*>", "");

        ParsedArticle read = parser.parse(mhtml.getBytes(StandardCharsets.ISO_8859_1), "multipart/related", null);

        assertThat(read.canonicalUrl()).isEqualTo(NATO_URL);
        assertThat(read.fieldRules()).containsEntry("canonicalUrl", "source-url");
        assertThat(read.content()).isEqualTo(original.content());
    }

    @Test
    void anMhtmlFileWithoutAnHtmlPageIsRefusedWithAReason() {
        String onlyAnImage = "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\n"
                + "Content-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n--b--\r\n";

        assertThatThrownBy(() -> parser.parse(onlyAnImage.getBytes(StandardCharsets.US_ASCII), "multipart/related",
                NATO_URL)).isInstanceOf(UnparseablePageException.class).hasMessageContaining("holds no HTML page");
    }

    @Test
    void aDamagedMhtmlFileIsRefusedAsUnreadableWhateverIsWrongWithIt() {
        String head = "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n";
        String[] damaged = {
            head,
            head + "--b\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: base64\r\n\r\n@@@not base64@@@",
            head + "--b\r\nContent-Type: text/html; charset=no-such-charset\r\n\r\n",
            head + "--b\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n=ZZ=\r\n",
            "MIME-Version: 1.0\r\nContent-Type: multipart/related\r\n\r\n<html><title>t</title></html>",
        };
        for (String page : damaged) {
            assertThatThrownBy(() -> parser.parse(page.getBytes(StandardCharsets.ISO_8859_1), "multipart/related",
                    NATO_URL)).as(page).isInstanceOf(UnparseablePageException.class);
        }
    }

    @Test
    void aPageSavedAsHtmlSaysWhereItCameFromInTheBrowsersComment() {
        String page = withoutOwnAddress(Fixtures.natoAt(NATO_URL));
        String chrome = "<!-- saved from url=(0054)" + NATO_URL + " -->\n" + page;
        String singleFile = page.replaceFirst("<head>", "<!--\n Page saved with SingleFile \n url: " + NATO_URL
                + " \n saved date: Tue Nov 29 2022 10:14:03 GMT+0000 (Coordinated Universal Time)\n--><head>");

        for (String saved : new String[] {chrome, singleFile}) {
            ParsedArticle read = parser.parse(saved.getBytes(StandardCharsets.UTF_8), "text/html", null);
            assertThat(read.canonicalUrl()).isEqualTo(NATO_URL);
            assertThat(read.fieldRules()).containsEntry("canonicalUrl", "comment:saved-from");
            assertThat(read.content()).isEqualTo(original.content());
        }
        assertThatThrownBy(() -> parser.parse(page.getBytes(StandardCharsets.UTF_8), "text/html", null))
                .as("a saved page that says nothing of its address")
                .isInstanceOf(InvalidArticleUrlException.class);
    }

    @Test
    void anAmpPageIsTheArticleAtItsCanonicalAddress() {
        ParsedArticle read = parser.parse(Fixtures.bytes("nato-looks-central-asia-amp.html"), "text/html",
                NATO_URL + "?amp");

        sameArticle(read, original);
    }
}
