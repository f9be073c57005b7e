package org.mednumlod.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A 404 is negotiated like the documents: a page for browsers, a problem document for JSON clients, text else. */
class NotFoundHttpTest extends DemoSite {
    @ParameterizedTest(name = "{0} Accept: {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            /id/lieu/inconnu.1          | text/html                     | text/html
            /id/lieu/inconnu.1          | application/ld+json           | application/problem+json
            /page/commune/99999         | application/json              | application/problem+json
            /data/lieu/inconnu.1.ttl    | text/turtle                   | text/plain
            /id/commune/99999           | text/turtle                   | text/plain
            """)
    void notFoundIsNegotiated(String path, String accept, String type) throws Exception {
        HttpResponse<String> r = get(path, accept);
        assertEquals(404, r.statusCode());
        assertTrue(
                r.headers().firstValue("Content-Type").orElse("").startsWith(type),
                r.headers().firstValue("Content-Type").orElse(""));
        if (type.equals("application/problem+json")) {
            var json = new tools.jackson.databind.ObjectMapper().readTree(r.body());
            assertEquals(404, json.get("status").asInt());
            assertEquals(path, json.get("instance").asString());
        }
    }
}
