package org.mednumlod.site.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The admin's filters, each optional: status ({@code nouveau} / {@code traite}), place URI, field, and dates
 * (inclusive, in Paris time). As query bindings every variable is bound; {@code sig:tous} and the widest dates
 * stand for "any".
 */
record ReportFilter(Boolean handled, String place, ReportField field, LocalDate from, LocalDate to) {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final ReportFilter ANY = new ReportFilter(null, null, null, null, null);

    Map<String, RDFNode> bindings() {
        RDFNode status =
                handled == null ? ReportVocabulary.ANY : handled ? ReportVocabulary.HANDLED : ReportVocabulary.NEW;
        return Map.of(
                "filtreStatut",
                status,
                "filtreLieu",
                place == null ? ReportVocabulary.ANY : ResourceFactory.createResource(place),
                "filtreChamp",
                field == null ? ReportVocabulary.ANY : ResourceFactory.createResource(field.iri()),
                "depuis",
                dateTime(
                        from == null
                                ? "0001-01-01T00:00:00Z"
                                : from.atStartOfDay(PARIS).toInstant().toString()),
                "avant",
                dateTime(
                        to == null
                                ? "9999-12-31T00:00:00Z"
                                : to.plusDays(1).atStartOfDay(PARIS).toInstant().toString()));
    }

    private static RDFNode dateTime(String lexical) {
        return ResourceFactory.createTypedLiteral(lexical, XSDDatatype.XSDdateTime);
    }
}
