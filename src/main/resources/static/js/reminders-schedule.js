/*
 * The workday break schedule, as plain logic with no DOM: which breaks a work day has, and which one is due at a
 * given moment. reminders.js drives it in the page; src/test/js/reminders-schedule.test.js tests it under Node;
 * app.limber.reminder.WorkdaySchedule is the same rule in Java (for the .ics), and both read the cases in
 * src/test/resources/reminder/schedule-cases.json.
 *
 * The rule: counting from the start of work, a movement break every `every` minutes and a longer stretch break
 * every `stretch` minutes (0: none), each strictly before the end of work; where both fall at once the stretch
 * break wins; a break inside a quiet time is dropped. Only on the chosen work days.
 */
(function (root, factory) {
  if (typeof module === 'object' && module.exports) {
    module.exports = factory();
  } else {
    root.LimberSchedule = factory();
  }
}(typeof self !== 'undefined' ? self : this, function () {
  'use strict';

  var DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
  var MINUTE = 60 * 1000;
  /** Snooze length, in minutes (the "snooze 10 min"). */
  var SNOOZE_MINUTES = 10;
  /** A break older than this when the page looks (a tab opened late, a sleeping laptop) is not shown any more. */
  var GRACE_MINUTES = 15;

  /** "09:30" to minutes after midnight, or NaN. */
  function minutes(text) {
    var m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text || '');
    return m ? Number(m[1]) * 60 + Number(m[2]) : NaN;
  }

  function clock(total) {
    var h = Math.floor(total / 60);
    var m = total % 60;
    return (h < 10 ? '0' : '') + h + ':' + (m < 10 ? '0' : '') + m;
  }

  function quiet(settings, at) {
    return (settings.quiet || []).some(function (q) {
      var from = minutes(q.from);
      var to = minutes(q.to);
      return from < to && at >= from && at < to;
    });
  }

  /** The breaks of one work day, in order: [{time: "10:00", kind: "move" | "stretch"}]. */
  function breaksOn(settings) {
    var start = minutes(settings.start);
    var end = minutes(settings.end);
    var every = Number(settings.every) || 0;
    var stretch = Number(settings.stretch) || 0;
    var kinds = {};
    if (!(start < end)) {
      return [];
    }
    if (every > 0) {
      for (var t = start + every; t < end; t += every) {
        kinds[t] = 'move';
      }
    }
    if (stretch > 0) {
      for (var s = start + stretch; s < end; s += stretch) {
        kinds[s] = 'stretch';
      }
    }
    return Object.keys(kinds).map(Number).sort(function (a, b) { return a - b; })
      .filter(function (at) { return !quiet(settings, at); })
      .map(function (at) { return { time: clock(at), kind: kinds[at] }; });
  }

  function isWorkDay(settings, date) {
    return (settings.days || []).indexOf(DAYS[date.getDay()]) >= 0;
  }

  function at(date, time) {
    var d = new Date(date.getTime());
    var total = minutes(time);
    d.setHours(Math.floor(total / 60), total % 60, 0, 0);
    return d.getTime();
  }

  /**
   * The reminder due at `now` (a Date, read in local time), or null.
   * state: {handled: ms of the last break started, snoozed or skipped; snoozeUntil: ms or null; snoozeKind}.
   * Returns {at: ms the break was due, kind, snoozed: boolean}.
   */
  function due(settings, now, state) {
    state = state || {};
    var t = now.getTime();
    if (!settings || !settings.on) {
      return null;
    }
    if (state.snoozeUntil) {
      return t >= state.snoozeUntil ? { at: state.snoozeUntil, kind: state.snoozeKind || 'move', snoozed: true } : null;
    }
    if (!isWorkDay(settings, now)) {
      return null;
    }
    var latest = null;
    breaksOn(settings).forEach(function (b) {
      var when = at(now, b.time);
      if (when <= t) {
        latest = { at: when, kind: b.kind, snoozed: false };
      }
    });
    if (!latest || latest.at <= (state.handled || 0) || t - latest.at >= GRACE_MINUTES * MINUTE) {
      return null;
    }
    return latest;
  }

  /** The state after the person answers reminder `r` at `now` with "start", "skip" or "snooze". */
  function answer(state, r, action, now) {
    var handled = Math.max((state && state.handled) || 0, r.at);
    if (action === 'snooze') {
      return { handled: handled, snoozeUntil: now.getTime() + SNOOZE_MINUTES * MINUTE, snoozeKind: r.kind };
    }
    return { handled: handled, snoozeUntil: null, snoozeKind: null };
  }

  return {
    DAYS: DAYS,
    SNOOZE_MINUTES: SNOOZE_MINUTES,
    GRACE_MINUTES: GRACE_MINUTES,
    minutes: minutes,
    breaksOn: breaksOn,
    isWorkDay: isWorkDay,
    due: due,
    answer: answer
  };
}));
