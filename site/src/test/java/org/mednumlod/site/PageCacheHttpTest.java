package org.mednumlod.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Pages and data documents of the served release are built once, then answered from memory, identical. */
class PageCacheHttpTest extends DemoSite {
    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource({
        "/page/commune/16015, text/html",
        "/data/commune/16015.ttl, text/turtle",
        "/page/departement/16, text/html",
        "/page/def, text/html",
    })
    void theSecondAnswerComesFromTheCacheAndIsTheSame(String path, String accept) throws Exception {
        HttpResponse<String> first = get(path + "?cache-test", accept);
        HttpResponse<String> second = get(path + "?cache-test", accept);
        assertEquals(200, first.statusCode());
        assertEquals("MISS", first.headers().firstValue("X-Mednum-Cache").orElse(""));
        assertEquals("HIT", second.headers().firstValue("X-Mednum-Cache").orElse(""));
        assertEquals(first.body(), second.body());
        for (String header :
                new String[] {"Content-Type", "Vary", "Link", "Content-Location", "ETag", "Cache-Control"}) {
            assertEquals(first.headers().allValues(header), second.headers().allValues(header), header);
        }
        String etag = second.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> revalidated = HTTP.send(
                builder(path + "?cache-test")
                        .header("Accept", accept)
                        .header("If-None-Match", etag)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(304, revalidated.statusCode(), "a cached page is still revalidated");
    }

    @org.junit.jupiter.api.Test
    void aPlacePageIsBuiltForEachRequestItsDataDocumentIsKept() throws Exception {
        String place = sparql("PREFIX mnl: <https://w3id.org/mednum-lod/def#> "
                        + "SELECT ?p { ?p a mnl:LieuMediationNumerique ; mnl:horaires ?h } LIMIT 1")
                .get(0)
                .trim();
        String key = place.substring(place.lastIndexOf('/') + 1);
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> page = get("/page/lieu/" + key, "text/html");
            assertEquals(200, page.statusCode());
            assertEquals(
                    "MISS", page.headers().firstValue("X-Mednum-Cache").orElse("MISS"), "never from the page cache");
            assertEquals(
                    "public, max-age=60",
                    page.headers().firstValue("Cache-Control").orElse(""));
            assertEquals(
                    java.util.Optional.empty(), page.headers().firstValue("ETag"), "no validator tied to the release");
        }
        get("/data/lieu/" + key + ".ttl", "text/turtle");
        assertEquals(
                "HIT",
                get("/data/lieu/" + key + ".ttl", "text/turtle")
                        .headers()
                        .firstValue("X-Mednum-Cache")
                        .orElse(""));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/page/commune/99999", "/data/commune/16015.xyz"})
    void failuresAreNotKept(String path) throws Exception {
        HttpResponse<String> first = get(path, "text/html");
        HttpResponse<String> second = get(path, "text/html");
        assertEquals(first.statusCode(), second.statusCode());
        assertEquals("MISS", second.headers().firstValue("X-Mednum-Cache").orElse("MISS"));
    }
}
