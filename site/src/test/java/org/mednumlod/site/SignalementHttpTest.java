package org.mednumlod.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/**
 * « Signaler une erreur » over HTTP on the demo release: 201 / 303 and the report found in the admin's CSV,
 * 400 per invalid field with a French message naming it, the honeypot, 429 after the limit, 411/413/415, unknown
 * places, withdrawn places, and reports never reachable through /sparql or the dumps. Every request names its
 * client with {@code X-Forwarded-For} (believed from loopback), so that tests do not share a rate-limit window.
 */
class SignalementHttpTest extends SignalementSite {
    @Test
    void aReportIsCommittedThenAnswered201WithItsLocation() throws Exception {
        String text = "Les horaires du samedi sont faux : fermé le samedi. " + UUID.randomUUID();
        HttpResponse<String> r = post(
                client(),
                "application/json",
                "lieu",
                PlaceHttpTest.KEY,
                "champ",
                "horaires",
                "champ",
                "adresse",
                "texte",
                text,
                "courriel",
                "usager@exemple.fr",
                "site",
                "");
        assertEquals(201, r.statusCode(), r.body());
        assertEquals("application/json", r.headers().firstValue("Content-Type").orElse(""));
        assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""));
        JsonNode body = JSON.readTree(r.body());
        String iri = BASE + "/id/signalement/" + body.get("id").asString();
        assertEquals(iri, r.headers().firstValue("Location").orElse(null));
        assertEquals(iri, body.get("iri").asString());
        assertEquals("nouveau", body.get("statut").asString());
        CSVRecord row = csv("").stream()
                .filter(c -> c.get("iri").equals(iri))
                .findFirst()
                .orElseThrow();
        assertEquals(BASE + "/id/lieu/" + PlaceHttpTest.KEY, row.get("lieu"));
        assertEquals(store.releaseId(), row.get("version"));
        assertEquals("horaires adresse", row.get("champs"));
        assertEquals(text, row.get("texte"));
        assertEquals("usager@exemple.fr", row.get("courriel"));
        assertEquals("nouveau", row.get("statut"));
        assertTrue(row.get("empreinte_client").matches("[0-9a-f]{32}"), row.get("empreinte_client"));
        assertFalse(row.toString().contains("203.0.113."), "the client address is not stored");
        assertTrue(r.headers().allValues("Set-Cookie").isEmpty(), "no session for the public form");
    }

    @Test
    void aBrowserIsSentToAFrenchConfirmation() throws Exception {
        String text = "Adresse erronée " + UUID.randomUUID();
        HttpResponse<String> r =
                post(client(), "text/html,application/xhtml+xml,*/*;q=0.8", "lieu", PlaceHttpTest.KEY, "texte", text);
        assertEquals(303, r.statusCode(), r.body());
        assertEquals(
                "/signalements/merci?lieu=" + PlaceHttpTest.KEY,
                r.headers().firstValue("Location").orElse(null));
        HttpResponse<String> merci = get("/signalements/merci?lieu=" + PlaceHttpTest.KEY, "text/html");
        assertEquals(200, merci.statusCode());
        assertTrue(merci.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertEquals("no-store", merci.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(merci.body().contains("Merci, votre signalement a bien été enregistré"), merci.body());
        assertTrue(merci.body().contains("href=\"/page/lieu/" + PlaceHttpTest.KEY + "\""));
        assertTrue(csv("").stream().anyMatch(c -> c.get("texte").equals(text)), "stored");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            texte vide            | texte    |                  | a@b.fr         | « Ce qui est erroné » est obligatoire
            texte trop long       | texte    | LONG             |                | « Ce qui est erroné » dépasse 2 000 caractères (2001 saisis)
            courriel invalide     | courriel | Horaires faux    | pas un courriel | « Votre courriel » n'est pas une adresse électronique valide
            courriel sans local   | courriel | Horaires faux    | @exemple.fr    | « Votre courriel » n'est pas une adresse électronique valide
            champ inconnu         | champ    | Horaires faux    |                | « Ce qui est concerné » contient une valeur inconnue : « couleur »
            """)
    void eachInvalidFieldIsNamedInFrench(String name, String field, String texte, String courriel, String message)
            throws Exception {
        String t = texte == null ? "" : texte.equals("LONG") ? "é".repeat(2001) : texte + " " + UUID.randomUUID();
        String[] form = {
            "lieu",
            PlaceHttpTest.KEY,
            "texte",
            t,
            "courriel",
            courriel == null ? "" : courriel,
            "champ",
            field.equals("champ") ? "couleur" : "horaires"
        };
        HttpResponse<String> json = post(client(), "application/json", form);
        assertEquals(400, json.statusCode(), json.body());
        assertEquals(
                "application/problem+json",
                json.headers().firstValue("Content-Type").orElse(""));
        JsonNode problem = JSON.readTree(json.body());
        assertEquals(List.of(field), List.copyOf(problem.get("erreurs").propertyNames()));
        assertTrue(problem.get("erreurs").get(field).asString().contains(message), problem.toString());
        HttpResponse<String> html = post(client(), "text/html", form);
        assertEquals(400, html.statusCode());
        assertTrue(html.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        String escaped = message.replace("'", "&#39;");
        assertTrue(html.body().contains(escaped), html.body());
        assertTrue(html.body().contains("role=\"alert\""), "the errors are announced");
        assertTrue(html.body().contains("value=\"" + PlaceHttpTest.KEY + "\""), "the form is drawn again, filled");
        if (!t.isEmpty() && !texte.equals("LONG")) {
            assertTrue(html.body().contains(t), "what was typed is kept");
            assertTrue(csv("").stream().noneMatch(c -> c.get("texte").equals(t)), "nothing stored");
        }
    }

    @Test
    void twoThousandCharactersWithLineBreaksAreAccepted() throws Exception {
        // A browser sends line breaks as CRLF, its maxlength counts them as one character: so does the server.
        String text = ("x".repeat(99) + "\r\n").repeat(19) + "y".repeat(100);
        assertEquals(2019, text.length());
        HttpResponse<String> r = post(client(), "application/json", "lieu", PlaceHttpTest.KEY, "texte", text);
        assertEquals(201, r.statusCode(), r.body());
        String id = JSON.readTree(r.body()).get("id").asString();
        CSVRecord row =
                csv("").stream().filter(c -> c.get("id").equals(id)).findFirst().orElseThrow();
        assertEquals(2000, row.get("texte").length());
    }

    @Test
    void aFilledHoneypotIsAnsweredAsAcceptedButNotStored() throws Exception {
        String text = "Achetez nos montres " + UUID.randomUUID();
        HttpResponse<String> r = post(
                client(),
                "application/json",
                "lieu",
                PlaceHttpTest.KEY,
                "texte",
                text,
                "site",
                "https://spam.example/");
        assertEquals(201, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Location").orElse("").startsWith(BASE + "/id/signalement/"));
        HttpResponse<String> html =
                post(client(), "text/html", "lieu", PlaceHttpTest.KEY, "texte", text, "site", "https://spam.example/");
        assertEquals(303, html.statusCode());
        String id = JSON.readTree(r.body()).get("id").asString();
        assertTrue(
                csv("").stream()
                        .noneMatch(
                                c -> c.get("texte").equals(text) || c.get("id").equals(id)),
                "not stored");
    }

    @Test
    void aClientIsLimitedToFiveReportsThen429WithRetryAfter() throws Exception {
        String client = "198.51.100.7";
        for (int i = 0; i < 5; i++) {
            assertEquals(
                    201,
                    post(client, "application/json", "lieu", PlaceHttpTest.KEY, "texte", "Essai " + i)
                            .statusCode());
        }
        String text = "Sixième " + UUID.randomUUID();
        HttpResponse<String> r = post(client, "application/json", "lieu", PlaceHttpTest.KEY, "texte", text);
        assertEquals(429, r.statusCode(), r.body());
        long retry = Long.parseLong(r.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retry > 0 && retry <= 600, "Retry-After " + retry);
        assertEquals(
                "application/problem+json",
                r.headers().firstValue("Content-Type").orElse(""));
        assertTrue(JSON.readTree(r.body()).get("detail").asString().contains("Merci de réessayer dans"), r.body());
        HttpResponse<String> page = post(client, "text/html", "lieu", PlaceHttpTest.KEY, "texte", text);
        assertEquals(429, page.statusCode());
        assertTrue(page.body().contains("Trop de signalements"), page.body());
        assertTrue(csv("").stream().noneMatch(c -> c.get("texte").equals(text)), "not stored");
        assertEquals(
                201,
                post("198.51.100.8", "application/json", "lieu", PlaceHttpTest.KEY, "texte", text)
                        .statusCode(),
                "another client is not limited");
    }

    @Test
    void oversizedOrUnframedOrOtherBodiesAreRefused() throws Exception {
        HttpResponse<String> big =
                post(client(), "application/json", "lieu", PlaceHttpTest.KEY, "texte", "a".repeat(20_000));
        assertEquals(413, big.statusCode(), big.body());
        assertTrue(JSON.readTree(big.body()).get("detail").asString().contains("ne peut dépasser 16384 octets"));
        HttpResponse<String> json = HTTP.send(
                builder("/signalements")
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .header("X-Forwarded-For", client())
                        .POST(HttpRequest.BodyPublishers.ofString("{\"texte\": \"x\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(415, json.statusCode(), json.body());
        HttpResponse<String> chunked = HTTP.send(
                builder("/signalements")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept", "application/json")
                        .header("X-Forwarded-For", client())
                        .POST(HttpRequest.BodyPublishers.ofInputStream(
                                () -> new ByteArrayInputStream("texte=x".getBytes(StandardCharsets.UTF_8))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(411, chunked.statusCode(), chunked.body());
    }

    @Test
    void anUnknownPlaceIs404() throws Exception {
        for (String key : new String[] {"lamednum-exemple.inconnu", "pas une clé", "../../etc"}) {
            HttpResponse<String> r = post(client(), "application/json", "lieu", key, "texte", "Erreur");
            assertEquals(404, r.statusCode(), key + " " + r.body());
        }
        assertEquals(
                404,
                get("/signalements/nouveau?lieu=lamednum-exemple.inconnu", "text/html")
                        .statusCode());
        HttpResponse<String> page = get("/signalements/nouveau?lieu=" + PlaceHttpTest.KEY, "text/html");
        assertEquals(200, page.statusCode());
        assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(page.body().contains("action=\"/signalements\"")
                && page.body().contains(BASE + "/id/lieu/" + PlaceHttpTest.KEY));
    }

    /** A withdrawn place (its tombstone, added for this test) can still be reported: it may still exist. */
    @Test
    void aWithdrawnPlaceCanStillBeReported() throws Exception {
        var dataset = store.release().dataset();
        String graph = BASE + "/graph/tombstones";
        String key = "lamednum-exemple.disparu";
        var statement = org.apache.jena.rdf.model.ResourceFactory.createStatement(
                org.apache.jena.rdf.model.ResourceFactory.createResource(BASE + "/id/lieu/" + key),
                org.apache.jena.rdf.model.ResourceFactory.createProperty("http://www.w3.org/ns/prov#invalidatedAtTime"),
                org.apache.jena.rdf.model.ResourceFactory.createTypedLiteral(
                        "2026-01-15T10:00:00Z", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdateTime));
        org.apache.jena.system.Txn.executeWrite(
                dataset, () -> dataset.getNamedModel(graph).add(statement));
        try {
            HttpResponse<String> gone = get("/page/lieu/" + key, "text/html");
            assertEquals(410, gone.statusCode());
            assertTrue(gone.body().contains("href=\"/signalements/nouveau?lieu=" + key + "\""), gone.body());
            String text = "Ce lieu est toujours ouvert " + UUID.randomUUID();
            HttpResponse<String> r = post(client(), "application/json", "lieu", key, "champ", "autre", "texte", text);
            assertEquals(201, r.statusCode(), r.body());
            assertTrue(csv("?lieu=" + key).stream().anyMatch(c -> c.get("texte").equals(text)));
        } finally {
            org.apache.jena.system.Txn.executeWrite(
                    dataset, () -> dataset.getNamedModel(graph).remove(statement));
        }
    }

    /** Reports are never published: not in any graph of the endpoint, not in the dumps. */
    @Test
    void reportsAreNotReachableThroughSparqlNorTheDumps() throws Exception {
        String token = "jeton-" + UUID.randomUUID();
        HttpResponse<String> r = post(
                client(),
                "application/json",
                "lieu",
                PlaceHttpTest.KEY,
                "texte",
                token,
                "courriel",
                "secret@exemple.fr");
        assertEquals(201, r.statusCode());
        String iri = r.headers().firstValue("Location").orElseThrow();
        assertTrue(
                ask("ASK { GRAPH ?g { ?s ?p \"Anonymal\" } }"), "control: the same kind of query finds a place's name");
        for (String query : new String[] {
            "ASK { { ?s ?p \"" + token + "\" } UNION { GRAPH ?g { ?s ?p \"" + token + "\" } } }",
            "ASK { { <" + iri + "> ?p ?o } UNION { GRAPH ?g { <" + iri + "> ?p ?o } } }",
            "ASK { { ?s a <https://w3id.org/mednum-lod/signalement#Signalement> } UNION "
                    + "{ GRAPH ?g { ?s a <https://w3id.org/mednum-lod/signalement#Signalement> } } }",
            "ASK { GRAPH ?g { ?s ?p \"secret@exemple.fr\" } }"
        }) {
            assertFalse(ask(query), query);
        }
        HttpResponse<byte[]> dump = HTTP.send(
                builder("/telechargements/mednum-lod.nq.gz").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, dump.statusCode());
        // Read line by line: the national dump holds the whole COG (≈ 100 MB of text).
        boolean place = false;
        boolean report = false;
        try (java.io.BufferedReader lines = new java.io.BufferedReader(new java.io.InputStreamReader(
                new GZIPInputStream(new ByteArrayInputStream(dump.body())), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                place |= line.contains("/id/lieu/" + PlaceHttpTest.KEY);
                report |= line.contains("signalement");
            }
        }
        assertTrue(place, "the dump is the release's");
        assertFalse(report, "no report in the dump");
    }

    private boolean ask(String query) throws Exception {
        HttpResponse<String> a = get(
                "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), "application/sparql-results+json");
        assertEquals(200, a.statusCode(), a.body());
        return JSON.readTree(a.body()).get("boolean").asBoolean();
    }
}
