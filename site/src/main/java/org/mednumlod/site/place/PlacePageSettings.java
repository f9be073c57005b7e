package org.mednumlod.site.place;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Settings of the place page (its « Signaler une erreur » form is the platform's own: package
 * {@code signalement}).
 *
 * @param tileUrl     {@code mednum.map.tile-url}: Leaflet tile URL template ({@code https://…/{z}/{x}/{y}.png}); empty
 *                    (the default) draws the marker on a plain background and the page makes no request elsewhere
 * @param attribution {@code mednum.map.attribution}: the tile layer's attribution (HTML, shown by Leaflet)
 */
@Component
record PlacePageSettings(@Value("${mednum.map.tile-url:}") String tileUrl,
                         @Value("${mednum.map.attribution:}") String attribution) {
}
