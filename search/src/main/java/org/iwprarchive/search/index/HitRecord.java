package org.iwprarchive.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.codecs.compressing.CompressionMode;
import org.apache.lucene.codecs.compressing.Compressor;
import org.apache.lucene.codecs.compressing.Decompressor;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.util.BytesRef;
import org.iwprarchive.domain.article.Article;
import org.iwprarchive.domain.article.DateSource;
import org.iwprarchive.domain.author.Author;
import org.iwprarchive.domain.location.Location;
import org.iwprarchive.domain.topic.Topic;

/**
 * What a result list shows of an article and the body its highlights are cut from, as one value of binary doc
 * values ({@link IndexFields#HIT}) on the Lucene backend: a page of hits is then one read a hit, where stored fields
 * decompressed a block of neighbouring documents for each (a sixth of a search's CPU at 100,000 articles). The value
 * is compressed on its own with LZ4, so reading a hit decompresses that hit alone.
 */
public final class HitRecord {

    /** Lucene's LZ4 compression (its stored fields' fast mode), one compressor a writing thread. */
    private static final ThreadLocal<Compressor> COMPRESSORS =
            ThreadLocal.withInitial(CompressionMode.FAST::newCompressor);
    private static final Decompressor DECOMPRESSOR = CompressionMode.FAST.newDecompressor();

    private HitRecord() {
    }

    /** The record of an article, compressed. */
    public static byte[] write(Article article) {
        try {
            ByteBuffersDataOutput plain = new ByteBuffersDataOutput();
            plain.writeVLong(article.getId());
            writeNullable(plain, article.getCanonicalUrl());
            writeNullable(plain, article.getTitle());
            writeNullable(plain, article.getStandfirst());
            LocalDate published = article.getPublishedOn();
            plain.writeByte((byte) (published == null ? 0 : 1));
            if (published != null) {
                plain.writeZLong(published.toEpochDay());
            }
            writeNullable(plain, article.getDatedBy() == null ? null : article.getDatedBy().name());
            writeNullable(plain, article.getLanguage());
            plain.writeZLong(article.getReportId() == null ? -1 : article.getReportId());
            writeTags(plain, article.getAuthors(), Author::getName, Author::getSlug);
            writeTags(plain, article.getLocations(), Location::getName, Location::getSlug);
            writeTags(plain, article.getTopics(), Topic::getName, Topic::getSlug);
            writeNullable(plain, article.getBody());
            ByteBuffersDataOutput compressed = new ByteBuffersDataOutput();
            compressed.writeVInt(Math.toIntExact(plain.size()));
            COMPRESSORS.get().compress(plain.toDataInput(), compressed);
            return compressed.toArrayCopy();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The hit a record holds, with this score (null when the search did not score). */
    public static HitText read(BytesRef record, Float score) {
        try {
            ByteArrayDataInput compressed = new ByteArrayDataInput(record.bytes, record.offset, record.length);
            int length = compressed.readVInt();
            BytesRef bytes = new BytesRef();
            DECOMPRESSOR.clone().decompress(compressed, length, 0, length, bytes);
            DataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
            long id = in.readVLong();
            String canonicalUrl = readNullable(in);
            String title = readNullable(in);
            String standfirst = readNullable(in);
            LocalDate published = in.readByte() == 0 ? null : LocalDate.ofEpochDay(in.readZLong());
            String datedBy = readNullable(in);
            String language = readNullable(in);
            long report = in.readZLong();
            List<String> authors = new ArrayList<>();
            List<String> authorSlugs = new ArrayList<>();
            readTags(in, authors, authorSlugs);
            List<String> places = new ArrayList<>();
            List<String> placeSlugs = new ArrayList<>();
            readTags(in, places, placeSlugs);
            List<String> topics = new ArrayList<>();
            List<String> topicSlugs = new ArrayList<>();
            readTags(in, topics, topicSlugs);
            String body = readNullable(in);
            return new HitText(new HitFields(id, canonicalUrl, title, standfirst, published,
                    datedBy == null ? null : DateSource.valueOf(datedBy), language, report < 0 ? null : report,
                    authors, authorSlugs, places, placeSlugs, topics, topicSlugs, score), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> void writeTags(DataOutput out, Collection<T> tags, Function<T, String> name,
                                      Function<T, String> slug) throws IOException {
        out.writeVInt(tags.size());
        for (T tag : tags) {
            writeNullable(out, name.apply(tag));
            writeNullable(out, slug.apply(tag));
        }
    }

    private static void readTags(DataInput in, List<String> names, List<String> slugs) throws IOException {
        int count = in.readVInt();
        for (int i = 0; i < count; i++) {
            String name = readNullable(in);
            String slug = readNullable(in);
            // as a projection reads them: a list of the values there are
            if (name != null) {
                names.add(name);
            }
            if (slug != null) {
                slugs.add(slug);
            }
        }
    }

    private static void writeNullable(DataOutput out, String value) throws IOException {
        out.writeByte((byte) (value == null ? 0 : 1));
        if (value != null) {
            out.writeString(value);
        }
    }

    private static String readNullable(DataInput in) throws IOException {
        return in.readByte() == 0 ? null : in.readString();
    }
}
