// Requests pages: tells the server the browser's time zone (the deadline field is local time) and
// shows <time data-local> in the reader's zone, also in parts htmx swaps in. No inline script: CSP.
(function () {
  function localise(root) {
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    root.querySelectorAll('input[name="zone"]').forEach(function (input) {
      if (!input.value) {
        input.value = zone;
      }
    });
    root.querySelectorAll('time[data-local]').forEach(function (time) {
      var date = new Date(time.getAttribute('datetime'));
      if (!isNaN(date.getTime())) {
        time.textContent = date.toLocaleString(document.documentElement.lang || undefined);
        time.setAttribute('title', time.getAttribute('datetime'));
      }
    });
  }
  document.addEventListener('DOMContentLoaded', function () { localise(document); });
  document.addEventListener('htmx:afterSettle', function (event) { localise(event.target.ownerDocument || document); });
})();
