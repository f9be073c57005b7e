package org.mednumlod.site.place;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Settings of the place page.
 *
 * @param tileUrl     {@code mednum.map.tile-url}: Leaflet tile URL template ({@code https://…/{z}/{x}/{y}.png}); empty
 *                    (the default) draws the marker on a plain background and the page makes no request elsewhere
 * @param attribution {@code mednum.map.attribution}: the tile layer's attribution (HTML, shown by Leaflet)
 * @param reportUrl   {@code mednum.signalement-url}: a form to report an error, given the place's URI as {@code lieu};
 *                    empty (the default) gives a {@code mailto:} link to {@code reportEmail}
 * @param reportEmail {@code mednum.signalement-email}: where error reports go by e-mail
 */
@Component
record PlacePageSettings(@Value("${mednum.map.tile-url:}") String tileUrl,
                         @Value("${mednum.map.attribution:}") String attribution,
                         @Value("${mednum.signalement-url:}") String reportUrl,
                         @Value("${mednum.signalement-email:signalement@mednum-lod.invalid}") String reportEmail) {
}
