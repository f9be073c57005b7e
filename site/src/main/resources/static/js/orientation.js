// The form shows the search of the page's URL: when the browser brings the page back (back button, back-forward
// cache, restored form fields), the boxes ticked since are reset to what the server rendered for this URL.
window.addEventListener('pageshow', function () {
  var form = document.getElementById('criteres');
  if (form) {
    form.reset();
  }
});
