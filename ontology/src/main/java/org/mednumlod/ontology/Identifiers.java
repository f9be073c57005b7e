package org.mednumlod.ontology;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The identifier scheme of the data under the deployment's base URI (territories: {@link TerritoryUris}), the only
 * place where these IRIs are built or cut (docs/uri-policy.md):
 * <ul>
 * <li>{@code {base}/id/lieu/{key}} a place, {@code {base}/id/fiche/{key}} a source record,
 * {@code {base}/id/source/{name}} a source;</li>
 * <li>{@code {base}/graph/source/{name}} a source's named graph, {@code {base}/graph/{name}} the release's other
 * graphs ({@link Graph});</li>
 * <li>a key is {@code {source}.{id}} for a source id of safe characters, else {@code {source}~{16 hex digits}} (a
 * hash of the id, or a place key minted by the merge), {@code {source}~{12 hex digits}} for a record of a source
 * without ids (a hash of what identifies the place: name, commune, street), and {@code {source}~r{row}} for a record
 * without id in a producer's validation report (never published).</li>
 * </ul>
 * Parsing gives back the key of an IRI of this base, empty for any other IRI or an invalid key.
 */
public record Identifiers(String base) {
    /** A source's name: part of every key and IRI of the source. */
    public static final Pattern SOURCE_NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
    private static final Pattern KEY = Pattern.compile(
            "[a-z0-9][a-z0-9-]{0,62}(\\.[A-Za-z0-9_.-]{1,64}|~[0-9a-f]{16}|~[0-9a-f]{12}|~r[1-9][0-9]{0,9})");
    private static final Pattern CONTENT_KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}~[0-9a-f]{12}");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");

    /** The release's graphs other than the sources' ({@code {base}/graph/{segment}}). */
    public enum Graph {
        LIEUX("lieux"),
        TERRITOIRES("territoires"),
        VOCABULAIRE("vocabulaire"),
        CATALOGUE("catalogue"),
        STATISTIQUES("statistiques"),
        TOMBSTONES("tombstones");

        private final String segment;

        Graph(String segment) {
            this.segment = segment;
        }

        public String segment() {
            return segment;
        }
    }

    public Identifiers {
        base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    public Node place(String key) {
        return NodeFactory.createURI(placeIri(key));
    }

    public String placeIri(String key) {
        return iri("/id/lieu/", checkKey(key));
    }

    public Node record(String key) {
        return NodeFactory.createURI(recordIri(key));
    }

    public String recordIri(String key) {
        return iri("/id/fiche/", checkKey(key));
    }

    public Node source(String name) {
        return NodeFactory.createURI(iri("/id/source/", checkSource(name)));
    }

    public Node sourceGraph(String name) {
        return NodeFactory.createURI(iri("/graph/source/", checkSource(name)));
    }

    public Node graph(Graph g) {
        return NodeFactory.createURI(iri("/graph/", g.segment()));
    }

    /** The key of a place IRI ({@code {base}/id/lieu/{key}}). */
    public Optional<String> placeKey(String iri) {
        return after(iri, "/id/lieu/").filter(Identifiers::isKey);
    }

    /** The key of a source record IRI ({@code {base}/id/fiche/{key}}). */
    public Optional<String> recordKey(String iri) {
        return after(iri, "/id/fiche/").filter(Identifiers::isKey);
    }

    /** The name of a source ({@code {base}/id/source/{name}}). */
    public Optional<String> sourceName(String iri) {
        return after(iri, "/id/source/").filter(Identifiers::isSourceName);
    }

    /**
     * The name of the source an IRI of this scheme names, whatever its base ({@code …/id/source/{name}}): for
     * documents whose base is not known, as the provenance of a record read by the validator.
     */
    public static Optional<String> sourceNameInAnyBase(String iri) {
        int at = iri.lastIndexOf("/id/source/");
        return at < 0
                ? Optional.empty()
                : Optional.of(iri.substring(at + "/id/source/".length())).filter(Identifiers::isSourceName);
    }

    /** The name of the source of a source graph ({@code {base}/graph/source/{name}}). */
    public Optional<String> sourceOfGraph(String iri) {
        return after(iri, "/graph/source/").filter(Identifiers::isSourceName);
    }

    /**
     * The path of a thing named under {@code {base}/id/} without that prefix ({@code lieu/{key}},
     * {@code commune/49007}…), the same path its page and data documents take ({@code /page/…}, {@code /data/…}).
     */
    public Optional<String> thingPath(String iri) {
        return after(iri, "/id/").filter(p -> !p.isEmpty() && p.indexOf('#') < 0);
    }

    /**
     * The key of a source's record of id {@code localId}: {@code {source}.{id}} when the id is made of safe
     * characters (a dot is safe since source names have none), else {@code {source}~{16 hex digits}}.
     */
    public static String key(String source, String localId) {
        checkSource(source);
        if (SAFE_ID.matcher(localId).matches()) {
            return source + "." + localId;
        }
        return source + "~" + hash(source + "\u0000" + localId, 8);
    }

    /**
     * The key of a record of a source without ids, derived from what identifies the place — its name, commune and
     * street, each compared without case, accents or punctuation — so that it does not depend on the record's row:
     * {@code {source}~{12 hex digits}}. {@code salt} 0 is the first choice; a collision within the source takes the
     * next one.
     */
    public static String contentKey(String source, String name, String commune, String street, int salt) {
        checkSource(source);
        String text = normalise(name) + "\u0000" + normalise(commune) + "\u0000" + normalise(street)
                + (salt == 0 ? "" : "\u0000" + salt);
        return source + "~" + hash(text, 6);
    }

    /** A key of the form {@link #contentKey} gives. */
    public static boolean isContentKey(String key) {
        return key != null && CONTENT_KEY.matcher(key).matches();
    }

    /** A place key minted by the merge from a seed (a record key and a counter): {@code {source}~{16 hex digits}}. */
    public static String mintedKey(String source, String seed) {
        checkSource(source);
        return source + "~" + hash(seed, 8);
    }

    /** The key of a record without id in a producer's validation ({@code {source}~r{row}}), never published. */
    public static String rowKey(String source, long row) {
        checkSource(source);
        if (row < 1) {
            throw new IllegalArgumentException("rang de fiche invalide : " + row);
        }
        return source + "~r" + row;
    }

    public static boolean isKey(String key) {
        return key != null && KEY.matcher(key).matches();
    }

    public static boolean isSourceName(String name) {
        return name != null && SOURCE_NAME.matcher(name).matches();
    }

    /** The source a key belongs to (its part before the first {@code .} or {@code ~}). */
    public static Optional<String> sourceOfKey(String key) {
        if (!isKey(key)) {
            return Optional.empty();
        }
        int end = 0;
        while (key.charAt(end) != '.' && key.charAt(end) != '~') {
            end++;
        }
        return Optional.of(key.substring(0, end));
    }

    private String iri(String prefix, String local) {
        return base + prefix + local;
    }

    private Optional<String> after(String iri, String prefix) {
        String p = base + prefix;
        return iri != null && iri.startsWith(p) ? Optional.of(iri.substring(p.length())) : Optional.empty();
    }

    private static String checkKey(String key) {
        if (!isKey(key)) {
            throw new IllegalArgumentException("clé invalide « " + key + " »");
        }
        return key;
    }

    private static String checkSource(String name) {
        if (!isSourceName(name)) {
            throw new IllegalArgumentException("nom de source invalide « " + name + " » : [a-z0-9-] attendus");
        }
        return name;
    }

    /** Lower case, no accents, alphanumeric words separated by one space. */
    static String normalise(String s) {
        if (s == null) {
            return "";
        }
        String d = Normalizer.normalize(s, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        return NOT_ALNUM.matcher(d).replaceAll(" ").strip();
    }

    private static String hash(String s, int bytes) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
