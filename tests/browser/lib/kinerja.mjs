// What the browser tests share: TAP output, a `kinerja serve` of their own on a free port
// (stopped when the test ends), and Debian's chromium through playwright-core.
import { chromium } from 'playwright-core';
import { spawn, execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const root = path.resolve(here, '..', '..', '..');
export const kinerja = process.env.KINERJA || path.join(root, 'build', 'kinerja');
// Screenshots: $BUILD/gambar, or docs/img with KINERJA_GAMBAR_DOCS=1 (`make screenshots`).
export const img = process.env.KINERJA_GAMBAR_DOCS === '1'
  ? path.join(root, 'docs', 'img')
  : path.join(root, process.env.BUILD || 'build', 'gambar');

let n = 0, gagal = 0;
export function ok(cond, nama) {
  n++;
  if (!cond) gagal++;
  console.log(`${cond ? 'ok' : 'not ok'} ${n} - ${nama}`);
}
// Prints the plan and exits 1 when a test failed.
export function selesai() {
  console.log(`1..${n}`);
  process.exit(gagal ? 1 : 0);
}

// A new empty database: SQLite in dir, or with KINERJA_ENGINE=pg one on the test run's
// PostgreSQL server (tests/pg/server.sh, as newdb in tests/cli/lib.inc).
export function dbBaru(dir, nama) {
  return process.env.KINERJA_ENGINE === 'pg'
    ? execFileSync(path.join(root, 'tests', 'pg', 'server.sh'), ['newdb', `k_${nama}_${process.pid}`])
      .toString().trim()
    : path.join(dir, `${nama}.db`);
}

// Starts `kinerja serve db` on a free port; resolves to { srv, base }.
export async function layani(db, env = {}) {
  const srv = spawn(kinerja, ['serve', db, '--listen', '127.0.0.1:0'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  srv.stderr.on('data', (d) => process.stderr.write(d));
  // The server must not outlive this script, whatever happens.
  process.on('exit', () => srv.kill('SIGTERM'));
  const port = await new Promise((resolve, reject) => {
    let out = '';
    const t = setTimeout(() => reject(new Error('server did not start')), 10000);
    srv.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/http:\/\/127\.0\.0\.1:(\d+)\//);
      if (m) { clearTimeout(t); resolve(Number(m[1])); }
    });
  });
  return { srv, base: `http://127.0.0.1:${port}` };
}

// launch() gives chromium a fresh temporary user-data-dir of its own.
export function peramban() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
