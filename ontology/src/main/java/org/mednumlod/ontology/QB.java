package org.mednumlod.ontology;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The RDF Data Cube terms of the statistics graph (Jena has no Data Cube vocabulary class). */
public final class QB {
    public static final String NS = "http://purl.org/linked-data/cube#";

    public static final Resource DataSet = ResourceFactory.createResource(NS + "DataSet");
    public static final Resource DataStructureDefinition =
            ResourceFactory.createResource(NS + "DataStructureDefinition");
    public static final Resource DimensionProperty = ResourceFactory.createResource(NS + "DimensionProperty");
    public static final Property dataSet = ResourceFactory.createProperty(NS + "dataSet");
    public static final Property structure = ResourceFactory.createProperty(NS + "structure");
    public static final Property component = ResourceFactory.createProperty(NS + "component");
    public static final Property order = ResourceFactory.createProperty(NS + "order");
    public static final Property codeList = ResourceFactory.createProperty(NS + "codeList");

    private QB() {}
}
