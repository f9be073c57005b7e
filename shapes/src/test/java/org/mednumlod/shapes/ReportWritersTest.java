package org.mednumlod.shapes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.mednumlod.ontology.MNL;

/** The three producer reports, written from the same places. */
class ReportWritersTest {
    /** A value that breaks naive CSV and HTML writers. */
    private static final String NASTY = "<script>alert(\"x\")</script>, « a » & 'b'\nligne 2";

    private static List<PlaceReport> reports() {
        Graph nasty = Fixtures.data("ko/services.liste");
        Node place = Fixtures.place(nasty);
        nasty.add(Triple.create(place, MNL.service.asNode(), NodeFactory.createLiteralString(NASTY)));
        Graph complete = Fixtures.data("ok/lieu-complet");
        Graph noCommune = Fixtures.data("ko/publication.commune");
        return List.of(
                Fixtures.validation().validate(nasty, place),
                Fixtures.validation().validate(complete, Fixtures.place(complete)),
                Fixtures.validation().validate(noCommune, Fixtures.place(noCommune)));
    }

    private static String write(ReportWriter writer, ByteArrayOutputStream out) {
        try (writer) {
            reports().forEach(writer::write);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void csvHasOneRowPerFindingAndSurvivesAnyValue() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String csv = write(Validation.csvReport(out), out);
        List<CSVRecord> rows = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv))
                .getRecords();
        assertEquals(3, rows.size());
        CSVRecord first = rows.stream()
                .filter(r -> r.get("valeur").equals(NASTY))
                .findFirst()
                .orElseThrow();
        assertEquals("test", first.get("source"));
        assertEquals("lieu-1", first.get("id"));
        assertEquals("1", first.get("ligne"));
        assertEquals("services", first.get("champ"));
        assertEquals("Violation", first.get("severite"));
        assertEquals("services.liste", first.get("regle"));
        assertTrue(first.get("message").startsWith("La valeur « <script>"));
        CSVRecord publication = rows.get(2);
        assertEquals("publication.commune", publication.get("regle"));
        assertEquals("true", publication.get("bloque_publication"));
    }

    @Test
    void htmlIsSelfContainedAndEscaped() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String html = write(Validation.htmlReport(out, "Rapport <source> & co"), out);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<title>Rapport &lt;source&gt; &amp; co</title>"));
        assertFalse(html.contains("<script"), "aucun script, valeurs échappées");
        assertTrue(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;, « a » &amp; &#39;b&#39;"));
        assertFalse(
                html.contains("src=") || html.contains("href=") || html.contains("<link"), "aucune ressource externe");
        assertTrue(html.contains("<dt>Enregistrements</dt><dd>3</dd>"));
        assertTrue(html.contains("<dt>Conformes au schéma 1.0.1</dt><dd>2</dd>"));
        assertTrue(html.contains("<dt>Publiables</dt><dd>2</dd>"));
        assertTrue(html.contains("<tr><td>services</td><td class=\"n\">2</td>"));
    }

    @Test
    void rdfIsAShaclValidationReport() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(Validation.rdfReport(out), out);
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(out.toByteArray()))
                .lang(Lang.TURTLE)
                .parse(graph);
        ValidationReport report = ValidationReport.fromGraph(graph);
        assertFalse(report.conforms());
        assertEquals(3, report.getEntries().size());
        assertTrue(report.getEntries().stream()
                .allMatch(e -> e.severity() != null
                        && e.source() != null
                        && e.sourceConstraintComponent() != null
                        && e.focusNode() != null));
        assertEquals(
                6,
                graph.find(Node.ANY, org.apache.jena.shacl.vocabulary.SHACL.resultMessage, Node.ANY)
                        .toList()
                        .size(),
                "un message @fr et un @en par résultat");
        assertTrue(graph.contains(Node.ANY, MNLS.ligne, Node.ANY));
    }
}
