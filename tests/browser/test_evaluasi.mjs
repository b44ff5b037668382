// Browser test of /lke and /survei (issue 13): the evaluation worksheet of an OPD as its
// operator (self-assessment editable, the evaluator's answers read-only) and as the
// reviewer (the other way round), an answer saved and the scores recomputed (by hand below),
// the history per component (Tabel 3.29), the OPD ranking, the recommendations; the IKM
// page with its chart and tables. Screenshots at 1366x900 and 390x844 into $BUILD/gambar;
// no horizontal overflow on the phone. Prints TAP.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ok, selesai, kinerja, root, img, dbBaru, layani, peramban } from './lib/kinerja.mjs';

const tmp = mkdtempSync(path.join(tmpdir(), 'kinerja-evaluasi-'));
const db = dbBaru(tmp, 'bevaluasi');
execFileSync(kinerja, ['init', db]);
execFileSync(kinerja, ['import', db, path.join(root, 'tests', 'cli', 'data', 'evaluasi')]);
for (const [nama, peran, opd] of [['op1', 'operator', 'DISDIK'], ['reviu1', 'reviewer', null]]) {
  const arg = ['user', 'add', db, '--nama', nama, '--peran', peran, '--pemda', '36.73'];
  if (opd) arg.push('--opd', opd);
  execFileSync(kinerja, arg, { input: 'sandi-evaluasi\n' });
}
const { base } = await layani(db);
mkdirSync(img, { recursive: true });
const browser = await peramban();

async function masuk(nama, viewport) {
  const ctx = await browser.newContext({ viewport });
  const page = await ctx.newPage();
  page.on('pageerror', (e) => ok(false, `no script error: ${e.message}`));
  await page.goto(`${base}/masuk`);
  await page.fill('#nama', nama);
  await page.fill('#kata_sandi', 'sandi-evaluasi');
  await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
  return { ctx, page };
}
async function tanpaLuber(page, nama) {
  const lebar = await page.evaluate(() => document.documentElement.scrollWidth);
  ok(lebar <= 390, `${nama}: no horizontal overflow on the phone (${lebar})`);
}
const LKE = `${base}/lke?pemda=36.73&tahun=2021&opd=DISDIK`;
const teks = async (page, sel) => (await page.textContent(sel)).trim();

