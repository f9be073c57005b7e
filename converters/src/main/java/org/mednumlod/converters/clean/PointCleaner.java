package org.mednumlod.converters.clean;

import java.math.BigDecimal;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.mednumlod.converters.internal.Fields.Field;

/**
 * {@code latitude} and {@code longitude}, cleaned together: the place's point. Strict: typed as the schema's own tool
 * types a cell ({@link SchemaTypes}), a value it refuses staying a plain literal. Publication: {@link Coordinates}
 * (swapped, Lambert-93 or out-of-France points repaired or dropped).
 */
final class PointCleaner implements FieldCleaner {

    @Override
    public Cleaning strict(RecordValues in, Field field) {
        Cleaning out = new Cleaning();
        String lat = in.first("latitude");
        String lon = in.first("longitude");
        Node latNode = lat == null ? null : SchemaTypes.number(lat);
        Node lonNode = lon == null ? null : SchemaTypes.number(lon);
        if (lat != null) {
            out.put("latitude", latNode != null ? latNode : ValueNodes.literal(lat));
        }
        if (lon != null) {
            out.put("longitude", lonNode != null ? lonNode : ValueNodes.literal(lon));
        }
        if (latNode != null
                && lonNode != null
                && latNode.getLiteralDatatype() == XSDDatatype.XSDdecimal
                && lonNode.getLiteralDatatype() == XSDDatatype.XSDdecimal) {
            out.point(new BigDecimal(latNode.getLiteralLexicalForm()), new BigDecimal(lonNode.getLiteralLexicalForm()));
        }
        return out;
    }

    @Override
    public Cleaning publication(RecordValues in, Field field) {
        Cleaning out = new Cleaning();
        String lat = in.first("latitude");
        String lon = in.first("longitude");
        if (lat != null || lon != null) {
            double[] point = out.take(Coordinates.normalize(lat, lon));
            if (point != null) {
                BigDecimal latitude = BigDecimal.valueOf(point[0]);
                BigDecimal longitude = BigDecimal.valueOf(point[1]);
                out.point(latitude, longitude);
                out.put("latitude", ValueNodes.decimal(latitude));
                out.put("longitude", ValueNodes.decimal(longitude));
            }
        }
        return out;
    }
}
