/*
 * Limber player timing: the routine's phases on a clock driven by real timestamps, with no DOM in it. The page
 * (player.js) calls advance(now) as often as it likes (a timer, a visibilitychange, a key press); whatever time has
 * really passed is played through, across as many phases as it covers, carrying the overshoot of each into the
 * next. A background tab whose timers run once a minute, or a phone that slept, catches up on the next call.
 *
 * It also keeps the honest record the log needs: how long the clock ran, and how much of each movement's work time
 * was really spent on it. Limber's rule: a movement is done when more than half of its planned work time was spent
 * on it; anything less (skipped, arrowed past, ended early) is skipped.
 *
 * A plain script (the CSP allows no modules from inline code and no eval): in the browser it sets
 * window.LimberTiming; under Node (the unit tests in src/test/js) it is module.exports.
 */
(function (global) {
  'use strict';

  /** "{0} of {1}" with its arguments; a "$" in an argument is just a character (no replacement patterns). */
  function format(pattern) {
    var args = Array.prototype.slice.call(arguments, 1);
    return String(pattern).replace(/\{(\d+)\}/g, function (whole, i) {
      return i < args.length ? String(args[i]) : whole;
    });
  }

  function isWork(kind) {
    return kind === 'hold' || kind === 'reps' || kind === 'timed';
  }

  /**
   * The sound cues inside one phase whose moment falls in (fromMs, toMs] of that phase's own time (ms since it
   * began, at player speed). The phase start and end are not here: the timeline reports those as events.
   *   ready:        "count" at 3, 2 and 1 s left (value: the number)
   *   hold, timed:  "last" at 3, 2 and 1 s left (value: the number)
   *   reps:         "beat" as each rep after the first begins (value: the rep number), at the rep's own tempo, and
   *                 "release" where a rep with a hold lets go of it (value: the rep number)
   */
  function cuesBetween(phase, fromMs, toMs) {
    var cues = [];
    var length = phase.seconds * 1000;
    function at(ms, name, value) {
      if (ms > fromMs && ms <= toMs && ms > 0 && ms < length) {
        cues.push({ name: name, value: value, atMs: ms });
      }
    }
    if (phase.kind === 'ready' || phase.kind === 'hold' || phase.kind === 'timed') {
      var name = phase.kind === 'ready' ? 'count' : 'last';
      for (var left = 3; left >= 1; left--) {
        at(length - left * 1000, name, left);
      }
    } else if (phase.kind === 'reps' && phase.repSeconds > 0) {
      for (var rep = 1; rep <= phase.reps; rep++) {
        var startMs = (rep - 1) * phase.repSeconds * 1000;
        if (rep > 1) {
          at(startMs, 'beat', rep);
        }
        if (phase.hold > 0) {
          at(startMs + phase.hold * 1000, 'release', rep);
        }
      }
    }
    return cues;
  }

  /**
   * A timeline over phases [{seconds, kind, step}] (step: the index of the movement the phase belongs to).
   * options.speed: player seconds per real second (1 normally; the tests' fast clock uses more).
   *
   * Every method that changes state takes the current time in ms (a monotonic-enough clock: the page uses
   * Date.now(), which keeps counting while a phone sleeps) and returns the events it caused, in order:
   *   {type: 'end', index, reason, lateMs}  reason: complete | next | previous | skip | end
   *   {type: 'start', index, lateMs} lateMs: how long ago (player ms) it began; 0 for a start by a control
   *   {type: 'cue', index, name, value, lateMs}
   *   {type: 'finish', lateMs}
   */
  function Timeline(phases, options) {
    if (!(this instanceof Timeline)) {
      return new Timeline(phases, options);
    }
    this.phases = phases.map(function (p, i) {
      return {
        index: i, seconds: Number(p.seconds), kind: p.kind, step: Number(p.step) || 0, reps: Number(p.reps) || 0,
        repSeconds: Number(p.repSeconds) || 0, hold: Number(p.hold) || 0
      };
    });
    this.speed = options && options.speed > 0 ? options.speed : 1;
    this.state = 'idle'; // idle | running | paused | finished
    this.index = 0;
    this.elapsed = 0; // player ms into the current phase
    this.activeMs = 0; // player ms the clock has run, while running and before the end
    this.last = 0; // the timestamp the clock was last brought up to
    this.workPlanned = [];
    this.workSpent = [];
    var self = this;
    this.phases.forEach(function (p) {
      self.workPlanned[p.step] = (self.workPlanned[p.step] || 0) + (isWork(p.kind) ? p.seconds * 1000 : 0);
      self.workSpent[p.step] = 0;
    });
  }

  Timeline.prototype.phase = function () {
    return this.phases[this.index];
  };

  /** Player ms left in the current phase. */
  Timeline.prototype.remaining = function () {
    var phase = this.phase();
    return phase ? Math.max(0, phase.seconds * 1000 - this.elapsed) : 0;
  };

  /** Player ms of the whole plan behind the current point (the progress bar). */
  Timeline.prototype.planned = function () {
    var before = 0;
    for (var i = 0; i < this.index && i < this.phases.length; i++) {
      before += this.phases[i].seconds * 1000;
    }
    return before + (this.state === 'finished' ? 0 : Math.min(this.elapsed, this.phase() ? this.phase().seconds * 1000 : 0));
  };

  Timeline.prototype.totalMs = function () {
    return this.phases.reduce(function (sum, p) {
      return sum + p.seconds * 1000;
    }, 0);
  };

  Timeline.prototype.start = function (now) {
    if (this.state !== 'idle') {
      return [];
    }
    this.state = 'running';
    this.last = now;
    return [{ type: 'start', index: 0, lateMs: 0 }];
  };

  // Time spent in the current phase counts toward its movement's work, never more than the phase holds.
  Timeline.prototype.spend = function (ms) {
    var phase = this.phase();
    var room = phase.seconds * 1000 - this.elapsed;
    var used = Math.min(ms, room);
    this.elapsed += used;
    this.activeMs += used;
    if (isWork(phase.kind)) {
      this.workSpent[phase.step] += used;
    }
    return used;
  };

  /** Plays through the real time passed since the last call, across as many phases as it covers. */
  Timeline.prototype.advance = function (now) {
    var events = [];
    if (this.state !== 'running') {
      this.last = now;
      return events;
    }
    // A clock set back (or a timestamp out of order) plays nothing rather than running time backwards.
    var dt = Math.max(0, now - this.last) * this.speed;
    this.last = now;
    while (dt > 0 && this.state === 'running') {
      var phase = this.phase();
      var from = this.elapsed;
      var used = this.spend(dt);
      dt -= used;
      cuesBetween(phase, from, this.elapsed).forEach(function (cue) {
        events.push({ type: 'cue', index: phase.index, name: cue.name, value: cue.value, lateMs: dt + (this.elapsed - cue.atMs) });
      }, this);
      if (this.elapsed >= phase.seconds * 1000) {
        events.push({ type: 'end', index: phase.index, reason: 'complete', lateMs: dt });
        this.moveTo(this.index + 1, events, dt);
      }
    }
    return events;
  };

  // Into phase i (or the finish past the last), dt player ms ago.
  Timeline.prototype.moveTo = function (i, events, lateMs) {
    if (i >= this.phases.length) {
      this.state = 'finished';
      this.index = this.phases.length - 1;
      this.elapsed = this.phases[this.index].seconds * 1000;
      events.push({ type: 'finish', lateMs: lateMs || 0 });
      return;
    }
    this.index = i;
    this.elapsed = 0;
    events.push({ type: 'start', index: i, lateMs: lateMs || 0 });
  };

  Timeline.prototype.controllable = function () {
    return this.state === 'running' || this.state === 'paused';
  };

  /** Next phase now (the time until now counts first). */
  Timeline.prototype.next = function (now) {
    var events = this.advance(now);
    if (!this.controllable()) {
      return events;
    }
    events.push({ type: 'end', index: this.index, reason: 'next', lateMs: 0 });
    this.moveTo(this.index + 1, events, 0);
    return events;
  };

  /** A few seconds in, this phase again from its start; at its start, the phase before. */
  Timeline.prototype.previous = function (now) {
    var events = this.advance(now);
    if (!this.controllable()) {
      return events;
    }
    var target = this.elapsed > 3000 || this.index === 0 ? this.index : this.index - 1;
    events.push({ type: 'end', index: this.index, reason: 'previous', lateMs: 0 });
    this.moveTo(target, events, 0);
    return events;
  };

  /** On to the next movement's first phase. */
  Timeline.prototype.skip = function (now) {
    var events = this.advance(now);
    if (!this.controllable()) {
      return events;
    }
    var step = this.phase().step;
    var i = this.index;
    while (i < this.phases.length && this.phases[i].step === step) {
      i++;
    }
    events.push({ type: 'end', index: this.index, reason: 'skip', lateMs: 0 });
    this.moveTo(i, events, 0);
    return events;
  };

  Timeline.prototype.end = function (now) {
    var events = this.advance(now);
    if (!this.controllable()) {
      return events;
    }
    events.push({ type: 'end', index: this.index, reason: 'end', lateMs: 0 });
    this.state = 'finished';
    events.push({ type: 'finish', lateMs: 0 });
    return events;
  };

  Timeline.prototype.pause = function (now) {
    var events = this.advance(now);
    if (this.state === 'running') {
      this.state = 'paused';
    }
    return events;
  };

  Timeline.prototype.resume = function (now) {
    if (this.state === 'paused') {
      this.state = 'running';
      this.last = now;
    }
    return [];
  };

  /**
   * Limber's rule for the log: a movement is done when more than half of its planned work time was spent on it.
   * Time spent again after "previous" counts, but never more than each phase holds at a time.
   */
  Timeline.prototype.done = function (step) {
    var planned = this.workPlanned[step] || 0;
    if (planned === 0) {
      return false;
    }
    return this.workSpent[step] * 2 > planned;
  };

  /** For each step index in order: 'done' or 'skipped'. */
  Timeline.prototype.outcome = function () {
    var result = [];
    for (var step = 0; step < this.workPlanned.length; step++) {
      result.push(this.done(step) ? 'done' : 'skipped');
    }
    return result;
  };

  /** Seconds the clock really ran (player time), at least 1, for the log. */
  Timeline.prototype.durationSeconds = function () {
    return Math.max(1, Math.round(this.activeMs / 1000));
  };

  /**
   * The voice to speak the page's language (its <html lang>) with: the first the browser lists for that language
   * ("es" takes "es-ES", "es_MX"), else none, so the player stays silent rather than read Spanish in an English
   * voice. Here, beside the timing, because it is plain logic the Node tests can reach.
   */
  function voiceFor(voices, lang) {
    var base = String(lang || 'en').toLowerCase().split('-')[0];
    return (voices || []).filter(function (v) {
      return String(v.lang).toLowerCase().replace('_', '-').split('-')[0] === base;
    })[0] || null;
  }

  var api = { format: format, cuesBetween: cuesBetween, Timeline: Timeline, isWork: isWork, voiceFor: voiceFor };
  if (typeof module === 'object' && module.exports) {
    module.exports = api;
  } else {
    global.LimberTiming = api;
  }
}(typeof window !== 'undefined' ? window : this));