// DISDIK 2021 (tests/cli/data/evaluasi, PermenPANRB 88/2021): component 1 = 4,2857 + 9 +
// 7,5 = 20,7857; 2 = 2.a 6 x 2/3 = 4; 3 and 4 unanswered: total 24,79 -> D.
{
  const { ctx, page } = await masuk('op1', { width: 1366, height: 900 });
  await page.goto(LKE);
  ok(await teks(page, '#lke-total') === '24,79', 'operator: DISDIK 2021 total 24,79');
  ok(await teks(page, '#lke-predikat') === 'D', '… predikat D');
  ok(await page.locator('select[name=mandiri]').count() === 80,
    'operator: every one of the 80 criteria has a self-assessment control');
  ok(await page.locator('select[name=evaluator]').count() === 0,
    'operator: the evaluator answers are read-only');
  ok((await page.textContent('#lke-hak')).includes('penilaian mandiri'), 'operator: told what they fill');
  // 2.b (9 points, 7 A-E criteria) unanswered: 2.b.1 = A (1) gives 9 x 1/7 = 1,2857;
  // total 24,7857 + 1,2857 = 26,0714 -> 26,07.
  await page.selectOption('select[name=mandiri][form="f-2.b.1"]', 'A');
  await page.fill('input[name=bukti][form="f-2.b.1"]', 'https://contoh.go.id/sk-pengukuran.pdf');
  await Promise.all([page.waitForNavigation(), page.click('#f-2\\.b\\.1 button')]);
  ok((await teks(page, 'p.pesan')).includes('disimpan'), 'operator saves 2.b.1 = A');
  ok(await teks(page, '#lke-total') === '26,07', 'the total becomes 26,07 (+9/7)');
  ok(await page.locator('a[href="https://contoh.go.id/sk-pengukuran.pdf"]').count() === 1,
    'the evidence is shown as a link');
  // A bad value through the form is refused with the import's message.
  await page.fill('input[name=bukti][form="f-2.b.2"]', 'javascript:alert(1)');
  await page.selectOption('select[name=mandiri][form="f-2.b.2"]', 'A');
  await page.evaluate(() => document.querySelector('input[name=bukti][form="f-2.b.2"]').type = 'text');
  await Promise.all([page.waitForNavigation(), page.click('#f-2\\.b\\.2 button')]);
  ok((await teks(page, 'p.pesan.salah')).includes('bukti'), 'evidence that is no link is refused');
  ok(await teks(page, '#lke-total') === '26,07', '… and nothing changed');
  ok(await page.locator('#lke-riwayat').count() === 1, 'the history per component is shown');
  ok((await page.textContent('#lke-peringkat')).includes('Dinas Pendidikan'),
    'the OPD ranking names the OPD');
  await page.screenshot({ path: path.join(img, 'lke-operator-1366.png') });
  await page.locator('#lke-riwayat').scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(img, 'lke-riwayat-1366.png') });
  // Another OPD: read-only for this operator.
  await page.goto(`${base}/lke?pemda=36.73&tahun=2021&opd=DINKES`);
  ok(await page.locator('select[name=mandiri]').count() === 0 &&
    await page.locator('input[name=mandiri]').count() === 0, "operator: another OPD's worksheet is read-only");
  await ctx.close();
}
{
  const { ctx, page } = await masuk('op1', { width: 390, height: 844 });
  await page.goto(LKE);
  await tanpaLuber(page, 'lke operator');
  await page.screenshot({ path: path.join(img, 'lke-operator-390.png'), fullPage: false });
  await page.evaluate(() => document.querySelector('#lke-lembar tr.sub').scrollIntoView());
  await page.screenshot({ path: path.join(img, 'lke-operator-390-lembar.png'), fullPage: false });
  await ctx.close();
}
{
  const { ctx, page } = await masuk('reviu1', { width: 1366, height: 900 });
  await page.goto(LKE);
  ok(await page.locator('select[name=evaluator]').count() === 80 &&
    await page.locator('select[name=mandiri]').count() === 0,
  'reviewer: evaluator answers editable, the self-assessment read-only');
  // The evaluator's E (0) on 2.b.1 overrides the self-assessment: 2.b back to 0, total 24,79.
  await page.selectOption('select[name=evaluator][form="f-2.b.1"]', 'E');
  await page.fill('input[name=catatan][form="f-2.b.1"]', 'Pimpinan belum memantau bulanan');
  await Promise.all([page.waitForNavigation(), page.click('#f-2\\.b\\.1 button')]);
  ok(await teks(page, '#lke-total') === '24,79', "reviewer's E on 2.b.1 overrides: total 24,79");
  await page.screenshot({ path: path.join(img, 'lke-reviewer-1366.png') });
  // The pemda's own worksheet of 2019 and its recommendations.
  await page.goto(`${base}/lke?pemda=36.73&tahun=2019&opd=semua`);
  ok((await page.textContent('#lke-rekomendasi')).includes('Menyelaraskan indikator'),
    'the recommendations with their follow-up');
  // Tabel 3.29 of the seed: 2019 = 54,96 (CC) under PermenPANRB 12/2015 (tests/cli/evaluasi.sh).
  const rw = await page.textContent('#lke-riwayat');
  ok(rw.includes('2017') && rw.includes('2018') && rw.includes('54,96 (CC)'),
    'the history per component across 2017-2019 ends at 54,96 (CC)');
  await page.locator('#lke-riwayat').scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(img, 'lke-pemda-riwayat-1366.png') });
  // Survey: MULTI 2021-S1 (tests/cli/evaluasi.sh computes it by hand).
  await page.goto(`${base}/survei?pemda=36.73&survei=MULTI&periode=2021-S1`);
  ok(await page.locator('#ikm-unsur').count() === 1 && await page.locator('#ikm-unit').count() === 1,
    'survey page: per unsur and per unit tables');
  ok(await page.locator('svg').count() >= 1, 'survey page: the chart');
  await page.screenshot({ path: path.join(img, 'survei-reviewer-1366.png'), fullPage: true });
  await ctx.close();
}
{
  const { ctx, page } = await masuk('reviu1', { width: 390, height: 844 });
  await page.goto(LKE);
  await tanpaLuber(page, 'lke reviewer');
  await page.screenshot({ path: path.join(img, 'lke-reviewer-390.png'), fullPage: false });
  await page.goto(`${base}/survei?pemda=36.73&survei=MULTI&periode=2021-S1`);
  await tanpaLuber(page, 'survei reviewer');
  await page.screenshot({ path: path.join(img, 'survei-reviewer-390.png'), fullPage: true });
  await ctx.close();
}
{
  const { ctx, page } = await masuk('op1', { width: 1366, height: 900 });
  await page.goto(`${base}/survei?pemda=36.73&survei=MULTI&periode=2021-S1`);
  await page.screenshot({ path: path.join(img, 'survei-operator-1366.png'), fullPage: true });
  await ctx.close();
  const hp = await masuk('op1', { width: 390, height: 844 });
  await hp.page.goto(`${base}/survei?pemda=36.73&survei=MULTI&periode=2021-S1`);
  await tanpaLuber(hp.page, 'survei operator');
  await hp.page.screenshot({ path: path.join(img, 'survei-operator-390.png'), fullPage: false });
  await hp.ctx.close();
}
// Evidence files attached to a criterion through /lke (POST /lke/bukti, multipart): the
// OPD's operator on its own worksheet (mandiri), the Inspektorat's reviewer on the same
// worksheet (evaluator); each file listed under its criterion with a download link that
// returns the very bytes sent (sha256 compared); a file that is not an allowed type refused
// with the message, nothing listed; another OPD's worksheet offers no attach form.
const pdf = path.join(tmp, 'sk-tim-sakip.pdf');
const isiPdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n' +
  'trailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');
