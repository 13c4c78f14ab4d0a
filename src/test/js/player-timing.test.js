// Unit tests for the player's timing module (src/main/resources/static/js/player-timing.js), run by Node's own
// test runner: `node --test src/test/js/`, and by `./mvnw verify` (NodeTests). Time is passed in by hand, so no
// test waits for a real clock.
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { Timeline, format, cuesBetween } = require(path.join(__dirname,
  '../../main/resources/static/js/player-timing.js'));

// Two movements: the first on each side (ready 10, hold 30, switch 5, hold 30), the second 8 reps at 3 s a rep.
function routine() {
  return [
    { kind: 'ready', seconds: 10, step: 0 },
    { kind: 'hold', seconds: 30, step: 0 },
    { kind: 'switch', seconds: 5, step: 0 },
    { kind: 'hold', seconds: 30, step: 0 },
    { kind: 'ready', seconds: 10, step: 1 },
    { kind: 'reps', seconds: 24, step: 1, reps: 8, repSeconds: 3 }
  ];
}

const types = (events) => events.map((e) => e.type + (e.index === undefined ? '' : ':' + e.index));

test.describe('format', () => {
  test('fills numbered placeholders in any order', () => {
    assert.equal(format('Rep {0} of {1}', 3, 8), 'Rep 3 of 8');
    assert.equal(format('{1} after {0}', 'a', 'b'), 'b after a');
  });

  test('a dollar sign in an argument stays as it is', () => {
    assert.equal(format('Up next: {0}', 'Cash $& carry $1 $$'), 'Up next: Cash $& carry $1 $$');
  });

  test('a placeholder without an argument is left alone', () => {
    assert.equal(format('{0} and {1}', 'x'), 'x and {1}');
  });
});

test.describe('the clock', () => {
  test('counts down the first phase by real time', () => {
    const t = new Timeline(routine());
    assert.deepEqual(types(t.start(1000)), ['start:0']);
    t.advance(5500);
    assert.equal(t.index, 0);
    assert.equal(t.remaining(), 5500);
  });

  test('carries the overshoot into the next phase', () => {
    const t = new Timeline(routine());
    t.start(0);
    const events = t.advance(12000);
    assert.deepEqual(types(events.filter((e) => e.type !== 'cue')), ['end:0', 'start:1']);
    assert.equal(t.index, 1);
    assert.equal(t.remaining(), 28000, 'the 2 s past the get-ready are already off the hold');
    assert.equal(events.find((e) => e.type === 'start').lateMs, 2000);
  });

  test('catches up across many phases in one call, as a background tab or a woken phone does', () => {
    const t = new Timeline(routine());
    t.start(0);
    const events = t.advance(90000); // 10 + 30 + 5 + 30 = 75 s: 15 s into the second get-ready... past it
    assert.deepEqual(types(events.filter((e) => e.type !== 'cue')),
      ['end:0', 'start:1', 'end:1', 'start:2', 'end:2', 'start:3', 'end:3', 'start:4', 'end:4', 'start:5']);
    assert.equal(t.index, 5);
    assert.equal(t.remaining(), 24000 - 5000);
    assert.equal(t.activeMs, 90000);
  });

  test('ticks at any rate land on the same point', () => {
    const coarse = new Timeline(routine());
    const fine = new Timeline(routine());
    coarse.start(0);
    fine.start(0);
    coarse.advance(60000);
    coarse.advance(61000);
    for (let now = 7; now <= 61000; now += 7) {
      fine.advance(now);
    }
    fine.advance(61000);
    assert.equal(fine.index, coarse.index);
    assert.equal(fine.remaining(), coarse.remaining());
  });

  test('finishes at the end of the plan and counts no time past it', () => {
    const t = new Timeline(routine());
    t.start(0);
    const events = t.advance(10 * 60 * 1000);
    assert.equal(events.at(-1).type, 'finish');
    assert.equal(t.state, 'finished');
    assert.equal(t.activeMs, 109000);
    assert.equal(t.durationSeconds(), 109);
    assert.deepEqual(t.advance(20 * 60 * 1000), []);
  });

  test('a paused clock does not run, and resumes where it stopped', () => {
    const t = new Timeline(routine());
    t.start(0);
    t.pause(4000);
    t.advance(100000);
    t.resume(200000);
    t.advance(201000);
    assert.equal(t.index, 0);
    assert.equal(t.remaining(), 5000);
    assert.equal(t.activeMs, 5000);
  });

  test('a clock set back plays nothing', () => {
    const t = new Timeline(routine());
    t.start(50000);
    t.advance(40000);
    assert.equal(t.remaining(), 10000);
    t.advance(41000);
    assert.equal(t.remaining(), 9000);
  });

  test('speed plays player seconds faster than real ones', () => {
    const t = new Timeline(routine(), { speed: 20 });
    t.start(0);
    t.advance(1000);
    assert.equal(t.index, 1);
    assert.equal(t.remaining(), 20000);
  });
});

