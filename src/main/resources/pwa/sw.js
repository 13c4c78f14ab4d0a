/*
 * Limber's service worker, served at /sw.js by app.limber.pwa.PwaController, which puts two constants above this
 * text: VERSION (a hash of the build's pages, styles, scripts and figures) and SHELL (every URL kept on install).
 * See docs/offline.md.
 *
 * One cache per version, "limber-<VERSION>", holds the shell and every page the person opened. A new version
 * installs into a new cache (the shell afresh, and every page the old cache held fetched again), waits until the
 * page asks for it (the "Limber was updated" notice) or every Limber tab is closed, then deletes the old caches.
 * Pages and assets of two versions are never served together.
 *
 * Pages: network first; the kept copy when the server cannot be reached (or is slow and a copy exists);
 * otherwise the offline page. Versioned assets (hashed names, ?v=): cache first. Only GET requests of this origin
 * are handled; the session log (a POST) goes to the network, and outbox.js keeps it when that fails.
 */
'use strict';

var CACHE = 'limber-' + VERSION;
var PREFIX = 'limber-';
var OFFLINE = '/offline';
/** With a kept copy at hand, a server this slow to answer is treated as unreachable (a phone away from home). */
var SLOW_MS = 4000;
/** Pages kept besides the shell; past this the oldest go first. */
var MAX_PAGES = 200;
/** Players kept along with one routine page (Today links three). */
var MAX_PLAYERS = 5;
var SHELL_SET = new Set(SHELL);

/** Addresses never kept: private (history, restore links), downloads, and what changes on every visit. */
var NEVER = /^\/(history|error|sw\.js|api\/)|\.(pdf|csv|ics)$/;
/** A routine's own page (generated or saved); its player is kept with it. */
var ROUTINE = /^\/routines\/(generate|[A-Za-z0-9_-]{22})$/;
/** A one-time message on a page (a flash after a save), shown once by the server. */
var FLASH = /class="flash"/;
/** The header's language links: the answer sets the language cookie, then goes back to the page. */
var LANGUAGE = '/language';
/** Assets whose address changes when their content does. */
var VERSIONED = /^\/(css|js)\/.+-[0-9a-f]{32}\.(css|js)$/;

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    // reload: straight from the server, never an older copy from the HTTP cache.
    return cache.addAll(SHELL.map(function (url) { return new Request(url, { cache: 'reload' }); }))
      .then(function () { return carryOver(cache); });
  }).then(function () {
    // The first install has no pages to keep consistent: take over at once.
    if (!self.registration.active) {
      return self.skipWaiting();
    }
  }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.open(CACHE)
    .then(carryOver)
    .then(function () { return caches.keys(); })
    .then(function (names) {
      return Promise.all(names.filter(function (name) {
        return name.indexOf(PREFIX) === 0 && name !== CACHE;
      }).map(function (name) { return caches.delete(name); }));
    })
    .then(function () { return self.clients.claim(); }));
});

self.addEventListener('message', function (event) {
  var data = event.data || {};
  if (data.type === 'activate') {
    self.skipWaiting();
  } else if (data.type === 'keep' && typeof data.url === 'string') {
    var url = new URL(data.url, self.location.origin);
    if (url.origin === self.location.origin && keepable(url)) {
      event.waitUntil(fetchAndKeep(url.pathname + url.search));
    }
  }
});

self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (request.method !== 'GET') {
    return;
  }
  var url = new URL(request.url);
  if (url.origin !== self.location.origin) {
    return;
  }
  if (request.mode === 'navigate') {
    var answer = page(request, url);
    event.respondWith(answer);
    if (url.pathname === LANGUAGE) {
      // The language was changed: every kept page is in the other one. Fetched again in the background, so
      // that a slow network or a later offline visit shows the language chosen (a page that cannot be fetched
      // now keeps its old copy, which says its own language in <html lang>).
      event.waitUntil(answer.then(function () { return caches.open(CACHE); }).then(refetchKept)
        .catch(function () { /* offline: the copies stay as they are */ }));
    }
  } else if (SHELL_SET.has(url.pathname + url.search) || VERSIONED.test(url.pathname) || url.searchParams.has('v')) {
    event.respondWith(cacheFirst(request));
  }
});

/** Network first, kept copy when the server cannot be reached or is slow, else the offline page. */
function page(request, url) {
  var key = url.pathname + url.search;
  var fromNetwork = fetch(request).then(function (response) {
    if (keepable(url) && worthKeeping(response)) {
      var copy = response.clone();
      copy.clone().text().then(function (html) {
        // A one-time message ("Routine saved") is not kept: the page is kept as the next visit shows it.
        return FLASH.test(html) ? fetchAndKeep(key)
          : keep(key, copy).then(function () { return keepPlayers(url, html); });
      });
    }
    return response;
  });
  var kept = caches.open(CACHE).then(function (cache) { return cache.match(key); });
  return new Promise(function (resolve, reject) {
    var settled = false;
    function answer(response) {
      if (!settled) {
        settled = true;
        resolve(response);
      }
    }
    fromNetwork.then(answer, function () {
      kept.then(function (copy) { return copy || caches.match(OFFLINE, { cacheName: CACHE }); })
        .then(function (fallback) {
          if (fallback) {
            answer(fallback);
          } else if (!settled) {
            reject(new TypeError('offline, and no copy of ' + key));
          }
        });
    });
    setTimeout(function () {
      kept.then(function (copy) {
        if (copy) {
          answer(copy);
        }
      });
    }, SLOW_MS);
  });
}

