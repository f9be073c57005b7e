package org.mednumlod.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Territory pages of the demo data (Charente): the figures shown — read from the statistics computed at publish —
 * equal what a direct count over {@code /sparql} gives; the lists are paged and bounded; the « voir en SPARQL »
 * links give the page's query; every string from the data is escaped.
 */
class TerritoryPagesHttpTest extends DemoSite {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PREFIXES = """
            PREFIX mnl: <https://w3id.org/mednum-lod/def#>
            PREFIX igeo: <http://rdf.insee.fr/def/geo#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            """;
    private static final Pattern PLACE_ITEM = Pattern.compile("<li><a href=\"(/id/lieu/[^\"]+)\">([^<]*)</a>");
    private static final Pattern ROW =
            Pattern.compile("<th scope=\"row\" title=\"[^\"]*\">([^<]*)</th>\\s*<td class=\"num\">([^<]*)</td>");

    /** A territory of the demo data, its page path, and the property path from a place to it. */
    private record Territory(String path, String uri, String fromPlace) {}

    private Territory territory(String which) throws Exception {
        return switch (which) {
            case "commune" -> new Territory("commune/16015", BASE + "/id/commune/16015", "mnl:situeDansCommune");
            case "departement" ->
                new Territory("departement/16", BASE + "/id/departement/16", "mnl:situeDansCommune/mnl:departement");
            case "epci" -> {
                String epci = sparqlJson("SELECT ?e { <" + BASE + "/id/commune/16015> mnl:epci ?e }")
                        .get(0)
                        .get("e")
                        .get("value")
                        .asString();
                yield new Territory(epci.substring(epci.indexOf("/id/") + 4), epci, "mnl:situeDansCommune/mnl:epci");
            }
            default -> throw new IllegalArgumentException(which);
        };
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"departement", "epci", "commune"})
    void figuresEqualDirectCounts(String which) throws Exception {
        Territory t = territory(which);
        HttpResponse<String> r = get("/page/" + t.path(), "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        String html = r.body();

        long places = count("SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p a mnl:LieuMediationNumerique ; " + t.fromPlace()
                + " <" + t.uri() + "> }");
        assertTrue(places > 0, "the demo data has places in " + t.path());
        assertEquals(places, number(figure(html, "nombre-de-lieux")), "places of " + t.path());

        long population = count("SELECT ?n { <" + t.uri() + "> mnl:population ?n }");
        NumberFormat f = NumberFormat.getNumberInstance(Locale.FRANCE);
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        String per10k = f.format(
                BigDecimal.valueOf(places * 10_000).divide(BigDecimal.valueOf(population), 2, RoundingMode.HALF_UP));
        assertEquals(per10k, figure(html, "lieux-pour-10000-habitants"));

        String without = figure(html, "communes-sans-lieu");
        if (which.equals("commune")) {
            assertNull(without, "no communes without place on a commune page");
        } else {
            String rel = which.equals("epci") ? "mnl:epci" : "mnl:departement";
            long expected = count("SELECT (COUNT(DISTINCT ?c) AS ?n) { ?c a igeo:Commune ; " + rel + " <" + t.uri()
                    + "> " + "FILTER NOT EXISTS { ?p a mnl:LieuMediationNumerique ; mnl:situeDansCommune ?c } }");
            assertEquals(expected, number(without));
        }

        // Every row of the service / programme / fees tables, and no row missing.
        Map<String, Long> expected = new HashMap<>();
        for (JsonNode row : sparqlJson("SELECT ?label (COUNT(DISTINCT ?p) AS ?n) { ?p a mnl:LieuMediationNumerique ; "
                + t.fromPlace() + " <" + t.uri() + "> ; ?prop ?code . "
                + "VALUES ?prop { mnl:service mnl:dispositifProgrammeNational mnl:fraisACharge } "
                + "?code skos:prefLabel ?label FILTER(lang(?label) = 'fr') } GROUP BY ?label")) {
            expected.put(
                    row.get("label").get("value").asString(),
                    row.get("n").get("value").asLong());
        }
        Map<String, Long> shown = new HashMap<>();
        Matcher m = ROW.matcher(html);
        while (m.find()) {
            assertFalse(m.group(1).contains("'"), "escaped: " + m.group(1));
            shown.put(HtmlUtils.htmlUnescape(m.group(1)), number(m.group(2)));
        }
        assertFalse(expected.isEmpty(), "the demo places have services");
        assertEquals(expected, shown);
    }

    @Test
    void placesArePagedBoundedAndEscaped() throws Exception {
        Territory t = territory("departement");
        List<JsonNode> all = sparqlJson("SELECT ?p ?nom { ?p a mnl:LieuMediationNumerique ; " + t.fromPlace() + " <"
                + t.uri() + "> OPTIONAL { ?p mnl:nom ?nom } }");
        Map<String, String> names = new HashMap<>();
        all.forEach(r -> names.put(
                r.get("p").get("value").asString().substring(BASE.length()),
                r.has("nom") ? r.get("nom").get("value").asString() : null));
        int pages = (all.size() + 49) / 50;
        assertTrue(pages > 1, "Charente has more than one page of places: " + all.size());
        Set<String> seen = new HashSet<>();
        for (int page = 1; page <= pages; page++) {
            String html =
                    get("/page/" + t.path() + "?lieux=" + page, "text/html").body();
            assertTrue(html.contains("Page <span>" + page + "</span> sur <span>" + pages + "</span>"), "page " + page);
            List<String[]> items = items(html);
            assertEquals(page < pages ? 50 : all.size() - 50 * (pages - 1), items.size(), "page " + page);
            for (String[] item : items) {
                assertTrue(seen.add(item[0]), "listed once: " + item[0]);
                assertFalse(item[1].contains("<") || item[1].contains("\""), item[1]);
                assertEquals(names.get(item[0]), HtmlUtils.htmlUnescape(item[1]), "the name, escaped: " + item[0]);
            }
            // The map hook: the coordinates of this page's places only, as JSON in an escaped attribute.
            Matcher data = Pattern.compile("data-lieux=\"([^\"]*)\"").matcher(html);
            assertTrue(data.find());
            JsonNode points = JSON.readTree(HtmlUtils.htmlUnescape(data.group(1)));
            assertTrue(points.size() > 0 && points.size() <= items.size(), "points of page " + page);
            points.forEach(p -> assertTrue(
                    seen.contains(p.get("lien").asString()) && p.get("latitude").isNumber()));
        }
        assertEquals(names.keySet(), seen, "the pages hold every place of the territory");
        assertEquals(
                50,
                items(get("/page/" + t.path() + "?lieux=0", "text/html").body()).size(),
                "clamped to page 1");
        assertTrue(
                get("/page/" + t.path() + "?lieux=100000", "text/html")
                        .body()
                        .contains("Page <span>" + pages + "</span> sur"),
                "clamped to the last page");
        assertEquals(400, get("/page/" + t.path() + "?lieux=x", "text/html").statusCode());
        String html = get("/page/" + t.path(), "text/html").body();
        assertTrue(html.contains("data-emprise=\""), "the extent of a département for a map");
        java.util.List<String> scripts = java.util.regex.Pattern.compile("<script[^>]*>")
                .matcher(html)
                .results()
                .map(java.util.regex.MatchResult::group)
                .toList();
        assertEquals(
                java.util.List.of(
                        "<script src=\"/vendor/leaflet/leaflet.js\" defer>",
                        "<script src=\"/js/fond-de-carte.js\" defer>",
                        "<script src=\"/js/territoire.js\" defer>"),
                scripts,
                "only the site's own map scripts, none from the data");
    }

    @Test
    void communesWithoutPlaceArePaged() throws Exception {
        Territory t = territory("departement");
        List<JsonNode> expected = sparqlJson(
                "SELECT ?code { ?c a igeo:Commune ; mnl:departement <" + t.uri() + "> ; igeo:codeINSEE ?code "
                        + "FILTER NOT EXISTS { ?p a mnl:LieuMediationNumerique ; mnl:situeDansCommune ?c } } ORDER BY ?code");
        int pages = (expected.size() + 99) / 100;
        assertTrue(pages > 1, "most Charente communes have no place: " + expected.size());
        List<String> shown = new ArrayList<>();
        Pattern code = Pattern.compile("<td><code>([0-9AB]{5})</code></td>\\s*<td><a href=\"/page/commune/");
        for (int page = 1; page <= pages; page++) {
            String html =
                    get("/page/" + t.path() + "?sans-lieu=" + page, "text/html").body();
            int start = html.indexOf("id=\"sans-lieu\"");
            assertTrue(start > 0);
            Matcher m = code.matcher(html.substring(start, html.indexOf("</section>", start)));
            int n = 0;
            while (m.find()) {
                shown.add(m.group(1));
                n++;
            }
            assertTrue(n <= 100, "bounded page");
        }
        assertEquals(
                expected.stream()
                        .map(r -> r.get("code").get("value").asString())
                        .toList(),
                shown);
    }

    @Test
    void seeInSparqlOpensTheQueryOfTheFigures() throws Exception {
        Territory t = territory("commune");
        String html = get("/page/" + t.path(), "text/html").body();
        Matcher link = Pattern.compile("<a class=\"sparql\" href=\"([^\"]+)\">Voir ces chiffres en SPARQL</a>")
                .matcher(html);
        assertTrue(link.find(), "a « voir en SPARQL » link");
        String href = HtmlUtils.htmlUnescape(link.group(1));
        assertTrue(href.startsWith("/query?requete="), href);
        HttpResponse<String> page = get(href, "text/html");
        assertEquals(200, page.statusCode());
        String query = java.net.URLDecoder.decode(href.substring("/query?requete=".length()), StandardCharsets.UTF_8);
        assertTrue(page.body().contains(HtmlUtils.htmlEscape(query, "UTF-8")), "the query is in the form, escaped");
        assertTrue(query.contains("<" + t.uri() + ">"), "the territory is written into the query");
        // Run it: the same figure as the page.
        long shown = number(figure(html, "nombre-de-lieux"));
        boolean found = false;
        for (JsonNode row : sparqlBindings(query)) {
            if (row.get("indicateur").get("value").asString().equals("nombre-de-lieux") && !row.has("libelle")) {
                assertEquals(shown, row.get("valeur").get("value").asLong());
                found = true;
            }
        }
        assertTrue(found);
    }

    /** The text of {@code <dd id="ID">}, or null. */
    private static String figure(String html, String id) {
        Matcher m = Pattern.compile("<dd id=\"" + id + "\">([^<]*)</dd>").matcher(html);
        return m.find() ? HtmlUtils.htmlUnescape(m.group(1)) : null;
    }

    private static long number(String text) {
        assertNotNull(text);
        return Long.parseLong(text.replaceAll("[\\s\\u00a0\\u202f]", ""));
    }

    private static List<String[]> items(String html) {
        List<String[]> items = new ArrayList<>();
        Matcher m = PLACE_ITEM.matcher(html);
        while (m.find()) {
            items.add(new String[] {m.group(1), m.group(2)});
        }
        return items;
    }

    private long count(String query) throws Exception {
        return sparqlJson(query).get(0).get("n").get("value").asLong();
    }

    private List<JsonNode> sparqlJson(String query) throws Exception {
        return sparqlBindings(PREFIXES + query);
    }
}
