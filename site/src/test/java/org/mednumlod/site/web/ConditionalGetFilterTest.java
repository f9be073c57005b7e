package org.mednumlod.site.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;

/** The filter's decisions as a table: which paths it covers, the representation part of the ETag, when 304. */
class ConditionalGetFilterTest {
    private static final String ETAG = "W/\"20261128T101500000Z-html\"";
    private static final Instant PUBLISHED = Instant.parse("2026-11-28T10:15:00Z");

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(nullValues = "-", textBlock = """
            /page/commune/49007, DOCUMENT
            /page/lieu/charente.42, -
            /data/lieu/charente.42.ttl, DOCUMENT
            /data/def.ttl, DOCUMENT
            /, DOCUMENT
            /sitemap.xml, DOCUMENT
            /sitemap-lieux-1.xml, DOCUMENT
            /robots.txt, DOCUMENT
            /css/site.css, STATIC
            /vendor/yasgui/yasgui.min.js, STATIC
            /favicon.svg, STATIC
            /sparql, -
            /id/commune/49007, -
            /def, -
            /code/itinerance/fixe, -
            /recherche, -
            /lookup, -
            /query, -
            """)
    void coveredPaths(String path, ConditionalGetFilter.Kind kind) {
        assertEquals(kind, ConditionalGetFilter.kind(path));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(textBlock = """
            /page/commune/49007, html
            /page/code/itinerance/fixe, html
            /data/commune/49007.jsonld, jsonld
            /data/lieu/charente.a.b.nt, nt
            /sitemap.xml, xml
            /, html
            """)
    void representation(String path, String expected) {
        assertEquals(expected, ConditionalGetFilter.representation(new MockHttpServletRequest("GET", path)));
    }

    @ParameterizedTest(name = "If-None-Match: {0} / If-Modified-Since: {1} → {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            W/"20261128T101500000Z-html"                     | -                             | true
            "20261128T101500000Z-html"                       | -                             | true
            W/"x", W/"20261128T101500000Z-html"              | -                             | true
            W/"20261128T101500000Z-ttl"                      | -                             | false
            W/"20260101T000000000Z-html"                     | -                             | false
            *                                                | -                             | false
            W/"20260101T000000000Z-html"                     | Sat, 28 Nov 2026 10:15:00 GMT | false
            -                                                | Sat, 28 Nov 2026 10:15:00 GMT | true
            -                                                | Sat, 28 Nov 2026 12:00:00 GMT | true
            -                                                | Sat, 28 Nov 2026 10:14:59 GMT | false
            -                                                | pas une date                  | false
            -                                                | -                             | false
            """)
    void notModified(String ifNoneMatch, String ifModifiedSince, boolean expected) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/page/def");
        if (ifNoneMatch != null) {
            request.addHeader("If-None-Match", ifNoneMatch);
        }
        if (ifModifiedSince != null) {
            request.addHeader("If-Modified-Since", ifModifiedSince);
        }
        assertEquals(expected, ConditionalGetFilter.notModified(request, ETAG, PUBLISHED));
    }

    @ParameterizedTest(name = "{1} page={2} → {3}")
    @CsvSource(nullValues = "-", textBlock = """
            http://data.example.org, /page/commune/49007, -, http://data.example.org/page/commune/49007
            http://data.example.org, /page/departement/49, 2, http://data.example.org/page/departement/49?page=2
            http://data.example.org, /page/departement/49, 1, http://data.example.org/page/departement/49
            http://data.example.org, /page/departement/49, abc, http://data.example.org/page/departement/49
            http://data.example.org, /recherche, -, -
            http://data.example.org, /lookup, -, -
            """)
    void canonical(String base, String path, String page, String expected) {
        assertEquals(expected, CanonicalLink.canonical(base, path, page));
    }
}