function cacheFirst(request) {
  return caches.open(CACHE).then(function (cache) {
    return cache.match(request).then(function (hit) {
      return hit || fetch(request).then(function (response) {
        if (response.ok && response.type === 'basic') {
          cache.put(request, response.clone());
        }
        return response;
      });
    });
  });
}

function keepable(url) {
  return !NEVER.test(url.pathname);
}

/**
 * A whole page of ours. Cache-Control is not asked: Spring Security marks every page without a policy of its own
 * no-store (saved routines among them), and this cache is the person's own copy of pages they opened, like the
 * browser's back button; private pages are left out by address instead (NEVER).
 */
function worthKeeping(response) {
  var type = response.headers.get('Content-Type') || '';
  return response.ok && response.type === 'basic' && !response.redirected && type.indexOf('text/html') === 0;
}

function keep(key, response) {
  return caches.open(CACHE).then(function (cache) {
    return cache.put(key, response).then(function () { return trim(cache); });
  });
}

function fetchAndKeep(key) {
  return fetch(key, { credentials: 'same-origin' }).then(function (response) {
    if (worthKeeping(response)) {
      var copy = response.clone();
      return response.text().then(function (html) {
        return keep(key, copy).then(function () { return keepPlayers(new URL(key, self.location.origin), html); });
      });
    }
  }).catch(function () { /* offline: nothing to keep now */ });
}

/**
 * A routine page (and Today) brings along the players it links, so that a routine opened once can be followed
 * offline. The links are read from the page, since the player's address is the routine's plus the date it was
 * built for.
 */
function keepPlayers(url, html) {
  if (!ROUTINE.test(url.pathname) && url.pathname !== '/today') {
    return Promise.resolve();
  }
  return Promise.resolve().then(function () {
    var players = [];
    var link = /href="(\/routines\/[A-Za-z0-9_-]+\/follow[^"]*)"/g;
    var match;
    while ((match = link.exec(html)) !== null && players.length < MAX_PLAYERS) {
      var player = match[1].replace(/&amp;/g, '&');
      if (players.indexOf(player) < 0) {
        players.push(player);
      }
    }
    return players.reduce(function (done, player) {
      return done.then(function () { return fetchAndKeep(player); });
    }, Promise.resolve());
  });
}

/** Pages beyond the shell, oldest first (a cache lists its entries in the order they were put). */
function trim(cache) {
  return cache.keys().then(function (requests) {
    var pages = requests.filter(function (request) {
      var url = new URL(request.url);
      return !SHELL_SET.has(url.pathname + url.search) && !VERSIONED.test(url.pathname) && !url.searchParams.has('v');
    });
    return Promise.all(pages.slice(0, Math.max(0, pages.length - MAX_PAGES)).map(function (request) {
      return cache.delete(request);
    }));
  });
}

/**
 * The pages an older version kept (routines the person opened) are fetched again for this version, never copied:
 * an old page links old styles and scripts. A page the server no longer gives (or that cannot be fetched now) is
 * left out.
 */
function carryOver(cache) {
  return caches.keys().then(function (names) {
    var older = names.filter(function (name) { return name.indexOf(PREFIX) === 0 && name !== CACHE; });
    return Promise.all(older.map(function (name) {
      return caches.open(name).then(function (old) { return old.keys(); });
    }));
  }).then(function (lists) {
    var wanted = [];
    lists.forEach(function (requests) {
      requests.forEach(function (request) {
        var url = new URL(request.url);
        var key = url.pathname + url.search;
        if (!SHELL_SET.has(key) && !VERSIONED.test(url.pathname) && !url.searchParams.has('v') && keepable(url)
            && wanted.indexOf(key) < 0) {
          wanted.push(key);
        }
      });
    });
    return wanted.reduce(function (done, key) {
      return done.then(function () { return cache.match(key); }).then(function (hit) {
        if (hit) {
          return undefined;
        }
        return fetch(key, { credentials: 'same-origin', cache: 'no-cache' }).then(function (response) {
          if (worthKeeping(response)) {
            return cache.put(key, response);
          }
        }).catch(function () { /* unreachable now: left out */ });
      });
    }, Promise.resolve());
  });
}

/**
 * Every page this cache keeps (the shell's pages among them, not its assets), fetched again one after another,
 * the person's own first (Array.prototype.sort is stable, so each group keeps the order it was kept in).
 */
function refetchKept(cache) {
  return cache.keys().then(function (requests) {
    var keys = requests.map(function (request) {
      var url = new URL(request.url);
      return { url: url, key: url.pathname + url.search };
    }).filter(function (page) {
      return !VERSIONED.test(page.url.pathname) && !page.url.searchParams.has('v') && keepable(page.url)
        && !/\.(css|js|svg|png|webmanifest)$/.test(page.url.pathname);
    });
    // The person's own pages (routines they opened) first, then the shell's.
    keys.sort(function (a, b) { return SHELL_SET.has(a.key) - SHELL_SET.has(b.key); });
    return keys.reduce(function (done, page) {
      return done.then(function () {
        return fetch(page.key, { credentials: 'same-origin', cache: 'no-cache' }).then(function (response) {
          if (worthKeeping(response)) {
            return cache.put(page.key, response);
          }
        }).catch(function () { /* unreachable now: the old copy stays */ });
      });
    }, Promise.resolve());
  });
}
