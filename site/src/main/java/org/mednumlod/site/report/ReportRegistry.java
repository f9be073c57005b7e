package org.mednumlod.site.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.mednumlod.endpoint.SparqlFiles;
import org.mednumlod.site.SiteProperties;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The reports' own TDB2 dataset, {@code {mednum.data-dir}/signalements/tdb2}: beside the releases, never inside
 * one (releases are rebuilt and pruned, and everything in them is published). A report is written in one write
 * transaction; when {@link #save} returns, TDB2 has committed it (journal forced to disk), so it survives
 * the process being killed. The keyed hash of client addresses uses a random key kept next to it
 * ({@code cle-empreinte}), created on first use.
 */
@Component
class ReportRegistry implements DisposableBean {
    private final Dataset ds;
    private final String base;
    private final byte[] key;

    ReportRegistry(SiteProperties properties) {
        Path dir = properties.dataDir().resolve("signalements");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("dossier des signalements impossible à créer : " + dir, e);
        }
        this.ds = TDB2Factory.connectDataset(dir.resolve("tdb2").toString());
        this.base = properties.baseUri();
        this.key = key(dir.resolve("cle-empreinte"));
    }

    /** What a valid submission carries. */
    record NewReport(
            String place, String version, List<ReportField> fields, String text, String email, String address) {}

    /** Stores a report and returns it; the write transaction is committed when this returns. */
    Report save(NewReport n, Instant now) {
        String id = UUID.randomUUID().toString();
        String iri = base + "/id/signalement/" + id;
        String client = clientHash(n.address());
        Txn.executeWrite(ds, () -> {
            Model m = ds.getDefaultModel();
            // Write transactions are serialised: read, increment and store the counter in the same one.
            Resource registry = m.createResource(base + "/id/signalement");
            Statement last = registry.getProperty(ReportVocabulary.LAST_NUMBER);
            long number = last == null ? 1 : last.getLong() + 1;
            registry.removeAll(ReportVocabulary.LAST_NUMBER).addLiteral(ReportVocabulary.LAST_NUMBER, number);
            Resource r = m.createResource(iri, ReportVocabulary.REPORT)
                    .addLiteral(DCTerms.created, dateTime(now))
                    .addLiteral(ReportVocabulary.NUMBER, number)
                    .addProperty(ReportVocabulary.PLACE, m.createResource(n.place()))
                    .addProperty(ReportVocabulary.VERSION, n.version())
                    .addProperty(DCTerms.description, n.text())
                    .addProperty(ReportVocabulary.STATUS, ReportVocabulary.NEW)
                    .addProperty(ReportVocabulary.CLIENT_HASH, client);
            n.fields().forEach(c -> r.addProperty(ReportVocabulary.FIELD, m.createResource(c.iri())));
            if (n.email() != null) {
                r.addProperty(ReportVocabulary.EMAIL, n.email());
            }
        });
        return new Report(
                id, iri, now, n.place(), n.version(), n.fields(), n.text(), n.email(), false, null, null, client);
    }

    /** Marks a report handled by {@code user}; false when there is no such report. */
    boolean markHandled(String id, String user, Instant now) {
        Optional<String> iri = iri(id);
        if (iri.isEmpty()) {
            return false;
        }
        return Txn.calculateWrite(ds, () -> {
            Model m = ds.getDefaultModel();
            Resource r = m.createResource(iri.get());
            if (!r.hasProperty(RDF.type, ReportVocabulary.REPORT)) {
                return false;
            }
            r.removeAll(ReportVocabulary.STATUS)
                    .removeAll(ReportVocabulary.HANDLED_BY)
                    .removeAll(ReportVocabulary.HANDLED_AT);
            r.addProperty(ReportVocabulary.STATUS, ReportVocabulary.HANDLED)
                    .addProperty(ReportVocabulary.HANDLED_BY, user)
                    .addLiteral(ReportVocabulary.HANDLED_AT, dateTime(now));
            return true;
        });
    }

    /**
     * Deletes, in one write transaction, the handled reports whose handling is older than {@code avant}, with
     * everything they hold (text, e-mail, client hash); reports not handled are kept whatever their age.
     *
     * @return how many were deleted
     */
    int deleteHandledBefore(Instant before) {
        return Txn.calculateWrite(ds, () -> {
            List<String> iris = new ArrayList<>();
            var builder =
                    QueryExecution.dataset(ds).query(query("a-supprimer")).substitution("avant", dateTime(before));
            try (QueryExecution qe = builder.build()) {
                qe.execSelect()
                        .forEachRemaining(r -> iris.add(r.getResource("s").getURI()));
            }
            Model m = ds.getDefaultModel();
            iris.forEach(iri -> m.removeAll(m.createResource(iri), null, null));
            return iris.size();
        });
    }

    /** One page of the reports matching the filter, newest first. */
    List<Report> list(ReportFilter f, long limit, long offset) {
        Query q = query("liste").cloneQuery();
        if (limit > 0) {
            q.setLimit(limit);
            q.setOffset(offset);
        }
        return select(
                q,
                f.bindings(),
                rows -> rows.stream().map(ReportRegistry::report).toList());
    }

    long count(ReportFilter f) {
        return select(
                query("nombre"),
                f.bindings(),
                rows -> rows.get(0).getLiteral("n").getLong());
    }

    /** The IRI of the report with this UUID (any other text gives nothing). */
    Optional<String> iri(String id) {
        try {
            return Optional.of(base + "/id/signalement/" + UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private <T> T select(Query q, Map<String, RDFNode> bindings, Function<List<QuerySolution>, T> read) {
        return Txn.calculateRead(ds, () -> {
            var builder = QueryExecution.dataset(ds).query(q);
            bindings.forEach(builder::substitution);
            try (QueryExecution qe = builder.build()) {
                List<QuerySolution> rows = new ArrayList<>();
                qe.execSelect().forEachRemaining(rows::add);
                return read.apply(rows); // inside the transaction: TDB2 resolves terms lazily
            }
        });
    }

    private static Report report(QuerySolution r) {
        String iri = r.getResource("s").getURI();
        String codes = r.contains("champs") ? r.getLiteral("champs").getLexicalForm() : "";
        List<ReportField> fields = Arrays.stream(codes.split(" "))
                .map(ReportField::byIri)
                .flatMap(Optional::stream)
                .sorted()
                .toList();
        return new Report(
                iri.substring(iri.lastIndexOf('/') + 1),
                iri,
                instant(r.getLiteral("cree")),
                r.getResource("lieu").getURI(),
                r.getLiteral("version").getLexicalForm(),
                fields,
                r.getLiteral("texte").getLexicalForm(),
                r.contains("courriel") ? r.getLiteral("courriel").getLexicalForm() : null,
                ReportVocabulary.HANDLED.equals(r.getResource("statut")),
                r.contains("traitePar") ? r.getLiteral("traitePar").getLexicalForm() : null,
                r.contains("traiteLe") ? instant(r.getLiteral("traiteLe")) : null,
                r.getLiteral("client").getLexicalForm());
    }

    private static Instant instant(Literal l) {
        return Instant.parse(l.getLexicalForm());
    }

    private static Literal dateTime(Instant t) {
        return ResourceFactory.createTypedLiteral(t.toString(), XSDDatatype.XSDdateTime);
    }

    /** HMAC-SHA-256 of the client's address with the registry's key, first 16 bytes in hex. */
    String clientHash(String address) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(Arrays.copyOf(mac.doFinal(address.getBytes(StandardCharsets.UTF_8)), 16));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] key(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
                Files.write(tmp, fresh);
                Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("clé des empreintes illisible : " + file, e);
        }
    }

    private static Query query(String name) {
        return SparqlFiles.query("/queries/signalements/" + name + ".rq");
    }

    @Override
    public void destroy() {
        ds.close();
        org.apache.jena.tdb2.sys.TDBInternal.expel(ds.asDatasetGraph());
    }
}
