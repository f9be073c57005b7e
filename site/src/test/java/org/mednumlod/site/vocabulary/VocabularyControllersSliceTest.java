package org.mednumlod.site.vocabulary;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mednumlod.site.web.DereferencingSlice;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The concept and vocabulary controllers over a mocked lookup: the w3id form {@code /code/…} and {@code /id/code/…}
 * of a concept, its page and document, a scheme (303 to the vocabulary) and the vocabulary's own URLs.
 */
@WebMvcTest(controllers = {ConceptController.class, VocabularyController.class})
class VocabularyControllersSliceTest extends DereferencingSlice {
    private static final Resource CONCEPT = ResourceFactory.createResource("https://w3id.org/mednum-lod/code/l/v");

    @MockitoBean
    ConceptDocuments concepts;

    @MockitoBean
    VocabularyDocuments vocabulary;

    /** state of the concept | URL | Accept | status | Location | media type | Link has. */
    @ParameterizedTest(name = "{0} {1} ({2}) → {3} {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            found  | /code/l/v          | text/html   | 303 | /page/code/l/v     | -           | </data/code/l/v.ttl>
            found  | /id/code/l/v       | text/turtle | 303 | /data/code/l/v.ttl | -           | </page/code/l/v>
            absent | /code/l/v          | text/html   | 404 | -                  | text/html   | -
            found  | /page/code/l/v     | -           | 200 | -                  | text/html   | </data/code/l/v.nt>
            found  | /data/code/l/v.rdf | -           | 200 | -                  | application/rdf+xml | </page/code/l/v>
            absent | /data/code/l/v.rdf | text/plain  | 404 | -                  | text/plain  | -
            found  | /data/code/l/v.xyz | text/plain  | 404 | -                  | text/plain  | -
            found  | /code/l            | text/turtle | 303 | /data/def.ttl      | -           | </page/def>
            found  | /code              | -           | 303 | /page/def          | -           | </data/def.ttl>
            found  | /def               | -           | 303 | /page/def          | -           | </data/def.ttl>
            found  | /id/def            | application/ld+json | 303 | /data/def.jsonld | -   | </page/def>
            found  | /page/def          | -           | 200 | -                  | text/html   | </data/def.ttl>
            found  | /data/def.nt       | -           | 200 | -                  | application/n-triples | </page/def>
            found  | /data/def.xyz      | text/plain  | 404 | -                  | text/plain  | -
            """)
    void answers(String state, String url, String accept, int status, String location, String type, String link)
            throws Exception {
        when(concepts.lookup(anyString())).thenReturn(state(state, "code/l/v", null, CONCEPT, null));
        when(concepts.describe(any())).thenReturn(DESCRIPTION);
        when(concepts.page(any(), anyString(), anyInt())).thenReturn(PAGE);
        when(vocabulary.lookup(anyString())).thenReturn(state("found", "def", null, "def", null));
        when(vocabulary.describe(any())).thenReturn(DESCRIPTION);
        when(vocabulary.page()).thenReturn(PAGE);

        expect(url, accept, status, location, type, link);
    }
}
