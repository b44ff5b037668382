// Browser test of the downloads page (/laporan, issue 11 items 3 and 4): the demo's Kota
// Serang 2020 as an operator of DINKES (the pemda's and their own OPD's downloads only) at
// 1366x900 and 390x844; the PK link downloads a PDF. Screenshots to $BUILD/gambar
// (laporan-unduh-1366.png, laporan-unduh-390.png). Prints TAP.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ok, selesai, kinerja, img, dbBaru, layani, peramban } from './lib/kinerja.mjs';

const tmp = mkdtempSync(path.join(tmpdir(), 'kinerja-laporan-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));
const db = dbBaru(tmp, 'blaporan');
execFileSync(kinerja, ['demo', db]);
execFileSync(kinerja, ['user', 'add', db, '--nama', 'op1', '--peran', 'operator',
  '--pemda', '36.73', '--opd', 'DINKES'], { input: 'sandi-operator\n' });
const { base } = await layani(db);
mkdirSync(img, { recursive: true });
const browser = await peramban();
try {
  for (const [width, height] of [[1366, 900], [390, 844]]) {
    const ctx = await browser.newContext({ viewport: { width, height }, acceptDownloads: true });
    const page = await ctx.newPage();
    page.on('pageerror', (e) => ok(false, `no script error: ${e.message}`));
    await page.goto(`${base}/masuk`);
    await page.fill('#nama', 'op1');
    await page.fill('#kata_sandi', 'sandi-operator');
    await Promise.all([page.waitForURL((u) => !u.pathname.startsWith('/masuk')),
      page.click('button[type=submit]')]);
    await page.goto(`${base}/laporan?pemda=36.73&tahun=2020`);
    ok(await page.isVisible('h1:has-text("Unduh laporan")'), `${width}: the downloads page opens`);
    ok(await page.isVisible('h3:has-text("Dinas Kesehatan")'), `${width}: the operator's OPD`);
    const lain = await page.locator('h3').count();
    ok(lain === 1, `${width}: no other OPD (${lain} OPD headings)`);
    // the regional head's PK: versions 1 and 2; DINKES: versions 1 and 2
    const pk = await page.locator('a[href*="dokumen=pk"][href*="format=pdf"]').count();
    ok(pk === 4, `${width}: four PK versions to download as PDF (${pk})`);
    const lebarHalaman = await page.evaluate(() => document.documentElement.scrollWidth);
    ok(lebarHalaman <= width, `${width}: no horizontal scroll (${lebarHalaman} <= ${width})`);
    await page.screenshot({ path: path.join(img, `laporan-unduh-${width}.png`), fullPage: true });
    const [unduh] = await Promise.all([page.waitForEvent('download'),
      page.locator('a[href*="opd=DINKES"][href*="dokumen=pk"][href*="format=pdf"]').first().click()]);
    ok(unduh.suggestedFilename() === 'PK-36.73-DINKES-2020-v1.pdf',
      `${width}: the DINKES PK versi 1 downloads (${unduh.suggestedFilename()})`);
    await ctx.close();
  }
} finally {
  await browser.close();
}
selesai();
