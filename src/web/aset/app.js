// kinerja's one script, embedded into the binary at build time (tools/embed.sh).
'use strict';
// Small enhancements only: every page works without this script.
document.addEventListener('DOMContentLoaded', function () {
  // Stacked cards on a phone: every cell names its column (from the header row).
  document.querySelectorAll('.tabel table').forEach(function (t) {
    var th = t.querySelectorAll('thead th');
    t.querySelectorAll('tbody tr').forEach(function (tr) {
      Array.prototype.forEach.call(tr.children, function (td, i) {
        if (!td.hasAttribute('data-label') && th[i] && !td.hasAttribute('colspan'))
          td.setAttribute('data-label', th[i].textContent.trim());
      });
    });
  });
  // Adding a user: an operator needs a pemda and an OPD of that pemda (the server checks too).
  var tambah = document.getElementById('tambah');
  if (tambah) {
    var peran = tambah.querySelector('#peran'), pemda = tambah.querySelector('#pemda_u'),
      opd = tambah.querySelector('#opd');
    var atur = function () {
      var op = peran.value === 'operator';
      pemda.required = op; opd.required = op;
      opd.querySelectorAll('optgroup').forEach(function (g) {
        var cocok = !pemda.value || g.getAttribute('data-pemda') === pemda.value;
        g.hidden = !cocok; g.disabled = !cocok;
      });
      if (opd.selectedOptions[0] && opd.selectedOptions[0].parentNode.disabled) opd.value = '';
      var salah = op && (!pemda.value || !opd.value)
        ? 'Operator wajib punya pemda dan OPD dari pemda itu' : '';
      opd.setCustomValidity(salah);
    };
    [peran, pemda, opd].forEach(function (s) { s.addEventListener('change', atur); });
    atur();
  }
  document.querySelectorAll('select[data-otomatis]').forEach(function (s) {
    s.addEventListener('change', function () { s.form.submit(); });
  });
  document.querySelectorAll('form[data-konfirmasi]').forEach(function (f) {
    f.addEventListener('submit', function (e) {
      if (!window.confirm(f.getAttribute('data-konfirmasi'))) e.preventDefault();
    });
  });
  document.querySelectorAll('button[data-kembali]').forEach(function (b) {
    b.addEventListener('click', function (e) {
      var a = b.form.querySelector('input[name=alasan]');
      if (a && !a.value.trim()) { e.preventDefault(); a.focus();
        a.setCustomValidity('Alasan wajib diisi bila dikembalikan'); a.reportValidity(); }
      else if (a) { a.setCustomValidity(''); }
    });
  });
});
