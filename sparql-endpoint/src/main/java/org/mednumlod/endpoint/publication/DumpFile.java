package org.mednumlod.endpoint.publication;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.mednumlod.converters.SchemaCsvWriter;

/**
 * A file being written through a SHA-256 digest of the bytes on disk: N-Quads through gzip (fast level), or
 * national-schema CSV (UTF-8).
 */
final class DumpFile {
    private final Path dir;
    final String name;
    final Node territory;
    final String kind;
    final String code;
    final String label;
    final MessageDigest digest;
    final OutputStream stream;
    final StreamRDF rdf;
    final SchemaCsvWriter csv;
    final Node graph;
    long places;

    DumpFile(Path dir, String name, Node territory, String kind, String code, String label) {
        this(dir, name, territory, kind, code, label, null);
    }

    DumpFile(Path dir, String name, Node territory, String kind, String code, String label, Node graph) {
        this(dir, name, territory, kind, code, label, graph, null);
    }

    /** With {@code start}: a gzip file whose bytes the file starts with, as they are (a first gzip member). */
    DumpFile(Path dir, String name, Node territory, String kind, String code, String label, Node graph, Path start) {
        this.dir = dir;
        this.graph = graph;
        this.name = name;
        this.territory = territory;
        this.kind = kind;
        this.code = code;
        this.label = label;
        try {
            digest = MessageDigest.getInstance("SHA-256");
            OutputStream file = new DigestOutputStream(
                    new BufferedOutputStream(Files.newOutputStream(dir.resolve(name)), 1 << 16), digest);
            if (start != null) {
                Files.copy(start, file);
            }
            if (name.endsWith(".csv")) {
                stream = file;
                rdf = null;
                csv = SchemaCsvWriter.open(new OutputStreamWriter(file, StandardCharsets.UTF_8));
            } else {
                stream = new GZIPOutputStream(file, 1 << 16) {
                    {
                        def.setLevel(Deflater.BEST_SPEED);
                    }
                };
                rdf = StreamRDFWriter.getWriterStream(stream, Lang.NQUADS);
                rdf.start();
                csv = null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    void row(Graph description, Node place) {
        try {
            csv.write(description, place);
            places++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Dumps.File close() {
        try {
            if (csv != null) {
                csv.close(); // closes the stream too
            } else {
                rdf.finish();
                stream.close();
            }
            return new Dumps.File(
                    name,
                    csv != null ? "csv" : "nq.gz",
                    territory,
                    kind,
                    code,
                    label,
                    places,
                    Files.size(dir.resolve(name)),
                    HexFormat.of().formatHex(digest.digest()),
                    graph);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file of the reference dumps copied as it is into {@code dir}, with its size and SHA-256. */
    static Dumps.File copy(Path from, Path dir, String name, Node graph) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(dir.resolve(name)), digest)) {
                Files.copy(from, out);
            }
            return new Dumps.File(
                    name,
                    "nq.gz",
                    null,
                    null,
                    null,
                    null,
                    0,
                    Files.size(dir.resolve(name)),
                    HexFormat.of().formatHex(digest.digest()),
                    graph);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
