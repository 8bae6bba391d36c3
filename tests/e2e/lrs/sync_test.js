// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end sync against a real LRS (Learning Locker's statement service on 127.0.0.1):
// every outcome statement arrives exactly once whatever the network does, passes an xAPI
// validator, and carries no name, PIN or typed text.
// Usage: node sync_test.js OPENSTEPS_BINARY [case...]
const assert = require('assert/strict');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn, execFileSync } = require('child_process');
const { startLrs, startProxy, allStatements, sleep } = require('./harness');

const modules = process.env.LRS_NODE_MODULES || path.join(__dirname, 'node_modules');
const validate = require(path.join(modules, '@learninglocker/xapi-validation')).default;
const binary = process.argv[2];
const only = process.argv.slice(3);
const credentials = ['--key', 'test-key', '--secret', 'test-secret'];

function opensteps(args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (code, signal) => resolve({ code, signal, stdout, stderr, child }));
  });
}

function status(dataDir) {
  const text = execFileSync(binary, ['sync', '--status', '--data-dir', dataDir]).toString();
  return Object.fromEntries(text.trim().split('\n').map((l) => l.split(/=(.*)/s).slice(0, 2)));
}

// A data folder with the sample learner Sam and `sharers` learners who agreed to share.
function dataWith(sharers, lessonsEach) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'opensteps-sync-'));
  execFileSync(binary, ['sample-data', '--data-dir', dir, '--sharing', String(sharers),
    '--lessons-each', String(lessonsEach)], { stdio: 'ignore' });
  return dir;
}

async function sync(dataDir, endpoint, extra = []) {
  return opensteps(['sync', '--once', '--data-dir', dataDir, '--endpoint', endpoint,
    ...credentials, ...extra]);
}

// The LRS holds exactly the statements this PC made, each once, as sent.
async function assertExactlyOnce(lrs, dataDir, sentBodies) {
  const stored = await allStatements(lrs.port);
  const ids = stored.map((s) => s.id);
  assert.equal(new Set(ids).size, ids.length, 'a statement is in the LRS twice');
  const st = status(dataDir);
  assert.equal(st.pending, '0', 'statements still pending');
  assert.equal(ids.length, Number(st.delivered),
    `the LRS holds ${ids.length} statements, this PC delivered ${st.delivered}: ${JSON.stringify(st)}`);
  const sent = new Map();
  for (const body of sentBodies) for (const s of JSON.parse(body)) sent.set(s.id, s);
  for (const s of stored) {
    const mine = sent.get(s.id);
    assert.ok(mine, `the LRS has ${s.id}, which was never sent`);
    assert.deepEqual(s.actor, mine.actor);
    assert.equal(s.verb.id, mine.verb.id);
    assert.equal(s.object.id, mine.object.id);
  }
  return stored;
}