writeFileSync(pdf, isiPdf);
const html = path.join(tmp, 'bukan-bukti.pdf');
writeFileSync(html, '<html><script>alert(1)</script></html>');
const png = path.join(tmp, 'foto-rapat.png');
const isiPng = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from('IHDR-contoh-berkas-bukti')]);
writeFileSync(png, isiPng);
const sha = (b) => createHash('sha256').update(b).digest('hex');
const lampir = async (page, kode, berkas) => {
  const masukan = page.locator(`input[type=file][aria-label="berkas bukti ${kode}"]`);
  await masukan.setInputFiles(berkas);
  const form = page.locator(`form.bukti:has(input[aria-label="berkas bukti ${kode}"])`);
  const [jawab] = await Promise.all([page.waitForNavigation(), form.locator('button').click()]);
  return jawab;
};
const tautan = (page, kode) => page.locator(
  `tr:has(input[aria-label="berkas bukti ${kode}"]) ul.bukti a[href^="/api/bukti/"]`);
{
  const { ctx, page } = await masuk('op1', { width: 1366, height: 900 });
  await page.goto(LKE);
  ok(await tautan(page, '1.a.2').count() === 0, 'upload: 1.a.2 has no evidence file yet');
  await lampir(page, '1.a.2', pdf);
  ok((await teks(page, 'p.pesan')).includes('Bukti dukung dilampirkan'),
    'upload (operator): told the file was attached');
  ok(page.url().includes('opd=DISDIK') && page.url().includes('tahun=2021'),
    '… back on the same worksheet');
  const a = tautan(page, '1.a.2');
  ok(await a.count() === 1 && (await a.textContent()).trim() === 'sk-tim-sakip.pdf',
    '… listed under 1.a.2 by its name');
  const unduh = await page.request.get(new URL(await a.getAttribute('href'), base).href);
  ok(unduh.status() === 200 && sha(await unduh.body()) === sha(isiPdf),
    '… and the download returns the same bytes (sha256)');
  ok((unduh.headers()['content-disposition'] || '').startsWith('attachment'),
    '… as an attachment, never shown inline');
  // An HTML page named .pdf: the content decides, refused, nothing listed.
  const tolak = await lampir(page, '1.a.3', html);
  ok(tolak.status() === 415, `upload: HTML named .pdf refused with 415 (${tolak.status()})`);
  ok((await page.textContent('body')).toLowerCase().includes('jenis'),
    '… and the page says the file type is not allowed');
  await page.goto(LKE);
  ok(await tautan(page, '1.a.3').count() === 0, '… and nothing is listed under 1.a.3');
  await page.locator('tr:has(input[aria-label="berkas bukti 1.a.2"])').scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(img, 'lke-bukti-operator-1366.png') });
  await page.goto(`${base}/lke?pemda=36.73&tahun=2021&opd=DINKES`);
  ok(await page.locator('input[type=file]').count() === 0,
    "upload: no attach form on another OPD's worksheet for the operator");
  await ctx.close();
}
{
  const { ctx, page } = await masuk('reviu1', { width: 1366, height: 900 });
  await page.goto(LKE);
  ok(await tautan(page, '1.a.2').count() === 1, "reviewer sees the operator's file on 1.a.2");
  await lampir(page, '1.a.2', png);
  ok((await teks(page, 'p.pesan')).includes('Bukti dukung dilampirkan'),
    'upload (reviewer): attached');
  const a = tautan(page, '1.a.2');
  ok(await a.count() === 2, '… 1.a.2 now lists two files');
  const nama = (await a.allTextContents()).map((t) => t.trim()).sort();
  ok(nama.join(',') === 'foto-rapat.png,sk-tim-sakip.pdf', `… by their names (${nama})`);
  await ctx.close();
}
{
  const { ctx, page } = await masuk('op1', { width: 390, height: 844 });
  await page.goto(LKE);
  await tanpaLuber(page, 'lke bukti');
  await page.locator('tr:has(input[aria-label="berkas bukti 1.a.2"])').scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(img, 'lke-bukti-operator-390.png') });
  await ctx.close();
}
await browser.close();
selesai();
