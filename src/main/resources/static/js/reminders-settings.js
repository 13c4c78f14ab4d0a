/*
 * The /reminders page: fills the form from what this browser stored, stores it again on "Save", turns reminders
 * on (asking for notification permission then, on that click, and only then) and off, and lists the breaks of a
 * work day as the form stands. Without JavaScript the same form is the calendar download.
 */
(function () {
  'use strict';

  var R = window.LimberReminders;
  var S = window.LimberSchedule;
  var form = document.querySelector('[data-reminder-form]');
  var status = document.querySelector('[data-reminder-status]');
  if (!R || !S || !form || !status) {
    return;
  }
  var stateLine = status.querySelector('.reminder-state');
  var toggle = status.querySelector('[data-reminder-toggle]');
  var demo = status.querySelector('[data-reminder-test]');
  var save = form.querySelector('[data-reminder-save]');
  var preview = form.querySelector('[data-reminder-preview]');
  var saved = false;

  function msg(name) {
    return status.getAttribute('data-msg-' + name) || '';
  }

  function field(name) {
    return form.elements.namedItem(name);
  }

  function fromForm() {
    var days = Array.prototype.filter.call(form.querySelectorAll('input[name="day"]'), function (box) {
      return box.checked;
    }).map(function (box) {
      return box.value;
    });
    var quietFrom = field('quietFrom').value;
    var quietTo = field('quietTo').value;
    var stored = R.settings() || {};
    return {
      on: !!stored.on,
      // None ticked is Monday to Friday, as the calendar download reads it.
      days: days.length ? days : ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
      start: field('start').value.slice(0, 5),
      end: field('end').value.slice(0, 5),
      every: Number(field('every').value) || 60,
      stretch: Number(field('stretch').value) || 0,
      quiet: quietFrom && quietTo ? [{ from: quietFrom.slice(0, 5), to: quietTo.slice(0, 5) }] : [],
      zone: field('zone').value
    };
  }

  function toForm(s) {
    Array.prototype.forEach.call(form.querySelectorAll('input[name="day"]'), function (box) {
      box.checked = (s.days || []).indexOf(box.value) >= 0;
    });
    field('start').value = s.start || field('start').value;
    field('end').value = s.end || field('end').value;
    field('every').value = s.every || field('every').value;
    field('stretch').value = s.stretch === undefined ? field('stretch').value : s.stretch;
    field('quietFrom').value = s.quiet && s.quiet[0] ? s.quiet[0].from : '';
    field('quietTo').value = s.quiet && s.quiet[0] ? s.quiet[0].to : '';
    if (s.zone) {
      field('zone').value = s.zone;
    }
  }

  function nextBreak(s) {
    var now = R.now();
    if (!S.isWorkDay(s, now)) {
      return null;
    }
    var minutes = now.getHours() * 60 + now.getMinutes();
    var next = S.breaksOn(s).filter(function (b) {
      return S.minutes(b.time) > minutes;
    })[0];
    return next || null;
  }

  function showStatus() {
    var s = R.settings();
    var on = !!(s && s.on);
    var text;
    if (!on) {
      text = msg('off');
    } else if (!('Notification' in window)) {
      text = msg('unsupported');
    } else {
      text = Notification.permission === 'granted' ? msg('on') : msg('on-banner');
    }
    if (on) {
      var next = nextBreak(s);
      text += ' ' + (next ? msg('next').replace('{0}', next.time + ' (' + msg(next.kind) + ')') : msg('none'));
    }
    if (saved) {
      text = msg('saved') + ' ' + text;
    }
    stateLine.textContent = text;
    toggle.textContent = on ? msg('turn-off') : msg('turn-on');
    toggle.setAttribute('aria-pressed', String(on));
  }

  function showPreview() {
    var list = preview.querySelector('.reminder-times');
    list.textContent = '';
    S.breaksOn(fromForm()).forEach(function (b) {
      var li = document.createElement('li');
      li.className = 'reminder-time-' + b.kind;
      var time = document.createElement('strong');
      time.textContent = b.time;
      li.appendChild(time);
      li.appendChild(document.createTextNode(' ' + msg(b.kind)));
      list.appendChild(li);
    });
    preview.hidden = false;
  }

  function store(on) {
    var s = fromForm();
    s.on = on;
    R.save(s);
  }

  // A page that came back with errors shows what was sent, to be corrected: not the stored settings.
  var stored = R.settings();
  if (stored && !document.querySelector('.form-errors')) {
    toForm(stored);
  } else if (!stored && window.Intl && Intl.DateTimeFormat) {
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone && !document.querySelector('.form-errors')) {
      field('zone').value = zone;
    }
  }

  R.loadCss();
  status.querySelector('.actions').hidden = false;
  save.hidden = false;
  showStatus();
  showPreview();

  form.addEventListener('input', function () {
    saved = false;
    showPreview();
  });

  save.addEventListener('click', function () {
    if (!form.reportValidity()) {
      return;
    }
    store(!!(R.settings() || {}).on);
    saved = true;
    showStatus();
  });

  toggle.addEventListener('click', function () {
    if (!form.reportValidity()) {
      return;
    }
    var on = !(R.settings() || {}).on;
    store(on);
    saved = false;
    showStatus();
    // Asked here, on the click that turns reminders on, and never on page load.
    if (on && 'Notification' in window && Notification.permission === 'default') {
      var asked = Notification.requestPermission(showStatus);
      if (asked && asked.then) {
        asked.then(showStatus);
      }
    }
  });

  demo.addEventListener('click', function () {
    R.demo('move');
  });
}());
