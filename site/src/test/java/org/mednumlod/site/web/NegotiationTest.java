package org.mednumlod.site.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NegotiationTest {

    @ParameterizedTest(name = "format={0} accept={1} → {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            -       | -                                                      | HTML
            -       | ''                                                     | HTML
            -       | text/html                                              | HTML
            -       | text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8 | HTML
            -       | */*                                                    | HTML
            -       | text/turtle                                            | TURTLE
            -       | application/x-turtle                                   | TURTLE
            -       | application/ld+json                                    | JSONLD
            -       | application/json                                       | JSONLD
            -       | application/rdf+xml                                    | RDFXML
            -       | application/n-triples                                  | NTRIPLES
            -       | text/plain                                             | NTRIPLES
            -       | text/turtle;q=0.5, application/ld+json                 | JSONLD
            -       | text/turtle, application/ld+json                       | TURTLE
            -       | text/html;q=0.1, text/turtle                           | TURTLE
            -       | text/*                                                 | HTML
            -       | text/*;q=0.5, application/n-triples                    | NTRIPLES
            -       | application/*                                          | JSONLD
            -       | text/html;q=0, */*                                     | TURTLE
            -       | image/png                                              | NONE
            -       | text/turtle;q=0                                        | NONE
            -       | not a media type;;                                     | HTML
            ttl     | text/html                                              | TURTLE
            turtle  | -                                                      | TURTLE
            jsonld  | text/turtle                                            | JSONLD
            nt      | -                                                      | NTRIPLES
            rdf     | -                                                      | RDFXML
            html    | text/turtle                                            | HTML
            pdf     | text/html                                              | NONE
            """)
    void choose(String format, String accept, String expected) {
        String actual = Negotiation.choose(format, accept).map(Enum::name).orElse("NONE");
        assertEquals(expected, actual);
    }
}
