// Progressive enhancement of the console's search page: results as the agent types (after a short pause), in
// place of the list under the box; ArrowDown from the box walks the results, ArrowUp back, Escape returns to the
// box. Without JavaScript the form submits as usual, and Enter on a full reference still opens its case.
(function () {
  var form = document.querySelector('form.search[data-live]');
  var box = document.getElementById('q');
  var zone = document.getElementById('resultats-zone');
  if (!form || !box || !zone) return;
  var status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  zone.parentNode.insertBefore(status, zone);
  var timer = null;
  var asked = 0;
  var shown = box.value.trim();
  function links() {
    return Array.prototype.slice.call(zone.querySelectorAll('ol.cards a'));
  }
  function refresh() {
    var q = box.value.trim();
    if (q === shown) return;
    if (q.length < 2) {
      shown = q;
      zone.innerHTML = '';
      status.textContent = '';
      return;
    }
    var mine = ++asked;
    fetch(form.getAttribute('data-live') + '?q=' + encodeURIComponent(q), { credentials: 'same-origin', headers: { accept: 'text/html' } })
      .then(function (r) {
        if (!r.ok) throw new Error(String(r.status));
        return r.text();
      })
      .then(function (html) {
        if (mine !== asked) return; // a later keystroke's answer wins
        shown = q;
        zone.innerHTML = html;
        var title = zone.querySelector('h2');
        status.textContent = title ? title.textContent : '';
        history.replaceState(null, '', '/agent/recherche?q=' + encodeURIComponent(q));
      })
      .catch(function () {});
  }
  box.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(refresh, 250);
  });
  box.addEventListener('keydown', function (e) {
    if (e.key === 'ArrowDown' && links().length) {
      e.preventDefault();
      links()[0].focus();
    }
  });
  zone.addEventListener('keydown', function (e) {
    var all = links();
    var i = all.indexOf(document.activeElement);
    if (i < 0) return;
    if (e.key === 'ArrowDown' && i < all.length - 1) {
      e.preventDefault();
      all[i + 1].focus();
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      (i > 0 ? all[i - 1] : box).focus();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      box.focus();
    }
  });
})();
