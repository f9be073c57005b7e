/**
 * Validation of the places of digital inclusion (« lieux de médiation numérique ») against national schema
 * 1.0.1, quality checks and the publication gate.
 *
 * <pre>
 * Validation validation = Validation.create();
 * PlaceReport report = validation.validate(placeGraph, placeNode);
 * </pre>
 *
 * The public API is {@link org.mednumlod.shapes.Validation} and the records and types it returns or takes
 * ({@link org.mednumlod.shapes.PlaceInput}, {@link org.mednumlod.shapes.RecordRef},
 * {@link org.mednumlod.shapes.PlaceReport}, {@link org.mednumlod.shapes.ValidationResult},
 * {@link org.mednumlod.shapes.Severity}, {@link org.mednumlod.shapes.ReportWriter}); everything else is
 * package-private. The rules are Turtle resources of this package: SHACL shapes ({@code schema-1.0.1.ttl},
 * {@code qualite.ttl}, {@code donnees-personnelles.ttl}, {@code publication.ttl}) and the declarations of the
 * checks implemented in Java ({@code controles.ttl}); their terms are in {@code vocabulaire.ttl}.
 */
package org.mednumlod.shapes;
