package org.mednumlod.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;

/** Validators, 304 and Cache-Control from the caching filter; sitemaps, robots.txt and canonical links. */
class CachingHttpTest extends DemoSite {

    private String releaseId() throws Exception {
        return sparql("PREFIX dcat: <http://www.w3.org/ns/dcat#> SELECT ?v WHERE { ?d dcat:version ?v }")
                .get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            /page/def                       | html   | text/html             | max-age=300
            /data/def.ttl                   | ttl    | text/turtle           | max-age=300
            /page/commune/49007             | html   | text/html             | max-age=300
            /data/commune/49007.jsonld      | jsonld | application/ld+json   | max-age=300
            /page/code/itinerance/fixe      | html   | text/html             | max-age=300
            /data/code/itinerance/fixe.nt   | nt     | application/n-triples | max-age=300
            /                               | html   | text/html             | max-age=300
            /sitemap.xml                    | xml    | application/xml       | max-age=300
            /sitemap-territoires-2.xml      | xml    | application/xml       | max-age=300
            /robots.txt                     | txt    | text/plain            | max-age=300
            /css/site.css                   | -      | text/css              | max-age=86400
            /favicon.svg                    | -      | image/svg+xml         | max-age=86400
            """)
    void revalidationWithTheValidatorsGives304(String path, String representation, String type, String maxAge)
            throws Exception {
        HttpResponse<String> first = get(path, null);
        assertEquals(200, first.statusCode(), path);
        assertTrue(first.headers().firstValue("Content-Type").orElse("").startsWith(type), path);
        String etag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("ETag on " + path));
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        assertTrue(first.headers().firstValue("Cache-Control").orElse("").contains(maxAge), path);
        assertTrue(etag.startsWith("W/\""), etag);
        if (!representation.equals("-")) {
            assertEquals(
                    "W/\"" + releaseId() + "-" + representation + "\"", etag, "tied to the release and representation");
        }
        HttpResponse<String> byTag =
                HTTP.send(builder(path).header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(304, byTag.statusCode(), path);
        assertEquals(etag, byTag.headers().firstValue("ETag").orElse(null));
        assertTrue(byTag.body().isEmpty());
        HttpResponse<String> byDate = HTTP.send(
                builder(path).header("If-Modified-Since", lastModified).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(304, byDate.statusCode(), path);
        HttpResponse<String> otherTag = HTTP.send(
                builder(path)
                        .header("If-None-Match", "W/\"une-autre-version-html\"")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, otherTag.statusCode(), path);
        HttpResponse<String> older = HTTP.send(
                builder(path)
                        .header("If-Modified-Since", "Sat, 01 Jan 2000 00:00:00 GMT")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, older.statusCode(), path);
    }

    @ParameterizedTest(name = "{0} has no validators")
    @CsvSource(delimiter = '|', textBlock = """
            /id/commune/49007        | text/html | 303
            /def                     | text/html | 303
            /page/commune/99999      | text/html | 404
            /data/commune/99999.ttl  | text/turtle | 404
            /recherche?q=angers      | text/html | 200
            /sparql?query=ASK%7B%7D  | application/sparql-results+json | 200
            """)
    void thingsErrorsSearchesAndSparqlCarryNoReleaseValidators(String path, String accept, int status)
            throws Exception {
        HttpResponse<String> r = get(path, accept);
        assertEquals(status, r.statusCode(), path);
        assertFalse(
                r.headers().firstValue("ETag").isPresent(),
                path + " " + r.headers().map());
        HttpResponse<String> conditional = HTTP.send(
                builder(path)
                        .header("Accept", accept)
                        .header("If-None-Match", "*")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(status, conditional.statusCode(), "a precondition never turns a non-2xx into 304: " + path);
    }

    @Test
    void representationsOfOneDocumentHaveDistinctETags() throws Exception {
        String ttl = get("/data/def.ttl", null).headers().firstValue("ETag").orElseThrow();
        String nt = get("/data/def.nt", null).headers().firstValue("ETag").orElseThrow();
        assertNotEquals(ttl, nt);
    }

    @Test
    void sitemapIndexPointsToSplitFilesOfPagesUnderTheBaseUri() throws Exception {
        HttpResponse<String> robots = get("/robots.txt", null);
        assertTrue(robots.body().contains("Sitemap: " + BASE + "/sitemap.xml"), robots.body());
        assertTrue(robots.body().contains("Disallow: /sparql"));
        Document index = xml(get("/sitemap.xml", null).body());
        assertEquals("sitemapindex", index.getDocumentElement().getLocalName());
        assertEquals(
                "http://www.sitemaps.org/schemas/sitemap/0.9",
                index.getDocumentElement().getNamespaceURI());
        List<String> files = locs(index);
        long territories =
                Long.parseLong(sparql("PREFIX igeo: <http://rdf.insee.fr/def/geo#> SELECT (COUNT(DISTINCT ?s) AS ?n) "
                                + "WHERE { VALUES ?t { igeo:Region igeo:Departement igeo:Intercommunalite igeo:Commune igeo:CommuneDeleguee "
                                + "igeo:CommuneAssociee igeo:ArrondissementMunicipal } ?s a ?t }")
                        .get(0));
        long places = Long.parseLong(sparql("PREFIX mnl: <https://w3id.org/mednum-lod/def#> "
                        + "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a mnl:LieuMediationNumerique }")
                .get(0));
        // mednum.sitemap.max-urls=20000 in DemoSite: the territories need more than one file.
        long expectedTerritoryFiles = (territories + 19_999) / 20_000;
        assertTrue(expectedTerritoryFiles >= 2, "territories: " + territories);
        assertEquals(
                expectedTerritoryFiles,
                files.stream().filter(f -> f.contains("/sitemap-territoires-")).count());
        assertTrue(
                files.contains(BASE + "/sitemap-lieux-1.xml") && files.contains(BASE + "/sitemap-vocabulaire.xml"),
                files.toString());
        long urls = 0;
        for (String file : files) {
            String path = file.substring(BASE.length());
            HttpResponse<String> r = get(path, null);
            assertEquals(200, r.statusCode(), path);
            Document set = xml(r.body());
            assertEquals("urlset", set.getDocumentElement().getLocalName());
            List<String> locs = locs(set);
            assertTrue(locs.size() <= 20_000 && !locs.isEmpty(), path + ": " + locs.size());
            assertTrue(locs.stream().allMatch(l -> l.startsWith(BASE + "/")), path);
            if (path.contains("territoires") || path.contains("lieux")) {
                urls += locs.size();
            }
            if (path.equals("/sitemap-vocabulaire.xml")) {
                assertTrue(
                        locs.contains(BASE + "/page/def") && locs.contains(BASE + "/page/code/itinerance/fixe"),
                        locs.toString());
            }
        }
        assertEquals(territories + places, urls, "every place and territory page listed once");
        assertEquals(
                404,
                get("/sitemap-territoires-" + (expectedTerritoryFiles + 1) + ".xml", "text/html")
                        .statusCode());
        assertTrue(get("/sitemap-territoires-1.xml", null).body().contains("<loc>" + BASE + "/page/commune/49007</loc>")
                || get("/sitemap-territoires-2.xml", null)
                        .body()
                        .contains("<loc>" + BASE + "/page/commune/49007</loc>"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            /                          | /
            /page/def                  | /page/def
            /page/commune/49007        | /page/commune/49007
            /page/departement/49?page=2 | /page/departement/49?page=2
            /page/departement/49?page=1 | /page/departement/49
            /page/code/itinerance/fixe | /page/code/itinerance/fixe
            """)
    void pagesNameTheirCanonicalUrlUnderTheBaseUri(String path, String canonical) throws Exception {
        String html = get(path, "text/html").body();
        assertTrue(html.contains("<link rel=\"canonical\" href=\"" + BASE + canonical + "\">"), path);
    }

    private static Document xml(String body) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> locs(Document d) {
        var nodes = d.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        List<String> locs = new java.util.ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            locs.add(nodes.item(i).getTextContent());
        }
        return locs;
    }
}
