package org.mednumlod.site.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The real place template rendered (Thymeleaf, as the site configures it) for a place whose texts are markup and
 * script: everything from the data comes out inert, including inside the schema.org script block.
 */
class PlacePageRenderingTest {
    private static final String BASE = "http://data.example.org";
    private static final String PLACE = BASE + "/id/lieu/test.1";
    private static final String TURTLE = """
            @prefix mnl: <https://w3id.org/mednum-lod/def#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            <%s> a mnl:LieuMediationNumerique ;
              mnl:nom "<script>alert(1)</script>" ;
              mnl:presentationResume "</script><script>alert(2)</script>" ;
              mnl:presentationDetail "<img src=x onerror=alert(3)>" ;
              mnl:adresse "\\" onmouseover=\\"alert(4)" ;
              mnl:siteWeb <javascript:alert(5)> ;
              mnl:courriel "a@b.fr\\"><script>alert(6)</script>" ;
              mnl:telephone "+33 1 23 45 67 89" ;
              mnl:horaires "Mo-Fr 09:00-12:00; PH off" ;
              mnl:dateMaj "2026-01-10"^^xsd:date ;
              mnl:latitude 45.6 ; mnl:longitude 0.15 ;
              <http://www.w3.org/ns/prov#wasDerivedFrom> <%2$s/id/fiche/a.1> , <%2$s/id/fiche/b.1> .
            <%2$s/id/fiche/a.1> a mnl:FicheLieu ; mnl:nom "<script>alert(7)</script>" ; mnl:dateMaj "2026-01-10"^^xsd:date ;
              <http://www.w3.org/ns/prov#wasDerivedFrom> <%2$s/id/source/a> ; mnl:fichierSource "<a.csv>" .
            <%2$s/id/fiche/b.1> a mnl:FicheLieu ; mnl:nom "Autre nom" ; mnl:dateMaj "2025-01-10"^^xsd:date ;
              <http://www.w3.org/ns/prov#wasDerivedFrom> <%2$s/id/source/b> .
            <%2$s/id/source/a> rdfs:label "<b>Source A</b>" .
            <%2$s/id/source/b> rdfs:label "Source B" .
            mnl:nom mnl:champ "nom" ; rdfs:label "Nom"@fr ; mnl:rang 3 .
            mnl:presentationDetail mnl:champ "presentation_detail" ; rdfs:label "<i>Présentation</i>"@fr ; mnl:rang 17 .
            """.formatted(PLACE, BASE);

    @Test
    void textsFromTheDataRenderInert() {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(TURTLE, Lang.TURTLE).parse(m);
        Clock clock =
                Clock.fixed(OffsetDateTime.parse("2026-03-02T10:00:00+01:00").toInstant(), HoursView.PARIS);
        org.mednumlod.site.SiteProperties.MapTiles settings = new org.mednumlod.site.SiteProperties.MapTiles("", "");
        PlaceView.SeeAlso seeAlso = new PlaceView.SeeAlso(
                List.of(new PlaceView.Link("<b>voisin</b>", "/page/lieu/test.2")), 1, 1, 1, List.of());
        PlaceView v = PlaceViews.build(m, m.createResource(PLACE), BASE, seeAlso, clock);
        String html = render(v, settings);
        Matcher block = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL)
                .matcher(html);
        assertTrue(block.find());
        String markup = html.replace(block.group(1), "");

        for (String injected : new String[] {
            "<script>alert",
            "<img src=x",
            "\" onmouseover=",
            "href=\"javascript:",
            "<b>voisin</b>",
            "<i>Présentation</i>",
            "</script><script>",
            "<script>alert(7)",
            "<b>Source A</b>",
            "<a.csv>"
        }) {
            assertFalse(markup.contains(injected), "inert: " + injected);
        }
        assertTrue(html.contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>"), "the name shows as text");
        assertTrue(html.contains("Ce lieu est connu de"), "two sources");
        assertTrue(
                html.contains("id=\"fiche-a.1\"") && html.contains("id=\"fiche-b.1\""), "each record has its anchor");
        assertTrue(
                html.contains("<td>&lt;script&gt;alert(7)&lt;/script&gt;</td>"),
                "the disagreement on the name, as text");
        assertTrue(html.contains("&lt;img src=x onerror=alert(3)&gt;"));
        assertTrue(html.contains("<span>javascript:alert(5)</span>"), "a non-http(s) URL is text, not a link");
        assertEquals(4, html.split("<script", -1).length - 1, "only the page's own four script elements");
        assertTrue(html.contains("Ouvert maintenant — ferme à 12:00"));
        assertFalse(html.contains("Dernière mise à jour il y a plus"), "updated less than a year ago");

        assertFalse(block.group(1).contains("<"), "no markup character in the JSON-LD block");
        assertTrue(
                block.group(1).contains("\\u003Cscript\\u003Ealert(1)\\u003C/script\\u003E")
                        || block.group(1).contains("\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"),
                block.group(1));
        Model schema = ModelFactory.createDefaultModel();
        RDFParser.fromString(block.group(1), Lang.JSONLD).parse(schema);
        assertTrue(
                schema.contains(
                        schema.createResource(PLACE),
                        schema.createProperty("https://schema.org/name"),
                        "<script>alert(1)</script>"),
                "the JSON-LD still carries the exact name");
        assertFalse(schema.contains(null, schema.createProperty("https://schema.org/sameAs")), "no javascript: URL");
        assertEquals(
                5,
                schema.listObjectsOfProperty(
                                schema.createResource(PLACE),
                                schema.createProperty("https://schema.org/openingHoursSpecification"))
                        .toList()
                        .size());
    }

    private static String render(PlaceView v, org.mednumlod.site.SiteProperties.MapTiles settings) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        Context context = new Context(Locale.FRENCH);
        context.setVariable("p", v);
        context.setVariable("map", settings);
        context.setVariable("signalement", org.mednumlod.site.report.Submission.empty("test.1"));
        return engine.process("place", context);
    }
}
