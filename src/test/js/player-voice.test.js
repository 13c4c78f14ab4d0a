// The player's voice (voiceFor in src/main/resources/static/js/player-timing.js): only a voice for the page's
// language, never another language's. Run by `node --test src/test/js/` and by `./mvnw verify` (NodeTests).
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { voiceFor } = require(path.join(__dirname, '../../main/resources/static/js/player-timing.js'));

const english = { name: 'English', lang: 'en-US' };
const spanish = { name: 'Español', lang: 'es-ES' };
const mexican = { name: 'Español (México)', lang: 'es_MX' };

test('a Spanish page speaks with a Spanish voice', () => {
  assert.equal(voiceFor([english, spanish], 'es'), spanish);
  assert.equal(voiceFor([english, mexican], 'es'), mexican);
  assert.equal(voiceFor([english, spanish], 'ES'), spanish);
});

test('an English page speaks with an English voice', () => {
  assert.equal(voiceFor([spanish, english], 'en'), english);
  assert.equal(voiceFor([spanish, english], 'en-GB'), english);
});

test('without a voice for the page language there is none: never another language read aloud', () => {
  assert.equal(voiceFor([english], 'es'), null);
  assert.equal(voiceFor([spanish], 'en'), null);
  assert.equal(voiceFor([], 'es'), null);
  assert.equal(voiceFor(undefined, 'es'), null);
});
