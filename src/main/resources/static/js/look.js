// Colours and text size (app.limber.system.look). The server already wrote the remembered choice on <html>
// (data-theme, data-text), so the first paint needs no script; this file only makes the header's look form
// apply a choice at once, without a round trip, and keeps a page restored from the back-forward cache in step.
(function () {
  'use strict';

  var COOKIE = 'limber_look';
  var THEMES = ['system', 'light', 'dark'];
  var SIZES = ['normal', 'large', 'larger'];
  var MAX_AGE = 400 * 24 * 60 * 60;
  var root = document.documentElement;

  /** The remembered look, as the server reads it: "theme.text", unknown words count as the defaults. */
  function read() {
    var match = document.cookie.match(/(?:^|;\s*)limber_look=([^;]*)/);
    var parts = match ? match[1].split('.') : [];
    return {
      theme: parts.length === 2 && THEMES.indexOf(parts[0]) >= 0 ? parts[0] : 'system',
      text: parts.length === 2 && SIZES.indexOf(parts[1]) >= 0 ? parts[1] : 'normal'
    };
  }

  function write(look) {
    document.cookie = COOKIE + '=' + look.theme + '.' + look.text + '; Path=/; Max-Age=' + MAX_AGE
        + '; SameSite=Lax' + (location.protocol === 'https:' ? '; Secure' : '');
  }

  function setAttribute(name, value, unset) {
    if (value === unset) {
      root.removeAttribute(name);
    } else {
      root.setAttribute(name, value);
    }
  }

  /** The dark palette's media for each choice, as app.limber.system.look.Look#darkPaletteMedia writes them. */
  var DARK_MEDIA = {system: 'screen and (prefers-color-scheme: dark)', light: 'not all', dark: 'screen'};

  function apply(look) {
    var palette = document.getElementById('dark-palette');
    if (palette) {
      palette.media = DARK_MEDIA[look.theme];
    }
    setAttribute('data-theme', look.theme, 'system');
    setAttribute('data-text', look.text, 'normal');
  }

  var form = document.querySelector('form.look');

  function check(look) {
    if (!form) {
      return;
    }
    ['theme', 'text'].forEach(function (name) {
      var input = form.querySelector('input[name="' + name + '"][value="' + look[name] + '"]');
      if (input) {
        input.checked = true;
      }
    });
  }

  function chosen() {
    var theme = form.querySelector('input[name="theme"]:checked');
    var text = form.querySelector('input[name="text"]:checked');
    return {
      theme: theme && THEMES.indexOf(theme.value) >= 0 ? theme.value : 'system',
      text: text && SIZES.indexOf(text.value) >= 0 ? text.value : 'normal'
    };
  }

  // A page kept by a shared cache or restored from the back-forward cache may carry an older look.
  apply(read());
  check(read());
  window.addEventListener('pageshow', function (event) {
    if (event.persisted) {
      apply(read());
      check(read());
    }
  });

  if (!form) {
    return;
  }
  var applyButton = form.querySelector('.look-apply');
  if (applyButton) {
    applyButton.hidden = true;
  }
  form.addEventListener('change', function () {
    var look = chosen();
    apply(look);
    write(look);
  });
  form.addEventListener('submit', function (event) {
    // Enter in the form: the choice is already applied and remembered.
    event.preventDefault();
  });

  var menu = form.querySelector('details');
  if (menu) {
    document.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && menu.open) {
        menu.open = false;
        menu.querySelector('summary').focus();
      }
    });
    document.addEventListener('click', function (event) {
      if (menu.open && !menu.contains(event.target)) {
        menu.open = false;
      }
    });
  }
}());
