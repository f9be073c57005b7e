package org.mednumlod.converters.clean;

import org.mednumlod.converters.internal.Fields.Field;

/**
 * How the values of a field of the national schema (or of a group of fields cleaned together, such as the
 * coordinates or the commune) become typed values. Each cleaner has two variants: {@link #strict} types the values
 * as declared and never changes them (what a producer's validation report needs), {@link #publication} cleans them
 * and records every fix. A cleaner reads the record and never writes anywhere but in the {@link Cleaning} it returns.
 * Which cleaner a field gets is declared once, in {@link FieldCleaners}.
 */
interface FieldCleaner {

    /** The values as declared, typed when the schema's own tool would type them. */
    Cleaning strict(RecordValues in, Field field);

    /** The values cleaned, each fix, value dropped or reason to quarantine recorded as a finding. */
    Cleaning publication(RecordValues in, Field field);
}
