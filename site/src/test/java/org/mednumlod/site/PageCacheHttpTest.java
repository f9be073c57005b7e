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
        for (String header : new String[] {"Content-Type", "Vary", "Link", "Content-Location", "ETag", "Cache-Control"}) {
            assertEquals(first.headers().allValues(header), second.headers().allValues(header), header);
        }
        String etag = second.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> revalidated = HTTP.send(builder(path + "?cache-test").header("Accept", accept)
                .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(304, revalidated.statusCode(), "a cached page is still revalidated");
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
