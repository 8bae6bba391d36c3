// SPDX-License-Identifier: GPL-3.0-or-later
// A learner who moves PCs is still one learner, against a real LRS on 127.0.0.1: on PC A
// (one data folder) Amina shares, does two skills checks and two lessons, and syncs; her
// progress code is restored on PC B (another folder), where she answers the sharing question
// again and carries on; B syncs. The LRS then holds one actor for her, no statement twice and
// nothing A reported sent again by B, and B's skills check is not a new "before". Saying no on
// B sends nothing from B.
// Usage: node transfer_test.js OPENSTEPS_BINARY TRANSFER_PC_BINARY [case...]
const assert = require('assert/strict');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');
const { startLrs, allStatements } = require('./harness');

const binary = process.argv[2];
const pcTool = process.argv[3];
const only = process.argv.slice(4);
const credentials = ['--key', 'test-key', '--secret', 'test-secret'];

function newPc() {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'opensteps-transfer-'));
}

// key=value lines from the tool's output.
function run(args) {
  const text = execFileSync(pcTool, args).toString();
  return Object.fromEntries(text.trim().split('\n').map((l) => l.split(/=(.*)/s).slice(0, 2)));
}

function sync(dataDir, endpoint) {
  return execFileSync(binary, ['sync', '--once', '--data-dir', dataDir, '--endpoint', endpoint,
    ...credentials]).toString();
}

// The skills-check number a statement carries (undefined for other statements).
function checkNumber(s) {
  const extensions = (s.context && s.context.extensions) || {};
  const key = Object.keys(extensions).find((k) => k.endsWith('/extensions/skills-check'));
  return key ? extensions[key] : undefined;
}

// What A sent: one actor, checks 1 and 2. Returns A's statements and the code.
async function pcA(lrs) {
  const a = newPc();
  const made = run(['first', a]);
  assert.match(made.code, /^([2-9A-HJKMNP-Z]{4}-){6}[2-9A-HJKMNP-Z]{2}$/,
    `a 26-character code in groups of four: ${made.code}`);
  assert.match(made.pseudonym, /^[2-9A-HJKMNP-Z]{10}$/);
  assert.ok(made.code.replace(/-/g, '').includes(made.pseudonym), 'the code carries the pseudonym');
  assert.match(sync(a, lrs.endpoint), /Delivered [1-9]\d* statements/);
  const fromA = await allStatements(lrs.port);
  assert.deepEqual([...new Set(fromA.map((s) => s.actor.account.name))], [made.pseudonym]);
  assert.deepEqual([...new Set(fromA.map(checkNumber).filter((n) => n !== undefined))].sort(),
    [1, 2]);
  return { made, fromA };
}

const cases = {
  async oneLearnerOnTwoPcs({ lrs }) {
    const { made, fromA } = await pcA(lrs);
    const b = newPc();
    const restored = run(['second', b, made.code.toLowerCase().replace(/-/g, ' '), 'yes']);
    assert.equal(restored.restored, 'ask-sharing');
    assert.equal(restored.pseudonym, made.pseudonym);
    assert.equal(restored.checks, '3', 'B counts A\'s two checks and its own');
    assert.match(sync(b, lrs.endpoint), /Delivered [1-9]\d* statements/);

    const all = await allStatements(lrs.port);
    const fromB = all.filter((s) => !fromA.some((x) => x.id === s.id));
    assert.ok(fromB.length > 0, 'B sent its own progress');
    // One actor for the learner, on both PCs, under one programme.
    assert.deepEqual([...new Set(all.map((s) => s.actor.account.name))], [made.pseudonym]);
    assert.equal(new Set(all.map((s) => s.actor.account.homePage)).size, 1);
    // No statement twice, and nothing A reported (a lesson started or completed, Foundation,
    // a check's answers) again from B.
    const ids = all.map((s) => s.id);
    assert.equal(new Set(ids).size, ids.length, 'a statement is in the LRS twice');
    const what = (s) => `${s.verb.id} ${s.object.id} ${checkNumber(s)}`;
    const seen = new Set(fromA.map(what));
    for (const s of fromB) assert.ok(!seen.has(what(s)), `B sent again: ${what(s)}`);
    // B's skills check is the learner's third, never a new "before".
    const bChecks = [...new Set(fromB.map(checkNumber).filter((n) => n !== undefined))];
    assert.deepEqual(bChecks, [3]);
    assert.equal(all.filter((s) => checkNumber(s) === 1).length,
      fromA.filter((s) => checkNumber(s) === 1).length, 'only A\'s first check is "before"');
    // The lessons restored on B were not started or completed again there.
    const lessonsFromB = fromB.filter((s) => s.object.id.includes('/lessons/'));
    assert.equal(lessonsFromB.length, 2, 'B reports only its own new lesson (started, completed)');
    assert.equal(new Set(lessonsFromB.map((s) => s.object.id)).size, 1);
  },

  async sayingNoOnTheNewPcSendsNothing({ lrs }) {
    const { made, fromA } = await pcA(lrs);
    const b = newPc();
    const restored = run(['second', b, made.code, 'no']);
    assert.equal(restored.restored, 'ask-sharing');
    assert.match(sync(b, lrs.endpoint), /Delivered 0 statements/);
    const all = await allStatements(lrs.port);
    assert.equal(all.length, fromA.length, 'B sent something after a no');
  },
};

async function main() {
  let failed = 0;
  for (const [name, test] of Object.entries(cases)) {
    if (only.length && !only.includes(name)) continue;
    const lrs = await startLrs();
    const started = Date.now();
    try {
      await test({ lrs });
      console.log(`PASS ${name} (${Date.now() - started} ms)`);
    } catch (error) {
      failed++;
      console.log(`FAIL ${name}: ${error.stack}`);
    } finally {
      await lrs.stop();
    }
  }
  process.exit(failed ? 1 : 0);
}

main();
