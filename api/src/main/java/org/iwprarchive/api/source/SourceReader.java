package org.iwprarchive.api.source;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import org.iwprarchive.api.NotFoundException;
import org.iwprarchive.api.PageResponse;
import org.iwprarchive.domain.article.Quotation;
import org.iwprarchive.domain.article.QuotationRepository;
import org.iwprarchive.domain.source.SourceRepository;
import org.iwprarchive.domain.source.SourceUsage;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.JpaSort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class SourceReader {

    private final SourceRepository sources;
    private final QuotationRepository quotations;

    SourceReader(SourceRepository sources, QuotationRepository quotations) {
        this.sources = sources;
        this.quotations = quotations;
    }

    @Schema(name = "SourceSummary")
    record SourceSummary(@Schema(example = "3") long id, @Schema(example = "Islam Karimov") String name,
                         @Schema(example = "PERSON") String kind,
                         @Schema(example = "President", nullable = true) String latestRole,
                         @Schema(description = "Articles that quote the source", example = "12") long articles,
                         @Schema(description = "Quotations in all", example = "31") long quotations) {

        static SourceSummary of(SourceUsage usage) {
            return new SourceSummary(usage.id(), usage.name(), usage.kind().name(), usage.latestRole(), usage.articles(),
                    usage.quotations());
        }
    }

    @Schema(name = "SourceQuotation", description = "A quotation of the source, with the article it is in")
    public record SourceQuotation(long articleId, String articleTitle, String articleUrl,
                           @Schema(nullable = true) LocalDate publishedOn,
                           @Schema(nullable = true) String role, String text, String kind,
                           @Schema(nullable = true) String cue) {
    }

    @Schema(name = "Source")
    public record SourceDetail(long id, String name, String kind, @Schema(nullable = true) String latestRole, long articles,
                        long quotationCount,
                        PageResponse<SourceQuotation> quotations) {
    }

    @Transactional(readOnly = true)
    PageResponse<SourceSummary> list(String name, String sort, int page, int size) {
        Sort order = switch (sort) {
            case "name" -> JpaSort.unsafe(Sort.Direction.ASC, "s.name");
            case "quotations" -> JpaSort.unsafe(Sort.Direction.DESC, "count(q.id)")
                    .andUnsafe(Sort.Direction.ASC, "s.name");
            default -> JpaSort.unsafe(Sort.Direction.DESC, "count(distinct q.article.id)")
                    .andUnsafe(Sort.Direction.ASC, "s.name");
        };
        String filter = name == null || name.isBlank() ? null : name.strip();
        Page<SourceUsage> found = sources.findUsage(filter, PageRequest.of(page, size, order));
        return PageResponse.of(found.getContent().stream().map(SourceSummary::of).toList(), page, size,
                found.getTotalElements());
    }

    @Transactional(readOnly = true)
    public SourceDetail detail(long id, int page, int size) {
        SourceUsage usage = sources.findUsageById(id)
                .orElseThrow(() -> new NotFoundException("No source has the id " + id + "."));
        Page<Quotation> quoted = quotations.findBySourceId(id, PageRequest.of(page, size,
                Sort.by(Sort.Order.desc("article.publishedOn").nullsLast(), Sort.Order.asc("article.id"),
                        Sort.Order.asc("position"))));
        PageResponse<SourceQuotation> items = PageResponse.of(quoted.getContent().stream()
                .map(q -> new SourceQuotation(q.getArticle().getId(), q.getArticle().getTitle(),
                        q.getArticle().getCanonicalUrl(), q.getArticle().getPublishedOn(), q.getRole(), q.getText(),
                        q.getKind().name(), q.getCue()))
                .toList(), page, size, quoted.getTotalElements());
        return new SourceDetail(usage.id(), usage.name(), usage.kind().name(), usage.latestRole(), usage.articles(),
                usage.quotations(), items);
    }
}
