// Browser tests of `kinerja serve`: playwright-core driving Debian's chromium.
// Logs in, opens the dashboard, enters a realisasi as an operator, verifies it as a
// planner, sees capaian and predikat change, is refused on another OPD's indicator,
// and saves a screenshot of each page for the user guide: to $BUILD/gambar, or to docs/img/
// with KINERJA_GAMBAR_DOCS=1 (`make screenshots`). Prints TAP.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ok, selesai, root, kinerja, img, dbBaru, layani, peramban } from './lib/kinerja.mjs';

const tmp = mkdtempSync(path.join(tmpdir(), 'kinerja-browser-'));
const db = dbBaru(tmp, 'browser');
execFileSync(kinerja, ['init', db]);
execFileSync(kinerja, ['import', db, path.join(root, 'tests', 'api', 'data')]);
const { srv, base } = await layani(db, { KINERJA_ADMIN_SANDI: 'admin-rahasia-1' });
execFileSync(kinerja, ['user', 'add', db, '--nama', 'perencana1', '--peran', 'perencana'],
  { input: 'sandi-perencana\n' });
execFileSync(kinerja, ['user', 'add', db, '--nama', 'operator1', '--peran', 'operator',
  '--opd', 'DISDIK'], { input: 'sandi-operator\n' });

mkdirSync(img, { recursive: true });
const browser = await peramban();

async function masuk(nama, sandi, shot) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await ctx.newPage();
  page.on('pageerror', (e) => ok(false, `no script error: ${e.message}`));
  await page.goto(`${base}/dasbor`);
  ok(page.url().endsWith('/masuk'), `${nama}: redirected to the login page`);
  if (shot) await page.screenshot({ path: path.join(img, 'masuk.png') });
  await page.fill('#nama', nama);
  await page.fill('#kata_sandi', sandi);
  // an operator with an OPD lands on its page (test_pohon.mjs), everyone else on the dashboard
  await Promise.all([page.waitForURL(/\/(dasbor|opd)/), page.click('button[type=submit]')]);
  if (new URL(page.url()).pathname === '/opd')
    ok(await page.isVisible('h1:has-text("Dinas Pendidikan")'), `${nama}: logged in to their OPD's page`);
  else
    ok(await page.isVisible('text=Capaian Kinerja Kota Contoh'), `${nama}: logged in to the dashboard`);
  return { ctx, page };
}

async function baris(page, kode) {
  const tr = page.locator(`#indikator tr[data-kode="${kode}"]`);
  return { capaian: (await tr.locator('td.capaian').innerText()).trim(),
    predikat: (await tr.locator('td.predikat .pred').innerText()).trim() };
}

