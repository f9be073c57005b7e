package org.mednumlod.converters.clean;

import org.mednumlod.converters.internal.Fields.Field;

/**
 * {@code horaires}, from any of its raw shapes (OSM syntax, French text, a column per day or half-day). Strict: the
 * OSM value as written. Publication: converted to OSM syntax ({@link Hours}).
 */
final class HoursCleaner implements FieldCleaner {

    @Override
    public Cleaning strict(RecordValues in, Field field) {
        Cleaning out = new Cleaning();
        String osm = in.hours().osm;
        if (osm != null) {
            out.put(field.name(), ValueNodes.literal(osm));
        }
        return out;
    }

    @Override
    public Cleaning publication(RecordValues in, Field field) {
        Cleaning out = new Cleaning();
        return out.putText(field.name(), out.take(Hours.of(in.hours())));
    }
}
