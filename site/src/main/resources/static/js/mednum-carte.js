// <mednum-carte src="…/widget?territoire=…" titre="…">: a web component that writes the embedded map's iframe.
// Served by the platform; it only accepts a widget URL of the origin it was loaded from.
(function () {
  'use strict';
  var script = document.currentScript;
  var origin = script ? new URL(script.src).origin : null;
  if (!window.customElements || customElements.get('mednum-carte')) {
    return;
  }
  customElements.define('mednum-carte', class extends HTMLElement {
    connectedCallback() {
      if (this.querySelector('iframe')) {
        return;
      }
      var src = new URL(this.getAttribute('src') || '', origin || location.href);
      if (src.origin !== origin || src.pathname !== '/widget') {
        this.textContent = 'Carte des lieux : adresse du widget invalide.';
        return;
      }
      var frame = document.createElement('iframe');
      frame.src = src.href;
      frame.title = this.getAttribute('titre') || 'Lieux de médiation numérique';
      frame.width = '100%';
      frame.height = this.getAttribute('hauteur') || '640';
      frame.style.border = '0';
      frame.loading = 'lazy';
      this.appendChild(frame);
    }
  });
})();
