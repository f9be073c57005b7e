/**
 * Internal to the converters module, not API: a record in the schema's terms becomes a cleaned, typed
 * {@link org.mednumlod.converters.internal.Place}. {@code FieldCleaners} declares, keyed by the vocabulary's field
 * terms, the one {@code FieldCleaner} of each field, each with a strict variant (validation: values typed, never
 * changed) and a publication variant (values cleaned, every fix a finding). The cleaners read the record
 * ({@code RecordValues}) and return what they made ({@code Cleaning}); {@link org.mednumlod.converters.clean.PlaceBuilder}
 * alone gathers it. The value cleaners ({@code Phones}, {@code Emails}, {@code Urls}, {@code Hours}, {@code Dates},
 * {@code Coordinates}, {@code Postcodes}, {@code InseeCodes}, {@code CommuneNames}, {@code CommuneResolver},
 * {@code Pivots}, {@code ListValues}, {@code SchemaTypes}) and the personal-data filter ({@code PersonalDataFilter};
 * resources {@code donnees-personnelles/}) are package-private; the French hour phrases are the resource
 * {@code horaires-fr.tsv}. Public, for the facade: {@link org.mednumlod.converters.clean.PlaceBuilder} only.
 */
package org.mednumlod.converters.clean;
