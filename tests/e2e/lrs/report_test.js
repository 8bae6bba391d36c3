// SPDX-License-Identifier: GPL-3.0-or-later
// The programme-wide report against a real LRS: several simulated hubs send their outcomes,
// then `opensteps report --lrs` reads every statement back (following `more`) and counts them
// exactly as each hub counts its own, with the same suppression.
// Usage: node report_test.js OPENSTEPS_BINARY [case...]
const assert = require('assert/strict');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');
const { startLrs, startProxy, allStatements, auth } = require('./harness');
const http = require('http');

const binary = process.argv[2];
const only = process.argv.slice(3);
const credentials = ['--key', 'test-key', '--secret', 'test-secret'];

// Asynchronous, so the test's own connections to the LRS stay served meanwhile.
function opensteps(args) {
  return new Promise((resolve) => {
    const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

// RFC 4180: fields separated by commas, quoted when they hold commas, quotes or line breaks.
function parseCsv(text) {
  text = text.replace(/^\uFEFF/, '');
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  const [header, ...body] = rows;
  return body.filter((r) => r.length === header.length)
    .map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

// The aggregate CSV a command wrote into `dir` (the one that is not the data dictionary).
function aggregateIn(dir) {
  const file = fs.readdirSync(dir).find((f) => f.endsWith('.csv') && !f.includes('dictionary'));
  assert.ok(file, `no aggregate CSV in ${dir}: ${fs.readdirSync(dir)}`);
  return { file, rows: parseCsv(fs.readFileSync(path.join(dir, file), 'utf8')) };
}

// A measure's value: a number, or the note when it is hidden.
function cell(rows, measure, breakdown = '', category = '') {
  const row = rows.find((r) => r.measure === measure && (r.breakdown || '') === breakdown &&
    (r.category || '') === category);
  assert.ok(row, `no row ${measure}/${breakdown}/${category}`);
  return row.value === '' ? row.note : Number(row.value);
}

// A hub: a data folder whose learners agreed to share, sent to the LRS.
async function hub(id, sharers, lessonsEach, endpoint) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `opensteps-${id}-`));
  const made = await opensteps(['sample-data', '--data-dir', dir, '--hub', id, '--sharing',
    String(sharers), '--lessons-each', String(lessonsEach)]);
  assert.equal(made.code, 0, made.stderr);
  const sent = await opensteps(['sync', '--once', '--data-dir', dir, '--endpoint', endpoint, ...credentials]);
  assert.equal(sent.code, 0, sent.stderr);
  const out = fs.mkdtempSync(path.join(os.tmpdir(), `opensteps-${id}-export-`));
  const exported = await opensteps(['export', '--format', 'csv', '--data-dir', dir, '--out', out]);
  assert.equal(exported.code, 0, exported.stderr);
  return { id, dir, local: aggregateIn(out).rows };
}

function post(port, urlPath, body) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method: 'POST', path: urlPath,
      headers: { 'X-Experience-API-Version': '1.0.3', Authorization: auth,
        'Content-Type': 'application/json' } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
    });
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

