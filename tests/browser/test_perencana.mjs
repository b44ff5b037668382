// Browser test of the planners' pages (issue 10 item 2): a planner builds a new pemda from
// nothing with the forms of /rencana (pemda, OPD, visi-misi-tujuan-sasaran, indicator,
// target, realisasi), sees it measured (GET /api/capaian, capaian computed by hand), uploads
// template files on /impor, sees the preview (counts per file, every error), applies it,
// and a file name with path characters is shown harmless. Screenshots at 1366x900 and
// 390x844 into $BUILD/gambar; no horizontal overflow on the phone. Prints TAP.
import { chromium } from 'playwright-core';
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const kinerja = process.env.KINERJA || path.join(root, 'build', 'kinerja');
// Screenshots: $BUILD/gambar, or docs/img with KINERJA_GAMBAR_DOCS=1 (`make screenshots`).
const img = process.env.KINERJA_GAMBAR_DOCS === '1'
  ? path.join(root, 'docs', 'img')
  : path.join(root, process.env.BUILD || 'build', 'gambar');
let n = 0, gagal = 0;
function ok(cond, nama) {
  n++;
  if (!cond) gagal++;
  console.log(`${cond ? 'ok' : 'not ok'} ${n} - ${nama}`);
}

const tmp = mkdtempSync(path.join(tmpdir(), 'kinerja-perencana-'));
const db = process.env.KINERJA_ENGINE === 'pg'
  ? execFileSync(path.join(root, 'tests', 'pg', 'server.sh'), ['newdb', `k_brencana_${process.pid}`])
    .toString().trim()
  : path.join(tmp, 't.db');
execFileSync(kinerja, ['init', db]);
execFileSync(kinerja, ['user', 'add', db, '--nama', 'perencana1', '--peran', 'perencana'],
  { input: 'sandi-perencana\n' });
const srv = spawn(kinerja, ['serve', db, '--listen', '127.0.0.1:0'],
  { stdio: ['ignore', 'pipe', 'pipe'] });
