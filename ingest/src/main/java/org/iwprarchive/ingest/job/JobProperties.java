package org.iwprarchive.ingest.job;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param runJobs         whether this instance works on queued jobs (the command-line mode runs its own)
 * @param maxUrlsPerJob   the most addresses one {@code POST /api/ingest} may carry
 * @param defaultMaxPages articles a crawl takes when it names no bound
 * @param maxMaxPages     the most articles a crawl may ask for
 * @param defaultMaxDepth listing pages a crawl follows from its start when it names no bound
 * @param workers         addresses of one job worked on at once; requests to one host stay spaced by the
 *                        politeness delay however many there are
 * @param storeBatch      articles a worker stores in one transaction (1 stores each on its own); one flush,
 *                        commit and index refresh for many pages is most of what a bulk ingest gains
 * @param storeWithin     the longest a read page waits for others to fill its batch, so that a slow (polite)
 *                        crawl still shows its articles within seconds
 * @param storeBatchBytes a batch is stored early once its pages hold this much, so large pages are not held by
 *                        the dozen
 * @param progressLogInterval how often a running job logs where it stands
 * @param uploadDirectory where web archive files sent to the service wait for their import; a file there is
 *                        deleted once its import has ended (files imported from elsewhere are left alone)
 * @param maxUpload       the largest web archive file the service takes in one upload
 * @param instanceId      what this instance claims jobs as; by default its host name (two instances on one host
 *                        need one each)
 * @param claimLease      how long a claim holds without being renewed: a job whose instance renews it no longer
 *                        (the instance died) is taken over by another after this; renewed every third of it
 */
@ConfigurationProperties("iwpr.ingest")
public record JobProperties(@DefaultValue("true") boolean runJobs,
                            @DefaultValue("1000") int maxUrlsPerJob,
                            @DefaultValue("100") int defaultMaxPages,
                            @DefaultValue("10000") int maxMaxPages,
                            @DefaultValue("5") int defaultMaxDepth,
                            @DefaultValue("4") int workers,
                            @DefaultValue("16") int storeBatch,
                            @DefaultValue("2s") Duration storeWithin,
                            @DefaultValue("8MB") DataSize storeBatchBytes,
                            @DefaultValue("10s") Duration progressLogInterval,
                            @DefaultValue("./data/imports") java.nio.file.Path uploadDirectory,
                            @DefaultValue("20GB") DataSize maxUpload,
                            String instanceId,
                            @DefaultValue("60s") Duration claimLease) {
}
