package org.mednumlod.site.report;

import java.util.Arrays;
import java.util.Optional;

/**
 * What part of a place's page a report is about: the national map's chips, plus « Autre ». The form sends
 * {@link #code()}; the store keeps the IRI {@code sig:champ-{code}} ({@link ReportVocabulary}).
 */
public enum ReportField {
    HOURS("horaires", "Horaires"),
    SERVICES("services", "Services proposés"),
    ADDRESS("adresse", "Adresse"),
    CONTACTS("contacts", "Contacts"),
    SUPPORT("accompagnements", "Accompagnements"),
    LABELS("labels", "Labels"),
    AUDIENCE("public", "Public"),
    PLACE_CLOSED("lieu-ferme", "Le lieu n'existe plus"),
    OTHER("autre", "Autre");

    private final String code;
    private final String label;

    ReportField(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    String iri() {
        return ReportVocabulary.NS + "champ-" + code;
    }

    static Optional<ReportField> byCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }

    static Optional<ReportField> byIri(String iri) {
        return Arrays.stream(values()).filter(c -> c.iri().equals(iri)).findFirst();
    }
}
