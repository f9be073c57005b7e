package org.mednumlod.site.signalement;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The terms of the reports' own, unpublished namespace {@code https://w3id.org/mednum-lod/signalement#}
 * ({@code sig:}), described in {@code docs/signalements.md}. Reports also use {@code dcterms:created} and
 * {@code dcterms:description}.
 */
final class Vocabulaire {
    static final String NS = "https://w3id.org/mednum-lod/signalement#";
    static final Resource SIGNALEMENT = ResourceFactory.createResource(NS + "Signalement");
    static final Property LIEU = ResourceFactory.createProperty(NS + "lieu");
    static final Property VERSION = ResourceFactory.createProperty(NS + "version");
    static final Property CHAMP = ResourceFactory.createProperty(NS + "champ");
    static final Property COURRIEL = ResourceFactory.createProperty(NS + "courriel");
    static final Property STATUT = ResourceFactory.createProperty(NS + "statut");
    static final Property TRAITE_PAR = ResourceFactory.createProperty(NS + "traitePar");
    static final Property DATE_TRAITEMENT = ResourceFactory.createProperty(NS + "dateTraitement");
    static final Property EMPREINTE_CLIENT = ResourceFactory.createProperty(NS + "empreinteClient");
    /** Order of reception, 1, 2, 3…: two reports of one millisecond still have an order. */
    static final Property NUMERO = ResourceFactory.createProperty(NS + "numero");
    /** On the registry's own resource {@code {base}/id/signalement}: the last number given. */
    static final Property DERNIER_NUMERO = ResourceFactory.createProperty(NS + "dernierNumero");
    static final Resource NOUVEAU = ResourceFactory.createResource(NS + "nouveau");
    static final Resource TRAITE = ResourceFactory.createResource(NS + "traite");
    /** Stands for "any value" in the admin's filters (the list queries always get every variable bound). */
    static final Resource TOUS = ResourceFactory.createResource(NS + "tous");

    private Vocabulaire() {
    }
}
