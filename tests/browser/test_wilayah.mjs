// Browser test of the province view (/wilayah): the demo's Banten 2023 kemiskinan ekstrem
// with batas 1, at 1366x900 and as stacked cards at 390x844; screenshots to
// $BUILD/gambar (wilayah-lebar.png, wilayah-sempit.png, wilayah-kemiskinan-*.png); and the
// public page of the province with only its published kab/kota (publik-wilayah-*.png). Prints TAP.
import { chromium } from 'playwright-core';
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const kinerja = process.env.KINERJA || path.join(root, 'build', 'kinerja');
const img = path.join(root, process.env.BUILD || 'build', 'gambar');
let n = 0, gagal = 0;
function ok(cond, nama) {
  n++;
  if (!cond) gagal++;
  console.log(`${cond ? 'ok' : 'not ok'} ${n} - ${nama}`);
}

const tmp = mkdtempSync(path.join(tmpdir(), 'kinerja-wilayah-'));
const db = process.env.KINERJA_ENGINE === 'pg'
  ? execFileSync(path.join(root, 'tests', 'pg', 'server.sh'), ['newdb', `k_bwilayah_${process.pid}`])
    .toString().trim()
  : path.join(tmp, 'w.db');
execFileSync(kinerja, ['demo', db]);
execFileSync(kinerja, ['user', 'add', db, '--nama', 'banten', '--peran', 'pimpinan',
  '--pemda', '36'], { input: 'sandi-banten\n' });
// the public province page: Banten 2023 with two of its kab/kota published (Lebak is not)
for (const p of ['36', '36.73', '36.03']) {
  execFileSync(kinerja, ['lock', db, '--pemda', p, '--tahun', '2023']);
  execFileSync(kinerja, ['publish', db, '--pemda', p, '--tahun', '2023']);
}
const srv = spawn(kinerja, ['serve', db, '--listen', '127.0.0.1:0'],
  { stdio: ['ignore', 'pipe', 'pipe'] });
srv.stderr.on('data', (d) => process.stderr.write(d));
process.on('exit', () => { srv.kill('SIGTERM'); rmSync(tmp, { recursive: true, force: true }); });
const port = await new Promise((resolve, reject) => {
  let out = '';
  const t = setTimeout(() => reject(new Error('server did not start')), 10000);
  srv.stdout.on('data', (d) => {
    out += d;
    const m = out.match(/http:\/\/127\.0\.0\.1:(\d+)\//);
    if (m) { clearTimeout(t); resolve(Number(m[1])); }
  });
});
const base = `http://127.0.0.1:${port}`;
mkdirSync(img, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  for (const [nama, width, height] of [['lebar', 1366, 900], ['sempit', 390, 844]]) {
    const ctx = await browser.newContext({ viewport: { width, height } });
    const page = await ctx.newPage();
    page.on('pageerror', (e) => ok(false, `no script error: ${e.message}`));
    await page.goto(`${base}/masuk`);
    await page.fill('#nama', 'banten');
    await page.fill('#kata_sandi', 'sandi-banten');
    await Promise.all([page.waitForURL(/\/dasbor/), page.click('button[type=submit]')]);
    await page.goto(`${base}/wilayah?induk=36&indikator=KEMISKINAN_EKSTREM&tahun=2023&batas=1`);
    ok(await page.isVisible('h1:has-text("Provinsi Banten")'), `${nama}: the province view opens`);
    const baris = await page.locator('table.banding tbody tr').count();
    ok(baris === 4, `${nama}: four kab/kota (${baris})`);
    ok(await page.locator('tr.tandai').count() === 3, `${nama}: three flagged above batas 1`);
    const svg = page.locator(nama === 'lebar' ? '.grafik svg.lebar' : '.grafik svg.sempit');
    ok(await svg.isVisible(), `${nama}: its chart is shown`);
    const kepala = await page.locator('table.banding thead').isVisible();
    ok(nama === 'lebar' ? kepala : !kepala, `${nama}: ${nama === 'lebar' ? 'a table' : 'stacked cards'}`);
    const lebarHalaman = await page.evaluate(() => document.documentElement.scrollWidth);
    ok(lebarHalaman <= width, `${nama}: no horizontal scroll (${lebarHalaman} <= ${width})`);
    await page.screenshot({ path: path.join(img, `wilayah-${nama}.png`), fullPage: true });
    // angka kemiskinan: the province's and the national line on the chart
    await page.goto(`${base}/wilayah?induk=36&indikator=KEMISKINAN&tahun=2023`);
    ok(await svg.locator('path.a0').count() === 2 && await svg.locator('path.a1').count() === 2,
      `${nama}: the province and national lines with their legend`);
    await page.screenshot({ path: path.join(img, `wilayah-kemiskinan-${nama}.png`), fullPage: true });
    await ctx.close();
    // anonymous: the province's public page lists only the kab/kota that published 2023
    const umum = await browser.newContext({ viewport: { width, height } });
    const pub = await umum.newPage();
    pub.on('pageerror', (e) => ok(false, `no script error: ${e.message}`));
    await pub.goto(`${base}/publik/pemda?pemda=36&tahun=2023`);
    const rows = await pub.locator('table.wilayah[data-indikator="KEMISKINAN"] tbody tr')
      .evaluateAll((tr) => tr.map((t) => t.dataset.kode));
    // Kota Serang 6,20 before Kabupaten Tangerang 6,93 (turun: lowest first)
    ok(rows.join(' ') === '36.73 36.03', `${nama}: public province page ranks 36.73, 36.03 (${rows})`);
    ok(!(await pub.content()).includes('Kabupaten Lebak'), `${nama}: ... and never Lebak (unpublished)`);
    const lebarPub = await pub.evaluate(() => document.documentElement.scrollWidth);
    ok(lebarPub <= width, `${nama}: public page, no horizontal scroll (${lebarPub} <= ${width})`);
    await pub.locator('h2:has-text("Perbandingan kabupaten/kota")').scrollIntoViewIfNeeded();
    await pub.screenshot({ path: path.join(img, `publik-wilayah-${nama}.png`) });
    await umum.close();
  }
} finally {
  await browser.close();
}
console.log(`1..${n}`);
process.exit(gagal ? 1 : 0);
