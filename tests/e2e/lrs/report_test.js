// SPDX-License-Identifier: GPL-3.0-or-later
// The programme-wide report against a real LRS: several simulated hubs send their outcomes,
// then `opensteps report --lrs` reads every statement back (following `more`) and counts them
// exactly as each hub counts its own, with the same suppression.
// Usage: node report_test.js OPENSTEPS_BINARY [case...]
const assert = require('assert/strict');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync, execFileSync } = require('child_process');
const { startLrs, allStatements, auth } = require('./harness');
const http = require('http');

const binary = process.argv[2];
const only = process.argv.slice(3);
const credentials = ['--key', 'test-key', '--secret', 'test-secret'];

function opensteps(args) {
  const run = spawnSync(binary, args, { encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
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
function hub(id, sharers, lessonsEach, endpoint) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `opensteps-${id}-`));
  execFileSync(binary, ['sample-data', '--data-dir', dir, '--hub', id, '--sharing',
    String(sharers), '--lessons-each', String(lessonsEach)], { stdio: 'ignore' });
  const sent = opensteps(['sync', '--once', '--data-dir', dir, '--endpoint', endpoint, ...credentials]);
  assert.equal(sent.code, 0, sent.stderr);
  const out = fs.mkdtempSync(path.join(os.tmpdir(), `opensteps-${id}-export-`));
  const exported = opensteps(['export', '--format', 'csv', '--data-dir', dir, '--out', out]);
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
    const hubs = [hub('hub-north', 12, 10, lrs.endpoint), hub('hub-south', 9, 10, lrs.endpoint),
      hub('hub-east', 3, 5, lrs.endpoint), hub('hub-west', 6, 8, lrs.endpoint)];
    const stored = await allStatements(lrs.port);
    assert.ok(stored.length > 500, `only ${stored.length} statements: one page would do`);

    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'opensteps-programme-'));
    const run = opensteps(['report', '--lrs', lrs.endpoint, ...credentials, '--out', out]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, new RegExp(`Read ${stored.length} statements`));
    const { file, rows } = aggregateIn(out);
    assert.match(file, /all-hubs/);
    assert.ok(fs.readdirSync(out).some((f) => f.includes('dictionary')), 'no data dictionary');

    for (const measure of ['learners_active', 'learners_new', 'lessons_completed']) {
      const sum = hubs.reduce((total, h) => total + cell(h.local, measure), 0);
      assert.equal(cell(rows, measure), sum, measure);
    }
    assert.equal(cell(rows, 'learners_active'), 30);
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
    const north = hub('hub-north', 6, 3, lrs.endpoint);
    const completed = (await allStatements(lrs.port)).filter(
      (s) => s.verb.id === 'http://adlnet.gov/expapi/verbs/completed' && s.object.id.includes('/lessons/'));
    const status = await post(lrs.port, '/xAPI/statements', {
      id: '6f1b0c59-3b0e-4d0c-9a55-5f8e2c1d9a01', actor: completed[0].actor,
      verb: { id: 'http://adlnet.gov/expapi/verbs/voided' },
      object: { objectType: 'StatementRef', id: completed[0].id } });
    assert.equal(status, 200);
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'opensteps-voided-'));
    const run = opensteps(['report', '--lrs', lrs.endpoint, ...credentials, '--out', out]);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(cell(aggregateIn(out).rows, 'lessons_completed'),
      cell(north.local, 'lessons_completed') - 1);
  },

  // Wrong credentials, an LRS that is not there, or plain http to another machine: a clear
  // message, a non-zero exit and no file.
  async failsClearly({ lrs }) {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'opensteps-fail-'));
    const wrong = opensteps(['report', '--lrs', lrs.endpoint, '--key', 'test-key', '--secret', 'nope', '--out', out]);
    assert.notEqual(wrong.code, 0);
    assert.match(wrong.stderr, /rejected the key and secret/);
    const remote = opensteps(['report', '--lrs', 'http://lrs.example.org/xAPI/', ...credentials, '--out', out]);
    assert.notEqual(remote.code, 0);
    assert.match(remote.stderr, /https:\/\//);
    await lrs.stop();
    const gone = opensteps(['report', '--lrs', lrs.endpoint, ...credentials, '--out', out]);
    assert.notEqual(gone.code, 0);
    assert.match(gone.stderr, /did not answer/);
    assert.deepEqual(fs.readdirSync(out), []);
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
