package org.mednumlod.shapes;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Terms of the shapes namespace ({@code vocabulaire.ttl} declares them) and the few outside terms the module
 * writes or reads (DQV, Web Annotation, PROV, mnl: provenance terms of docs/place-model.md).
 */
final class MNLS {
    static final String NS = "https://w3id.org/mednum-lod/shapes#";
    /** The shapes ontology (the rule set as a whole; base IRI of the Turtle files). */
    static final Node ONTOLOGY = NodeFactory.createURI("https://w3id.org/mednum-lod/shapes");

    static final Node ControleJava = term("ControleJava");
    static final Node ControleJavaComponent = term("ControleJavaComponent");
    static final Node champ = term("champ");
    static final Node bloquePublication = term("bloquePublication");
    static final Node seuilKm = term("seuilKm");
    static final Node departement = term("departement");
    static final Node exception = term("exception");
    static final Node emprise = term("emprise");
    static final Node latitudeMin = term("latitudeMin");
    static final Node latitudeMax = term("latitudeMax");
    static final Node longitudeMin = term("longitudeMin");
    static final Node longitudeMax = term("longitudeMax");
    static final Node ancienneteMaximale = term("ancienneteMaximale");
    static final Node toleranceJours = term("toleranceJours");
    static final Node dateDeRemplissage = term("dateDeRemplissage");
    static final Node sirenException = term("sirenException");
    static final Node classePersonne = term("classePersonne");
    static final Node motifNomLocal = term("motifNomLocal");
    static final Node espaceDeNomsIgnore = term("espaceDeNomsIgnore");
    static final Node source = term("source");
    static final Node identifiantEnregistrement = term("identifiantEnregistrement");
    static final Node ligne = term("ligne");
    static final Node conformiteSchema = term("conformiteSchema");

    static final String DQV = "http://www.w3.org/ns/dqv#";
    static final Node dqvQualityAnnotation = NodeFactory.createURI(DQV + "QualityAnnotation");
    static final Node dqvHasQualityAnnotation = NodeFactory.createURI(DQV + "hasQualityAnnotation");
    static final Node dqvQualityMeasurement = NodeFactory.createURI(DQV + "QualityMeasurement");
    static final Node dqvHasQualityMeasurement = NodeFactory.createURI(DQV + "hasQualityMeasurement");
    static final Node dqvIsMeasurementOf = NodeFactory.createURI(DQV + "isMeasurementOf");
    static final Node dqvComputedOn = NodeFactory.createURI(DQV + "computedOn");
    static final Node dqvValue = NodeFactory.createURI(DQV + "value");
    static final Node dqvQualityAssessment = NodeFactory.createURI(DQV + "qualityAssessment");
    static final String OA = "http://www.w3.org/ns/oa#";
    static final Node oaHasTarget = NodeFactory.createURI(OA + "hasTarget");
    static final Node oaMotivatedBy = NodeFactory.createURI(OA + "motivatedBy");
    static final String PROV = "http://www.w3.org/ns/prov#";
    static final Node provWasDerivedFrom = NodeFactory.createURI(PROV + "wasDerivedFrom");

    /** Provenance terms of docs/place-model.md (mnl: namespace, written by the converters). */
    static final Node mnlIdentifiantSource = NodeFactory.createURI("https://w3id.org/mednum-lod/def#identifiantSource");
    static final Node mnlLigneSource = NodeFactory.createURI("https://w3id.org/mednum-lod/def#ligneSource");

    private MNLS() {
    }

    private static Node term(String local) {
        return NodeFactory.createURI(NS + local);
    }
}