const cases = {
  // Lessons done by consenting learners reach the LRS once, valid, with nothing personal.
  async deliversValidAnonymousStatements({ lrs, proxy }) {
    const dir = dataWith(6, 5);
    const before = Number(status(dir).pending);
    assert.ok(before >= 60, `expected statements from 30 lessons, have ${before}`);
    const run = await sync(dir, proxy.endpoint);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, new RegExp(`Delivered ${before} statements`));
    const stored = await assertExactlyOnce(lrs, dir, proxy.state.bodies);
    assert.equal(stored.length, before);
    for (const body of proxy.state.bodies)
      for (const s of JSON.parse(body)) assert.deepEqual(validate(s), [], JSON.stringify(s));
    // Privacy: no learner's name, no PIN, no free text in any payload sent.
    const everything = proxy.state.bodies.join('\n');
    for (const secret of ['Sharer', 'Zofia', '"Sam"', 'Sam ']) assert.ok(!everything.includes(secret), secret);
    // Random ids (UUIDs, and pseudonyms of 10 characters) may hold any digits: not counted.
    const withoutIds = everything
      .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '')
      .replace(/"name":"[2-9A-HJKMNP-Z]{10}"/g, '');
    assert.ok(!/(?<![0-9a-f-])2468(?![0-9a-f-])/.test(withoutIds), 'the PIN is in a payload');
    assert.ok(!/1234(?![0-9a-f-])/.test(withoutIds), 'the sample PIN is in a payload');
    for (const s of stored) {
      assert.deepEqual(Object.keys(s.actor.account).sort(), ['homePage', 'name']);
      assert.match(s.actor.account.name, /^[2-9A-HJKMNP-Z]{10}$/, 'a pseudonym that fits a progress code');
      assert.match(s.timestamp, /T\d\d:00:00(\.000)?Z$/, 'timestamps are rounded to the hour');
    }
    // Everything sent carried the xAPI version header and Basic credentials.
    assert.equal(proxy.state.headersOk, proxy.state.requests);
    // Nothing more to send: a second run sends nothing.
    const again = await sync(dir, proxy.endpoint);
    assert.equal(again.code, 0);
    assert.match(again.stdout, /Delivered 0 statements/);
  },

  // No LRS: statements wait (exit 3) and arrive once it is up.
  async waitsForAMissingLrs({ lrs, proxy }) {
    const dir = dataWith(2, 3);
    const pending = status(dir).pending;
    await lrs.stop();
    const down = await sync(dir, lrs.endpoint, ['--wait', '0']);
    assert.equal(down.code, 3, down.stdout + down.stderr);
    assert.equal(status(dir).pending, pending);
    assert.match(status(dir).last_error, /Cannot reach the LRS/);
    await lrs.restart();
    const up = await sync(dir, lrs.endpoint);
    assert.equal(up.code, 0, up.stderr);
    const stored = await allStatements(lrs.port);
    assert.equal(stored.length, Number(pending));
  },

  // 500, 429 with Retry-After, a stall before and after the LRS stored the batch, and an
  // answer cut half way: every statement still arrives exactly once.
  async survivesAFaultyNetwork({ lrs, proxy }) {
    const dir = dataWith(20, 9); // 8 batches of 50
    // Faults spread over the batches (`{}` passes through), so no batch backs off for long.
    proxy.state.faults.push({ status: 500 }, {}, { status: 429, retryAfter: 1 }, {},
      { stall: 'before' }, {}, { stall: 'after' }, {}, { cut: true }, {}, { status: 503 },
      { cut: true });
    const run = await sync(dir, proxy.endpoint, ['--timeout', '2', '--wait', '120']);
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.equal(proxy.state.faults.length, 0, 'every fault was met');
    await assertExactlyOnce(lrs, dir, proxy.state.bodies);
  },

  // Retry-After is honoured: after a 429 asking for 2 s the next try waits at least that long.
  async honoursRetryAfter({ lrs, proxy }) {
    const dir = dataWith(1, 2);
    proxy.state.faults.push({ status: 429, retryAfter: 2 });
    const started = Date.now();
    const run = await sync(dir, proxy.endpoint);
    assert.equal(run.code, 0, run.stderr);
    assert.ok(proxy.state.times[1] - proxy.state.times[0] >= 1900,
      `retried after ${proxy.state.times[1] - proxy.state.times[0]} ms`);
    assert.ok(Date.now() - started < 30000);
    await assertExactlyOnce(lrs, dir, proxy.state.bodies);
  },

  // An invalid statement (400) is set aside with the LRS's message; the rest of its batch
  // still arrives. Bad credentials (401) stop the run and say so.
  async setsAsideRefusedAndStopsOnBadCredentials({ lrs, proxy }) {
    const dir = dataWith(2, 3);
    execFileSync(binary, ['bundle', 'export', path.join(dir, 'peek.bundle'), '--data-dir', dir]);
    // The bundle shows the ids; import it into a second PC to read them back.
    const lines = fs.readFileSync(path.join(dir, 'peek.bundle'), 'utf8').trim().split('\n').slice(1);
    const ids = lines.map((l) => JSON.parse(l).id);
    execFileSync(binary, ['bundle', 'import', path.join(dir, 'peek.bundle'), '--data-dir', dir + '-b']);
    proxy.state.refuse.add(ids[3]);
    proxy.state.faults.push({ status: 401 });
    const rejected = await sync(dir + '-b', proxy.endpoint);
    assert.equal(rejected.code, 4, rejected.stdout + rejected.stderr);
    assert.match(rejected.stderr, /credentials rejected/i);
    assert.equal(status(dir + '-b').credentials_rejected, '1');
    const run = await sync(dir + '-b', proxy.endpoint);
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /1 set aside/);
    const st = status(dir + '-b');
    assert.equal(st.set_aside, '1');
    assert.equal(st.credentials_rejected, '0');
    assert.match(st.last_error, /Problem in statement/);
    const stored = await allStatements(lrs.port);
    assert.equal(stored.length, ids.length - 1);
    assert.ok(!stored.some((s) => s.id === ids[3]));
  },

  // Killed with SIGKILL at 20 random moments while uploading: in the end the LRS holds each
  // statement exactly once and the outbox is empty. Each run has 1 to 3 of its requests
  // answered and the rest held, so no run can finish before its kill, however fast the PC.
  async survivesBeingKilled({ lrs, proxy }) {
    const dir = dataWith(180, 10); // ~3,600 statements: more than 20 runs x 3 batches of 50
    proxy.state.delayMs = 40; // each batch takes a while, so kills land mid-upload
    let kills = 0;
    const missed = []; // how each run that ended before its kill ended
    for (let i = 0; i < 20; i++) {
      const before = proxy.state.requests;
      proxy.state.answerUpTo = before + 1 + Math.floor(Math.random() * 3);
      const child = spawn(binary, ['sync', '--once', '--data-dir', dir, '--endpoint', proxy.endpoint,
        ...credentials], { stdio: 'ignore' });
      // Once its upload has begun (however slow the machine is to start it), at a random moment.
      for (let waited = 0; proxy.state.requests === before && child.exitCode === null && waited < 20000;
        waited += 5) await sleep(5);
      await sleep(Math.floor(Math.random() * 200));
      if (child.exitCode === null) {
        child.kill('SIGKILL');
        kills++;
      } else {
        missed.push(`run ${i}: exit ${child.exitCode} after ${proxy.state.requests - before} requests`);
      }
      await new Promise((r) => (child.exitCode !== null || child.signalCode ? r() : child.once('exit', r)));
    }
    proxy.state.answerUpTo = null;
    assert.equal(kills, 20, `only ${kills} runs were killed mid-way: ${missed.join('; ')}`);
    const midway = status(dir);
    assert.ok(Number(midway.delivered) > 0 && Number(midway.pending) > 0,
      `the kills did not land during the upload: ${JSON.stringify(midway)}`);
    proxy.state.delayMs = 0;
    // Requests of killed runs may still be on their way to the LRS; let them land first.
    while (proxy.state.inFlight > 0) await sleep(20);
    const run = await sync(dir, proxy.endpoint);
    assert.equal(run.code, 0, run.stderr);
    await assertExactlyOnce(lrs, dir, proxy.state.bodies);
    console.log(`  killed ${kills} uploads mid-way; ${midway.delivered} statements delivered by then`);
  },

  // A hub without internet: the bundle carried to a connected PC delivers once, even if
  // imported twice; a damaged bundle imports nothing.
  async deliversBundlesOnce({ lrs, proxy }) {
    const hub = dataWith(3, 4);
    const count = Number(status(hub).pending);
    const file = path.join(hub, 'outcomes.bundle');
    execFileSync(binary, ['bundle', 'export', file, '--data-dir', hub]);
    assert.equal(status(hub).pending, '0');
    const office = fs.mkdtempSync(path.join(os.tmpdir(), 'opensteps-office-'));
    const damaged = path.join(hub, 'damaged.bundle');
    fs.writeFileSync(damaged, fs.readFileSync(file, 'utf8').replace('completed', 'complete'));
    const refused = await opensteps(['bundle', 'import', damaged, '--data-dir', office]);
    assert.notEqual(refused.code, 0);
    assert.ok(refused.stderr.length > 0);
    for (let i = 0; i < 2; i++) {
      const imported = await opensteps(['bundle', 'import', file, '--data-dir', office]);
      assert.equal(imported.code, 0, imported.stderr);
    }
    assert.equal(status(office).pending, String(count));
    const run = await sync(office, proxy.endpoint);
    assert.equal(run.code, 0, run.stderr);
    await assertExactlyOnce(lrs, office, proxy.state.bodies);
  },
};

async function main() {
  let failed = 0;
  for (const [name, test] of Object.entries(cases)) {
    if (only.length && !only.includes(name)) continue;
    let lrs = await startLrs();
    const port = lrs.port;
    const proxy = await startProxy(port);
    const handle = {
      get port() { return port; },
      endpoint: lrs.endpoint,
      async stop() { await lrs.stop(); },
      async restart() { lrs = await startLrs(port); },
    };
    const started = Date.now();
    try {
      await test({ lrs: handle, proxy });
      console.log(`PASS ${name} (${Date.now() - started} ms)`);
    } catch (error) {
      failed++;
      console.log(`FAIL ${name}: ${error.stack}`);
    } finally {
      await proxy.stop();
      await lrs.stop();
    }
  }
  process.exit(failed ? 1 : 0);
}

main();
