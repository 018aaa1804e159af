package org.iwprarchive.api.article;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Objects;
import org.iwprarchive.api.article.ArchiveReader.VersionDetail;

/**
 * What changed between two versions of an article, paragraph by paragraph (java-diff-utils' Myers diff over the
 * paragraphs): the stretches that stayed, and those removed, added or replaced, in text order.
 */
@Schema(name = "VersionDiff", description = "The differences between two versions of an article, paragraph by "
        + "paragraph")
public record VersionDiff(
        @Schema(example = "1") long articleId,
        @Schema(description = "The earlier version compared", example = "1") int from,
        @Schema(description = "The later version compared", example = "2") int to,
        @Schema(description = "The title, when it changed", nullable = true) Change title,
        @Schema(description = "The standfirst, when it changed", nullable = true) Change standfirst,
        @Schema(description = "Paragraphs changed, added or removed") int paragraphsChanged,
        @Schema(description = "The body as a run of stretches in text order") List<Stretch> paragraphs) {

    @Schema(name = "VersionChange")
    public record Change(@Schema(nullable = true) String from, @Schema(nullable = true) String to) {
    }

    /**
     * @param kind     {@code EQUAL}, {@code CHANGE} (paragraphs replaced), {@code DELETE} (in the earlier version
     *                 only) or {@code INSERT} (in the later one only)
     * @param fromLine where the stretch starts in the earlier version's paragraphs, counted from 0
     * @param toLine   where it starts in the later version's
     */
    @Schema(name = "VersionStretch")
    public record Stretch(
            @Schema(allowableValues = {"EQUAL", "CHANGE", "DELETE", "INSERT"}, example = "CHANGE") String kind,
            @Schema(example = "3") int fromLine,
            @Schema(example = "3") int toLine,
            @Schema(description = "The stretch's paragraphs in the earlier version") List<String> fromParagraphs,
            @Schema(description = "The stretch's paragraphs in the later version") List<String> toParagraphs) {
    }

    public static VersionDiff between(VersionDetail earlier, VersionDetail later) {
        List<AbstractDelta<String>> deltas = DiffUtils.diff(earlier.paragraphs(), later.paragraphs(), true)
                .getDeltas();
        List<Stretch> stretches = deltas.stream().map(delta -> new Stretch(delta.getType().name(),
                delta.getSource().getPosition(), delta.getTarget().getPosition(), List.copyOf(delta.getSource().getLines()),
                List.copyOf(delta.getTarget().getLines()))).toList();
        int changed = deltas.stream().filter(delta -> delta.getType() != DeltaType.EQUAL)
                .mapToInt(delta -> Math.max(delta.getSource().size(), delta.getTarget().size())).sum();
        return new VersionDiff(earlier.articleId(), earlier.version(), later.version(),
                change(earlier.title(), later.title()), change(earlier.standfirst(), later.standfirst()), changed,
                stretches);
    }

    private static Change change(String from, String to) {
        return Objects.equals(from, to) ? null : new Change(from, to);
    }
}
