package org.mednumlod.site.place;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.mednumlod.ontology.MNL;
import org.mednumlod.site.hours.OpeningHours;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The schema.org description of a place embedded in its page ({@code <script type="application/ld+json">}), for
 * search engines: {@code Library} for a library / médiathèque, {@code GovernmentOffice} for a France Services
 * place, else {@code LocalBusiness}; name, description, address, geo, contacts and
 * {@code openingHoursSpecification} (an ordinary week from today; the exact rules stay in the page and the RDF).
 *
 * <p>The context is inline ({@code @vocab} schema.org, {@code dayOfWeek} values as schema.org terms) so that no
 * processor has to fetch anything. The JSON is written by Jackson with {@code <}, {@code >} and {@code &} escaped
 * as {@code \u003c}…: text from the data cannot close the script element.
 */
final class SchemaOrg {
    private static final String CODE = "https://w3id.org/mednum-lod/code/";
    private static final ObjectMapper JSON = JsonMapper.builder(
                    JsonFactory.builder().characterEscapes(new HtmlSafe()).build())
            .build();

    private SchemaOrg() {}

    static String jsonLd(PlaceView v, Resource place, String pageUrl) {
        ObjectNode o = JSON.createObjectNode();
        ObjectNode context = o.putObject("@context");
        context.put("@vocab", "https://schema.org/");
        context.putObject("dayOfWeek").put("@type", "@vocab");
        o.put("@type", type(place));
        o.put("@id", v.uri());
        o.put("name", v.name());
        if (v.resume() != null) {
            o.put("description", v.resume());
        }
        o.put("url", pageUrl);
        if (!v.phones().isEmpty()) {
            o.put("telephone", v.phones().get(0).text());
        }
        if (!v.emails().isEmpty()) {
            o.put("email", v.emails().get(0).text());
        }
        ArrayNode sameAs = JSON.createArrayNode();
        v.websites().stream().filter(l -> l.href() != null).forEach(l -> sameAs.add(l.href()));
        if (!sameAs.isEmpty()) {
            o.set("sameAs", sameAs);
        }
        ObjectNode address = o.putObject("address");
        address.put("@type", "PostalAddress");
        if (!v.address().lines().isEmpty()) {
            address.put("streetAddress", String.join(", ", v.address().lines()));
        }
        if (v.address().postalCode() != null) {
            address.put("postalCode", v.address().postalCode());
        }
        if (v.address().commune() != null) {
            address.put("addressLocality", v.address().commune());
        }
        address.put("addressCountry", "FR");
        if (v.latitude() != null && v.longitude() != null) {
            ObjectNode geo = o.putObject("geo");
            geo.put("@type", "GeoCoordinates");
            geo.put("latitude", v.latitude());
            geo.put("longitude", v.longitude());
        }
        if (v.hours() != null && v.hours().understood()) {
            ArrayNode specs = o.putArray("openingHoursSpecification");
            for (Map.Entry<DayOfWeek, List<OpeningHours.Range>> day :
                    v.hours().regular().entrySet()) {
                for (OpeningHours.Range r : day.getValue()) {
                    ObjectNode spec = specs.addObject();
                    spec.put("@type", "OpeningHoursSpecification");
                    spec.put("dayOfWeek", day.getKey().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
                    spec.put("opens", OpeningHours.Range.time(r.start() % 1440));
                    spec.put(
                            "closes",
                            OpeningHours.Range.time(r.end() % 1440 == 0 && r.end() > 0 ? 1439 : r.end() % 1440));
                }
            }
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(o);
    }

    /** The schema.org type by typologie (and the France Services programme). */
    static String type(Resource place) {
        List<String> codes = place.listProperties(MNL.typologie)
                .andThen(place.listProperties(MNL.dispositifProgrammeNational))
                .mapWith(Statement::getObject)
                .filterKeep(n -> n.isURIResource())
                .mapWith(n -> n.asResource().getURI())
                .toList();
        if (codes.contains(CODE + "typologies/BIB")) {
            return "Library";
        }
        if (codes.contains(CODE + "dispositifs-programmes-nationaux/france-services")
                || codes.contains(CODE + "typologies/RFS")
                || codes.contains(CODE + "typologies/MSAP")) {
            return "GovernmentOffice";
        }
        return "LocalBusiness";
    }

    /** Escapes the characters that could end or confuse an HTML script element. */
    private static final class HtmlSafe extends CharacterEscapes {
        private final int[] escapes = standardAsciiEscapesForJSON();

        HtmlSafe() {
            escapes['<'] = ESCAPE_STANDARD;
            escapes['>'] = ESCAPE_STANDARD;
            escapes['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
