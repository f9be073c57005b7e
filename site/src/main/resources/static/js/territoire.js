// Territory page: the Leaflet map of the territory and of the places listed on this page (background set up by
// fond-de-carte.js: no tiles unless mednum.map.tile-url is set). Popups are built with text nodes: names from the
// data are never read as HTML.
(function () {
  'use strict';
  var el = document.getElementById('carte');
  if (!el || typeof L === 'undefined' || !window.MednumFond) {
    return;
  }
  var lat = parseFloat(el.getAttribute('data-latitude'));
  var lon = parseFloat(el.getAttribute('data-longitude'));
  var extent = (el.getAttribute('data-emprise') || '').split(' ').map(parseFloat);
  var places = [];
  try {
    places = JSON.parse(el.getAttribute('data-lieux') || '[]');
  } catch (e) {
    places = [];
  }
  if (isNaN(lat) && extent.length !== 4 && places.length === 0) {
    return;
  }
  el.hidden = false;
  var map = MednumFond.creer(el);
  var bounds = [];
  places.forEach(function (p) {
    if (typeof p.latitude !== 'number' || typeof p.longitude !== 'number') {
      return;
    }
    var link = document.createElement('a');
    link.href = p.lien;
    link.textContent = p.nom;
    L.marker([p.latitude, p.longitude], { title: p.nom, alt: p.nom, keyboard: false }).bindPopup(link).addTo(map);
    bounds.push([p.latitude, p.longitude]);
  });
  if (extent.length === 4 && extent.every(function (v) { return !isNaN(v); })) {
    map.fitBounds([[extent[0], extent[1]], [extent[2], extent[3]]]);
  } else if (bounds.length > 0) {
    map.fitBounds(bounds, { maxZoom: 14 });
  } else {
    map.setView([lat, lon], 12);
  }
  el.setAttribute('data-initialisee', 'oui');
})();