try {
  // Wrong password first.
  {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await page.goto(`${base}/masuk`);
    await page.fill('#nama', 'admin');
    await page.fill('#kata_sandi', 'salah-sandi');
    await page.click('button[type=submit]');
    ok(await page.isVisible('text=nama atau kata sandi salah'), 'wrong password is refused');
    await ctx.close();
  }

  const admin = await masuk('admin', 'admin-rahasia-1', true);
  let p = admin.page;
  await p.goto(`${base}/dasbor?pemda=99.01&tahun=2020`);
  ok((await p.locator('svg rect.p0, svg rect.p1, svg rect.p2, svg rect.p3, svg rect.p4').count()) >= 3,
    'dashboard bar chart has coloured bars');
  const awal = await baris(p, 'APS');
  ok(awal.capaian === '93,75' && awal.predikat === 'Sangat Tinggi',
    `APS before: ${awal.capaian} ${awal.predikat}`);
  ok(await p.isVisible('text=163.850.000.000'), 'budget in Indonesian format');
  await p.screenshot({ path: path.join(img, 'dasbor.png'), fullPage: true });
  await p.goto(`${base}/indikator?pemda=99.01&kode=IPM&tahun=2020`);
  ok((await p.locator('svg.lebar path.l0').count()) === 1 && (await p.locator('svg.lebar path.l2').count()) === 1,
    'indicator detail: line chart with target and province values');
  ok((await p.locator('td', { hasText: '72,45' }).count()) >= 1, 'province value shown');
  await p.screenshot({ path: path.join(img, 'indikator.png'), fullPage: true });
  await p.goto(`${base}/pengguna`);
  await p.screenshot({ path: path.join(img, 'pengguna.png'), fullPage: true });
  await p.goto(`${base}/reviu?pemda=99.01&tahun=2020`);
  ok(await p.isVisible('#temuan'), 'review page shows the findings table');
  await p.screenshot({ path: path.join(img, 'reviu.png'), fullPage: true });

  // The operator enters a realisasi for their OPD.
  const op = await masuk('operator1', 'sandi-operator');
  p = op.page;
  await p.goto(`${base}/realisasi?pemda=99.01&tahun=2020`);
  ok((await p.locator('#n_APS').count()) === 1 && (await p.locator('#n_KEMISKINAN').count()) === 0,
    'operator sees only the indicators of their OPD');
  await p.fill('#n_APS', '7O,5');
  await p.click('#form-realisasi button[type=submit]');
  ok(await p.isVisible('#g_APS'), 'validation message next to the field');
  ok((await p.locator('#g_APS').innerText()).includes('bukan angka'), 'message says why');
  await p.screenshot({ path: path.join(img, 'realisasi-galat.png'), fullPage: true });
  await p.fill('#n_APS', '70');
  await Promise.all([p.waitForURL(/ok=diajukan/), p.click('#form-realisasi button[type=submit]')]);
  ok(await p.isVisible('text=menunggu verifikasi'), 'operator submission acknowledged');
  ok((await p.locator('#usulan tr td.status', { hasText: 'diajukan' }).count()) === 1,
    'submission listed as diajukan');
  const tolak = await p.evaluate(async () => {
    const csrf = document.querySelector('meta[name=csrf]').content;
    const r = await fetch('/api/realisasi', { method: 'PUT',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf },
      body: JSON.stringify({ pemda: '99.01', indikator: 'KEMISKINAN', tahun: 2020, realisasi: '5' }) });
    return r.status;
  });
  ok(tolak === 403, `operator refused on another OPD's indicator (${tolak})`);
  await p.goto(`${base}/dasbor?pemda=99.01&tahun=2020`);
  const belum = await baris(p, 'APS');
  ok(belum.capaian === '93,75', 'capaian unchanged before verification');

  // The planner verifies it.
  const per = await masuk('perencana1', 'sandi-perencana');
  p = per.page;
  await p.goto(`${base}/realisasi?pemda=99.01&tahun=2020`);
  await p.screenshot({ path: path.join(img, 'realisasi.png'), fullPage: true });
  await Promise.all([p.waitForURL(/ok=disetujui/),
    p.click('#usulan form.verifikasi button[value="1"]')]);
  ok(await p.isVisible('text=Usulan diverifikasi'), 'planner verified the submission');
  await p.goto(`${base}/dasbor?pemda=99.01&tahun=2020`);
  const sesudah = await baris(p, 'APS');
  ok(sesudah.capaian === '72,92' && sesudah.predikat === 'Sedang',
    `capaian and predikat change after verification: ${sesudah.capaian} ${sesudah.predikat}`);
  const ringkas = await p.locator('#ringkasan').innerText();
  ok(/1\s*Sedang/.test(ringkas), 'predicate counts updated');
  ok(/0\s*belum ada data\s*0 %\s*0\s*tidak dapat dihitung/.test(ringkas),
    'summary tells "belum ada data" from "tidak dapat dihitung"');
  await p.goto(`${base}/audit`);
  ok(await p.isVisible('text=Hanya admin dan reviewer'), 'planner refused on the audit log');

  p = admin.page;
  await p.goto(`${base}/audit?pemda=99.01`);
  ok((await p.locator('#audit tbody tr', { hasText: 'perencana1' }).count()) >= 2,
    'audit log shows the verification');
  await p.screenshot({ path: path.join(img, 'audit.png'), fullPage: true });

  // Phone width.
  const hp = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
  await hp.addCookies((await admin.ctx.cookies()));
  const hpp = await hp.newPage();
  await hpp.goto(`${base}/dasbor?pemda=99.01&tahun=2020`);
  const lebar = await hpp.evaluate(() => document.documentElement.scrollWidth);
  ok(lebar <= 400, `dashboard fits a phone (${lebar}px)`);
  // The chart shown on a phone keeps its labels readable: font-size x displayed / laid-out width.
  const huruf = await hpp.evaluate(() => {
    const s = [...document.querySelectorAll('.grafik svg')].find((x) => getComputedStyle(x).display !== 'none');
    const t = s && s.querySelector('text.label');
    return t ? parseFloat(t.getAttribute('font-size')) * s.getBoundingClientRect().width / s.viewBox.baseVal.width : 0;
  });
  ok(huruf >= 10, `phone: the chart's labels are ${huruf.toFixed(1)} px`);
  await hpp.screenshot({ path: path.join(img, 'dasbor-ponsel.png'), fullPage: false });

  // Logout.
  await p.click('header button');
  await p.waitForURL(/\/masuk/);
  await p.goto(`${base}/dasbor`);
  ok(p.url().endsWith('/masuk'), 'logged out');
} catch (e) {
  ok(false, `browser test: ${e.message.split('\n')[0]}`);
} finally {
  await browser.close();
  srv.kill('SIGTERM');
  rmSync(tmp, { recursive: true, force: true });
}
selesai();
