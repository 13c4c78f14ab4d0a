// Print buttons on the print sheets: shown only when this script runs (the page explains Ctrl+P otherwise).
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('[data-print]').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () { window.print(); });
  });
});
