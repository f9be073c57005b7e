package org.mednumlod.endpoint.dedup;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.mednumlod.ontology.Identifiers;

/**
 * Keys of the records of a source without ids (docs/deduplication.md §Sources without ids). The converters key such
 * a record by what identifies the place ({@link Identifiers#contentKey}: name, commune, street), a collision within
 * the file taking the next salt in file order. At publish, each record is matched to the served release's records of
 * the same source so that its key does not move:
 * <ol>
 * <li>records with the same name, commune and street (same content key without salt) pair up, the best-scoring pairs
 * first when several share it (a duplicate within the file);</li>
 * <li>the others pair when the matcher accepts them (within-source threshold: a renamed or moved place), best
 * score first, each record at most once;</li>
 * <li>a record paired with a content-keyed record takes its key; a record paired with a row key of an earlier
 * release ({@code gironde.5}) or left alone takes its content key — the first salt no earlier record of the source
 * used and no other record takes — and the row key answers 301 to it ({@link Outcome#legacy()}).</li>
 * </ol>
 * Pure function: {@code ContentKeysTest}; the real sources shuffled and edited: {@code ShuffledSourcesTest}.
 */
final class ContentKeys {
    /** Beside each release: the records of its sources without ids, as published (N-Quads, gzip). */
    static final String RECORDS = "fiches-sans-identifiant.nq.gz";
    /** Beside each release: a row key of an earlier release → the content key that took it over (301, for ever). */
    static final String RENAMED = "fiches-renommees.tsv";

    /** Writes {@link #RECORDS}: what the publish sends on for the sources without ids, also kept for the next one. */
    static final class Archive implements AutoCloseable {
        private final Path file;
        private OutputStream out;
        private StreamRDF writer;

        Archive(Path file) {
            this.file = file;
        }

        /** {@code sink}, with every quad also kept in the archive. */
        StreamRDF tee(StreamRDF sink) throws IOException {
            if (writer == null) {
                out = new GZIPOutputStream(Files.newOutputStream(file), 1 << 16);
                writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
                writer.start();
            }
            StreamRDF archive = writer;
            return new StreamRDFWrapper(sink) {
                @Override
                public void quad(Quad q) {
                    super.quad(q);
                    archive.quad(q);
                }
            };
        }

        @Override
        public void close() throws IOException {
            if (writer != null) {
                writer.finish();
                out.close();
            }
        }
    }
    /**
     * @param keys      for each record now (in the order given), its key
     * @param legacy    an earlier row key → the key of the record that took it over (301)
     * @param kept      records that kept an earlier content key
     * @param fresh     records with a key of their own (new places, or first publish)
     * @param fromRows  records that were known by a row key
     * @param salted    records whose content key was taken (a collision), given the next salt
     */
    record Outcome(List<String> keys, Map<String, String> legacy, int kept, int fresh, int fromRows, int salted) {}

    private ContentKeys() {}

    /**
     * @param now     the records of one source as converted now
     * @param earlier the records of the same source in the served release (empty for a first publish)
     * @param used    every key of the source ever published (records, places, redirects, tombstones): never reused
     */
    static Outcome reconcile(List<MatchRecord> now, List<MatchRecord> earlier, Matcher matcher, Set<String> used) {
        return reconcile(
                now,
                now.stream().map(ContentKeys::features).toList(),
                earlier,
                earlier.stream().map(ContentKeys::features).toList(),
                matcher,
                used);
    }

    /**
     * Same, with what each record says in full ({@code nowSays}, {@code earlierSays}: its values, as text, parallel
     * to the records): records with the same name, commune and street are told apart by the share of values they
     * have in common, then by the matcher's score.
     */
    static Outcome reconcile(
            List<MatchRecord> now,
            List<Set<String>> nowSays,
            List<MatchRecord> earlier,
            List<Set<String>> earlierSays,
            Matcher matcher,
            Set<String> used) {
        int[] pairedWith = new int[now.size()];
        java.util.Arrays.fill(pairedWith, -1);
        boolean[] earlierTaken = new boolean[earlier.size()];
        // 1. Same name, commune and street.
        pair(sameBase(now, nowSays, earlier, earlierSays, matcher), nowSays, earlier, pairedWith, earlierTaken);
        // 2. The matcher, on what is left.
        pair(byMatcher(now, earlier, matcher, pairedWith, earlierTaken), nowSays, earlier, pairedWith, earlierTaken);
        // 3. Keys.
        String[] keys = new String[now.size()];
        Set<String> taken = new HashSet<>();
        int kept = 0;
        for (int n = 0; n < now.size(); n++) {
            int e = pairedWith[n];
            if (e >= 0 && Identifiers.isContentKey(earlier.get(e).key())) {
                keys[n] = earlier.get(e).key();
                taken.add(keys[n]);
                kept++;
            }
        }
        Set<String> never = new HashSet<>(used);
        earlier.forEach(r -> never.add(r.key()));
        List<Integer> minting = new ArrayList<>();
        for (int n = 0; n < now.size(); n++) {
            if (keys[n] == null) {
                minting.add(n);
            }
        }
        // Independent of the file's order: by content key, then by everything the record says.
        minting.sort(
                Comparator.<Integer, String>comparing(n -> base(now.get(n))).thenComparing(n -> says(nowSays.get(n))));
        Map<String, String> legacy = new TreeMap<>();
        int salted = 0;
        int fromRows = 0;
        for (int n : minting) {
            MatchRecord r = now.get(n);
            int salt = 0;
            String key = Identifiers.contentKey(r.source(), r.name(), r.commune(), r.street(), salt);
            while (taken.contains(key) || never.contains(key)) {
                key = Identifiers.contentKey(r.source(), r.name(), r.commune(), r.street(), ++salt);
            }
            if (salt > 0) {
                salted++;
            }
            keys[n] = key;
            taken.add(key);
            if (pairedWith[n] >= 0) {
                legacy.put(earlier.get(pairedWith[n]).key(), key);
                fromRows++;
            }
        }
        return new Outcome(List.of(keys), legacy, kept, minting.size() - fromRows, fromRows, salted);
    }

