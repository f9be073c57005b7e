// Shared map setup for the site's Leaflet maps (place page, territory pages, /carte, /widget): one L.map on an
// element whose data-tuiles / data-attribution come from mednum.map.tile-url / mednum.map.attribution. Tiles
// only when a tile URL is configured; otherwise a plain background and nothing is fetched elsewhere.
(function () {
  'use strict';
  if (typeof L === 'undefined') {
    return;
  }
  window.MednumFond = {
    // Creates the map on el (Leaflet options in options) with its background; returns the L.Map.
    creer: function (el, options) {
      var map = L.map(el, options || { scrollWheelZoom: false });
      var tiles = el.getAttribute('data-tuiles');
      if (tiles) {
        L.tileLayer(tiles, { maxZoom: 19, attribution: el.getAttribute('data-attribution') || '' }).addTo(map);
      } else {
        el.classList.add('carte-sans-fond');
      }
      return map;
    }
  };
})();
