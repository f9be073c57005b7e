// Place page: the Leaflet map of the place. Tiles only when the site configures a tile URL
// (mednum.map.tile-url); otherwise the marker is drawn on a plain background and nothing is fetched elsewhere.
(function () {
  'use strict';
  var el = document.getElementById('carte');
  if (!el || typeof L === 'undefined') {
    return;
  }
  var lat = parseFloat(el.getAttribute('data-lat'));
  var lon = parseFloat(el.getAttribute('data-lon'));
  if (isNaN(lat) || isNaN(lon)) {
    return;
  }
  var map = L.map(el, { scrollWheelZoom: false }).setView([lat, lon], 15);
  var tiles = el.getAttribute('data-tuiles');
  if (tiles) {
    L.tileLayer(tiles, { maxZoom: 19, attribution: el.getAttribute('data-attribution') || '' }).addTo(map);
  } else {
    el.classList.add('carte-sans-fond');
  }
  var name = el.getAttribute('data-nom') || '';
  L.marker([lat, lon], { title: name, alt: name, keyboard: false }).addTo(map);
  el.setAttribute('data-initialisee', 'oui');
})();
