// /query: YASGUI (served from /vendor/yasgui) replaces the plain form when the script is there; without JavaScript,
// or if the bundle fails to load, the plain form and the gallery links keep working.
(function () {
  'use strict';
  var editeur = document.getElementById('editeur');
  var formulaire = document.getElementById('formulaire-simple');
  if (!window.Yasgui || !editeur || !formulaire) {
    return;
  }
  var Yasgui = window.Yasgui;
  var enTete = editeur.dataset.marqueur;
  var enTeteLimite = editeur.dataset.enTeteLimite;
  var prefixes = JSON.parse(editeur.dataset.prefixes || '{}');
  var avis = document.getElementById('avis-plafond');
  var statut = document.getElementById('statut-editeur');

  // Nothing may leave the site: the LOV completers (class, property) call lov.linkeddata.es, and the bundled
  // prefix list is prefix.cc's whole dump. Only variables and the site's own prefixes are completed.
  Yasgui.Yasqe.forkAutocompleter('prefixes', {
    name: 'prefixes-du-site',
    persistenceId: null,
    get: function () {
      return Promise.resolve(Object.keys(prefixes).sort().map(function (p) { return p + ': <' + prefixes[p] + '>'; }));
    }
  }, false);
  // Yasgui deep-merges configuration arrays by index: the defaults themselves are replaced.
  Yasgui.Yasqe.defaults.autocompleters = ['variables', 'prefixes-du-site'];
  Yasgui.Yasqe.defaults.prefixCcApi = null;

  var Tableau = Yasgui.Yasr.plugins.table;
  var TableauFr = class extends Tableau {
    constructor(yasr) { super(yasr); this.label = 'Tableau'; }
  };
  Yasgui.Yasr.registerPlugin('table', TableauFr);
  Tableau.defaults.tableConfig.language = {
    paginate: { first: '«', last: '»', next: '›', previous: '‹' },
    emptyTable: 'Aucun résultat', zeroRecords: 'Aucune ligne ne correspond',
    info: 'Lignes _START_ à _END_ sur _TOTAL_', infoEmpty: 'Aucune ligne', infoFiltered: '(filtrées parmi _MAX_)',
    lengthMenu: '_MENU_ lignes par page', search: 'Filtrer :', thousands: '\u202f'
  };

  var racine = document.getElementById('yasgui');
  var requeteInitiale = document.getElementById('query').value;
  var yasgui = new Yasgui(racine, {
    requestConfig: {
      endpoint: new URL(editeur.dataset.pointAcces, window.location.href).href,
      method: 'POST',
      headers: (function () { var h = {}; h[enTete] = 'yasgui'; return h; })()
    },
    endpointCatalogueOptions: Object.assign({}, Yasgui.defaults.endpointCatalogueOptions, {
      getData: function () { return []; }
    }),
    persistenceId: null,
    populateFromUrl: false,
    autofocus: false,
    tabName: 'Requête',
    yasqe: { value: requeteInitiale, screenReaderLabel: 'Requête SPARQL', persistenceId: null },
    yasr: { prefixes: prefixes, persistenceId: null, defaultPlugin: 'table' }
  });

  function franciser() {
    racine.querySelectorAll('.yasqe_queryButton').forEach(function (b) {
      b.title = 'Exécuter la requête (Ctrl+Entrée)';
      b.setAttribute('aria-label', 'Exécuter la requête');
    });
  }

  // The server caps SELECT queries sent by this interface and says so in a response header.
  var suivis = new WeakSet();
  function suivre(tab) {
    var yasqe = tab && tab.getYasqe();
    if (!yasqe || suivis.has(yasqe)) {
      return;
    }
    suivis.add(yasqe);
    yasqe.on('queryResponse', function (_yasqe, reponse) {
      var plafond = reponse && reponse.headers ? Number(reponse.headers.get(enTeteLimite)) : 0;
      var lignes = -1;
      try {
        lignes = JSON.parse(reponse.content).results.bindings.length;
      } catch (e) {
        lignes = -1;
      }
      avis.textContent = plafond > 0 && lignes >= plafond
        ? 'Seules les ' + plafond.toLocaleString('fr-FR') + ' premières lignes sont affichées : cette interface limite '
          + 'les requêtes SELECT à ' + plafond.toLocaleString('fr-FR') + ' lignes. Parcourez la suite avec LIMIT et '
          + 'OFFSET, ou interrogez directement le point d\u2019accès /sparql, qui n\u2019a pas cette limite.'
        : '';
      avis.hidden = avis.textContent === '';
      statut.textContent = lignes >= 0 ? lignes.toLocaleString('fr-FR') + ' ligne(s) de résultat.' : 'Réponse reçue.';
      franciser();
    });
  }
  yasgui.on('queryBefore', function (_yasgui, tab) {
    suivre(tab);
    statut.textContent = 'Requête en cours…';
  });
  suivre(yasgui.getTab());

  // Examples load into the editor; the link (/query?exemple=NAME) stays the no-JavaScript route.
  document.querySelectorAll('a[data-requete]').forEach(function (lien) {
    lien.addEventListener('click', function (evenement) {
      evenement.preventDefault();
      var tab = yasgui.getTab();
      tab.setQuery(lien.dataset.requete);
      window.history.replaceState(null, '', lien.href);
      statut.textContent = 'Exemple chargé dans l\u2019éditeur : ' + lien.textContent
        + '. Exécutez-le avec le bouton ou Ctrl+Entrée.';
      editeur.scrollIntoView();
      tab.getYasqe().focus();
    });
  });

  formulaire.hidden = true;
  editeur.hidden = false;
  yasgui.getTab().getYasqe().refresh();
  franciser();
})();
