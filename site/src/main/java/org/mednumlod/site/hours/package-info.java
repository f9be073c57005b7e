/**
 * Opening hours: an OSM {@code opening_hours} value evaluated for given dates, with the French public holidays, and
 * said in French (« Ouvert jusqu'à 18 h »). A shared library of the features that show or filter by hours (the place
 * page, the orientation search); it knows none of them.
 *
 * <p>Public types, the package's facade: {@link org.mednumlod.site.hours.OpeningHours} (with the day ranges and
 * status it returns), {@link org.mednumlod.site.hours.StatusText}, {@link org.mednumlod.site.hours.FrenchHolidays}.
 */
package org.mednumlod.site.hours;
