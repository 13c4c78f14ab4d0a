/*
 * Limber as an app that works offline (docs/offline.md), on every page: registers the service worker (/sw.js),
 * tells the person when a new version is ready ("Limber was updated", with a button that switches and reloads),
 * keeps the page it was loaded on when the worker was not yet in charge, and loads outbox.js when sessions logged
 * offline are waiting to be sent. Every word comes from this script element's data-msg-* attributes.
 */
(function () {
  'use strict';

  var me = document.currentScript;
  if (!me) {
    return;
  }
  var texts = me.dataset;

  // ---- Sessions waiting to be sent: outbox.js sends them (the player page loads it anyway).
  var waiting = 0;
  try {
    waiting = (JSON.parse(window.localStorage.getItem('limber.outbox')) || []).length;
  } catch (e) {
    waiting = 0;
  }
  if (waiting > 0 && !document.querySelector('script[data-outbox-script]') && texts.outbox) {
    var outbox = document.createElement('script');
    outbox.src = texts.outbox;
    outbox.defer = true;
    outbox.setAttribute('data-outbox-script', '');
    document.head.appendChild(outbox);
  }

  if (!('serviceWorker' in navigator) || !texts.sw) {
    return;
  }
  var container = navigator.serviceWorker;
  var controlledAtLoad = !!container.controller;
  var switching = false;

  function notice(onClick) {
    if (document.querySelector('.pwa-update')) {
      return;
    }
    var box = document.createElement('p');
    box.className = 'notice pwa-update';
    box.setAttribute('role', 'status');
    box.appendChild(document.createTextNode(texts.msgUpdated + ' '));
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'button';
    button.textContent = texts.msgReload;
    button.addEventListener('click', onClick);
    box.appendChild(button);
    var main = document.getElementById('main') || document.body;
    main.insertBefore(box, main.firstChild);
  }

  /** A new version installed and waiting: the person chooses when to switch (a routine may be running). */
  function offerSwitch(worker) {
    notice(function () {
      switching = true;
      worker.postMessage({ type: 'activate' });
    });
  }

  container.addEventListener('controllerchange', function () {
    if (switching) {
      window.location.reload();
    } else if (controlledAtLoad) {
      // Another tab switched to the new version: this page still shows the old one.
      notice(function () { window.location.reload(); });
    } else {
      // The first worker took charge of this page, which it never saw load: keep it too.
      controlledAtLoad = true;
      container.controller.postMessage({ type: 'keep', url: window.location.href });
    }
  });

  window.addEventListener('load', function () {
    container.register(texts.sw, { scope: '/' }).then(function (registration) {
      if (registration.waiting && container.controller) {
        offerSwitch(registration.waiting);
      }
      registration.addEventListener('updatefound', function () {
        var worker = registration.installing;
        worker.addEventListener('statechange', function () {
          if (worker.state === 'installed' && container.controller) {
            offerSwitch(worker);
          }
        });
      });
    }).catch(function () { /* no worker (private mode, blocked): the site works as before, online */ });
  });
}());
