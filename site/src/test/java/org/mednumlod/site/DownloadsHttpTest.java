package org.mednumlod.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The dumps of the served release over HTTP: list, latest and pinned URLs, checksums, ranges, refusals. */
class DownloadsHttpTest extends DemoSite {
    private static final String PLACE = "https://w3id.org/mednum-lod/def#LieuMediationNumerique";

    @Test
    void theListNamesEveryFileWithItsChecksum() throws Exception {
        HttpResponse<String> page = get("/telechargements", "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        Map<String, String> sums = sums();
        assertEquals(
                2 * (1 + 26 + 109) + 9,
                sums.size(),
                "N-Quads and CSV of France, each région and département; "
                        + "the N-Quads of each named graph (places, territories, vocabulary, statistics, 5 sources)");
        assertTrue(sums.containsKey("graphe-source-angers.nq.gz"));
        assertTrue(!page.body().contains("graphe-"), "a graph's file is listed on the graph's page, not here");
        for (String file : new String[] {"mednum-lod.nq.gz", "region-75.nq.gz", "departement-16.nq.gz"}) {
            assertTrue(page.body().contains(sums.get(file)), "checksum of " + file + " shown");
        }
        assertTrue(page.body().contains("Charente"));
        assertTrue(get("/", "text/html").body().contains("href=\"/telechargements\""), "linked from the home page");
    }

    @Test
    void aDepartementDumpHoldsItsPlacesAndMatchesItsChecksum() throws Exception {
        HttpResponse<byte[]> r = HTTP.send(
                builder("/telechargements/departement-16.nq.gz").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        assertEquals("application/gzip", r.headers().firstValue("Content-Type").orElse(""));
        assertTrue(r.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
        assertEquals(
                sums().get("departement-16.nq.gz"),
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(r.body())));
        var model = Rio.parse(new GZIPInputStream(new ByteArrayInputStream(r.body())), RDFFormat.NQUADS);
        long places = model.filter(
                        null, Values.iri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), Values.iri(PLACE))
                .subjects()
                .size();
        assertTrue(places > 50, "Charente places: " + places);
        HttpResponse<byte[]> other = HTTP.send(
                builder("/telechargements/departement-33.nq.gz").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(
                0,
                Rio.parse(new GZIPInputStream(new ByteArrayInputStream(other.body())), RDFFormat.NQUADS)
                        .filter(null, null, Values.iri(PLACE))
                        .size(),
                "no demo place in Gironde");
    }

    @Test
    void aDepartementPageCountsItsPlacesAndLinksItsFiles() throws Exception {
        HttpResponse<String> page = get("/page/departement/16", "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("href=\"/telechargements/departement-16.csv\""));
        assertTrue(page.body().contains("href=\"/telechargements/departement-16.nq.gz\""));
        assertTrue(page.body().contains(sums().get("departement-16.csv")));
        assertTrue(page.body().contains("Lieux de médiation numérique"), "precomputed count shown");
        assertTrue(
                !get("/page/commune/16015", "text/html").body().contains("/telechargements/"),
                "a commune has no file of its own");
    }

    @Test
    void aDepartementCsvIsInTheNationalSchema() throws Exception {
        HttpResponse<String> r = get("/telechargements/departement-16.csv", "text/csv");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        var rows = org.apache.commons.csv.CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new java.io.StringReader(r.body()))
                .getRecords();
        assertTrue(rows.size() > 50, "Charente places: " + rows.size());
        assertTrue(
                rows.stream().allMatch(row -> row.get("code_postal").startsWith("16")),
                "every row of the Charente file is in Charente");
    }

    @Test
    void aPinnedUrlNeverChangesAndRangesWork() throws Exception {
        String release = get("/telechargements", "text/html")
                .body()
                .replaceAll("(?s).*?<code>([0-9]{8}T[0-9]{9}Z)</code>.*", "$1");
        HttpResponse<byte[]> pinned = HTTP.send(
                builder("/telechargements/" + release + "/region-75.nq.gz").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pinned.statusCode());
        assertTrue(pinned.headers().firstValue("Cache-Control").orElse("").contains("immutable"));
        HttpResponse<byte[]> part = HTTP.send(
                builder("/telechargements/region-75.nq.gz")
                        .header("Range", "bytes=0-9")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(206, part.statusCode());
        assertEquals(10, part.body().length);
        HttpResponse<Void> head = HTTP.send(
                builder("/telechargements/SHA256SUMS")
                        .method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertEquals(200, head.statusCode());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/telechargements/absent.nq.gz",
                "/telechargements/..%2F..%2Fcurrent",
                "/telechargements/20990101T000000000Z/mednum-lod.nq.gz",
                "/telechargements/tdb2"
            })
    void unknownFilesAreRefused(String path) throws Exception {
        int status = get(path, "*/*").statusCode();
        assertTrue(status == 404 || status == 400 && path.contains("%2F"), path + " → " + status);
    }

    private Map<String, String> sums() throws Exception {
        HttpResponse<String> r = get("/telechargements/SHA256SUMS", "text/plain");
        assertEquals(200, r.statusCode());
        return r.body().lines().map(l -> l.split("  ")).collect(Collectors.toMap(a -> a[1], a -> a[0]));
    }
}
