/*
 * The offline page (templates/pwa/offline.html): lists the routines and other pages this browser kept for offline
 * use, read from the service worker's cache (limber-<version>), each under its own page title. The pages every
 * browser keeps (home, stretches, guide, safety) are in the page already.
 */
(function () {
  'use strict';

  var section = document.querySelector('.offline-kept');
  if (!section || !window.caches) {
    return;
  }
  var ALWAYS = /^\/(|stretches|stretches\/[^/]+|guide|safety|offline)$/;
  var ROUTINE = /^\/(routines\/|today$)/;

  function titleOf(response) {
    return response.text().then(function (html) {
      var doc = new DOMParser().parseFromString(html, 'text/html');
      var title = (doc.title || '').split(' · ')[0].trim();
      return title || null;
    });
  }

  function item(list, href, title) {
    var li = document.createElement('li');
    var a = document.createElement('a');
    a.href = href;
    a.textContent = title;
    li.appendChild(a);
    list.appendChild(li);
  }

  caches.keys().then(function (names) {
    var name = names.filter(function (n) { return n.indexOf('limber-') === 0; }).pop();
    if (!name) {
      return;
    }
    return caches.open(name).then(function (cache) {
      return cache.keys().then(function (requests) {
        var pages = requests.map(function (request) { return new URL(request.url); }).filter(function (url) {
          return url.origin === window.location.origin && !ALWAYS.test(url.pathname)
            && !/^\/(css|js|figures|icons)\//.test(url.pathname) && !/\.(svg|png|webmanifest)$/.test(url.pathname);
        });
        return Promise.all(pages.map(function (url) {
          return cache.match(url.pathname + url.search).then(function (response) {
            return response ? titleOf(response) : null;
          }).then(function (title) { return { url: url, title: title }; });
        }));
      });
    }).then(function (pages) {
      var routines = section.querySelector('.offline-routines');
      var others = section.querySelector('.offline-others');
      pages.filter(function (p) { return p.title; }).forEach(function (p) {
        var href = p.url.pathname + p.url.search;
        item(ROUTINE.test(p.url.pathname) ? routines : others, href, p.title);
      });
      section.querySelector('.offline-none').hidden = routines.children.length > 0;
      section.querySelector('.offline-others-title').hidden = others.children.length === 0;
      section.hidden = false;
    });
  });
}());
