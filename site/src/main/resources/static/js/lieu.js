// Place page: the Leaflet map of the place (background set up by fond-de-carte.js: no tiles unless
// mednum.map.tile-url is set).
(function () {
  'use strict';
  var el = document.getElementById('carte');
  if (!el || typeof L === 'undefined' || !window.MednumFond) {
    return;
  }
  var lat = parseFloat(el.getAttribute('data-lat'));
  var lon = parseFloat(el.getAttribute('data-lon'));
  if (isNaN(lat) || isNaN(lon)) {
    return;
  }
  var map = MednumFond.creer(el).setView([lat, lon], 15);
  var name = el.getAttribute('data-nom') || '';
  L.marker([lat, lon], { title: name, alt: name, keyboard: false }).addTo(map);
  el.setAttribute('data-initialisee', 'oui');
})();
