// Tells the server the browser's time zone (cookie limber_zone, read by UserClock), so that "today" and the
// default time of day are the user's, not the server's. A page that used another zone (data-zone on <main>) is
// loaded once more the first time the zone is known; the cookie then stays, so it happens once per browser.
(function () {
  'use strict';
  var NAME = 'limber_zone';
  var zone;
  try {
    zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch (e) {
    return;
  }
  if (!zone || !/^[A-Za-z0-9_+\-\/]{1,64}$/.test(zone)) {
    return;
  }
  var sent = document.cookie.split(';').map(function (c) { return c.trim(); })
    .filter(function (c) { return c.indexOf(NAME + '=') === 0; })
    .map(function (c) { return c.substring(NAME.length + 1); })[0];
  if (sent === zone) {
    return;
  }
  document.cookie = NAME + '=' + zone + '; path=/; max-age=31536000; samesite=lax'
    + (location.protocol === 'https:' ? '; secure' : '');
  var stored = document.cookie.indexOf(NAME + '=' + zone) !== -1;
  var used = document.querySelector('[data-zone]');
  if (stored && used && used.getAttribute('data-zone') !== zone) {
    location.reload();
  }
})();
