// SPDX-License-Identifier: GPL-3.0-or-later
// A real Learning Record Store (Learning Locker's xapi-statements, in memory, on 127.0.0.1)
// and a proxy in front of it that records every request and can misbehave on demand.
const fs = require('fs');
const http = require('http');
const net = require('net');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');

const modules = process.env.LRS_NODE_MODULES || path.join(__dirname, 'node_modules');
const auth = 'Basic ' + Buffer.from('test-key:test-secret').toString('base64');

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

function request(port, method, urlPath, body, headers = {}) {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, method, path: urlPath,
        headers: { 'X-Experience-API-Version': '1.0.3', Authorization: auth,
                   'Content-Type': 'application/json', ...headers } },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString() }));
      });
    req.on('error', reject);
    if (body) req.write(body);
    req.end();
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// Starts the LRS on `port` (a free one when not given); resolves once it answers /xAPI/about.
async function startLrs(port) {
  port = port || (await freePort());
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'opensteps-lrs-'));
  const env = {
    ...process.env, AUTH_REPO: 'test', EVENTS_REPO: 'test', MODELS_REPO: 'memory',
    STORAGE_REPO: 'local', EXPRESS_PORT: String(port), FS_LOCAL_STORAGE_DIR: dir,
    EXPRESS_MORGAN_DIRECTORY: dir, WINSTON_CONSOLE_LEVEL: 'error',
  };
  const proc = spawn(process.execPath,
    ['-r', path.join(__dirname, 'loopback.js'), '-r', path.join(__dirname, 'cursor.js'),
      path.join(modules, 'xapi-statements/dist/index.js')],
    { env, stdio: ['ignore', 'ignore', 'inherit'] });
  for (let i = 0; i < 200; i++) {
    try {
      const res = await request(port, 'GET', '/xAPI/about');
      if (res.status === 200) break;
    } catch (e) { /* not up yet */ }
    if (proc.exitCode !== null) throw new Error('the test LRS exited: ' + proc.exitCode);
    await sleep(100);
  }
  return {
    port,
    endpoint: `http://127.0.0.1:${port}/xAPI/`,
    async stop() {
      if (proc.exitCode === null) {
        proc.kill('SIGTERM');
        await new Promise((r) => proc.once('exit', r));
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

// Every statement the LRS holds (voided ones too when asked), following `more` links.
async function allStatements(port, query = '') {
  const statements = [];
  let next = `/xAPI/statements?limit=500${query}`;
  while (next) {
    const res = await request(port, 'GET', next);
    if (res.status !== 200) throw new Error(`GET ${next}: ${res.status} ${res.body}`);
    const page = JSON.parse(res.body);
    statements.push(...page.statements);
    next = page.more || '';
  }
  return statements;
}

// A proxy to the LRS. `faults` is a queue: each request takes the first; when empty, requests
// pass through. Kinds: {status, retryAfter} answers without forwarding; {stall: 'before'|'after'}
// holds the request without answering (after: forwarded first, so the LRS stored it);
// {cut: true} forwards, then closes the connection half way through the answer.
// `refuse` holds statement ids answered 400 (as an LRS refusing an invalid statement would).
// `bodies` records every request body, for the privacy scan. `answerUpTo`, when set, is the
// count of requests answered: later ones are held as {stall: 'before'} (so a run can send only
// so much before it is killed).
async function startProxy(lrsPort) {
  const state = { faults: [], refuse: new Set(), bodies: [], times: [], requests: 0, headersOk: 0,
    delayMs: 0, inFlight: 0, answerUpTo: null, lrsPort };
  const sockets = new Set();
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', async () => {
      const body = Buffer.concat(chunks);
      state.requests++;
      const held = state.answerUpTo !== null && state.requests > state.answerUpTo;
      state.times.push(Date.now());
      if (req.headers['x-experience-api-version'] === '1.0.3' && /^Basic /.test(req.headers.authorization || '')) {
        state.headersOk++;
      }
      if (req.method === 'POST') state.bodies.push(body.toString());
      if (state.delayMs) await sleep(state.delayMs);
      if (held) return; // never answered, never forwarded
      const fault = state.faults.shift();
      if (fault && fault.status) {
        const headers = { 'Content-Type': 'application/json' };
        if (fault.retryAfter !== undefined) headers['Retry-After'] = String(fault.retryAfter);
        res.writeHead(fault.status, headers);
        res.end(JSON.stringify({ message: `proxy says ${fault.status}` }));
        return;
      }
      if (fault && fault.stall === 'before') return; // never answered, never forwarded
      if (req.method === 'POST' && state.refuse.size) {
        const ids = JSON.parse(body.toString()).map((s) => s.id);
        const bad = ids.filter((id) => state.refuse.has(id));
        if (bad.length) {
          res.writeHead(400, { 'Content-Type': 'application/json' });
          res.end(JSON.stringify({ warnings: [`Problem in statement ${bad[0]}`] }));
          return;
        }
      }
      state.inFlight++; // requests on their way to the LRS, even for a client gone since
      const upstream = http.request(
        { host: '127.0.0.1', port: state.lrsPort, method: req.method, path: req.url, headers: req.headers },
        (up) => {
          const parts = [];
          up.on('data', (c) => parts.push(c));
          up.on('end', () => {
            state.inFlight--;
            const answer = Buffer.concat(parts);
            if (fault && fault.stall === 'after') return; // stored, but the answer never comes
            if (fault && fault.cut) {
              res.writeHead(up.statusCode, { ...up.headers, 'content-length': String(answer.length) });
              res.write(answer.subarray(0, Math.floor(answer.length / 2)));
              setTimeout(() => res.socket && res.socket.destroy(), 20);
              return;
            }
            res.writeHead(up.statusCode, up.headers);
            res.end(answer);
          });
        });
      upstream.on('error', () => {
        state.inFlight--;
        if (res.socket) res.socket.destroy();
      });
      upstream.end(body);
    });
  });
  server.on('connection', (s) => { sockets.add(s); s.on('close', () => sockets.delete(s)); });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const port = server.address().port;
  return {
    state,
    endpoint: `http://127.0.0.1:${port}/xAPI/`,
    async stop() {
      for (const s of sockets) s.destroy();
      await new Promise((r) => server.close(r));
    },
  };
}

module.exports = { startLrs, startProxy, allStatements, freePort, sleep, auth };
