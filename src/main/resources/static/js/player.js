/*
 * Limber guided player. The clock is player-timing.js (window.LimberTiming, loaded first); this file reads the
 * ordered list of steps the server rendered (.player-step and their .phase items with data-kind, data-seconds,
 * data-side, data-say...) and plays it: countdowns, rep pacing, side switches (the figure mirrored and the cues in
 * the second side's words), rests, progress, tones, spoken cues, full screen and the screen kept awake. Every word
 * it shows or says comes from data-msg-* attributes or from the list itself. Each movement's pace and what to take
 * care of stay in view on the stage while it is on, and are announced once, politely, when it comes on. At the end
 * it fills the log form (the time the clock really ran, done and skipped movements by Limber's rule, time zone) and
 * shows it; the person submits it.
 *
 * Events for whoever listens on #player: "limber:phasestart" and "limber:phaseend" (detail: index, kind, step,
 * reason = complete | next | previous | skip | end), and "limber:sound" (detail: name, one of SOUNDS below).
 */
(function () {
  'use strict';

  var root = document.getElementById('player');
  if (!root) {
    return;
  }
  var msg = root.dataset;
  var speed = parseFloat(msg.speed) > 0 ? parseFloat(msg.speed) : 1;
  var main = document.querySelector('main.follow') || document.body;
  var list = document.querySelector('.player-list');
  var form = document.getElementById('log-form');
  var intro = root.querySelector('.player-intro');
  var stage = root.querySelector('.player-stage');
  var options = root.querySelector('.player-options');

  function $(selector) {
    return stage.querySelector(selector);
  }

  var view = {
    position: $('.player-position'),
    name: $('.player-name'),
    figure: $('.player-figure'),
    label: $('.player-label'),
    count: $('.player-count'),
    reps: $('.player-reps'),
    where: $('.player-where'),
    dose: $('.player-dose'),
    pace: $('.player-pace'),
    care: $('.player-care'),
    careList: $('.player-care .care-list'),
    cues: $('.player-cues'),
    next: $('.player-next'),
    progress: $('.player-progress'),
    left: $('.player-left'),
    announce: $('.player-announce'),
    pause: $('[data-action="pause"]')
  };

  // ---- The plan, read from the page
  var steps = [];
  var phases = [];
  var total = 0;
  Array.prototype.forEach.call(document.querySelectorAll('.player-step'), function (li, i) {
    var step = { index: i, el: li, slug: li.dataset.slug, name: li.dataset.name, status: 'pending', first: phases.length };
    // Each text with its second-side version (data-side2, the first side's mirrored) where it names a side.
    step.care = Array.prototype.map.call(li.querySelectorAll('.step-care .care-item'), function (item) {
      return { text: item.textContent.trim(), side2: item.dataset.side2 || null };
    });
    Array.prototype.forEach.call(li.querySelectorAll('.phase'), function (item) {
      var d = item.dataset;
      var phase = {
        index: phases.length, step: step, kind: d.kind, seconds: Number(d.seconds), side: Number(d.side),
        set: Number(d.set), sets: Number(d.sets), reps: Number(d.reps), repSeconds: Number(d.repSeconds),
        hold: Number(d.hold), label: d.label, where: d.where, say: d.say, start: total
      };
      total += phase.seconds;
      phases.push(phase);
    });
    step.last = phases.length - 1;
    steps.push(step);
  });
  if (!phases.length) {
    return;
  }

  // ---- State: the clock itself is LimberTiming (player-timing.js); this file only draws, sounds and speaks.
  var timing = window.LimberTiming;
  var timeline = new timing.Timeline(phases.map(function (p) {
    return { kind: p.kind, seconds: p.seconds, step: p.step.index, reps: p.reps, repSeconds: p.repSeconds, hold: p.hold };
  }), { speed: speed });
  var format = timing.format;
  var state = 'intro'; // intro | running | paused | finished
  var index = 0;
  var timer = null;
  var shownStep = -1;
  var shownSide = -1;
  var wakeLock = null;
  var audio = null;
  var master = null;
  var soundFree = 0; // audio time the last queued sound ends: sounds play one after another, never on top
  var lang = (document.documentElement.lang || 'en').toLowerCase();
  var canSpeak = 'speechSynthesis' in window && typeof window.SpeechSynthesisUtterance === 'function';
  var voice = null; // a voice for the page's language, once the browser lists one
  var prefs = { sound: load('sound', true), voice: load('voice', null), volume: loadNumber('volume', 80) };
  // Events older than this (ms) are caught up silently: after a background tab or a sleeping phone the page
  // jumps to where the routine is instead of playing a minute of beeps at once.
  var FRESH_MS = 1500;

  function now() {
    // Wall-clock time keeps counting while a phone sleeps (a monotonic clock may not); the timeline ignores a clock
    // set back.
    return Date.now();
  }

  function load(name, fallback) {
    try {
      var value = window.localStorage.getItem('limber.' + name);
      return value === null ? fallback : value === 'on';
    } catch (e) {
      return fallback;
    }
  }

  function loadNumber(name, fallback) {
    try {
      var value = window.localStorage.getItem('limber.' + name);
      var number = value === null ? NaN : Number(value);
      return isFinite(number) ? Math.max(0, Math.min(100, number)) : fallback;
    } catch (e) {
      return fallback;
    }
  }

  function store(name, value) {
    try {
      window.localStorage.setItem('limber.' + name, typeof value === 'boolean' ? (value ? 'on' : 'off') : String(value));
    } catch (e) {
      // private mode: the choice lasts for this page only
    }
  }

  function clock(seconds) {
    var s = Math.max(0, Math.ceil(seconds));
    var m = Math.floor(s / 60);
    var rest = s % 60;
    return m + ':' + (rest < 10 ? '0' : '') + rest;
  }

  function emit(type, phase, reason) {
    var detail = { index: phase.index, kind: phase.kind, step: phase.step.index, reason: reason || null };
    root.dispatchEvent(new CustomEvent(type, { detail: detail }));
  }

  // ---- Sound: generated tones (Web Audio), one pattern per moment, so each can be told apart with eyes closed.
  // Each note: [frequency Hz, seconds, wave]; notes of a pattern follow one another with a short gap.
  var SOUNDS = {
    count: [[440, 0.12, 'sine']], // 3-2-1 of the get-ready: a low short blip each second
    go: [[660, 0.1, 'sine'], [990, 0.3, 'sine']], // work starts: a rising pair
    beat: [[1320, 0.05, 'triangle']], // each rep's beat, at the movement's own tempo: a short high tick
    release: [[587, 0.07, 'triangle']], // a rep's hold lets go: a softer, lower tick
    last: [[784, 0.08, 'sine']], // the last three seconds of a hold or timed work: one pip a second
    done: [[784, 0.14, 'sine'], [523, 0.24, 'sine']], // a hold or set is over: a falling pair
    switch: [[660, 0.12, 'square'], [660, 0.12, 'square']], // switch sides: two equal buzzier notes
    rest: [[330, 0.6, 'triangle']], // rest: one long low note
    end: [[523, 0.15, 'sine'], [659, 0.15, 'sine'], [784, 0.15, 'sine'], [1047, 0.45, 'sine']] // the end: a rising run
  };

  function ensureAudio() {
    var AudioContext = window.AudioContext || window.webkitAudioContext;
    if (AudioContext && !audio) {
      try {
        audio = new AudioContext();
        master = audio.createGain();
        master.connect(audio.destination);
      } catch (e) {
        audio = null;
      }
    }
    if (audio && audio.state === 'suspended' && audio.resume) {
      audio.resume().catch(function () {});
    }
    setVolume();
  }

  function setVolume() {
    if (master) {
      master.gain.value = prefs.volume / 100;
    }
  }

  function sound(name) {
    // For tests and curious listeners: which sound the player means to make (even with the sound off).
    root.dispatchEvent(new CustomEvent('limber:sound', { detail: { name: name } }));
    if (!prefs.sound || !audio || prefs.volume === 0) {
      return;
    }
    var t = Math.max(audio.currentTime, soundFree);
    SOUNDS[name].forEach(function (note) {
      var osc = audio.createOscillator();
      var gain = audio.createGain();
      var peak = note[2] === 'square' ? 0.12 : 0.35; // a square wave sounds louder at the same level
      osc.type = note[2];
      osc.frequency.value = note[0];
      gain.gain.setValueAtTime(0.0001, t);
      gain.gain.exponentialRampToValueAtTime(peak, t + 0.01);
      gain.gain.exponentialRampToValueAtTime(0.0001, t + note[1]);
      osc.connect(gain);
      gain.connect(master);
      osc.start(t);
      osc.stop(t + note[1] + 0.02);
      t += note[1] + 0.06;
    });
    soundFree = t;
  }

  // ---- Speech (Web Speech), on by default where the browser has a voice for the page's language.
  function findVoice() {
    if (!canSpeak) {
      return;
    }
    voice = timing.voiceFor(window.speechSynthesis.getVoices(), lang);
    var button = options.querySelector('[data-option="voice"]');
    if (voice && button.hidden) {
      button.hidden = false;
      if (prefs.voice === null) {
        prefs.voice = true;
      }
      showOption(button, prefs.voice);
    }
  }

  function speak(text, interrupt) {
    if (!prefs.voice || !voice || !text) {
      return;
    }
    if (interrupt !== false) {
      window.speechSynthesis.cancel();
    }
    var utterance = new window.SpeechSynthesisUtterance(text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    window.speechSynthesis.speak(utterance);
  }

  function keepAwake() {
    if (wakeLock || !('wakeLock' in navigator) || document.visibilityState !== 'visible') {
      return;
    }
    navigator.wakeLock.request('screen').then(function (lock) {
      wakeLock = lock;
      lock.addEventListener('release', function () {
        wakeLock = null;
      });
    }).catch(function () {
      // not allowed here (battery saver, no permission): the player works without it
    });
  }

  function letSleep() {
    if (wakeLock) {
      wakeLock.release().catch(function () {});
      wakeLock = null;
    }
  }

  // ---- The clock: a tick only asks the timeline to catch up with real time; it may cross many phases at once.
  function startTimer() {
    stopTimer();
    // A tick every 200 ms at normal speed; faster when the clock is sped up, so no second is skipped on screen.
    timer = window.setInterval(tick, Math.max(10, Math.min(200, 200 / speed)));
  }

  function stopTimer() {
    if (timer !== null) {
      window.clearInterval(timer);
      timer = null;
    }
  }

  function tick() {
    if (state === 'running') {
      play(timeline.advance(now()));
      heartbeat();
    }
  }

  // Tells Limber's other tabs a routine is being followed, so break reminders (reminders.js) stay quiet there too.
  var lastBeat = 0;
  function heartbeat() {
    if (Date.now() - lastBeat > 5000) {
      lastBeat = Date.now();
      try {
        window.localStorage.setItem('limber.following', String(lastBeat));
      } catch (e) {
        // Storage refused (private mode): only this tab knows, which is what it was before.
      }
    }
  }

  // ---- What the timeline reports: phase ends and starts, cues within a phase, the finish.
  // In player time: at normal speed the same as real time.
  function fresh(event) {
    return (event.lateMs || 0) < FRESH_MS;
  }

  function play(events) {
    var lastStart = null;
    events.forEach(function (event) {
      if (event.type === 'end') {
        var ended = phases[event.index];
        emit('limber:phaseend', ended, event.reason);
        if (event.reason === 'complete' && timing.isWork(ended.kind) && fresh(event)) {
          sound('done');
        }
      } else if (event.type === 'start') {
        lastStart = event;
        index = event.index;
        emit('limber:phasestart', phases[event.index]);
        if (fresh(event)) {
          enter(phases[event.index]);
        }
      } else if (event.type === 'cue' && fresh(event)) {
        cue(phases[event.index], event);
      } else if (event.type === 'finish') {
        finish();
      }
    });
    // Caught up silently over a long gap: the phase it landed in still comes on (its words, its cautions).
    if (lastStart && !fresh(lastStart) && state === 'running') {
      enter(phases[lastStart.index], true);
    }
    if (state === 'running' || state === 'paused') {
      render();
    }
  }

  function enter(phase, quietly) {
    if (!quietly) {
      if (timing.isWork(phase.kind)) {
        sound('go');
      } else if (phase.kind === 'switch' || phase.kind === 'rest') {
        sound(phase.kind);
      }
    }
    var words = phase.kind === 'ready' ? phase.label + '. ' + phase.step.name
      : phase.where ? phase.label + '. ' + phase.where : phase.label;
    // A movement coming on (by the clock, next, skip or previous) brings its cautions with it, said once.
    var care = phase.step.index !== shownStep && phase.step.care.length
      ? ' ' + msg.msgCare + ': ' + careTexts(phase.step, phase.side).join(' ') : '';
    if (!quietly) {
      speak(phase.say);
    }
    view.announce.textContent = (phase.kind === 'ready' ? phase.label + ': ' + phase.step.name : words)
      + (care ? '.' + care : '');
  }

  function cue(phase, event) {
    if (event.name === 'count') {
      sound('count');
    } else if (event.name === 'last') {
      sound('last');
    } else if (event.name === 'beat') {
      sound('beat');
      // The count said aloud where a rep is long enough to hear it without running into the next.
      if (phase.repSeconds >= 2) {
        speak(String(event.value), false);
      }
    } else if (event.name === 'release') {
      sound('release');
    }
  }

  function controlled(events) {
    if (state === 'running' || state === 'paused') {
      play(events);
    }
  }

  function next() {
    controlled(timeline.next(now()));
  }

  function previous() {
    controlled(timeline.previous(now()));
  }

  function skip() {
    controlled(timeline.skip(now()));
  }

  function end() {
    controlled(timeline.end(now()));
  }

  function start() {
    if (state !== 'intro') {
      return;
    }
    ensureAudio();
    state = 'running';
    root.dataset.state = state;
    main.classList.add('is-playing');
    document.documentElement.classList.add('player-active');
    intro.hidden = true;
    list.hidden = true;
    stage.hidden = false;
    keepAwake();
    startTimer();
    play(timeline.start(now()));
    view.pause.focus({ preventScroll: true });
    root.scrollIntoView({ block: 'start' });
  }

  function togglePause() {
    if (state === 'running') {
      play(timeline.pause(now()));
      if (state !== 'running') {
        return; // the routine ended while the tab was away
      }
      state = 'paused';
      stopTimer();
      letSleep();
    } else if (state === 'paused') {
      timeline.resume(now());
      state = 'running';
      keepAwake();
      startTimer();
    } else {
      return;
    }
    root.dataset.state = state;
    view.pause.textContent = state === 'paused' ? msg.msgResume : msg.msgPause;
    view.announce.textContent = state === 'paused' ? msg.msgPaused : phases[index].label;
    render();
  }

  function finish() {
    if (state === 'finished') {
      return;
    }
    stopTimer();
    state = 'finished';
    root.dataset.state = state;
    document.documentElement.classList.remove('player-active');
    if (document.fullscreenElement && document.exitFullscreen) {
      document.exitFullscreen().catch(function () {});
    }
    letSleep();
    sound('end');
    speak(msg.msgFinished);
    var outcome = timeline.outcome();
    steps.forEach(function (step) {
      step.status = outcome[step.index];
    });
    stage.hidden = true;
    options.hidden = true;
    fillLog();
    form.hidden = false;
    form.querySelector('.log-finished').hidden = false;
    form.querySelector('.log-rule').hidden = false;
    view.announce.textContent = msg.msgFinished;
    var after = form.querySelector('[name="after"]');
    if (after) {
      after.focus({ preventScroll: true });
    }
    form.scrollIntoView({ block: 'start' });
  }

  function fillLog() {
    // The time the clock really ran, not the plan: arrowing through in seconds logs seconds.
    form.elements.namedItem('durationSeconds').value = String(timeline.durationSeconds());
    try {
      var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
      if (zone) {
        form.elements.namedItem('zone').value = zone;
      }
    } catch (e) {
      // keep the server's default zone
    }
    Array.prototype.forEach.call(form.querySelectorAll('input[name="done"]'), function (box) {
      var step = steps.filter(function (s) {
        return s.slug === box.value;
      })[0];
      box.checked = !!step && step.status === 'done';
    });
    var before = document.getElementById('before-now');
    if (before && before.value !== '' && form.elements.namedItem('before').value === '') {
      form.elements.namedItem('before').value = before.value;
    }
  }

  // ---- Drawing the stage
  function careTexts(step, side) {
    return step.care.map(function (item) {
      return side === 2 && item.side2 ? item.side2 : item.text;
    });
  }

  function render() {
    var phase = phases[index];
    var step = phase.step;
    if (shownStep !== step.index || shownSide !== phase.side) {
      showStep(step, phase.side);
    }
    stage.dataset.kind = phase.kind;
    stage.dataset.side = String(phase.side);
    stage.dataset.set = String(phase.set);
    stage.dataset.phase = String(phase.index);
    stage.dataset.step = String(step.index);
    view.label.textContent = state === 'paused' ? msg.msgPaused : phase.label;
    var left = timeline.remaining() / 1000;
    if (phase.kind === 'reps' && phase.repSeconds > 0) {
      var done = phase.seconds - left;
      var rep = Math.min(phase.reps, Math.floor(done / phase.repSeconds) + 1);
      view.count.textContent = String(rep);
      var text = format(msg.msgRep, rep, phase.reps);
      if (phase.hold > 0) {
        var into = done - (rep - 1) * phase.repSeconds;
        text += ' · ' + (into < phase.hold ? msg.msgRepHold + ' ' + Math.ceil(phase.hold - into)
          : msg.msgRepRelease);
      }
      view.reps.textContent = text;
      view.reps.hidden = false;
    } else {
      view.count.textContent = left >= 60 ? clock(left) : String(Math.max(0, Math.ceil(left)));
      view.reps.hidden = true;
    }
    view.where.textContent = phase.where || '';
    var planned = Math.min(total, timeline.planned() / 1000);
    view.progress.value = planned;
    view.left.textContent = format(msg.msgLeft, clock(total - planned));
  }

  // The movement on the stage, its cues in the words of the side being worked (side 2: mirrored).
  function showStep(step, side) {
    var fresh = shownStep !== step.index;
    shownStep = step.index;
    shownSide = side;
    view.careList.replaceChildren.apply(view.careList, careTexts(step, side).map(function (text) {
      var item = document.createElement('li');
      item.textContent = text;
      return item;
    }));
    view.care.hidden = step.care.length === 0;
    var cues = Array.prototype.map.call(step.el.querySelectorAll('.cue'), function (cue) {
      var copy = cue.cloneNode(true);
      if (side === 2 && cue.dataset.side2) {
        copy.textContent = cue.dataset.side2;
      }
      return copy;
    });
    view.cues.replaceChildren.apply(view.cues, cues);
    if (!fresh) {
      return;
    }
    view.position.textContent = format(msg.msgMovement, step.index + 1, steps.length);
    view.name.textContent = step.name;
    var figure = step.el.querySelector('img.figure');
    if (figure) {
      view.figure.src = figure.getAttribute('src');
      view.figure.alt = figure.alt;
      view.figure.width = figure.width || 240;
      view.figure.height = figure.height || 240;
      view.figure.hidden = false;
    } else {
      view.figure.hidden = true;
    }
    var dose = step.el.querySelector('.step-dose');
    view.dose.textContent = dose ? dose.textContent : '';
    var pace = step.el.querySelector('.step-pace');
    view.pace.textContent = pace ? pace.textContent : '';
    view.pace.hidden = !pace;
    var following = steps[step.index + 1];
    view.next.textContent = following ? format(msg.msgNext, following.name) : msg.msgLast;
  }

  // ---- Options: sound, spoken cues, volume (remembered in this browser) and full screen
  function showOption(button, on) {
    var name = button.dataset.option;
    button.setAttribute('aria-pressed', on ? 'true' : 'false');
    button.textContent = name === 'sound' ? (on ? msg.msgSoundOn : msg.msgSoundOff)
      : (on ? msg.msgVoiceOn : msg.msgVoiceOff);
  }

  Array.prototype.forEach.call(options.querySelectorAll('[data-option]'), function (button) {
    var name = button.dataset.option;
    if (name === 'sound') {
      button.hidden = false;
      showOption(button, prefs.sound);
    }
    button.addEventListener('click', function () {
      prefs[name] = !prefs[name];
      store(name, prefs[name]);
      showOption(button, prefs[name]);
      if (name === 'voice' && !prefs.voice && canSpeak) {
        window.speechSynthesis.cancel();
      }
    });
  });
  // The voice button shows once the browser lists a voice for the page's language (often only after a moment).
  if (canSpeak) {
    findVoice();
    if (typeof window.speechSynthesis.addEventListener === 'function') {
      window.speechSynthesis.addEventListener('voiceschanged', findVoice);
    }
  }

  var volume = options.querySelector('.player-volume');
  volume.value = String(prefs.volume);
  volume.addEventListener('input', function () {
    prefs.volume = Number(volume.value);
    store('volume', prefs.volume);
    setVolume();
  });
  volume.addEventListener('change', function () {
    sound('count'); // a sample at the new volume
  });

  // Full screen: the player alone, with a timer readable across the room (player.css, #player:fullscreen).
  var fullscreen = options.querySelector('.player-fullscreen');
  function showFullscreen() {
    var on = document.fullscreenElement === root;
    root.classList.toggle('is-fullscreen', on);
    fullscreen.setAttribute('aria-pressed', on ? 'true' : 'false');
    fullscreen.textContent = on ? msg.msgFullscreenExit : msg.msgFullscreen;
  }
  if (document.fullscreenEnabled && root.requestFullscreen) {
    fullscreen.hidden = false;
    fullscreen.addEventListener('click', function () {
      if (document.fullscreenElement) {
        document.exitFullscreen().catch(function () {});
      } else {
        root.requestFullscreen().catch(function () {});
      }
    });
    document.addEventListener('fullscreenchange', showFullscreen);
  }

  // ---- Controls and keys
  root.querySelector('.player-start').addEventListener('click', start);
  var actions = { pause: togglePause, next: next, previous: previous, skip: skip, end: end };
  Array.prototype.forEach.call(stage.querySelectorAll('[data-action]'), function (button) {
    button.addEventListener('click', function () {
      actions[button.dataset.action]();
    });
  });

  function typing(target) {
    return target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT'
      || target.isContentEditable);
  }

  document.addEventListener('keydown', function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey || typing(event.target)) {
      return;
    }
    if (state !== 'running' && state !== 'paused') {
      return;
    }
    if (event.key === ' ' || event.key === 'Spacebar') {
      event.preventDefault();
      if (!event.repeat) {
        togglePause();
      }
    } else if (event.key === 'ArrowRight') {
      event.preventDefault();
      next();
    } else if (event.key === 'ArrowLeft') {
      event.preventDefault();
      previous();
    }
  });
  // A focused button would also "click" on the space key's release: the keydown above already acted.
  document.addEventListener('keyup', function (event) {
    if ((event.key === ' ' || event.key === 'Spacebar') && (state === 'running' || state === 'paused')
      && !typing(event.target)) {
      event.preventDefault();
    }
  });

  // Back in view (tab shown, phone woken): catch up at once across however many phases passed, then keep awake.
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'visible' && state === 'running') {
      tick();
      keepAwake();
    }
  });

  // ---- Ready: the intro replaces the bare list's role; the log form waits for the end.
  root.dataset.state = state;
  main.classList.add('has-player');
  intro.hidden = false;
  options.hidden = false;
  form.hidden = true;
}());
