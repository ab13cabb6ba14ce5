// Progressive enhancement of /agent/appels: when the agent ticks "Afficher les appels automatiquement", the page
// asks every 3 seconds for the id of the latest call on their line and reloads when a new one arrives. Without
// JavaScript, the "Actualiser" button does the same by hand.
(function () {
  var box = document.getElementById('auto');
  var list = document.getElementById('appels');
  if (!box || !list) return;
  box.hidden = false;
  var toggle = document.getElementById('auto-refresh');
  toggle.checked = sessionStorage.getItem('guichet-auto-calls') === '1';
  toggle.addEventListener('change', function () {
    sessionStorage.setItem('guichet-auto-calls', toggle.checked ? '1' : '0');
  });
  var latest = list.getAttribute('data-latest') || '';
  setInterval(function () {
    if (!toggle.checked) return;
    fetch('/agent/appels/dernier', { credentials: 'same-origin', headers: { accept: 'text/plain' } })
      .then(function (r) { return r.ok ? r.text() : latest; })
      .then(function (id) { if (id && id !== latest) location.reload(); })
      .catch(function () {});
  }, 3000);
})();
