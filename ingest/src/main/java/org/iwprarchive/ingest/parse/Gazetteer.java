package org.iwprarchive.ingest.parse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.iwprarchive.domain.location.LocationKind;

/**
 * IWPR's place hierarchy, read from {@code iwpr-places.tsv}: path, name and kind of each known place, and the other
 * names it goes by (Russian and Ukrainian ones, other spellings), by which a tag with a name only finds it.
 */
public final class Gazetteer {

    private final Map<String, ParsedLocation> byPath = new LinkedHashMap<>();
    private final Map<String, String> pathByKey = new HashMap<>();

    private Gazetteer() {
    }

    public static Gazetteer iwpr() {
        try (InputStream in = Gazetteer.class.getResourceAsStream("iwpr-places.tsv")) {
            if (in == null) {
                throw new IllegalStateException("iwpr-places.tsv is missing from the ingest module");
            }
            Gazetteer gazetteer = new Gazetteer();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                gazetteer.add(cells[0].strip(), cells[1].strip(), LocationKind.valueOf(cells[2].strip()),
                        cells.length > 3 ? List.of(cells[3].split("\\|")) : List.of());
            }
            return gazetteer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void add(String path, String name, LocationKind kind, List<String> otherNames) {
        int cut = path.lastIndexOf('/');
        ParsedLocation parent = cut < 0 ? null : byPath.get(path.substring(0, cut));
        if (cut >= 0 && parent == null) {
            throw new IllegalStateException("iwpr-places.tsv lists " + path + " before its parent");
        }
        ParsedLocation location = new ParsedLocation(name, Slugs.lastSegment(path), kind, "/global-voices/" + path,
                parent);
        byPath.put(path, location);
        pathByKey.put(key(name), path);
        pathByKey.put(key(location.slug()), path);
        otherNames.forEach(other -> pathByKey.putIfAbsent(key(other.strip()), path));
    }

    /** The place with this listing path under /global-voices/ (e.g. {@code europe-eurasia/central-asia}). */
    public Optional<ParsedLocation> byPath(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    /** The place with this name or slug, ignoring case. */
    public Optional<ParsedLocation> byName(String name) {
        String path = pathByKey.get(key(name));
        return path == null ? Optional.empty() : Optional.of(byPath.get(path));
    }

    /** The place with this slug, as an address's segment writes it ("afghanistan"); no other spelling is tried. */
    public Optional<ParsedLocation> bySlug(String slug) {
        String path = pathByKey.get(slug.toLowerCase(Locale.ROOT));
        return path == null ? Optional.empty() : Optional.of(byPath.get(path));
    }

    private static String key(String name) {
        return Slugs.of(name).toLowerCase(Locale.ROOT);
    }
}
