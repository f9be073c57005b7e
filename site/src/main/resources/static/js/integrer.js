// /integrer: live preview. When the form changes, the page asks the server for the same page with the new settings
// (the server resolves the territory and builds the snippet: one place for that logic), puts its result section
// in place of this one (the iframe preview reloads) and writes the settings into the URL. Copy buttons.
(function () {
  'use strict';
  var form = document.getElementById('integrer');
  if (!form || !window.fetch || !window.DOMParser) {
    return;
  }
  var timer = null;
  var ticket = 0;

  function wireCopy() {
    document.querySelectorAll('button.copier').forEach(function (b) {
      if (!navigator.clipboard) {
        return;
      }
      b.hidden = false;
      b.addEventListener('click', function () {
        var text = document.getElementById(b.getAttribute('data-cible')).value;
        navigator.clipboard.writeText(text).then(function () {
          b.textContent = 'Code copié';
        });
      });
    });
  }

  function refresh() {
    var query = new URLSearchParams(new FormData(form)).toString();
    var url = '/integrer?' + query;
    var mine = ++ticket;
    fetch(url, { headers: { Accept: 'text/html' } }).then(function (r) {
      return r.text();
    }).then(function (html) {
      if (mine !== ticket) {
        return;
      }
      var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('resultat');
      var old = document.getElementById('resultat');
      if (fresh && old) {
        old.replaceWith(document.importNode(fresh, true));
        history.replaceState(null, '', url);
        wireCopy();
      }
    });
  }

  form.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(refresh, 400);
  });
  form.addEventListener('change', function () {
    clearTimeout(timer);
    timer = setTimeout(refresh, 150);
  });
  wireCopy();
})();
