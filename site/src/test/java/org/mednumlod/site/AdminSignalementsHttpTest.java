package org.mednumlod.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The report admin over HTTP: 401 without or with wrong credentials, the list (filters, paging, newest first),
 * « Marquer comme traité » with its CSRF token (403 without), the CSV export parsed back, no-store everywhere;
 * and Spring Security leaves every other path as it was (no session, no added headers).
 */
class AdminSignalementsHttpTest extends SignalementSite {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    HttpResponse<String> admin(HttpClient client, String path) throws Exception {
        return client.send(
                builder(path)
                        .header("Authorization", basic(ADMIN_USER, ADMIN_PASSWORD))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    String report(String key, String champ, String text) throws Exception {
        HttpResponse<String> r = post(client(), "application/json", "lieu", key, "champ", champ, "texte", text);
        assertEquals(201, r.statusCode(), r.body());
        return JSON.readTree(r.body()).get("id").asText();
    }

    @Test
    void withoutOrWithWrongCredentialsThe401AsksForBasic() throws Exception {
        for (String auth :
                new String[] {null, basic(ADMIN_USER, "faux"), basic("inconnu", ADMIN_PASSWORD), "Basic !!!"}) {
            for (String path : new String[] {"/admin/signalements", "/admin/signalements/export.csv"}) {
                HttpRequest.Builder b = builder(path);
                if (auth != null) {
                    b.header("Authorization", auth);
                }
                HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(401, r.statusCode(), path + " " + auth);
                assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic realm="), path);
                assertFalse(r.body().contains("signalement@"), "nothing of the reports");
            }
        }
    }

    @Test
    void theListFiltersPagesAndIsNeverCached() throws Exception {
        String other = "bus-france-services-charente.1";
        String run = UUID.randomUUID().toString();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            ids.add(report(other, i % 2 == 0 ? "labels" : "public", "Lot " + run + " n° " + i));
        }
        String mine = report(PlaceHttpTest.KEY, "horaires", "Horaires " + run);
        HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpResponse<String> all = admin(http, "/admin/signalements?lieu=" + other);
        assertEquals(200, all.statusCode(), all.body());
        assertTrue(all.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(all.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
        assertTrue(all.headers().firstValue("ETag").isEmpty()
                && all.headers().firstValue("Last-Modified").isEmpty());
        assertTrue(
                all.body().contains("<span>" + ids.size() + "</span> signalement(s)")
                        || all.body().contains(">" + (ids.size()) + "<"),
                "count shown");
        assertEquals(50, count(all.body(), "<tr id=\"s-"), "50 a page");
        assertTrue(
                all.body().contains("Les signalements traités sont supprimés 12 mois après leur traitement"),
                "the retention rule in force is stated");
        List<Integer> order = new ArrayList<>();
        Matcher row = Pattern.compile("<tr id=\"s-([^\"]+)\"").matcher(all.body());
        while (row.find()) {
            order.add(ids.indexOf(row.group(1)));
        }
        assertTrue(
                all.body().contains("id=\"s-" + ids.get(50) + "\""),
                "newest first; rows of page 1 (index of each "
                        + "report in the order it was sent, -1 if not one of this run): " + order);
        assertFalse(all.body().contains("id=\"s-" + ids.get(0) + "\""), "the oldest is on page 2");
        assertFalse(all.body().contains("id=\"s-" + mine + "\""), "another place is filtered out");
        assertTrue(all.body().contains("href=\"/admin/signalements?lieu=" + other + "&amp;page=2\""), all.body());
        HttpResponse<String> page2 = admin(http, "/admin/signalements?lieu=" + other + "&page=2");
        assertEquals(1, count(page2.body(), "<tr id=\"s-"));
        assertTrue(page2.body().contains("id=\"s-" + ids.get(0) + "\""));
        HttpResponse<String> labels = admin(http, "/admin/signalements?lieu=" + other + "&champ=labels&statut=nouveau");
        assertEquals(26, count(labels.body(), "<tr id=\"s-"));
        String today = LocalDate.now(java.time.ZoneId.of("Europe/Paris")).toString();
        String tomorrow =
                LocalDate.now(java.time.ZoneId.of("Europe/Paris")).plusDays(1).toString();
        assertTrue(admin(http, "/admin/signalements?du=" + today + "&au=" + today)
                .body()
                .contains("id=\"s-" + mine + "\""));
        assertFalse(
                admin(http, "/admin/signalements?du=" + tomorrow).body().contains("id=\"s-"),
                "nothing from tomorrow on");
        assertEquals(400, admin(http, "/admin/signalements?statut=perdu").statusCode());
        assertEquals(400, admin(http, "/admin/signalements?du=hier").statusCode());
        List<CSVRecord> csv = csv("?lieu=" + other);
        assertEquals(51, csv.size());
        for (int i = 0; i < csv.size(); i++) {
            assertEquals(ids.get(50 - i), csv.get(i).get("id"), "newest first: in the reverse order of sending");
            assertTrue(
                    csv.get(i).get("cree").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"),
                    "fixed-width time, sorts as text: " + csv.get(i).get("cree"));
            if (i > 0) {
                assertTrue(csv.get(i - 1).get("cree").compareTo(csv.get(i).get("cree")) >= 0, "and by time as text");
            }
        }
    }

    @Test
    void markingHandledNeedsTheCsrfTokenAndIsExported() throws Exception {
        String text = "=HYPERLINK(\"http://mal.example\") " + UUID.randomUUID();
        String id = report(PlaceHttpTest.KEY, "contacts", text);
        HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String form = "retour=" + URLEncoder.encode("statut=nouveau", StandardCharsets.UTF_8);
        HttpResponse<String> forged = http.send(
                builder("/admin/signalements/" + id + "/traite")
                        .header("Authorization", basic(ADMIN_USER, ADMIN_PASSWORD))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, forged.statusCode(), "no CSRF token, no change");
        HttpResponse<String> list = admin(http, "/admin/signalements?statut=nouveau");
        Matcher token = CSRF.matcher(list.body());
        assertTrue(token.find(), "the forms carry a CSRF token");
        HttpResponse<String> done = http.send(
                builder("/admin/signalements/" + id + "/traite")
                        .header("Authorization", basic(ADMIN_USER, ADMIN_PASSWORD))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                form + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(303, done.statusCode(), done.body());
        assertEquals(
                "/admin/signalements?statut=nouveau",
                done.headers().firstValue("Location").orElse(null));
        CSVRecord row = csv("?statut=traite").stream()
                .filter(c -> c.get("id").equals(id))
                .findFirst()
                .orElseThrow();
        assertEquals("traite", row.get("statut"));
        assertEquals(ADMIN_USER, row.get("traite_par"));
        assertNotNull(java.time.Instant.parse(row.get("traite_le")));
        assertEquals("'" + text, row.get("texte"), "a formula-like cell is defused for spreadsheets");
        assertEquals("contacts", row.get("champs"));
        assertTrue(csv("?statut=nouveau").stream().noneMatch(c -> c.get("id").equals(id)));
        assertEquals(
                404,
                http.send(
                                builder("/admin/signalements/" + UUID.randomUUID() + "/traite")
                                        .header("Authorization", basic(ADMIN_USER, ADMIN_PASSWORD))
                                        .header("Content-Type", "application/x-www-form-urlencoded")
                                        .POST(HttpRequest.BodyPublishers.ofString(
                                                "_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .statusCode());
        HttpResponse<String> page = admin(http, "/admin/signalements?statut=traite&champ=contacts");
        assertTrue(page.body().contains("Traité par <span>" + ADMIN_USER + "</span>"), "shown as handled");
    }

    @Test
    void theCsvHasTheDocumentedColumns() throws Exception {
        report(PlaceHttpTest.KEY, "services", "Colonnes " + UUID.randomUUID());
        HttpResponse<String> r = admin(HTTP, "/admin/signalements/export.csv");
        assertEquals(
                "no-store", r.headers().firstValue("Cache-Control").orElse("").replaceAll(".*(no-store).*", "$1"));
        assertTrue(r.headers().firstValue("Content-Disposition").orElse("").contains("signalements.csv"));
        assertEquals(
                "id,iri,cree,lieu,version,champs,texte,courriel,statut,traite_par,traite_le,empreinte_client",
                r.body().lines().findFirst().orElse(""));
        assertTrue(r.body().contains("\r\n"), "RFC 4180 line ends");
    }

    /** Spring Security is on /admin/* alone: public pages get no session, no security headers, no login. */
    @Test
    void otherPathsAreUntouchedBySecurity() throws Exception {
        for (String path : new String[] {
            "/",
            "/page/lieu/" + PlaceHttpTest.KEY,
            "/page/def",
            "/recherche?q=angou",
            "/sparql?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8),
            "/signalements/merci"
        }) {
            HttpResponse<String> r = get(path, "text/html");
            assertEquals(200, r.statusCode(), path);
            for (String header : new String[] {
                "Set-Cookie",
                "X-Frame-Options",
                "X-Content-Type-Options",
                "WWW-Authenticate",
                "X-XSS-Protection",
                "Strict-Transport-Security"
            }) {
                assertTrue(r.headers().firstValue(header).isEmpty(), path + " " + header);
            }
        }
        assertEquals(
                "public, max-age=60",
                get("/page/lieu/" + PlaceHttpTest.KEY, "text/html")
                        .headers()
                        .firstValue("Cache-Control")
                        .orElse(""),
                "the place page keeps its own freshness");
        // A path the firewall would reject under /admin is an ordinary 404 elsewhere.
        assertEquals(404, get("/page/lieu/a;b", "text/html").statusCode());
    }

    private static int count(String text, String what) {
        return text.split(Pattern.quote(what), -1).length - 1;
    }
}
