/*
 * Limber guided player. Reads the ordered list of steps the server rendered (.player-step and their .phase items
 * with data-kind, data-seconds, data-side...) and plays it: countdowns, rep pacing, side switches, rests,
 * progress, tones, spoken cues and the screen kept awake. Every word it shows comes from data-msg-* attributes
 * or from the list itself. Each movement's pace and what to take care of (.step-pace, .step-care) stay in view on
 * the stage while it is on, and are announced once, politely, when it comes on. At the end it fills the log form (duration, done and skipped movements, time zone)
 * and shows it; the person submits it.
 *
 * Events for whoever listens on #player: "limber:phasestart" and "limber:phaseend" (detail: index, kind, step,
 * reason = complete | next | previous | skip | end).
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
    step.care = Array.prototype.map.call(li.querySelectorAll('.step-care .care-item'), function (item) {
      return item.textContent.trim();
    });
    Array.prototype.forEach.call(li.querySelectorAll('.phase'), function (item) {
      var d = item.dataset;
      var phase = {
        index: phases.length, step: step, kind: d.kind, seconds: Number(d.seconds), side: Number(d.side),
        set: Number(d.set), sets: Number(d.sets), reps: Number(d.reps), repSeconds: Number(d.repSeconds),
        hold: Number(d.hold), label: d.label, where: d.where, start: total
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

  // ---- State
  var state = 'intro'; // intro | running | paused | finished
  var index = 0;
  var remaining = 0; // ms of player time left in the current phase
  var activeMs = 0; // ms of player time the clock has run
  var lastTick = 0;
  var timer = null;
  var shownStep = -1;
  var wakeLock = null;
  var audio = null;
  var prefs = { sound: load('sound', true), voice: load('voice', false) };
  var canSpeak = 'speechSynthesis' in window && typeof window.SpeechSynthesisUtterance === 'function';

  function load(name, fallback) {
    try {
      var value = window.localStorage.getItem('limber.' + name);
      return value === null ? fallback : value === 'on';
    } catch (e) {
      return fallback;
    }
  }

  function store(name, on) {
    try {
      window.localStorage.setItem('limber.' + name, on ? 'on' : 'off');
    } catch (e) {
      // private mode: the choice lasts for this page only
    }
  }

  function format(pattern, a, b) {
    return String(pattern).replace('{0}', a).replace('{1}', b);
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

  // ---- Sound, voice, wake lock (each only where the browser has it)
  function tone(kind) {
    if (!prefs.sound || !audio) {
      return;
    }
    var notes = kind === 'switch' ? [660, 660] : kind === 'end' ? [523, 659, 784] : [880];
    notes.forEach(function (frequency, i) {
      var osc = audio.createOscillator();
      var gain = audio.createGain();
      var t = audio.currentTime + i * 0.22;
      osc.type = 'sine';
      osc.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, t);
      gain.gain.exponentialRampToValueAtTime(0.3, t + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, t + 0.18);
      osc.connect(gain);
      gain.connect(audio.destination);
      osc.start(t);
      osc.stop(t + 0.2);
    });
  }

  function speak(text) {
    if (!prefs.voice || !canSpeak || !text) {
      return;
    }
    window.speechSynthesis.cancel();
    var utterance = new window.SpeechSynthesisUtterance(text);
    utterance.lang = document.documentElement.lang || 'en';
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

  // ---- The clock
  function startTimer() {
    stopTimer();
    lastTick = performance.now();
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
    var now = performance.now();
    var dt = (now - lastTick) * speed;
    lastTick = now;
    if (state !== 'running') {
      return;
    }
    remaining -= dt;
    activeMs += dt;
    if (remaining <= 0) {
      complete('complete');
      return;
    }
    render();
  }

  // ---- Moving through the plan
  function enter(i) {
    index = i;
    var phase = phases[i];
    remaining = phase.seconds * 1000;
    if (phase.kind === 'switch') {
      tone('switch');
    } else if (phase.kind === 'hold' || phase.kind === 'reps' || phase.kind === 'timed') {
      tone('go');
    }
    var words = phase.kind === 'ready' ? phase.label + '. ' + phase.step.name
      : phase.where ? phase.label + '. ' + phase.where : phase.label;
    // A movement coming on (by the clock, next, skip or previous) brings its cautions with it, said once.
    var care = phase.step.index !== shownStep && phase.step.care.length
      ? ' ' + msg.msgCare + ': ' + phase.step.care.join(' ') : '';
    speak(words + (care ? '.' + care : ''));
    view.announce.textContent = (phase.kind === 'ready' ? phase.label + ': ' + phase.step.name : words)
      + (care ? '.' + care : '');
    emit('limber:phasestart', phase);
    render();
  }

  function complete(reason) {
    var phase = phases[index];
    if (phase.index === phase.step.last && phase.step.status !== 'skipped') {
      phase.step.status = 'done';
    }
    emit('limber:phaseend', phase, reason);
    if (index + 1 < phases.length) {
      enter(index + 1);
    } else {
      finish();
    }
  }

  function next() {
    if (state === 'running' || state === 'paused') {
      complete('next');
    }
  }

  function previous() {
    if (state !== 'running' && state !== 'paused') {
      return;
    }
    var phase = phases[index];
    var elapsed = phase.seconds * 1000 - remaining;
    emit('limber:phaseend', phase, 'previous');
    // A few seconds in, "previous" starts this phase again; at its start, it goes back one phase.
    var target = elapsed > 3000 || index === 0 ? index : index - 1;
    if (phases[target].step !== phase.step) {
      phases[target].step.status = 'pending';
    }
    enter(target);
  }

  function skip() {
    if (state !== 'running' && state !== 'paused') {
      return;
    }
    var phase = phases[index];
    phase.step.status = 'skipped';
    emit('limber:phaseend', phase, 'skip');
    if (phase.step.last + 1 < phases.length) {
      enter(phase.step.last + 1);
    } else {
      finish();
    }
  }

  function end() {
    if (state !== 'running' && state !== 'paused') {
      return;
    }
    emit('limber:phaseend', phases[index], 'end');
    finish();
  }

  function start() {
    if (state !== 'intro') {
      return;
    }
    var AudioContext = window.AudioContext || window.webkitAudioContext;
    if (AudioContext && !audio) {
      try {
        audio = new AudioContext();
      } catch (e) {
        audio = null;
      }
    }
    state = 'running';
    root.dataset.state = state;
    main.classList.add('is-playing');
    document.documentElement.classList.add('player-active');
    intro.hidden = true;
    list.hidden = true;
    stage.hidden = false;
    keepAwake();
    startTimer();
    enter(0);
    view.pause.focus({ preventScroll: true });
    root.scrollIntoView({ block: 'start' });
  }

  function togglePause() {
    if (state === 'running') {
      state = 'paused';
      stopTimer();
      letSleep();
    } else if (state === 'paused') {
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
    stopTimer();
    state = 'finished';
    root.dataset.state = state;
    document.documentElement.classList.remove('player-active');
    letSleep();
    tone('end');
    speak(msg.msgFinished);
    steps.forEach(function (step) {
      if (step.status !== 'done') {
        step.status = 'skipped';
      }
    });
    stage.hidden = true;
    options.hidden = true;
    fillLog();
    form.hidden = false;
    form.querySelector('.log-finished').hidden = false;
    view.announce.textContent = msg.msgFinished;
    var after = form.querySelector('[name="after"]');
    if (after) {
      after.focus({ preventScroll: true });
    }
    form.scrollIntoView({ block: 'start' });
  }

  function fillLog() {
    form.elements.namedItem('durationSeconds').value = String(Math.max(1, Math.round(activeMs / 1000)));
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
  function render() {
    var phase = phases[index];
    var step = phase.step;
    if (shownStep !== step.index) {
      showStep(step);
    }
    stage.dataset.kind = phase.kind;
    stage.dataset.side = String(phase.side);
    stage.dataset.set = String(phase.set);
    stage.dataset.phase = String(phase.index);
    stage.dataset.step = String(step.index);
    view.label.textContent = state === 'paused' ? msg.msgPaused : phase.label;
    var left = remaining / 1000;
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
    var planned = Math.min(total, phase.start + phase.seconds - left);
    view.progress.value = planned;
    view.left.textContent = format(msg.msgLeft, clock(total - planned));
  }

  function showStep(step) {
    shownStep = step.index;
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
    view.careList.replaceChildren.apply(view.careList, step.care.map(function (text) {
      var item = document.createElement('li');
      item.textContent = text;
      return item;
    }));
    view.care.hidden = step.care.length === 0;
    var cues = Array.prototype.map.call(step.el.querySelectorAll('.cue'), function (cue) {
      return cue.cloneNode(true);
    });
    view.cues.replaceChildren.apply(view.cues, cues);
    var following = steps[step.index + 1];
    view.next.textContent = following ? format(msg.msgNext, following.name) : msg.msgLast;
  }

  // ---- Options
  function showOption(button, on) {
    var name = button.dataset.option;
    button.setAttribute('aria-pressed', on ? 'true' : 'false');
    button.textContent = name === 'sound' ? (on ? msg.msgSoundOn : msg.msgSoundOff)
      : (on ? msg.msgVoiceOn : msg.msgVoiceOff);
  }

  Array.prototype.forEach.call(options.querySelectorAll('[data-option]'), function (button) {
    var name = button.dataset.option;
    if (name === 'voice' && !canSpeak) {
      return;
    }
    button.hidden = false;
    showOption(button, prefs[name]);
    button.addEventListener('click', function () {
      prefs[name] = !prefs[name];
      store(name, prefs[name]);
      showOption(button, prefs[name]);
      if (name === 'voice' && !prefs.voice && canSpeak) {
        window.speechSynthesis.cancel();
      }
    });
  });

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

  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'visible' && state === 'running') {
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
