// /carte and /widget: the map of the list beside it. The server renders the list of one level (France → régions
// → départements → communes → places) with links to the next level, so the page works without JavaScript; this
// script draws the same entries as markers, then follows clicks (markers and list), filters and history without
// reloading: counts from /api/territoires/comptes, places from /api/lieux/points (issue 7 API), with the same
// query-string parameters as the page. The URL always holds the state (level, territory, filters). Names from the
// data are only ever set as text, never read as HTML. Nothing is fetched from another origin.
(function () {
  'use strict';
  var app = document.getElementById('carte-app');
  if (!app || !window.fetch || !window.URLSearchParams || !window.history.pushState) {
    return;
  }
  var FILTERS = ['services', 'publics', 'prise-en-charge', 'frais', 'modalites-acces', 'modalites-accompagnement',
    'programmes', 'labels', 'accessibilite', 'rdv', 'ouvert', 'jour', 'de', 'a', 'commune', 'lat', 'lon', 'rayon'];
  var CHILD = { '': 'region', region: 'departement', departement: 'commune', epci: 'commune', commune: 'lieu' };
  var PLURAL = { region: 'régions', departement: 'départements', commune: 'communes', lieu: 'lieux' };
  var action = app.getAttribute('data-action');
  var racine = app.getAttribute('data-racine') || '';
  var levelParam = racine ? 'dans' : 'territoire';
  var form = document.getElementById('filtres');
  var list = document.getElementById('carte-liste');
  var heading = document.getElementById('liste-titre');
  var number = document.getElementById('carte-nombre');
  var message = document.getElementById('carte-message');
  var trailList = document.querySelector('#carte-fil ol');
  var mapEl = document.getElementById('carte');
  var map = null;
  var layer = null;
  var counter = 0;
  var nf = new Intl.NumberFormat('fr-FR');

  // The territory the map is in ('' = France, or the widget's own territory).
  function current(params) {
    return params.get(levelParam) || racine;
  }

  function filters(params) {
    var q = new URLSearchParams();
    FILTERS.forEach(function (n) {
      params.getAll(n).forEach(function (v) {
        if (v) {
          q.append(n, v);
        }
      });
    });
    return q;
  }

  // The page's URL for territory t with the filters of params (the widget keeps its own settings).
  function pageUrl(t, params) {
    var q = new URLSearchParams();
    if (racine) {
      ['territoire', 'couleur', 'mode'].forEach(function (n) {
        if (params.get(n)) {
          q.set(n, params.get(n));
        }
      });
      if (t && t !== racine) {
        q.set('dans', t);
      }
    } else if (t) {
      q.set('territoire', t);
    }
    filters(params).forEach(function (v, n) {
      q.append(n, v);
    });
    var s = q.toString();
    return action + (s ? '?' + s : '');
  }

  function trailFromPage() {
    var crumbs = [];
    trailList.querySelectorAll('a').forEach(function (a) {
      var p = new URL(a.href, location.href).searchParams;
      crumbs.push({ label: a.textContent, territoire: current(p) });
    });
    return crumbs;
  }

  function renderTrail(trail, params) {
    trailList.textContent = '';
    trail.forEach(function (c, i) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = pageUrl(c.territoire, params);
      a.textContent = c.label;
      a.setAttribute('data-territoire', c.territoire);
      if (i === trail.length - 1) {
        a.setAttribute('aria-current', 'page');
      }
      li.appendChild(a);
      trailList.appendChild(li);
    });
  }

  function lieux(n) {
    return nf.format(n) + (n === 1 ? ' lieu' : ' lieux');
  }

  // The list and the markers from entries {name, count, latitude, longitude, territoire (next level) or page}.
  function render(entries, level, total, params, trail, first) {
    var t = current(params);
    heading.textContent = (t ? trail[trail.length - 1].label : 'France') + ' : les ' + PLURAL[level];
    number.textContent = nf.format(total);
    number.nextElementSibling.textContent = total === 1 ? 'lieu' : 'lieux';
    list.textContent = '';
    list.setAttribute('data-niveau', level);
    entries.forEach(function (e) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.textContent = e.name;
      if (e.territoire) {
        a.href = pageUrl(e.territoire, params);
        a.setAttribute('data-territoire', e.territoire);
        var n = document.createElement('span');
        n.className = 'nombre';
        n.textContent = lieux(e.count);
        li.appendChild(a);
        li.appendChild(document.createTextNode(' '));
        li.appendChild(n);
      } else {
        a.href = e.page;
        if (racine) {
          a.target = '_blank';
        }
        li.appendChild(a);
      }
      li.setAttribute('data-libelle', e.name);
      list.appendChild(li);
    });
    var pager = document.querySelector('.carte-liste .pager');
    if (pager) {
      pager.hidden = true; // the map shows every place of the commune; the server pages them without JavaScript
    }
    drawMarkers(entries, level, params, trail, first);
    message.textContent = entries.length === 0 ? 'Aucun lieu ne répond à ces critères ici.' : '';
  }

  function drawMarkers(entries, level, params, trail, first) {
    if (!map) {
      return;
    }
    if (layer) {
      map.removeLayer(layer);
    }
    layer = level === 'lieu' && L.markerClusterGroup
      ? L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 40 }) : L.featureGroup();
    var points = [];
    entries.forEach(function (e) {
      if (typeof e.latitude !== 'number' || typeof e.longitude !== 'number') {
        return;
      }
      var marker;
      if (e.territoire) {
        var icon = L.divIcon({ className: 'marqueur-territoire', iconSize: null, html: '' });
        marker = L.marker([e.latitude, e.longitude], { icon: icon, title: e.name + ' : ' + lieux(e.count), keyboard: false });
        marker.on('add', function () {
          var el = marker.getElement();
          var badge = document.createElement('span');
          badge.textContent = nf.format(e.count);
          el.textContent = '';
          el.appendChild(badge);
          el.setAttribute('data-territoire', e.territoire);
        });
        marker.on('click', function () {
          go(e.territoire, e.name, params, trail);
        });
      } else {
        var link = document.createElement('a');
        link.href = e.page;
        link.textContent = e.name;
        if (racine) {
          link.target = '_blank';
        }
        marker = L.marker([e.latitude, e.longitude], { title: e.name, alt: e.name, keyboard: false }).bindPopup(link);
      }
      layer.addLayer(marker);
      points.push([e.latitude, e.longitude]);
    });
    layer.addTo(map);
    mapEl.setAttribute('data-marqueurs', String(points.length));
    var lat = parseFloat(app.getAttribute('data-latitude'));
    var lon = parseFloat(app.getAttribute('data-longitude'));
    if (first && !isNaN(lat) && !isNaN(lon)) {
      map.setView([lat, lon], parseInt(app.getAttribute('data-zoom'), 10) || 12);
    } else if (points.length > 0 && (current(params) || points.length < 4)) {
      map.fitBounds(points, { padding: [30, 30], maxZoom: level === 'lieu' ? 15 : 11 });
    } else {
      map.setView([46.6, 2.4], 5); // metropolitan France
    }
  }

  function fromList() {
    var entries = [];
    list.querySelectorAll('li').forEach(function (li) {
      var a = li.querySelector('a');
      entries.push({ name: a.textContent, count: parseInt(li.getAttribute('data-nombre'), 10) || 0,
        latitude: li.hasAttribute('data-latitude') ? parseFloat(li.getAttribute('data-latitude')) : null,
        longitude: li.hasAttribute('data-longitude') ? parseFloat(li.getAttribute('data-longitude')) : null,
        territoire: li.getAttribute('data-territoire'), page: li.getAttribute('data-page') });
    });
    return entries;
  }

  // Loads the level of params from the API and renders it.
  function load(params, trail, first) {
    var t = current(params);
    var level = CHILD[t.split(':')[0]];
    var q = filters(params);
    var url;
    if (level === 'lieu') {
      q.set('territoire', t);
      url = '/api/lieux/points?' + q;
    } else {
      q.set('niveau', level);
      if (t) {
        q.set('dans', t);
      }
      url = '/api/territoires/comptes?' + q;
    }
    var ticket = ++counter;
    app.setAttribute('aria-busy', 'true');
    app.removeAttribute('data-etat');
    return fetch(url, { headers: { Accept: 'application/json' } }).then(function (r) {
      return r.json().then(function (body) {
        if (!r.ok) {
          throw new Error(body.detail || body.title || ('erreur ' + r.status));
        }
        return body;
      });
    }).then(function (data) {
      if (ticket !== counter) {
        return;
      }
      var entries;
      var total;
      if (level === 'lieu') {
        entries = (data.features || []).map(function (f) {
          return { name: f.properties.nom, page: f.properties.page, latitude: f.geometry.coordinates[1],
            longitude: f.geometry.coordinates[0] };
        });
        total = entries.length;
      } else {
        entries = (data.territoires || []).map(function (x) {
          return { name: x.nom, count: x.nombre, latitude: x.latitude, longitude: x.longitude,
            territoire: level + ':' + x.code };
        });
        total = data.total;
      }
      render(entries, level, total, params, trail, first);
    }).catch(function (e) {
      if (ticket === counter) {
        message.textContent = 'Impossible de mettre à jour la carte : ' + ((e && e.message) || String(e));
      }
    }).then(function () {
      if (ticket === counter) {
        app.removeAttribute('aria-busy');
        app.setAttribute('data-etat', 'pret');
      }
    });
  }

  function state(params, trail) {
    return { trail: trail, search: params.toString() };
  }

  // One level down (or up, through the breadcrumb): a new history entry.
  function go(territoire, label, params, trail) {
    var next = trail.slice();
    var at = next.findIndex(function (c) {
      return c.territoire === territoire;
    });
    if (at >= 0) {
      next = next.slice(0, at + 1);
    } else {
      next.push({ label: label, territoire: territoire });
    }
    var url = pageUrl(territoire, params);
    var p = new URL(url, location.href).searchParams;
    history.pushState(state(p, next), '', url);
    syncForm(p);
    renderTrail(next, p);
    load(p, next, false);
  }

  function syncForm(params) {
    if (!form) {
      return;
    }
    form.querySelectorAll('input[type=checkbox]').forEach(function (box) {
      box.checked = params.getAll(box.name).indexOf(box.value) >= 0;
    });
    var hidden = form.querySelector('input[type=hidden][name=' + levelParam + ']');
    if (hidden) {
      hidden.value = current(params);
    }
  }

  function trailNow() {
    return (history.state && history.state.trail) || trailFromPage();
  }

  list.addEventListener('click', function (ev) {
    var a = ev.target.closest('a[data-territoire]');
    if (a && !ev.ctrlKey && !ev.metaKey && !ev.shiftKey) {
      ev.preventDefault();
      go(a.getAttribute('data-territoire'), a.textContent, new URLSearchParams(location.search), trailNow());
    }
  });
  trailList.addEventListener('click', function (ev) {
    var a = ev.target.closest('a');
    if (a && !ev.ctrlKey && !ev.metaKey && !ev.shiftKey) {
      ev.preventDefault();
      go(current(new URL(a.href, location.href).searchParams), a.textContent, new URLSearchParams(location.search),
        trailNow());
    }
  });
  if (form) {
    var applyFilters = function (ev) {
      if (ev) {
        ev.preventDefault();
      }
      var chosen = new URLSearchParams(new FormData(form));
      var params = new URLSearchParams(location.search);
      FILTERS.forEach(function (n) {
        params.delete(n);
      });
      filters(chosen).forEach(function (v, n) {
        params.append(n, v);
      });
      var url = pageUrl(current(params), params);
      var p = new URL(url, location.href).searchParams;
      var trail = trailNow();
      history.pushState(state(p, trail), '', url);
      renderTrail(trail, p);
      load(p, trail, false);
    };
    form.addEventListener('submit', applyFilters);
    form.addEventListener('change', function () {
      applyFilters(null);
    });
  }
  window.addEventListener('popstate', function (ev) {
    var p = new URLSearchParams(location.search);
    var trail = (ev.state && ev.state.trail) || trailFromPage();
    syncForm(p);
    renderTrail(trail, p);
    load(p, trail, false);
  });

  if (mapEl && window.MednumFond) {
    mapEl.hidden = false;
    map = MednumFond.creer(mapEl, { scrollWheelZoom: false, minZoom: 2, maxZoom: 19 }); // clusters need a maxZoom
  }
  var params = new URLSearchParams(location.search);
  var trail = trailFromPage();
  history.replaceState(state(params, trail), '', location.href);
  var paged = document.querySelector('.carte-liste .pager');
  if (filters(params).toString() === '' && !(paged && list.getAttribute('data-niveau') === 'lieu')) {
    // The server's list already holds this level (counts computed at publish): draw it as it is.
    render(fromList(), list.getAttribute('data-niveau'), parseInt(number.textContent.replace(/\D/g, ''), 10) || 0,
      params, trail, true);
    app.setAttribute('data-etat', 'pret');
  } else {
    load(params, trail, true);
  }
})();
