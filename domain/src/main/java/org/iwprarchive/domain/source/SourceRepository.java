package org.iwprarchive.domain.source;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface SourceRepository extends JpaRepository<Source, Long> {

    /** The sources with these keys; one array parameter, so the statement is the same for any number of keys. */
    @Query(value = "select * from source where normalized_name = any(cast(:keys as text[]))", nativeQuery = true)
    List<Source> findByNormalizedNames(String[] keys);

    /** Creates the source unless one with the key exists; safe under concurrent creation of the same source. */
    @Modifying
    @Query(value = "insert into source (name, normalized_name, kind) values (:name, :key, :kind) "
            + "on conflict (normalized_name) do nothing", nativeQuery = true)
    int insertIfAbsent(String name, String key, String kind);

    /** Sources with how often and in how many articles they are quoted; {@code name} filters, case ignored. */
    @Query(value = "select new org.iwprarchive.domain.source.SourceUsage(s.id, s.name, s.kind, s.latestRole, "
            + "count(distinct q.article.id), count(q.id)) from Quotation q join q.source s "
            + "where :name is null or lower(s.name) like lower(concat('%', cast(:name as string), '%')) "
            + "group by s.id, s.name, s.kind, s.latestRole",
            countQuery = "select count(distinct s.id) from Quotation q join q.source s "
                    + "where :name is null or lower(s.name) like lower(concat('%', cast(:name as string), '%'))")
    Page<SourceUsage> findUsage(String name, Pageable pageable);

    @Query("select new org.iwprarchive.domain.source.SourceUsage(s.id, s.name, s.kind, s.latestRole, "
            + "count(distinct q.article.id), count(q.id)) from Quotation q join q.source s where s.id = :id "
            + "group by s.id, s.name, s.kind, s.latestRole")
    Optional<SourceUsage> findUsageById(long id);
}
