'use strict';
// The workday break schedule (static/js/reminders-schedule.js): the shared cases that WorkdayScheduleTest also
// reads, then which reminder is due when, and what start, skip and snooze do to the state.
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const fs = require('node:fs');

const S = require(path.join(__dirname, '../../main/resources/static/js/reminders-schedule.js'));
const fixture = JSON.parse(fs.readFileSync(path.join(__dirname, '../resources/reminder/schedule-cases.json'), 'utf8'));

for (const c of fixture.cases) {
  test('shared case: ' + c.name, () => {
    assert.deepEqual(S.breaksOn(c.settings).map((b) => b.time + ' ' + b.kind), c.breaks);
  });
}

const WORKDAY = {
  on: true, days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
  start: '09:00', end: '17:00', every: 60, stretch: 180, quiet: [{ from: '12:30', to: '13:30' }]
};
// Monday 5 January 2026 and Saturday 10 January, in the local time of whoever runs the tests.
const monday = (h, m) => new Date(2026, 0, 5, h, m, 0, 0);
const saturday = (h, m) => new Date(2026, 0, 10, h, m, 0, 0);

test('nothing is due before the first break', () => {
  assert.equal(S.due(WORKDAY, monday(9, 59), {}), null);
});

test('the movement break is due from its time on', () => {
  const r = S.due(WORKDAY, monday(10, 0), {});
  assert.deepEqual(r, { at: monday(10, 0).getTime(), kind: 'move', snoozed: false });
});

test('every third hour the break is the longer stretch', () => {
  assert.equal(S.due(WORKDAY, monday(12, 5), {}).kind, 'stretch');
});

test('nothing on a day off, with reminders off, or in a quiet time', () => {
  assert.equal(S.due(WORKDAY, saturday(10, 0), {}), null);
  assert.equal(S.due(Object.assign({}, WORKDAY, { on: false }), monday(10, 0), {}), null);
  // 13:00 is inside the quiet time: the latest break is still 12:00's, by then too old to show.
  assert.equal(S.due(WORKDAY, monday(13, 0), {}), null);
});

test('a break is shown only while it is fresh: a tab opened at 10:20 does not nag about 10:00', () => {
  assert.notEqual(S.due(WORKDAY, monday(10, S.GRACE_MINUTES - 1), {}), null);
  assert.equal(S.due(WORKDAY, monday(10, S.GRACE_MINUTES), {}), null);
});

test('skip: the same break is not shown again, the next one is', () => {
  const r = S.due(WORKDAY, monday(10, 0), {});
  const state = S.answer({}, r, 'skip', monday(10, 1));
  assert.equal(S.due(WORKDAY, monday(10, 2), state), null);
  assert.equal(S.due(WORKDAY, monday(10, 59), state), null);
  assert.equal(S.due(WORKDAY, monday(11, 0), state).at, monday(11, 0).getTime());
});

test('start: handled like skip, so it is not shown again', () => {
  const r = S.due(WORKDAY, monday(10, 0), {});
  const state = S.answer({}, r, 'start', monday(10, 0));
  assert.equal(S.due(WORKDAY, monday(10, 5), state), null);
});

test('snooze: nothing for ten minutes, then the same kind of break again, marked snoozed', () => {
  const r = S.due(WORKDAY, monday(12, 0), {});
  const state = S.answer({}, r, 'snooze', monday(12, 2));
  assert.equal(S.due(WORKDAY, monday(12, 11), state), null);
  const again = S.due(WORKDAY, monday(12, 12), state);
  assert.deepEqual(again, { at: monday(12, 12).getTime(), kind: 'stretch', snoozed: true });
  // Answering the snoozed one clears the snooze, and the 12:00 break stays handled.
  const after = S.answer(state, again, 'skip', monday(12, 13));
  assert.equal(after.snoozeUntil, null);
  assert.equal(S.due(WORKDAY, monday(12, 14), after), null);
});

test('turning reminders off silences a pending snooze', () => {
  const state = { handled: monday(12, 0).getTime(), snoozeUntil: monday(12, 10).getTime(), snoozeKind: 'move' };
  assert.equal(S.due(Object.assign({}, WORKDAY, { on: false }), monday(12, 11), state), null);
});