const cases = {
  // Four hubs, more statements than one page of the LRS: the programme's numbers are the sum
  // of the hubs' own, each hub's row is what that hub counts itself, and the small hub is
  // hidden together with another so it cannot be worked out from the total.
  async countsEveryHubAsTheHubsDo({ lrs }) {
    const hubs = [await hub('hub-north', 12, 10, lrs.endpoint),
      await hub('hub-south', 9, 10, lrs.endpoint), await hub('hub-east', 3, 5, lrs.endpoint),
      await hub('hub-west', 6, 8, lrs.endpoint)];
    const stored = await allStatements(lrs.port);
    assert.ok(stored.length > 500, `only ${stored.length} statements: one page would do`);

    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'opensteps-programme-'));
    const run = await opensteps(['report', '--lrs', lrs.endpoint, ...credentials, '--out', out]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, new RegExp(`Read ${stored.length} statements`));
    const { file, rows } = aggregateIn(out);
    assert.match(file, /all-hubs/);
    assert.ok(fs.readdirSync(out).some((f) => f.includes('dictionary')), 'no data dictionary');

    // The programme's totals are the hubs' totals added up (where every hub shows its own).
    for (const measure of ['lessons_completed', 'foundation_reached', 'learners_active']) {
      const local = hubs.map((h) => cell(h.local, measure));
      if (local.every((v) => typeof v === 'number')) {
        assert.equal(cell(rows, measure), local.reduce((a, b) => a + b, 0), measure);
      }
    }
    assert.equal(cell(rows, 'learners_active'), 30); // 12 + 9 + 3 + 6
    assert.equal(cell(rows, 'learners_new'), 30);
    assert.equal(cell(rows, 'lessons_completed'), 12 * 10 + 9 * 10 + 3 * 5 + 6 * 8);
    // Each hub's row in the programme report is that hub's own count.
    for (const h of hubs.filter((x) => x.id !== 'hub-east' && x.id !== 'hub-west')) {
      for (const measure of ['learners_active', 'lessons_completed']) {
        assert.equal(cell(rows, measure, 'hub', h.id), cell(h.local, measure), `${h.id} ${measure}`);
      }
    }
    // 3 learners: fewer than 5, in the hub's own export and in the programme's; the next
    // smallest hub hidden with it.
    assert.equal(cell(hubs[2].local, 'learners_active'), 'fewer than 5');
    assert.equal(cell(rows, 'learners_active', 'hub', 'hub-east'), 'fewer than 5');
    assert.match(String(cell(rows, 'learners_active', 'hub', 'hub-west')), /hidden/);
    for (const h of hubs) fs.rmSync(h.dir, { recursive: true, force: true });
  },

  // A statement voided in the LRS (a learner deleted their data) is no longer counted.
  async voidedStatementsAreNotCounted({ lrs }) {
    const north = await hub('hub-north', 6, 3, lrs.endpoint);
    const completed = (await allStatements(lrs.port)).filter(
      (s) => s.verb.id === 'http://adlnet.gov/expapi/verbs/completed' && s.object.id.includes('/lessons/'));
    const status = await post(lrs.port, '/xAPI/statements', {
      id: '6f1b0c59-3b0e-4d0c-9a55-5f8e2c1d9a01', actor: completed[0].actor,
      verb: { id: 'http://adlnet.gov/expapi/verbs/voided' },
      object: { objectType: 'StatementRef', id: completed[0].id } });
    assert.equal(status, 200);
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'opensteps-voided-'));
    const run = await opensteps(['report', '--lrs', lrs.endpoint, ...credentials, '--out', out]);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(cell(aggregateIn(out).rows, 'lessons_completed'),
      cell(north.local, 'lessons_completed') - 1);
  },

  // Rejected credentials, an LRS that stays busy, or plain http to another machine: a clear
  // message, a non-zero exit and no file.
  async failsClearly({ lrs }) {
    const proxy = await startProxy(lrs.port);
    try {
      const out = fs.mkdtempSync(path.join(os.tmpdir(), 'opensteps-fail-'));
      const report = () => opensteps(['report', '--lrs', proxy.endpoint, ...credentials, '--out', out]);
      proxy.state.faults.push({ status: 401 });
      const rejected = await report();
      assert.equal(rejected.code, 4, rejected.stderr);
      assert.match(rejected.stderr, /rejected the key and secret/);
      for (let i = 0; i < 5; i++) proxy.state.faults.push({ status: 503, retryAfter: 0 });
      const busy = await report();
      assert.equal(busy.code, 3, busy.stderr);
      assert.match(busy.stderr, /did not answer after 5 tries/);
      const remote = await opensteps(['report', '--lrs', 'http://lrs.example.org/xAPI/', ...credentials, '--out', out]);
      assert.equal(remote.code, 2);
      assert.match(remote.stderr, /https:\/\//);
      assert.deepEqual(fs.readdirSync(out), []);
    } finally {
      await proxy.stop();
    }
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
