/**
 * The only script of the site, inline so the pages work from file:// and need nothing else. It only enhances:
 * without it every row is shown and every address can be copied by hand.
 * - `form[data-filter=<table id>]`: a select named N keeps the rows whose `data-N` lists its value, a search field
 *   named `q` the rows containing its text; section rows stay while one of their rows is shown.
 * - `button[data-copy]`: copies its address to the clipboard.
 */
export const SCRIPT = `(function () {
  'use strict';
  function norm(s) { return s.toLowerCase().replace(/ё/g, 'е'); }
  document.querySelectorAll('form[data-filter]').forEach(function (form) {
    var table = document.getElementById(form.getAttribute('data-filter'));
    if (!table) return;
    var rows = Array.prototype.slice.call(table.querySelectorAll('tr.item'));
    var sections = Array.prototype.slice.call(table.querySelectorAll('tr.sec'));
    var out = form.querySelector('.shown');
    var label = form.getAttribute('data-shown') || 'Показано мероприятий';
    function apply() {
      var shown = 0;
      var q = form.elements.q ? norm(form.elements.q.value.trim()) : '';
      var selects = Array.prototype.filter.call(form.elements, function (e) { return e.tagName === 'SELECT' && e.value; });
      var active = q !== '' || selects.length > 0;
      var seen = {};
      rows.forEach(function (row) {
        var ok = !active || (!row.classList.contains('group') && selects.every(function (s) {
          return (' ' + (row.getAttribute('data-' + s.name) || '') + ' ').indexOf(' ' + s.value + ' ') >= 0;
        }) && (q === '' || norm(row.textContent).indexOf(q) >= 0));
        row.hidden = !ok;
        if (ok && !row.classList.contains('group')) shown++;
        if (ok) seen[row.getAttribute('data-section')] = true;
      });
      sections.forEach(function (s) { s.hidden = active && !seen[s.getAttribute('data-section')]; });
      if (out) out.textContent = label + ': ' + shown + ' из ' + rows.filter(function (r) { return !r.classList.contains('group'); }).length + '.';
    }
    form.addEventListener('input', apply);
    form.addEventListener('change', apply);
    form.addEventListener('submit', function (e) { e.preventDefault(); apply(); });
    form.addEventListener('reset', function () { setTimeout(apply, 0); });
    form.hidden = false;
    apply();
  });
  document.querySelectorAll('button[data-copy]').forEach(function (button) {
    var label = button.textContent;
    button.hidden = false;
    button.addEventListener('click', function () {
      var text = button.getAttribute('data-copy');
      function done(ok) {
        button.textContent = ok ? 'Скопировано' : 'Не удалось — выделите адрес и скопируйте';
        setTimeout(function () { button.textContent = label; }, 2500);
      }
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(text).then(function () { done(true); }, function () { done(fallback(text)); });
      } else done(fallback(text));
    });
  });
  function fallback(text) {
    var area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'absolute';
    area.style.left = '-9999px';
    document.body.appendChild(area);
    area.select();
    var ok = false;
    try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
    document.body.removeChild(area);
    return ok;
  }
})();`;
