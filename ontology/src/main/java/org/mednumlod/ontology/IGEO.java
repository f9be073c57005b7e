package org.mednumlod.ontology;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Terms of INSEE's geographic ontology that the territory graph reuses (classes and the INSEE code property). */
public final class IGEO {
    public static final String NS = "http://rdf.insee.fr/def/geo#";

    public static final Resource Region = ResourceFactory.createResource(NS + "Region");
    public static final Resource Departement = ResourceFactory.createResource(NS + "Departement");
    public static final Resource Intercommunalite = ResourceFactory.createResource(NS + "Intercommunalite");
    public static final Resource Commune = ResourceFactory.createResource(NS + "Commune");
    public static final Resource CommuneDeleguee = ResourceFactory.createResource(NS + "CommuneDeleguee");
    public static final Resource CommuneAssociee = ResourceFactory.createResource(NS + "CommuneAssociee");
    public static final Resource ArrondissementMunicipal =
            ResourceFactory.createResource(NS + "ArrondissementMunicipal");
    public static final Property codeINSEE = ResourceFactory.createProperty(NS + "codeINSEE");

    private IGEO() {}
}
