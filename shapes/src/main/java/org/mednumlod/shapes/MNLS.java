package org.mednumlod.shapes;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.OA;
import org.mednumlod.ontology.DQV;
import org.mednumlod.ontology.MNL;
import org.mednumlod.ontology.PROV;

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

    static final Node dqvQualityAnnotation = DQV.QualityAnnotation.asNode();
    static final Node dqvHasQualityAnnotation = DQV.hasQualityAnnotation.asNode();
    static final Node dqvQualityMeasurement = DQV.QualityMeasurement.asNode();
    static final Node dqvHasQualityMeasurement = DQV.hasQualityMeasurement.asNode();
    static final Node dqvIsMeasurementOf = DQV.isMeasurementOf.asNode();
    static final Node dqvComputedOn = DQV.computedOn.asNode();
    static final Node dqvValue = DQV.value.asNode();
    static final Node dqvQualityAssessment = DQV.qualityAssessment.asNode();
    static final Node oaHasTarget = OA.hasTarget.asNode();
    static final Node oaMotivatedBy = OA.motivatedBy.asNode();
    static final Node provWasDerivedFrom = PROV.wasDerivedFrom.asNode();

    /** Provenance terms of docs/place-model.md (mnl: namespace, written by the converters). */
    static final Node mnlIdentifiantSource = NodeFactory.createURI(MNL.NS + "identifiantSource");

    static final Node mnlLigneSource = NodeFactory.createURI(MNL.NS + "ligneSource");

    private MNLS() {}

    private static Node term(String local) {
        return NodeFactory.createURI(NS + local);
    }
}
