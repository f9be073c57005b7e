package org.mednumlod.ontology;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The Data Quality Vocabulary terms the project writes (Jena has no DQV vocabulary class). */
public final class DQV {
    public static final String NS = "http://www.w3.org/ns/dqv#";

    public static final Resource QualityAnnotation = ResourceFactory.createResource(NS + "QualityAnnotation");
    public static final Resource QualityMeasurement = ResourceFactory.createResource(NS + "QualityMeasurement");
    public static final Property hasQualityAnnotation = ResourceFactory.createProperty(NS + "hasQualityAnnotation");
    public static final Property hasQualityMeasurement = ResourceFactory.createProperty(NS + "hasQualityMeasurement");
    public static final Property isMeasurementOf = ResourceFactory.createProperty(NS + "isMeasurementOf");
    public static final Property computedOn = ResourceFactory.createProperty(NS + "computedOn");
    public static final Property value = ResourceFactory.createProperty(NS + "value");
    public static final Resource qualityAssessment = ResourceFactory.createResource(NS + "qualityAssessment");

    private DQV() {}
}
