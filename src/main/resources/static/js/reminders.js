/*
 * Workday break reminders, on every page (fragments/layout.html loads this file; reminder/banner.html is the empty
 * banner it fills). The settings live in this browser's localStorage (the /reminders page writes them); the rule
 * of which break is due when is reminders-schedule.js, loaded only once reminders are on.
 *
 * A due break shows as a banner with a short sound while a Limber tab is open and, when the person allowed it, as a
 * notification (with start / snooze / skip actions when a service worker is there, see sw-reminders.js). Nothing
 * shows while a routine is being followed: in this tab (the player page), or in another (player.js's heartbeat,
 * localStorage 'limber.following'); a break that falls then counts as taken.
 *
 * Test hook (documented in docs/reminders.md): localStorage 'limber.reminders.speed' = N runs the schedule's clock
 * N times faster from 'limber.reminders.speedAnchor' (a time in ms, set here if missing). Only this file reads it.
 */
(function () {
  'use strict';

  var KEYS = {
    settings: 'limber.reminders.settings',
    state: 'limber.reminders.state',
    speed: 'limber.reminders.speed',
    anchor: 'limber.reminders.speedAnchor',
    following: 'limber.following'
  };
  /** A player heartbeat older than this means the routine was left. */
  var HEARTBEAT_MS = 30000;
  var TAG = 'limber-break';

  var banner = document.getElementById('reminder-banner');
  var S = null;
  var current = null;
  var timer = null;
  var audio = null;
  var cssLoaded = false;

  function read(key) {
    try {
      return JSON.parse(window.localStorage.getItem(key));
    } catch (e) {
      return null;
    }
  }

  function write(key, value) {
    try {
      window.localStorage.setItem(key, JSON.stringify(value));
    } catch (e) {
      // Storage full or blocked: the reminder still works for this page.
    }
  }

  function speed() {
    var s = Number(read(KEYS.speed));
    return s > 0 ? s : 1;
  }

  /** The schedule's clock: real time, or the sped-up test clock. */
  function now() {
    var s = speed();
    if (s === 1) {
      return new Date();
    }
    var anchor = Number(read(KEYS.anchor));
    if (!(anchor > 0)) {
      anchor = Date.now();
      write(KEYS.anchor, anchor);
    }
    return new Date(anchor + (Date.now() - anchor) * s);
  }

  function settings() {
    return read(KEYS.settings);
  }

  function following() {
    if (document.getElementById('player') || document.documentElement.classList.contains('player-active')) {
      return true;
    }
    var beat = Number(read(KEYS.following));
    return beat > 0 && Date.now() - beat < HEARTBEAT_MS;
  }

  function msg(name) {
    return banner ? banner.getAttribute('data-msg-' + name) || '' : '';
  }

  function loadCss() {
    if (cssLoaded || !banner) {
      return;
    }
    cssLoaded = true;
    var link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = banner.dataset.css;
    document.head.appendChild(link);
  }

  function withSchedule(then) {
    if (window.LimberSchedule) {
      S = window.LimberSchedule;
      then();
      return;
    }
    var script = document.createElement('script');
    script.src = banner.dataset.schedule;
    script.onload = function () {
      S = window.LimberSchedule;
      then();
    };
    document.head.appendChild(script);
  }

  function urlFor(kind) {
    return kind === 'stretch' ? banner.dataset.stretchUrl : banner.dataset.moveUrl;
  }

  function clockText(ms) {
    var d = new Date(ms);
    return (d.getHours() < 10 ? '0' : '') + d.getHours() + ':' + (d.getMinutes() < 10 ? '0' : '') + d.getMinutes();
  }

  function beep() {
    var Ctx = window.AudioContext || window.webkitAudioContext;
    if (!Ctx) {
      return;
    }
    try {
      audio = audio || new Ctx();
      if (audio.state === 'suspended') {
        audio.resume();
      }
      var t = audio.currentTime;
      [0, 0.28].forEach(function (offset, i) {
        var osc = audio.createOscillator();
        var gain = audio.createGain();
        osc.frequency.value = i ? 880 : 660;
        gain.gain.setValueAtTime(0.0001, t + offset);
        gain.gain.exponentialRampToValueAtTime(0.2, t + offset + 0.02);
        gain.gain.exponentialRampToValueAtTime(0.0001, t + offset + 0.22);
        osc.connect(gain);
        gain.connect(audio.destination);
        osc.start(t + offset);
        osc.stop(t + offset + 0.24);
      });
    } catch (e) {
      // Autoplay rules may refuse sound before the person has clicked in the tab: the banner still shows.
    }
  }

  function button(action, primary) {
    var b = document.createElement('button');
    b.type = 'button';
    b.className = primary ? 'button' : 'button secondary';
    b.dataset.reminderAction = action;
    b.textContent = msg(action);
    b.addEventListener('click', function () {
      answer(action, true);
    });
    return b;
  }

  function render(r) {
    loadCss();
    banner.textContent = '';
    var card = document.createElement('div');
    card.className = 'reminder-card';
    card.setAttribute('role', 'alert');
    card.setAttribute('aria-label', msg('label'));
    var head = document.createElement('p');
    head.className = 'reminder-head';
    var time = document.createElement('span');
    time.className = 'reminder-time';
    time.textContent = clockText(r.at) + (r.snoozed ? ' · ' + msg('snoozed') : '');
    var title = document.createElement('strong');
    title.className = 'reminder-title';
    title.textContent = msg(r.kind);
    head.appendChild(time);
    head.appendChild(title);
    var body = document.createElement('p');
    body.className = 'reminder-body';
    body.textContent = msg(r.kind === 'stretch' ? 'body-stretch' : 'body-move');
    var actions = document.createElement('p');
    actions.className = 'reminder-actions';
    actions.appendChild(button('start', true));
    actions.appendChild(button('snooze', false));
    actions.appendChild(button('skip', false));
    card.appendChild(head);
    card.appendChild(body);
    card.appendChild(actions);
    banner.appendChild(card);
    banner.dataset.at = String(r.at);
    banner.dataset.kind = r.kind;
    banner.dataset.snoozed = String(!!r.snoozed);
    banner.hidden = false;
  }

  function hide() {
    current = null;
    if (banner) {
      banner.hidden = true;
      banner.textContent = '';
      delete banner.dataset.at;
      delete banner.dataset.kind;
      delete banner.dataset.snoozed;
    }
  }

  function notify(r) {
    if (!('Notification' in window) || Notification.permission !== 'granted' || r.demo) {
      return;
    }
    var title = msg(r.kind);
    var options = {
      body: msg(r.kind === 'stretch' ? 'body-stretch' : 'body-move'),
      tag: TAG,
      renotify: true,
      icon: '/favicon.svg',
      data: { url: urlFor(r.kind), at: r.at }
    };
    var plain = function () {
      try {
        var n = new Notification(title, options);
        n.onclick = function () {
          window.focus();
          n.close();
          answer('start', true);
        };
      } catch (e) {
        // Some browsers (Chrome on Android) allow notifications only through a service worker.
      }
    };
    if (navigator.serviceWorker && navigator.serviceWorker.controller) {
      navigator.serviceWorker.ready.then(function (registration) {
        options.actions = [
          { action: 'start', title: msg('start') },
          { action: 'snooze', title: msg('snooze') },
          { action: 'skip', title: msg('skip') }
        ];
        return registration.showNotification(title, options);
      }).catch(plain);
    } else {
      plain();
    }
  }

  function show(r) {
    current = r;
    render(r);
    beep();
    notify(r);
  }

  /** The person's answer: the state remembers it (every Limber tab reads it), then start opens the routine. */
  function answer(action, navigate) {
    var r = current;
    if (!r) {
      return;
    }
    if (!r.demo) {
      write(KEYS.state, S.answer(read(KEYS.state) || {}, r, action, now()));
    }
    hide();
    if (action === 'start' && navigate) {
      window.location.assign(urlFor(r.kind));
    }
  }

  function tick() {
    if (current && current.demo) {
      return;
    }
    var state = read(KEYS.state) || {};
    var r = S.due(settings(), now(), state);
    if (!r) {
      if (current) {
        hide();
      }
      return;
    }
    if (current && current.at === r.at && current.snoozed === r.snoozed) {
      return;
    }
    if (following()) {
      // Already moving: the break counts as taken, and nothing piles up for later.
      write(KEYS.state, S.answer(state, r, 'skip', now()));
      return;
    }
    show(r);
  }

  function run() {
    if (!banner) {
      return;
    }
    var s = settings();
    if (!(s && s.on)) {
      if (timer) {
        clearInterval(timer);
        timer = null;
      }
      if (current && !current.demo) {
        hide();
      }
      return;
    }
    withSchedule(function () {
      if (!timer) {
        // Each second on a sped-up test clock; every five seconds in real time (background tabs are throttled
        // by the browser anyway: a break may come up to a minute late there).
        timer = setInterval(tick, speed() > 1 ? 200 : 5000);
      }
      tick();
    });
  }

  /** For the settings page (reminders-settings.js). */
  window.LimberReminders = {
    KEYS: KEYS,
    settings: settings,
    save: function (value) {
      write(KEYS.settings, value);
      run();
    },
    now: now,
    loadCss: loadCss,
    /** Shows a sample reminder at once (answering it changes nothing). */
    demo: function (kind) {
      withSchedule(function () {
        show({ at: now().getTime(), kind: kind || 'move', snoozed: false, demo: true });
      });
    }
  };

  window.addEventListener('storage', function (e) {
    if (e.key === KEYS.settings) {
      run();
    } else if (e.key === KEYS.state && S && current && !current.demo) {
      // Answered in another tab: drop this tab's copy if it is no longer due.
      var r = S.due(settings(), now(), read(KEYS.state) || {});
      if (!r || r.at !== current.at) {
        hide();
      }
    }
  });

  if (navigator.serviceWorker) {
    // The service worker's notification buttons (sw-reminders.js) answer here; it opens the routine itself.
    navigator.serviceWorker.addEventListener('message', function (e) {
      var data = e.data || {};
      if (data.type === 'limber-reminder' && current && current.at === data.at) {
        answer(data.action, false);
      }
    });
  }

  document.addEventListener('DOMContentLoaded', run);
}());
