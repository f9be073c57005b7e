package org.mednumlod.site.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./mednum-lod convert} on the bundled demo sources: RDF that both toolkits read, and the report. */
class ConvertCommandTest {
    @TempDir
    Path dir;

    @Test
    void convertsTheDemoSourcesWithAReport() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Path nq = dir.resolve("lieux.nq.gz");
        int exit = ConvertCommand.run(
                new String[] {
                    "--sources",
                    "../data/sources.json",
                    "--sortie",
                    nq.toString(),
                    "--rapport",
                    dir.toString(),
                    "--base-uri",
                    "http://data.example.org"
                },
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream()));
        assertEquals(0, exit);
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("Total : 327 fiches lues"), text);
        Dataset ds = DatasetFactory.create();
        try (var in = new GZIPInputStream(Files.newInputStream(nq))) {
            RDFDataMgr.read(ds, in, Lang.NQUADS);
        }
        assertTrue(ds.containsNamedModel("http://data.example.org/graph/source/charente"));
        try (var in = new GZIPInputStream(Files.newInputStream(nq))) {
            assertEquals(
                    ds.asDatasetGraph().stream().count(),
                    Rio.parse(in, "", RDFFormat.NQUADS).size());
        }
        for (String report : new String[] {
            "quarantaine.csv", "corrections.csv", "resume.csv", "communes.csv", "horaires-abandonnees.csv"
        }) {
            assertTrue(Files.size(dir.resolve(report)) > 0, report);
        }
        // angers: free-text hours that say more than OSM can hold are listed with the number of places
        String dropped = Files.readString(dir.resolve("horaires-abandonnees.csv"));
        assertTrue(dropped.startsWith("source,horaires,fiches,regle,raison"), dropped);
        assertTrue(
                dropped.contains("angers,\"Lundi au vendredi, 9h à 12h30 et 13h30 à 17h30 (17h00 pendant les vacances "
                        + "scolaires)\",2,horaires.texte-ambigu,"),
                dropped);
        assertEquals(6, Files.readAllLines(dir.resolve("resume.csv")).size(), "header + 5 sources");
        assertEquals(6, Files.readAllLines(dir.resolve("communes.csv")).size(), "header + 5 sources");
        assertTrue(text.contains("incohérences code INSEE/nom/coordonnées"), text);
    }
}
