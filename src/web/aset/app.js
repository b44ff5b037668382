// kinerja's one script, embedded into the binary at build time (tools/embed.sh).
'use strict';
// Small enhancements only: every page works without this script.
document.addEventListener('DOMContentLoaded', function () {
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
