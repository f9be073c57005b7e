package org.mednumlod.site.report;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The terms of the reports' own, unpublished namespace {@code https://w3id.org/mednum-lod/signalement#}
 * ({@code sig:}), described in {@code docs/signalements.md}. Reports also use {@code dcterms:created} and
 * {@code dcterms:description}.
 */
final class ReportVocabulary {
    static final String NS = "https://w3id.org/mednum-lod/signalement#";
    static final Resource REPORT = ResourceFactory.createResource(NS + "Signalement");
    static final Property PLACE = ResourceFactory.createProperty(NS + "lieu");
    static final Property VERSION = ResourceFactory.createProperty(NS + "version");
    static final Property FIELD = ResourceFactory.createProperty(NS + "champ");
    static final Property EMAIL = ResourceFactory.createProperty(NS + "courriel");
    static final Property STATUS = ResourceFactory.createProperty(NS + "statut");
    static final Property HANDLED_BY = ResourceFactory.createProperty(NS + "traitePar");
    static final Property HANDLED_AT = ResourceFactory.createProperty(NS + "dateTraitement");
    static final Property CLIENT_HASH = ResourceFactory.createProperty(NS + "empreinteClient");
    /** Order of reception, 1, 2, 3…: two reports of one millisecond still have an order. */
    static final Property NUMBER = ResourceFactory.createProperty(NS + "numero");
    /** On the registry's own resource {@code {base}/id/signalement}: the last number given. */
    static final Property LAST_NUMBER = ResourceFactory.createProperty(NS + "dernierNumero");

    static final Resource NEW = ResourceFactory.createResource(NS + "nouveau");
    static final Resource HANDLED = ResourceFactory.createResource(NS + "traite");
    /** Stands for "any value" in the admin's filters (the list queries always get every variable bound). */
    static final Resource ANY = ResourceFactory.createResource(NS + "tous");

    private ReportVocabulary() {}
}
