package org.mednumlod.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The map without JavaScript ({@code /carte}: one level per page, France → régions → départements → communes →
 * places, counts equal to direct SPARQL counts), the embedding page ({@code /integrer}) and the widget
 * ({@code /widget}: framable by any origin, restricted to its territory, 400 in French for a bad setting).
 */
class CarteHttpTest extends DemoSite {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PREFIXES = """
            PREFIX mnl: <https://w3id.org/mednum-lod/def#>
            PREFIX igeo: <http://rdf.insee.fr/def/geo#>
            """;
    private static final Pattern ITEM = Pattern.compile("<li([^>]*)>\\s*<a href=\"([^\"]*)\"[^>]*>([^<]*)</a>");
    private static final Pattern NUMBER = Pattern.compile("data-nombre=\"(\\d+)\"");
    private static final Pattern TERRITORY = Pattern.compile("data-territoire=\"([^\"]+)\"");

    /** A line of the server-rendered list: its link, its name (unescaped), its count and territory (or null). */
    private record Item(String href, String name, long count, String territoire) {}

    @Test
    void drillsDownFromFranceToThePlacesWithTheCountsOfADirectCount() throws Exception {
        // France: the régions with places, and their counts.
        Map<String, Long> regions =
                counts("SELECT ?code (COUNT(DISTINCT ?p) AS ?n) { ?p a mnl:LieuMediationNumerique ; "
                        + "mnl:situeDansCommune/mnl:region/igeo:codeINSEE ?code } GROUP BY ?code");
        List<Item> france = items(page("/carte"));
        assertEquals(regions, byCode(france, "region:"), "régions and their counts");
        Item region = france.get(0);
        assertEquals("/carte?territoire=" + region.territoire(), region.href(), "a link one level down");

        // A région: its départements.
        String r = region.territoire().substring("region:".length());
        Map<String, Long> departements =
                counts("SELECT ?code (COUNT(DISTINCT ?p) AS ?n) { ?p a mnl:LieuMediationNumerique ; "
                        + "mnl:situeDansCommune/mnl:departement ?d . ?d mnl:region/igeo:codeINSEE \"" + r
                        + "\" ; igeo:codeINSEE ?code } GROUP BY ?code");
        String regionPage = page(region.href());
        assertEquals(departements, byCode(items(regionPage), "departement:"));
        assertTrue(
                regionPage.contains("aria-current=\"page\">" + HtmlUtils.htmlEscape(region.name()) + "</a>"),
                "breadcrumb");

        // Département 16: its communes.
        Map<String, Long> communes = counts(
                "SELECT ?code (COUNT(DISTINCT ?p) AS ?n) { ?p a mnl:LieuMediationNumerique ; "
                        + "mnl:situeDansCommune ?c . ?c mnl:departement/igeo:codeINSEE \"16\" ; igeo:codeINSEE ?code } GROUP BY ?code");
        assertTrue(communes.size() > 5, "Charente communes with places");
        List<Item> communeItems = items(page("/carte?territoire=departement:16"));
        assertEquals(communes, byCode(communeItems, "commune:"));
        assertEquals(
                communes.values().stream().mapToLong(Long::longValue).sum(),
                total(page("/carte?territoire=departement:16")));

        // A commune: its places, linked to their pages, paged.
        Item commune = communeItems.stream()
                .max(java.util.Comparator.comparingLong(Item::count))
                .orElseThrow();
        String code = commune.territoire().substring("commune:".length());
        List<String> places = new ArrayList<>();
        for (JsonNode row : sparqlBindings(
                PREFIXES + "SELECT ?p { ?p a mnl:LieuMediationNumerique ; mnl:situeDansCommune/igeo:codeINSEE \"" + code
                        + "\" }")) {
            places.add("/page/lieu/" + row.get("p").get("value").asString().substring((BASE + "/id/lieu/").length()));
        }
        List<String> shown = new ArrayList<>();
        int pages = (places.size() + 49) / 50;
        for (int p = 1; p <= pages; p++) {
            List<Item> items = items(page(commune.href() + "&page=" + p));
            items.forEach(i -> {
                assertNull(i.territoire(), "a place is not a level");
                shown.add(i.href());
            });
        }
        assertEquals(
                new java.util.TreeSet<>(places), new java.util.TreeSet<>(shown), "every place of the commune, once");
        assertEquals(places.size(), shown.size());
        assertEquals(200, get(shown.get(0), "text/html").statusCode(), "a place's page");
    }

