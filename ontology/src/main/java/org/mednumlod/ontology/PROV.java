package org.mednumlod.ontology;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/** The PROV-O terms the project writes (Jena has no PROV vocabulary class). */
public final class PROV {
    public static final String NS = "http://www.w3.org/ns/prov#";

    public static final Property wasDerivedFrom = ResourceFactory.createProperty(NS + "wasDerivedFrom");
    public static final Property generatedAtTime = ResourceFactory.createProperty(NS + "generatedAtTime");
    public static final Property invalidatedAtTime = ResourceFactory.createProperty(NS + "invalidatedAtTime");

    private PROV() {}
}