    /** Candidate pairs (score, now, earlier) of records with the same name, commune and street. */
    private static List<double[]> sameBase(
            List<MatchRecord> now,
            List<Set<String>> nowSays,
            List<MatchRecord> earlier,
            List<Set<String>> earlierSays,
            Matcher matcher) {
        Map<String, List<Integer>> nowByBase = group(now);
        Map<String, List<Integer>> earlierByBase = group(earlier);
        List<double[]> candidates = new ArrayList<>();
        nowByBase.forEach((base, ns) -> {
            List<Integer> es = earlierByBase.getOrDefault(base, List.of());
            for (int n : ns) {
                for (int e : es) {
                    double score = ns.size() == 1 && es.size() == 1
                            ? 1
                            : jaccard(nowSays.get(n), earlierSays.get(e))
                                    + matcher.pair(earlier.get(e), now.get(n)).score() / 1000;
                    candidates.add(new double[] {score, n, e});
                }
            }
        });
        return candidates;
    }

    /** Candidate pairs (score, now, earlier) the matcher accepts among the records not paired yet. */
    private static List<double[]> byMatcher(
            List<MatchRecord> now,
            List<MatchRecord> earlier,
            Matcher matcher,
            int[] pairedWith,
            boolean[] earlierTaken) {
        List<Integer> nowLeft = new ArrayList<>();
        List<Integer> earlierLeft = new ArrayList<>();
        for (int n = 0; n < now.size(); n++) {
            if (pairedWith[n] < 0) {
                nowLeft.add(n);
            }
        }
        for (int e = 0; e < earlier.size(); e++) {
            if (!earlierTaken[e]) {
                earlierLeft.add(e);
            }
        }
        List<double[]> candidates = new ArrayList<>();
        if (!nowLeft.isEmpty() && !earlierLeft.isEmpty()) {
            for (Matcher.Pairing p : matcher.acceptedBetween(
                    earlierLeft.stream().map(earlier::get).toList(),
                    nowLeft.stream().map(now::get).toList())) {
                candidates.add(new double[] {p.score(), nowLeft.get(p.now()), earlierLeft.get(p.earlier())});
            }
        }
        return candidates;
    }

    /** Greedy one-to-one pairing, best score first (ties: the earlier record's key, then what the record says now). */
    private static void pair(
            List<double[]> candidates,
            List<Set<String>> nowSays,
            List<MatchRecord> earlier,
            int[] pairedWith,
            boolean[] earlierTaken) {
        candidates.sort(Comparator.<double[]>comparingDouble(c -> -c[0])
                .thenComparing(c -> earlier.get((int) c[2]).key())
                .thenComparing(c -> says(nowSays.get((int) c[1]))));
        for (double[] c : candidates) {
            int n = (int) c[1];
            int e = (int) c[2];
            if (pairedWith[n] < 0 && !earlierTaken[e]) {
                pairedWith[n] = e;
                earlierTaken[e] = true;
            }
        }
    }

    private static Map<String, List<Integer>> group(List<MatchRecord> records) {
        Map<String, List<Integer>> out = new LinkedHashMap<>();
        for (int i = 0; i < records.size(); i++) {
            out.computeIfAbsent(base(records.get(i)), k -> new ArrayList<>()).add(i);
        }
        return out;
    }

    /** What the matcher knows of a record, as values (for records known by their features only). */
    static Set<String> features(MatchRecord r) {
        Set<String> out = new java.util.TreeSet<>(List.of(
                "nom=" + r.name(),
                "adresse=" + r.street(),
                "cp=" + r.postcode(),
                "commune=" + r.commune(),
                "lat=" + r.latitude(),
                "lon=" + r.longitude(),
                "siret=" + r.siret(),
                "maj=" + r.dateMaj()));
        r.phones().forEach(v -> out.add("tel=" + v));
        r.emails().forEach(v -> out.add("mel=" + v));
        r.websites().forEach(v -> out.add("web=" + v));
        r.typologies().forEach(v -> out.add("typo=" + v));
        r.programmes().forEach(v -> out.add("prog=" + v));
        return out;
    }

    /** Everything a record says but its key (which may depend on the file's order), as one text. */
    private static String says(Set<String> values) {
        return new java.util.TreeSet<>(values).toString();
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        int common = 0;
        for (String v : a) {
            if (b.contains(v)) {
                common++;
            }
        }
        return (double) common / (a.size() + b.size() - common);
    }

    /** The content key without salt: what the place's name, commune and street say. */
    private static String base(MatchRecord r) {
        return Identifiers.contentKey(r.source(), r.name(), r.commune(), r.street(), 0);
    }
}
