package org.mednumlod.endpoint.dedup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.riot.system.StreamRDF;
import org.mednumlod.endpoint.identity.Tombstones;
import org.mednumlod.ontology.Identifiers;

/**
 * One place, many sources: after the sources are read, groups their records into places (the matcher), gives each
 * place its key ({@link PlaceKeys}, from the served release's keys so that URIs stay put) and writes the
 * merged-places graph ({@link MergedPlaces}). Beside the release it keeps the keys for the next publish:
 * {@code fiches.tsv} (record key, place key) and {@code fusions.tsv} (a key that no longer names a place, the key of
 * the place that took it over: 301). Before this existed a release's places were its records: a served release
 * without {@code fiches.tsv} gives each record the key it had as a place ({@code lieux.tsv}).
 */
final class Fusion {
    static final String RECORDS = "fiches.tsv";
    static final String REDIRECTS = "fusions.tsv";

    /** A group of records found to describe one place, with the matches that joined them. */
    record Cluster(List<String> records, List<Matcher.Link> matches) {}

    /** Finds the records that describe the same place; records in no cluster stand alone. */
    @FunctionalInterface
    interface Grouping {
        List<Cluster> clusters(Collection<RecordCollector.Record> records);
    }

    /** The platform's matcher ({@link Matcher}, thresholds from {@code deduplication.properties}). */
    static Grouping matching(MatchSettings settings, Consumer<String> progress) {
        return records -> {
            Matcher.Clusters found = new Matcher(settings)
                    .clusters(records.stream().map(MatchFeatures::of).toList());
            progress.accept(String.format(
                    Locale.FRANCE,
                    "Appariement : %,d paires comparées, %,d acceptées, %,d liens "
                            + "refusés par les garde-fous anti-chaînage",
                    found.compared(),
                    found.accepted(),
                    found.refusedByGuard().size()));
            return found.clusters().stream()
                    .map(c -> new Cluster(c.keys(), c.links()))
                    .toList();
        };
    }

    /** The places written and the keys that now redirect (old key → successor key). */
    record Result(int records, int places, int merged, Map<String, String> redirects) {}

    private Fusion() {}

    static Result write(
            Collection<RecordCollector.Record> records,
            Grouping matcher,
            MergedPlaces writer,
            Path release,
            Optional<Path> previous,
            StreamRDF out,
            Consumer<String> progress) {
        return write(records, matcher, writer, release, previous, Map.of(), out, progress);
    }

    /**
     * @param renamed record keys of the served release that records now carry under another key (row keys of a
     *                source without ids → content keys, {@link ContentKeys}): their places keep their URIs, and a
     *                place key that was such a row key moves to the content key (the row key answers 301)
     */
    static Result write(
            Collection<RecordCollector.Record> records,
            Grouping matcher,
            MergedPlaces writer,
            Path release,
            Optional<Path> previous,
            Map<String, String> renamed,
            StreamRDF out,
            Consumer<String> progress) {
        Map<String, RecordCollector.Record> byKey = new LinkedHashMap<>();
        records.forEach(r -> byKey.put(r.key(), r));
        List<Cluster> found = new ArrayList<>(matcher.clusters(records));
        Set<String> grouped = new HashSet<>();
        found.forEach(c -> grouped.addAll(c.records()));
        byKey.keySet().stream()
                .filter(k -> !grouped.contains(k))
                .sorted()
                .forEach(k -> found.add(new Cluster(List.of(k), List.of())));
        found.replaceAll(c -> new Cluster(c.records().stream().sorted().toList(), c.matches()));
        found.sort(Comparator.comparing(c -> c.records().get(0)));
        Map<String, String> earlierRecords = new LinkedHashMap<>();
        Map<String, String> earlierRedirects = new LinkedHashMap<>();
        previous.map(p -> earlierRecords(p, writer.ids()))
                .orElse(Map.of())
                .forEach((r, p) -> earlierRecords.put(renamed.getOrDefault(r, r), renamed.getOrDefault(p, p)));
        previous.map(p -> readPairs(p.resolve(REDIRECTS)))
                .orElse(Map.of())
                .forEach((k, v) -> earlierRedirects.put(renamed.getOrDefault(k, k), renamed.getOrDefault(v, v)));
        renamed.forEach((from, to) -> {
            if (earlierRecords.containsValue(to) || earlierRedirects.containsKey(to)) {
                earlierRedirects.put(from, to); // a place key that was a row key: 301 to the content key
            }
        });
        PlaceKeys.Assignment keys =
                PlaceKeys.assign(found.stream().map(Cluster::records).toList(), earlierRecords, earlierRedirects);
        int merged = 0;
        for (int i = 0; i < found.size(); i++) {
            Cluster c = found.get(i);
            writer.write(
                    keys.places().get(i), c.records().stream().map(byKey::get).toList(), c.matches(), out);
            if (c.records().size() > 1) {
                merged += c.records().size();
            }
        }
        writePairs(release.resolve(RECORDS), keys.records());
        writePairs(release.resolve(REDIRECTS), keys.redirects());
        progress.accept(String.format(
                Locale.FRANCE,
                "Dédoublonnage : %d fiches → %d lieux (%d fiches réunies en %d lieux "
                        + "de plusieurs fiches) ; %d anciennes URI redirigées (301)",
                byKey.size(),
                found.size(),
                merged,
                found.stream().filter(c -> c.records().size() > 1).count(),
                keys.redirects().size()));
        return new Result(byKey.size(), found.size(), merged, keys.redirects());
    }

    /** Record key → place key of the served release (see the class comment for releases before the merge). */
    private static Map<String, String> earlierRecords(Path release, Identifiers ids) {
        if (Files.exists(release.resolve(RECORDS))) {
            return readPairs(release.resolve(RECORDS));
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String uri : Tombstones.placeUris(release)) {
            ids.placeKey(uri).ifPresent(key -> out.put(key, key));
        }
        return out;
    }

    static Map<String, String> readPairs(Path file) {
        Map<String, String> out = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return out;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t", -1);
                if (f.length == 2) {
                    out.put(f[0], f[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static void writePairs(Path file, Map<String, String> pairs) {
        StringBuilder text = new StringBuilder();
        pairs.forEach((k, v) -> text.append(k).append('\t').append(v).append('\n'));
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
