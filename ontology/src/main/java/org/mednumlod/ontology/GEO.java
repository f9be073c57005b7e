package org.mednumlod.ontology;

import org.apache.jena.datatypes.BaseDatatype;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The few GeoSPARQL 1.1 terms the project writes (points as WKT in WGS84 longitude-latitude order). */
public final class GEO {
    public static final String NS = "http://www.opengis.net/ont/geosparql#";

    public static final Resource Geometry = ResourceFactory.createResource(NS + "Geometry");
    public static final Property hasGeometry = ResourceFactory.createProperty(NS + "hasGeometry");
    public static final Property hasCentroid = ResourceFactory.createProperty(NS + "hasCentroid");
    public static final Property asWKT = ResourceFactory.createProperty(NS + "asWKT");
    public static final RDFDatatype wktLiteral = new BaseDatatype(NS + "wktLiteral");

    private GEO() {}
}