    @Test
    void filtersAreCarriedFromOneLevelToTheNext() throws Exception {
        String html = page("/carte?services=aide-aux-demarches-administratives&ouvert=maintenant&inconnu=x");
        for (Item i : items(html)) {
            assertEquals(
                    "/carte?territoire=" + i.territoire()
                            + "&services=aide-aux-demarches-administratives&ouvert=maintenant",
                    i.href(),
                    "filters kept, unknown parameters dropped");
        }
        assertTrue(html.contains("value=\"aide-aux-demarches-administratives\" checked"), "the form shows the filter");
    }

    @Test
    void withFiltersTheListsAreThoseOfTheOrientationSearch() throws Exception {
        String service = "aide-aux-demarches-administratives";
        Map<String, Long> expected =
                counts("SELECT ?code (COUNT(DISTINCT ?p) AS ?n) { ?p a mnl:LieuMediationNumerique ; "
                        + "mnl:service <https://w3id.org/mednum-lod/code/services/" + service
                        + "> ; mnl:situeDansCommune ?c . "
                        + "?c mnl:departement/igeo:codeINSEE \"16\" ; igeo:codeINSEE ?code } GROUP BY ?code");
        String html = page("/carte?territoire=departement:16&services=" + service);
        Map<String, Long> shown = byCode(items(html), "commune:");
        assertEquals(expected, shown, "a direct SPARQL count of the places with that service");
        JsonNode api = JSON.readTree(get(
                        "/api/territoires/comptes?niveau=commune&dans=departement:16&services=" + service,
                        "application/json")
                .body());
        Map<String, Long> fromApi = new TreeMap<>();
        api.get("territoires")
                .forEach(t ->
                        fromApi.put(t.get("code").asString(), t.get("nombre").asLong()));
        assertEquals(fromApi, shown, "the API's counts");
        assertEquals(api.get("total").asLong(), total(html));
        long all = total(page("/carte?territoire=departement:16"));
        assertTrue(total(html) < all, "the filter narrows: " + total(html) + " of " + all);
        // The places of a commune with that filter, and a widget restricted to that commune, list the same places.
        String commune = shown.keySet().iterator().next();
        List<String> places = items(page("/carte?territoire=commune:" + commune + "&services=" + service)).stream()
                .map(Item::href)
                .toList();
        assertEquals(expected.get(commune), (long) places.size());
        assertEquals(
                places,
                items(page("/widget?territoire=commune:" + commune + "&services=" + service)).stream()
                        .map(Item::href)
                        .toList());
        HttpResponse<String> bad = get("/carte?territoire=departement:16&services=inconnu", "text/html");
        assertEquals(400, bad.statusCode(), "an unknown filter value");
        assertTrue(bad.body().contains("inconnu"), bad.body());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "/carte?territoire=pays:1, 400",
        "/carte?territoire=departement, 400",
        "/carte?territoire=region:99, 404",
        "/widget, 400",
        "/widget?territoire=departement:16&couleur=rouge, 400",
        "/widget?territoire=departement:16&couleur=%23ff000, 400",
        "/widget?territoire=departement:16&mode=plein, 400",
        "/widget?territoire=departement:16&latitude=45.6, 400",
        "/widget?territoire=departement:16&latitude=95&longitude=0&zoom=3, 400",
        "/widget?territoire=commune:16015&dans=departement:16, 400",
        "/widget?territoire=departement:16&dans=departement:17, 400",
        "/widget?territoire=x:16, 400"
    })
    void invalidSettingsAreRefusedInFrench(String path, int status) throws Exception {
        HttpResponse<String> r = get(path, "text/html");
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(r.body().contains("lang=\"fr\""));
        assertTrue(r.body().matches("(?s).*(invalide|inconnu|manquant|n&#39;est pas dans|incompl).*"), r.body());
    }

    @Test
    void theWidgetMayBeFramedByAnySiteAndOtherPagesKeepTheirHeaders() throws Exception {
        HttpResponse<String> widget = get("/widget?territoire=departement:16&couleur=%23AA3300", "text/html");
        assertEquals(200, widget.statusCode());
        assertTrue(widget.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        String csp = widget.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("frame-ancestors *"), csp);
        assertTrue(csp.contains("default-src 'self'"), "nothing from elsewhere: " + csp);
        assertFalse(widget.headers().firstValue("X-Frame-Options").isPresent());
        assertTrue(widget.body().contains("--couleur: #aa3300"), "the validated colour");
        for (String path : List.of("/carte", "/integrer", "/", "/page/departement/16")) {
            HttpResponse<String> other = get(path, "text/html");
            assertEquals(200, other.statusCode(), path);
            assertFalse(other.headers().firstValue("Content-Security-Policy").isPresent(), path + " keeps its headers");
        }
        List<String> scripts = Pattern.compile("<script[^>]*src=\"([^\"]+)\"")
                .matcher(widget.body())
                .results()
                .map(m -> m.group(1))
                .toList();
        assertFalse(scripts.isEmpty());
        scripts.forEach(s -> assertTrue(s.startsWith("/"), "served by the platform: " + s));
        assertFalse(widget.body().matches("(?s).*(src|href)=\"(https?:)?//.*"), "no absolute URL to another host");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"departement:16, mnl:departement", "commune:16015, ", "epci, mnl:epci"})
    void aWidgetNeverListsAPlaceOutsideItsTerritory(String territory, String relation) throws Exception {
        String t = territory;
        if (t.equals("epci")) {
            String epci = sparqlBindings(PREFIXES + "SELECT ?e { <" + BASE + "/id/commune/16015> mnl:epci ?e }")
                    .get(0)
                    .get("e")
                    .get("value")
                    .asString();
            t = "epci:" + epci.substring(epci.lastIndexOf('/') + 1);
        }
        String kind = t.substring(0, t.indexOf(':'));
        String uri = BASE + "/id/" + kind + "/" + t.substring(t.indexOf(':') + 1);
        String widget = "/widget?territoire=" + t;
        // Every place the widget lists, at every level it reaches, is in the territory.
        List<String> inside = new ArrayList<>();
        for (JsonNode row :
                sparqlBindings(PREFIXES + "SELECT ?p { ?p a mnl:LieuMediationNumerique ; mnl:situeDansCommune "
                        + (relation == null ? "" : "/" + relation) + " <" + uri + "> }")) {
            inside.add("/page/lieu/" + row.get("p").get("value").asString().substring((BASE + "/id/lieu/").length()));
        }
        List<String> listed = new ArrayList<>();
        List<String> todo = new ArrayList<>(List.of(
                widget, widget + "&services=aide-aux-demarches-administratives", widget + "&commune=17300&rayon=200"));
        int visited = 0;
        while (!todo.isEmpty() && visited < 60) {
            String path = todo.remove(0);
            visited++;
            HttpResponse<String> r = get(path, "text/html");
            assertEquals(200, r.statusCode(), path);
            for (Item i : items(r.body())) {
                if (i.territoire() == null) {
                    listed.add(i.href());
                } else {
                    assertTrue(i.href().startsWith(widget + "&"), "the widget's links keep its territory: " + i.href());
                    todo.add(i.href());
                }
            }
        }
        String restricted = t;
        assertFalse(listed.isEmpty(), "the widget lists places of " + t);
        listed.forEach(p -> assertTrue(inside.contains(p), p + " is in " + restricted));
    }

    @Test
    void theEmbeddingPageGivesTheSnippetOfATerritoryByCodeOrByName() throws Exception {
        HttpResponse<String> r = get(
                "/integrer?territoire=departement:16&couleur=%23336699&mode=carte&services=aide-aux-demarches-administratives",
                "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        String html = r.body();
        Matcher snippet = Pattern.compile("<textarea id=\"code-iframe\"[^>]*>([^<]*)</textarea>")
                .matcher(html);
        assertTrue(snippet.find(), "the snippet");
        String code = HtmlUtils.htmlUnescape(snippet.group(1));
        Matcher src =
                Pattern.compile("<iframe src=\"([^\"]+)\" title=\"([^\"]+)\"").matcher(code);
        assertTrue(src.find(), code);
        String url = HtmlUtils.htmlUnescape(src.group(1));
        String origin = "http://localhost:" + port;
        assertEquals(
                origin
                        + "/widget?territoire=departement:16&couleur=%23336699&mode=carte&services=aide-aux-demarches-administratives",
                url);
        assertEquals(
                200, get(url.substring(origin.length()), "text/html").statusCode(), "the snippet's widget answers");
        assertTrue(
                html.contains("id=\"apercu\" src=\"" + HtmlUtils.htmlEscape(url) + "\""), "the preview is the widget");
        assertTrue(html.contains("/js/mednum-carte.js"), "the web component variant");

        // By name: one match gives the snippet, several give a choice, none an error in French.
        String angouleme = get(
                        "/integrer?territoire=" + URLEncoder.encode("Angoulême", StandardCharsets.UTF_8), "text/html")
                .body();
        assertTrue(angouleme.contains("<code>commune:16015</code>"), angouleme);
        String charente = get("/integrer?territoire=charente", "text/html").body();
        assertTrue(charente.contains("id=\"candidats\""), "several territories start with « charente »");
        assertTrue(charente.contains("territoire=departement:16"), charente);
        String none = get("/integrer?territoire=zzzz", "text/html").body();
        assertTrue(none.contains("id=\"erreur\"") && none.contains("Aucune région"), none);
        String colour = get("/integrer?territoire=departement:16&couleur=bleu", "text/html")
                .body();
        assertTrue(colour.contains("couleur « bleu » invalide"), "colour checked");
    }

    private String page(String path) throws Exception {
        HttpResponse<String> r = get(path, "text/html");
        assertEquals(200, r.statusCode(), path + " " + r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), path);
        return r.body();
    }

    private static List<Item> items(String html) {
        int start = html.indexOf("id=\"carte-liste\"");
        assertTrue(start > 0, "the list");
        String list = html.substring(start, html.indexOf("</ul>", start));
        List<Item> items = new ArrayList<>();
        Matcher m = ITEM.matcher(list);
        while (m.find()) {
            Matcher n = NUMBER.matcher(m.group(1));
            Matcher t = TERRITORY.matcher(m.group(1));
            items.add(new Item(
                    HtmlUtils.htmlUnescape(m.group(2)),
                    HtmlUtils.htmlUnescape(m.group(3)),
                    n.find() ? Long.parseLong(n.group(1)) : -1,
                    t.find() ? t.group(1) : null));
        }
        return items;
    }

    private static Map<String, Long> byCode(List<Item> items, String prefix) {
        Map<String, Long> m = new TreeMap<>();
        items.forEach(i -> {
            assertTrue(i.territoire().startsWith(prefix), i.territoire());
            m.put(i.territoire().substring(prefix.length()), i.count());
        });
        return m;
    }

    private static long total(String html) {
        Matcher m = Pattern.compile("id=\"carte-nombre\">([^<]+)<").matcher(html);
        assertTrue(m.find());
        return Long.parseLong(m.group(1).replaceAll("\\D", ""));
    }

    private Map<String, Long> counts(String query) throws Exception {
        Map<String, Long> m = new TreeMap<>();
        for (JsonNode row : sparqlBindings(PREFIXES + query)) {
            m.put(
                    row.get("code").get("value").asString(),
                    row.get("n").get("value").asLong());
        }
        assertFalse(m.isEmpty(), query);
        return m;
    }
}
