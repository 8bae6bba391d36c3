// SPDX-License-Identifier: GPL-3.0-or-later
// Sync benchmark: a data folder with about 10,000 pending statements delivered to the local
// LRS by `opensteps sync --once`; prints the time, statements per second and the process's
// memory while it runs (sampled every 50 ms). Never fails on speed. Target: <= 10 s.
// Usage: node bench_sync.js OPENSTEPS_BINARY
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn, execFileSync } = require('child_process');
const { startLrs, allStatements, sleep } = require('./harness');

const binary = process.argv[2];

function rssKib(pid) {
  try {
    const line = fs.readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
    return line ? Number(line.split(/\s+/)[1]) : 0;
  } catch (e) {
    return 0;
  }
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'opensteps-bench-sync-'));
  // 500 learners x 10 lessons, each lesson started and completed: 10,000 statements.
  execFileSync(binary, ['sample-data', '--data-dir', dir, '--sharing', '500', '--lessons-each', '10'],
    { stdio: 'ignore' });
  const pending = Number(/pending=(\d+)/.exec(execFileSync(binary, ['sync', '--status', '--data-dir', dir]))[1]);
  const lrs = await startLrs();
  const started = process.hrtime.bigint();
  const child = spawn(binary, ['sync', '--once', '--data-dir', dir, '--endpoint', lrs.endpoint,
    '--key', 'k', '--secret', 's'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const samples = [];
  const sampler = setInterval(() => samples.push(rssKib(child.pid)), 50);
  const code = await new Promise((r) => child.on('exit', r));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  clearInterval(sampler);
  const stored = (await allStatements(lrs.port)).length;
  await lrs.stop();
  fs.rmSync(dir, { recursive: true, force: true });
  const live = samples.filter((s) => s > 0);
  const third = Math.max(1, Math.floor(live.length / 3));
  const avg = (xs) => Math.round(xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length));
  console.log(`sync_statements=${pending}`);
  console.log(`sync_stored_in_lrs=${stored}`);
  console.log(`sync_exit_status=${code}`);
  console.log(`sync_seconds=${seconds.toFixed(2)}`);
  console.log(`sync_statements_per_second=${Math.round(pending / seconds)}`);
  console.log(`sync_rss_kib_peak=${Math.max(0, ...live)}`);
  // Flat memory: the first and last thirds of the run use about the same.
  console.log(`sync_rss_kib_first_third_avg=${avg(live.slice(0, third))}`);
  console.log(`sync_rss_kib_last_third_avg=${avg(live.slice(-third))}`);
}

main();
