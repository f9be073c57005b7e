package org.mednumlod.site.orientation;

import org.apache.jena.rdf.model.Property;
import org.mednumlod.ontology.MNL;

/**
 * The code-list filters of the orientation search (issue 7 contract): query parameter, code list, place property,
 * and whether a place must carry any of the chosen values (OR) or all of them (AND), as the national map does.
 */
public enum Facet {
    SERVICES("services", "services", MNL.service, false, "Besoins"),
    PUBLICS(
            "publics",
            "publics-specifiquement-adresses",
            MNL.publicSpecifiquementAdresse,
            true,
            "Publics spécifiquement adressés"),
    PRISE_EN_CHARGE(
            "prise-en-charge",
            "prise-en-charge-specifique",
            MNL.priseEnChargeSpecifique,
            true,
            "Prise en charge spécifique"),
    FRAIS("frais", "frais-a-charge", MNL.fraisACharge, false, "Frais à charge"),
    MODALITES_ACCES("modalites-acces", "modalites-acces", MNL.modaliteAcces, false, "Modalités d'accès"),
    MODALITES_ACCOMPAGNEMENT(
            "modalites-accompagnement",
            "modalites-accompagnement",
            MNL.modaliteAccompagnement,
            false,
            "Modalités d'accompagnement"),
    PROGRAMMES(
            "programmes",
            "dispositifs-programmes-nationaux",
            MNL.dispositifProgrammeNational,
            false,
            "Dispositifs et programmes nationaux"),
    LABELS("labels", "formations-labels", MNL.formationLabel, false, "Formations et labels");

    private final String parameter;
    private final String list;
    private final Property property;
    private final boolean all;
    private final String legend;

    Facet(String parameter, String list, Property property, boolean all, String legend) {
        this.parameter = parameter;
        this.list = list;
        this.property = property;
        this.all = all;
        this.legend = legend;
    }

    /** The query parameter ({@code services}, {@code prise-en-charge}…). */
    public String parameter() {
        return parameter;
    }

    /** The code list's IRI, {@code https://w3id.org/mednum-lod/code/{list}}. */
    public String scheme() {
        return MNL.CODE_BASE + list;
    }

    public Property property() {
        return property;
    }

    /** True: a place must carry every chosen value (AND); false: any of them (OR). */
    public boolean all() {
        return all;
    }

    /** The French legend of the filter group. */
    public String legend() {
        return legend;
    }
}
