package org.mednumlod.site.signalement;

import java.util.Arrays;
import java.util.Optional;

/**
 * What part of a place's page a report is about: the national map's chips, plus « Autre ». The form sends
 * {@link #code()}; the store keeps the IRI {@code sig:champ-{code}} ({@link Vocabulaire}).
 */
public enum Champ {
    HORAIRES("horaires", "Horaires"),
    SERVICES("services", "Services proposés"),
    ADRESSE("adresse", "Adresse"),
    CONTACTS("contacts", "Contacts"),
    ACCOMPAGNEMENTS("accompagnements", "Accompagnements"),
    LABELS("labels", "Labels"),
    PUBLIC("public", "Public"),
    LIEU_FERME("lieu-ferme", "Le lieu n'existe plus"),
    AUTRE("autre", "Autre");

    private final String code;
    private final String libelle;

    Champ(String code, String libelle) {
        this.code = code;
        this.libelle = libelle;
    }

    public String code() {
        return code;
    }

    public String libelle() {
        return libelle;
    }

    String iri() {
        return Vocabulaire.NS + "champ-" + code;
    }

    static Optional<Champ> byCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }

    static Optional<Champ> byIri(String iri) {
        return Arrays.stream(values()).filter(c -> c.iri().equals(iri)).findFirst();
    }
}