test.describe('controls', () => {
  test('next moves on at once; previous a few seconds in restarts the phase, at its start goes back one', () => {
    const t = new Timeline(routine());
    t.start(0);
    assert.deepEqual(types(t.next(1000)), ['end:0', 'start:1']);
    t.advance(6000);
    assert.deepEqual(types(t.previous(6000)), ['end:1', 'start:1']);
    assert.equal(t.remaining(), 30000);
    assert.deepEqual(types(t.previous(6500)), ['end:1', 'start:0']);
  });

  test('skip goes to the next movement and end finishes', () => {
    const t = new Timeline(routine());
    t.start(0);
    assert.deepEqual(types(t.skip(1000)), ['end:0', 'start:4']);
    assert.deepEqual(types(t.end(2000)), ['end:4', 'finish']);
    assert.equal(t.state, 'finished');
  });
});

test.describe('done and skipped (Limber\'s rule: more than half the work time spent)', () => {
  test('a routine played through by the clock is all done', () => {
    const t = new Timeline(routine());
    t.start(0);
    t.advance(200000);
    assert.deepEqual(t.outcome(), ['done', 'done']);
  });

  test('arrowing through in seconds logs every movement skipped and a few seconds of time', () => {
    const t = new Timeline(routine());
    t.start(0);
    let now = 0;
    while (t.state !== 'finished') {
      now += 300;
      t.next(now);
    }
    assert.deepEqual(t.outcome(), ['skipped', 'skipped']);
    assert.ok(t.durationSeconds() <= 2, 'the log holds the time really spent, not the plan');
  });

  test('exactly half is not most; just over half is', () => {
    const t = new Timeline(routine());
    t.start(0);
    t.next(0); // past the get-ready
    t.advance(30000); // first side in full: 30 of 60 s of work
    t.next(30000); // past the switch
    assert.equal(t.done(0), false);
    t.advance(30001);
    assert.equal(t.done(0), true);
  });

  test('ready, switch and rest time is not work time', () => {
    const t = new Timeline(routine());
    t.start(0);
    t.advance(10000); // the get-ready in full
    t.skip(10000);
    assert.equal(t.done(0), false);
  });
});

test.describe('cues within a phase', () => {
  test('the get-ready counts 3, 2, 1 in its last three seconds', () => {
    const cues = cuesBetween({ kind: 'ready', seconds: 10 }, 0, 10000);
    assert.deepEqual(cues.map((c) => [c.name, c.value, c.atMs]), [['count', 3, 7000], ['count', 2, 8000], ['count', 1, 9000]]);
  });

  test('a hold marks its last three seconds', () => {
    assert.deepEqual(cuesBetween({ kind: 'hold', seconds: 30 }, 0, 30000).map((c) => c.value), [3, 2, 1]);
    assert.deepEqual(cuesBetween({ kind: 'hold', seconds: 30 }, 0, 27500).map((c) => c.value), [3]);
  });

  test('reps beat at their own tempo, and a rep with a hold marks its release', () => {
    const beats = cuesBetween({ kind: 'reps', seconds: 24, reps: 8, repSeconds: 3 }, 0, 24000);
    assert.deepEqual(beats.map((c) => c.atMs), [3000, 6000, 9000, 12000, 15000, 18000, 21000]);
    const held = cuesBetween({ kind: 'reps', seconds: 14, reps: 2, repSeconds: 7, hold: 5 }, 0, 14000);
    assert.deepEqual(held.map((c) => c.name + '@' + c.atMs), ['release@5000', 'beat@7000', 'release@12000']);
  });

  test('the timeline reports each cue once, however the time is sliced', () => {
    const t = new Timeline(routine());
    t.start(0);
    const cues = [];
    for (let now = 250; now <= 12000; now += 250) {
      cues.push(...t.advance(now).filter((e) => e.type === 'cue'));
    }
    assert.deepEqual(cues.map((c) => c.value), [3, 2, 1]);
  });

  test('a cue played through late says how late', () => {
    const t = new Timeline(routine());
    t.start(0);
    const cue = t.advance(9500).find((e) => e.type === 'cue' && e.value === 1);
    assert.equal(cue.lateMs, 500);
  });
});
