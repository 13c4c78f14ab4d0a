/*
 * Nothing lost offline (docs/offline.md). On the player page it takes over the log form's submit: the finished
 * session goes into this browser's outbox (localStorage) with an idempotency key made once per session, then is
 * sent with fetch. If the server cannot be reached it stays, the page says how many sessions are waiting, and it
 * is sent again when the connection returns (the online event, the tab shown again, or every half minute while
 * any wait). The server stores a key once (Idempotency-Key header), so a session sent twice (a lost answer, two
 * tabs) is still logged once. pwa.js loads this script on any page while sessions wait.
 *
 * Without fetch, crypto.randomUUID or localStorage the form posts as before.
 */
(function () {
  'use strict';

  if (window.limberOutbox || !window.fetch || !window.crypto || !window.crypto.randomUUID) {
    return;
  }
  var STORE = 'limber.outbox';
  var RETRY_MS = 30000;
  var pwa = document.querySelector('script[data-msg-updated]');
  var texts = pwa ? pwa.dataset : {};
  var storage;
  try {
    storage = window.localStorage;
    storage.setItem(STORE + '.probe', '1');
    storage.removeItem(STORE + '.probe');
  } catch (e) {
    return;
  }
  window.limberOutbox = true;

  function read() {
    try {
      var list = JSON.parse(storage.getItem(STORE));
      return Array.isArray(list) ? list : [];
    } catch (e) {
      return [];
    }
  }

  function write(list) {
    if (list.length) {
      storage.setItem(STORE, JSON.stringify(list));
    } else {
      storage.removeItem(STORE);
    }
  }

  function put(entry) {
    write(read().filter(function (e) { return e.key !== entry.key; }).concat([entry]));
  }

  function drop(key) {
    write(read().filter(function (e) { return e.key !== key; }));
  }

  // ---- What the page says
  var status = null;

  function say(text, tone) {
    if (!text) {
      if (status) {
        status.remove();
        status = null;
      }
      return;
    }
    if (!status) {
      status = document.createElement('p');
      status.setAttribute('role', 'status');
      var form = document.getElementById('log-form');
      var actions = form && form.querySelector('.actions');
      if (actions) {
        actions.parentNode.insertBefore(status, actions);
      } else {
        var main = document.getElementById('main') || document.body;
        main.insertBefore(status, main.firstChild);
      }
    }
    status.className = (tone || 'notice') + ' outbox-status';
    status.textContent = text;
  }

  function showWaiting() {
    var count = read().length;
    if (count === 0) {
      say(null);
    } else {
      say(count === 1 ? texts.msgWaitingOne : (texts.msgWaitingMany || '').replace('{0}', String(count)), 'notice warn');
    }
  }

  // ---- Sending
  /**
   * Posts one entry. Resolves 'sent' (stored now or before: the server answers a repeat as the first time),
   * 'refused' (the server will never take it: dropped, and said), or 'waiting' (unreachable, busy, stale token).
   */
  function send(entry, fresh) {
    return fetch(entry.action, {
      method: 'POST',
      credentials: 'same-origin',
      redirect: 'manual',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Idempotency-Key': entry.key },
      body: entry.body
    }).then(function (response) {
      if (response.type === 'opaqueredirect' || (response.status >= 200 && response.status < 300)) {
        drop(entry.key);
        return 'sent';
      }
      if (response.status === 403 && !fresh) {
        // The form's CSRF token is older than the browser's cookie: take one from a fresh copy of the page.
        return freshToken(entry).then(function (updated) { return updated ? send(updated, true) : 'waiting'; });
      }
      if (response.status === 400) {
        return response.text().then(function (html) {
          drop(entry.key);
          var doc = new DOMParser().parseFromString(html, 'text/html');
          var reason = doc.querySelector('main li, main .lead');
          say((texts.msgRefused || '').replace('{0}', reason ? reason.textContent.trim() : ''), 'notice warn');
          return 'refused';
        });
      }
      return 'waiting';
    }, function () {
      return 'waiting';
    });
  }

  function freshToken(entry) {
    return fetch(entry.page, { credentials: 'same-origin', cache: 'no-store' }).then(function (response) {
      return response.ok ? response.text() : '';
    }).then(function (html) {
      var doc = new DOMParser().parseFromString(html, 'text/html');
      var input = doc.querySelector('input[name="_csrf"]');
      if (!input) {
        return null;
      }
      var body = new URLSearchParams(entry.body);
      body.set('_csrf', input.value);
      var updated = Object.assign({}, entry, { body: body.toString() });
      put(updated);
      return updated;
    }).catch(function () { return null; });
  }

  var flushing = null;
  var timer = null;

  /** Sends every waiting entry in turn; one tab at a time where the browser has Web Locks. */
  function flush() {
    if (flushing) {
      return flushing;
    }
    var run = function () {
      return read().reduce(function (done, entry) {
        return done.then(function (results) {
          return send(entry, false).then(function (result) { return results.concat([result]); });
        });
      }, Promise.resolve([]));
    };
    var locked = navigator.locks ? navigator.locks.request('limber-outbox', run) : run();
    flushing = locked.then(function (results) {
      flushing = null;
      if (results.indexOf('refused') < 0) {
        showWaiting();
      }
      if (results.indexOf('sent') >= 0 && read().length === 0) {
        say(texts.msgSent, 'flash');
      }
      clearTimeout(timer);
      if (read().length) {
        timer = setTimeout(flush, RETRY_MS);
      }
      return results;
    }, function () {
      flushing = null;
    });
    return flushing;
  }

  // ---- The log form on the player page
  var form = document.getElementById('log-form');
  if (form) {
    form.addEventListener('submit', function (event) {
      if (event.defaultPrevented) {
        return;
      }
      event.preventDefault();
      // One key per finished session: a second press, or a press after a failed send, is the same session.
      if (!form.dataset.outboxKey) {
        form.dataset.outboxKey = window.crypto.randomUUID();
      }
      var entry = {
        key: form.dataset.outboxKey,
        action: form.action,
        page: window.location.href,
        body: new URLSearchParams(new FormData(form)).toString(),
        at: Date.now()
      };
      put(entry);
      var button = form.querySelector('[type="submit"]');
      if (button) {
        button.disabled = true;
      }
      send(entry, false).then(function (result) {
        if (button) {
          button.disabled = false;
        }
        if (result === 'sent') {
          window.location.assign('/history');
        } else if (result === 'waiting') {
          showWaiting();
          clearTimeout(timer);
          timer = setTimeout(flush, RETRY_MS);
        }
      });
    });
  }

  window.addEventListener('online', flush);
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'visible') {
      flush();
    }
  });
  if (read().length) {
    showWaiting();
    flush();
  }
}());