srv.stderr.on('data', (d) => process.stderr.write(d));
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
const base = `http://127.0.0.1:${port}`;
mkdirSync(img, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

async function masuk(viewport) {
  const ctx = await browser.newContext({ viewport });
  const page = await ctx.newPage();
  page.on('pageerror', (e) => ok(false, `no script error: ${e.message}`));
  await page.goto(`${base}/masuk`);
  await page.fill('#nama', 'perencana1');
  await page.fill('#kata_sandi', 'sandi-perencana');
  await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
  return { ctx, page };
}

async function tanpaLuber(page, nama) {
  const lebar = await page.evaluate(() => document.documentElement.scrollWidth);
  ok(lebar <= 390, `${nama}: no horizontal overflow at 390 px (${lebar})`);
}

// ---- a new pemda from nothing, with the forms ----
const { ctx, page } = await masuk({ width: 1366, height: 900 });
const langkah = [
  ['pemda', { kode: '55.01', nama: 'Kota Peramban', jenis: 'kota', periode_awal: '2021',
    periode_akhir: '2026' }],
  ['opd', { kode: 'DISDIK', nama: 'Dinas Pendidikan' }],
  ['rencana', { jenis: 'visi', kode: 'V', uraian: 'Kota Peramban cerdas' }],
  ['rencana', { jenis: 'misi', kode: 'M1', induk: 'V', uraian: 'Pendidikan merata' }],
  ['rencana', { jenis: 'tujuan', kode: 'T1', induk: 'M1', uraian: 'Mutu pendidikan naik' }],
  ['rencana', { jenis: 'sasaran', kode: 'S1', induk: 'T1', uraian: 'Partisipasi sekolah naik' }],
  ['indikator', { kode: 'APK', induk: 'S1', uraian: 'Angka Partisipasi Kasar', satuan: '%',
    arah: 'naik', opd: 'DISDIK', kondisi_awal: '70', target_akhir: '95' }],
  ['target', { indikator: 'APK', tahun: '2022', target: '90' }],
  ['realisasi', { indikator: 'APK', tahun: '2022', realisasi: '81' }],
];
let semua = true;
for (const [tabel, isi] of langkah) {
  await page.goto(`${base}/rencana?tabel=${tabel}&pemda=55.01`);
  for (const [k, v] of Object.entries(isi)) await isiMedan(k, v);
  await Promise.all([page.waitForNavigation(), page.click('form.isian button[type=submit]')]);
  const pesan = await page.textContent('p.pesan');
  if (!/baris baru/.test(pesan || '')) {
    semua = false;
    ok(false, `${tabel} saved: ${pesan}`);
  }
  if (tabel === 'indikator') await page.screenshot({ path: path.join(img, 'rencana-1366.png'), fullPage: true });
}
ok(semua, 'pemda, OPD, visi, misi, tujuan, sasaran, indicator, target and realisasi created in the browser');
const cap = await (await page.request.get(`${base}/api/capaian?pemda=55.01&tahun=2022`)).json();
const apk = (cap.indikator || []).find((i) => i.kode === 'APK') || {};
ok(Math.abs((apk.capaian ?? 0) - 90) < 1e-9, `measured: capaian APK = 81 / 90 x 100 = 90 (${apk.capaian})`);

// A choice column is a list of the schema's words: no spelling from memory.
await page.goto(`${base}/rencana?tabel=rencana&pemda=55.01`);
const jenis = await page.locator('form.isian select[name="jenis"] option').allInnerTexts();
ok(jenis.join(',') === '–,visi,misi,tujuan,sasaran,tujuan_pd,sasaran_pd,program,kegiatan,subkegiatan',
  `rencana's jenis: a list of the RPJMD and Renstra levels (${jenis.join(',')})`);
await page.goto(`${base}/rencana?tabel=indikator&pemda=55.01&arah=turun`);
ok(await page.inputValue('form.isian select[name="arah"]') === 'turun',
  'a prefilled choice is selected in its list');

// A bad value: the column is marked, the values kept.
await page.goto(`${base}/rencana?tabel=target&pemda=55.01`);
await page.fill('form.isian [name="indikator"]', 'APK');
await page.fill('form.isian [name="tahun"]', '20x2');
await page.fill('form.isian [name="target"]', '85');
await Promise.all([page.waitForNavigation(), page.click('form.isian button[type=submit]')]);
ok(await page.isVisible('input[name="tahun"].salah') &&
   (await page.inputValue('form.isian [name="target"]')) === '85',
   'a bad year: the column marked, the other values kept');
const galatTahun = await page.locator('#g-tahun').innerText();
ok(/tahun/.test(galatTahun) && await page.getAttribute('input[name="tahun"]', 'aria-describedby') === 'g-tahun',
  `  and its message under the field (${galatTahun})`);
await page.screenshot({ path: path.join(img, 'rencana-galat-1366.png'), fullPage: true });

// ---- upload: preview, every error, apply ----
const csv = (s) => Buffer.from(s);
const pemdaCsv = 'kode,nama,jenis,induk,periode_awal,periode_akhir,rumus_turun\n55.01,Kota Peramban,kota,,2021,2026,selisih\n';
await page.goto(`${base}/impor`);
await page.setInputFiles('input[type=file]', [
  { name: 'pemda.csv', mimeType: 'text/csv', buffer: csv(pemdaCsv) },
  { name: 'target.csv', mimeType: 'text/csv', buffer: csv('pemda,indikator,tahun,target\n55.01,APK,2023,abc\n55.01,APK,2024,9x\n') },
  { name: 'realisasi.csv', mimeType: 'text/csv', buffer: csv('pemda,indikator,tahun,triwulan,realisasi\n55.01,APK,2023,5,80\n') },
]);
await Promise.all([page.waitForNavigation(), page.click('form.unggah button[type=submit]')]);
const kesalahan = await page.locator('table.kesalahan tbody tr').count();
ok(kesalahan === 3, `preview with errors lists all three (file, row, column): ${kesalahan}`);
await page.screenshot({ path: path.join(img, 'impor-galat-1366.png'), fullPage: true });

await page.setInputFiles('input[type=file]', [
  { name: 'pemda.csv', mimeType: 'text/csv', buffer: csv(pemdaCsv) },
  { name: 'target.csv', mimeType: 'text/csv', buffer: csv('pemda,indikator,tahun,target\n55.01,APK,2022,90\n55.01,APK,2023,92\n') },
]);
await Promise.all([page.waitForNavigation(), page.click('form.unggah button[type=submit]')]);
const baris = await page.locator('tbody tr').allTextContents();
ok(baris.some((t) => /target\.csv\s*1\s*0\s*1/.test(t.replace(/\s+/g, ' ').replace(/ /g, ' '))) ||
   baris.some((t) => t.replace(/\s+/g, '').startsWith('target.csv101')),
   `preview counts target.csv: 1 new, 0 changed, 1 unchanged (${baris.join(' | ')})`);
await page.screenshot({ path: path.join(img, 'impor-pratinjau-1366.png'), fullPage: true });
await Promise.all([page.waitForNavigation(), page.click('button:has-text("Terapkan")')]);
ok(await page.isVisible('text=Impor selesai dan tersimpan'), 'applied');
const cap23 = await (await page.request.get(`${base}/api/capaian?pemda=55.01&tahun=2023`)).json();
ok(((cap23.indikator || []).find((i) => i.kode === 'APK') || {}).target === '92',
   'the applied target 2023 is stored (92)');

await page.goto(`${base}/impor`);
await page.setInputFiles('input[type=file]', [
  { name: '../../<img src=x onerror=alert(1)>.csv', mimeType: 'text/csv', buffer: csv('a\n1\n') }]);
await Promise.all([page.waitForNavigation(), page.click('form.unggah button[type=submit]')]);
const isi = await page.content();
ok(!isi.includes('<img src=x') && (await page.locator('img').count()) === 0,
   'a file name with path characters and markup is shown harmless');

// ---- budgets and narratives: the existing rows listed, each with a prefilled edit ----
// A field of the planners' form: a choice column is a list of the schema's words.
async function isiMedan(k, v) {
  const sel = `form.isian [name="${k}"]`;
  if (await page.locator(sel).evaluate((e) => e.tagName) === 'SELECT') await page.selectOption(sel, v);
  else await page.fill(sel, v);
}
async function simpanForm(tabel, isi) {
  await page.goto(`${base}/rencana?tabel=${tabel}&pemda=55.01`);
  for (const [k, v] of Object.entries(isi)) await isiMedan(k, v);
  await Promise.all([page.waitForNavigation(), page.click('form.isian button[type=submit]')]);
  return page.textContent('p.pesan');
}
ok(/baris baru/.test(await simpanForm('anggaran', { sasaran: 'S1', program: 'Program Pendidikan',
  tahun: '2022', pagu: '1000000', realisasi: '900000' })), 'a budget row saved');
await page.goto(`${base}/rencana?tabel=anggaran&pemda=55.01`);
const ang = (await page.locator('#daftar-baris tbody tr').allInnerTexts()).map((x) => x.replace(/\s+/g, ' '));
ok(ang.length === 1 && ang[0].includes('Program Pendidikan') && ang[0].includes('1.000.000') &&
   ang[0].includes('900.000'), `the budget listed with its amounts (${ang.join(' | ')})`);
await Promise.all([page.waitForNavigation(), page.click('#daftar-baris a.ubah')]);
ok(await page.inputValue('form.isian [name="program"]') === 'Program Pendidikan' &&
   await page.inputValue('form.isian [name="pagu"]') === '1000000' &&
   await page.inputValue('form.isian [name="tahun"]') === '2022',
   'its edit link opens the form prefilled');
await page.fill('form.isian [name="pagu"]', '1200000');
await Promise.all([page.waitForNavigation(), page.click('form.isian button[type=submit]')]);
ok(/baris diubah/.test(await page.textContent('p.pesan')), 'the budget row changed, not added');
ok((await page.locator('#daftar-baris tbody tr').allInnerTexts()).some((x) => x.includes('1.200.000')),
   'the list shows the new pagu 1.200.000');
const panjang = 'Capaian APK 90 % karena' + ' sekolah baru belum beroperasi penuh;'.repeat(8);
ok(/baris baru/.test(await simpanForm('narasi', { tahun: '2022', objek: 'APK', jenis: 'analisis',
  teks: panjang })), 'a narrative saved');
await page.goto(`${base}/rencana?tabel=narasi&pemda=55.01`);
const nar = await page.locator('#daftar-baris tbody tr').allInnerTexts();
ok(nar.length === 1 && nar[0].includes('APK') && nar[0].includes('analisis') && nar[0].includes('…'),
   'the narrative listed, its long text cut');
await Promise.all([page.waitForNavigation(), page.click('#daftar-baris a.ubah')]);
const teks = await page.inputValue('form.isian [name="teks"]');
ok(teks === panjang, `its edit link brings the whole text (${teks.length} of ${panjang.length})`);
await page.screenshot({ path: path.join(img, 'rencana-narasi-1366.png'), fullPage: true });

// ---- the review uses the evaluation's rule: a printed IKM with weight 0,111 ----
// 9 unsur, r1 all 4, r2 all 3: NRR 3,5 each, IKM 3,5 x 25 = 87,5; with the rounded weight
// 0,111: 9 x 0,111 x 3,5 x 25 = 87,41 (rounding: info); 87,00 matches nothing (kesalahan).
const dir = path.join(tmp, 'ikm');
mkdirSync(dir);
const tulis = (f, isi) => writeFileSync(path.join(dir, f), isi);
tulis('pemda.csv', pemdaCsv);
tulis('indikator.csv', 'pemda,kode,induk,uraian,satuan,arah,skala,opd,kondisi_awal,target_akhir\n55.01,IKM9,S1,IKM sembilan unsur,Indeks,naik,,,70,80\n');
tulis('survei.csv', 'pemda,kode,uraian,indikator,unsur\n55.01,NINE,Sembilan unsur,IKM9,\n');
tulis('survei_jawaban.csv', 'pemda,survei,periode,unit,responden,U1,U2,U3,U4,U5,U6,U7,U8,U9\n' +
  '55.01,NINE,2022,DISDIK,r1,4,4,4,4,4,4,4,4,4\n55.01,NINE,2022,DISDIK,r2,3,3,3,3,3,3,3,3,3\n');
tulis('dilaporkan.csv', 'pemda,tahun,objek,ukuran,nilai,sumber\n55.01,2022,IKM9,realisasi,"87,41",Tabel 3.27\n55.01,2022,IKM9,realisasi,"87,00",Grafik 3.19\n');
execFileSync(kinerja, ['import', db, dir]);
await page.goto(`${base}/reviu?pemda=55.01&tahun=2022`);
const ikm = page.locator('li.temuan', { hasText: '87,41' }).filter({ hasText: 'bobot 0,111' }).first();
ok((await ikm.locator('.kepala .pred').innerText()) === 'info' && (await ikm.innerText()).includes('bobot 0,111'),
   'the review page: a printed 87,41 is the rounded weight 0,111 (info), as the CLI says');
const api = await (await page.request.get(`${base}/api/reviu?pemda=55.01&tahun=2022`)).json();
ok(api.temuan.filter((t) => t.tingkat === 'info' && t.objek === 'IKM9').length === 1,
   'the API gives the same info finding');

// ---- a locked year: every page says so, the planners' form is disabled ----
execFileSync(kinerja, ['lock', db, '--pemda', '55.01', '--tahun', '2022']);
for (const u of ['/dasbor?pemda=55.01&tahun=2022', '/indikator?pemda=55.01&kode=APK&tahun=2022',
  '/reviu?pemda=55.01&tahun=2022', '/rencana-aksi?pemda=55.01&tahun=2022',
  '/jadwal?pemda=55.01&tahun=2022', '/rencana?tabel=target&pemda=55.01&tahun=2022']) {
  await page.goto(base + u);
  const k = await page.locator('#kunci').innerText().catch(() => '');
  ok(/^Data dikunci per \d{1,2} \w{3} \d{4} \d{2}\.\d{2} WIB oleh system\. Data tahun 2022 tidak dapat diubah/.test(k) ||
     /^Data dikunci per \d{1,2} \w{3} \d{4} \d{2}\.\d{2} WIB oleh \S+\. Data tahun 2022 tidak dapat diubah/.test(k),
     `${u.split('?')[0]}: "Data dikunci per <tanggal>" (${k})`);
}
ok(await page.locator('form.isian [name="target"]').isDisabled() && await page.locator('form.isian button[type=submit]').isDisabled(),
   'the planners\' form of the locked year is disabled');
ok(await page.inputValue('form.isian [name="tahun"]') === '2022', '… opened for that year');
await page.goto(`${base}/rencana?tabel=target&pemda=55.01&tahun=2023`);
ok(await page.locator('#kunci').count() === 0 && !(await page.locator('form.isian [name="target"]').isDisabled()),
   'another year: no banner, the form enabled');
await page.goto(`${base}/dasbor?pemda=55.01&tahun=2023`);
ok(await page.locator('#kunci').count() === 0, 'the dashboard of an open year has no lock banner');
await page.goto(`${base}/rencana-aksi?pemda=55.01&tahun=2022`);
ok((await page.locator('#rencana-aksi-kosong').innerText()).startsWith('Belum ada target atau realisasi triwulan tahun 2022'),
   'a rencana aksi without quarters says so');
await page.goto(`${base}/dasbor?pemda=55.01&tahun=2022`);
await page.screenshot({ path: path.join(img, 'dikunci-1366.png') });
await ctx.close();

// ---- the phone ----
const hp = await masuk({ width: 390, height: 844 });
await hp.page.goto(`${base}/rencana?tabel=indikator&pemda=55.01`);
await tanpaLuber(hp.page, '/rencana');
await hp.page.screenshot({ path: path.join(img, 'rencana-390.png'), fullPage: true });
for (const u of ['/rencana?tabel=anggaran&pemda=55.01', '/rencana?tabel=narasi&pemda=55.01',
  '/rencana-aksi?pemda=55.01&tahun=2022', '/dasbor?pemda=55.01&tahun=2022']) {
  await hp.page.goto(base + u);
  await tanpaLuber(hp.page, u);
}
ok(await hp.page.locator('#kunci').isVisible(), 'the lock banner on the phone');
await hp.page.goto(`${base}/impor`);
await hp.page.setInputFiles('input[type=file]', [
  { name: 'pemda.csv', mimeType: 'text/csv', buffer: csv(pemdaCsv) },
  { name: 'target.csv', mimeType: 'text/csv', buffer: csv('pemda,indikator,tahun,target\n55.01,APK,2023,abc\n') }]);
await Promise.all([hp.page.waitForNavigation(), hp.page.click('form.unggah button[type=submit]')]);
await tanpaLuber(hp.page, 'preview with errors');
await hp.page.screenshot({ path: path.join(img, 'impor-galat-390.png'), fullPage: true });
await hp.ctx.close();

await browser.close();
srv.kill('SIGTERM');
console.log(`1..${n}`);
process.exit(gagal ? 1 : 0);
