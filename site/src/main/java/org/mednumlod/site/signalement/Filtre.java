package org.mednumlod.site.signalement;

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
record Filtre(Boolean traite, String lieu, Champ champ, LocalDate du, LocalDate au) {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final Filtre TOUT = new Filtre(null, null, null, null, null);

    Map<String, RDFNode> bindings() {
        RDFNode statut = traite == null ? Vocabulaire.TOUS : traite ? Vocabulaire.TRAITE : Vocabulaire.NOUVEAU;
        return Map.of(
                "filtreStatut", statut,
                "filtreLieu", lieu == null ? Vocabulaire.TOUS : ResourceFactory.createResource(lieu),
                "filtreChamp", champ == null ? Vocabulaire.TOUS : ResourceFactory.createResource(champ.iri()),
                "depuis", dateTime(du == null ? "0001-01-01T00:00:00Z" : du.atStartOfDay(PARIS).toInstant().toString()),
                "avant", dateTime(au == null ? "9999-12-31T00:00:00Z" : au.plusDays(1).atStartOfDay(PARIS).toInstant().toString()));
    }

    private static RDFNode dateTime(String lexical) {
        return ResourceFactory.createTypedLiteral(lexical, XSDDatatype.XSDdateTime);
    }
}
