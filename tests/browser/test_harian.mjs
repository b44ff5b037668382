// Browser tests of the daily journeys on the bundled demo (`kinerja demo`: Kota Serang
// 2020), as each role, at 1366x900 and 390x844: what a person sees. The landing pemda and
// year, names in pickers and comparison columns, the context kept by the navigation, the
// review's explanation inside the viewport, the dashboard's labelled counts, the users
// form, the audit in WIB, and no horizontal overflow on a phone. Screenshots go to
// $BUILD/gambar, or to docs/img with KINERJA_GAMBAR_DOCS=1 (`make screenshots`). TAP.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ok, selesai, kinerja, img, dbBaru, layani, peramban } from './lib/kinerja.mjs';

const tmp = mkdtempSync(path.join(tmpdir(), 'kinerja-harian-'));
const db = dbBaru(tmp, 'harian');
execFileSync(kinerja, ['demo', db]);
const pengguna = [
  ['admin', 'admin', [], 'admin-rahasia-1'],
  ['perencana1', 'perencana', [], 'sandi-perencana'],
  ['operator1', 'operator', ['--opd', 'DLH', '--pemda', '36.73'], 'sandi-operator'],
  ['reviewer1', 'reviewer', [], 'sandi-reviewer'],
  ['pimpinan1', 'pimpinan', ['--pemda', '36.73'], 'sandi-pimpinan'],
  ['perencana_jateng', 'perencana', ['--pemda', '33'], 'sandi-jateng'],
];
for (const [nama, peran, lain, sandi] of pengguna)
  execFileSync(kinerja, ['user', 'add', db, '--nama', nama, '--peran', peran, ...lain],
    { input: `${sandi}\n` });
const { srv, base } = await layani(db);
mkdirSync(img, { recursive: true });
const browser = await peramban();
const UKURAN = { lebar: { width: 1366, height: 900 }, ponsel: { width: 390, height: 844 } };

async function masuk(nama, sandi, ukuran) {
  const ctx = await browser.newContext({ viewport: UKURAN[ukuran], isMobile: ukuran === 'ponsel' });
  const page = await ctx.newPage();
  page.on('pageerror', (e) => ok(false, `${nama}: no script error: ${e.message}`));
  await page.goto(`${base}/masuk`);
  await page.fill('#nama', nama);
  await page.fill('#kata_sandi', sandi);
  // an operator lands on their OPD's page, everyone else on the dashboard
  await Promise.all([page.waitForURL(/\/(dasbor|opd)/), page.click('main button[type=submit]')]);
  return { ctx, page };
}

// No horizontal overflow: the page is not wider than the window.
async function muat(page) {
  // The window's set width: on a phone (isMobile) innerWidth grows to fit a page too wide.
  const lebar = await page.evaluate(() => document.documentElement.scrollWidth);
  return { lebar, layar: page.viewportSize().width };
}

// The guide (docs/panduan.md) shows these; the others go to $BUILD/gambar only.
const PANDUAN = new Set(['dasbor-pimpinan1-lebar', 'dasbor-pimpinan1-ponsel', 'indikator-lebar',
  'realisasi-operator-lebar', 'reviu-lebar', 'reviu-ponsel', 'audit-lebar', 'pengguna-lebar',
  'rencana-aksi-lebar', 'rencana-aksi-ponsel']);
async function foto(page, nama) {
  if (process.env.KINERJA_GAMBAR_DOCS === '1' && !PANDUAN.has(nama)) return;
  await page.screenshot({ path: path.join(img, `${nama}.png`), fullPage: true });
}

const sandiDari = {};
for (const [nama, , , sandi] of pengguna) sandiDari[nama] = sandi;

try {
  for (const ukuran of ['lebar', 'ponsel']) {
    for (const nama of ['admin', 'perencana1', 'operator1', 'reviewer1', 'pimpinan1']) {
      const { ctx, page: p } = await masuk(nama, sandiDari[nama], ukuran);
      const siapa = `${nama} ${ukuran}`;
      if (nama === 'operator1') {
        ok(p.url() === `${base}/opd?pemda=36.73&tahun=2020&opd=DLH`,
          `${siapa}: lands on their OPD's page in the year with data (${p.url()})`);
        await Promise.all([p.waitForURL(/\/dasbor/), p.click('header nav a:has-text("Dasbor")')]);
      } else {
        ok(new URL(p.url()).pathname === '/dasbor', `${siapa}: lands on the dashboard (${p.url()})`);
      }
      // Landing: Kota Serang and its fullest year, not the first pemda of the list.
      ok((await p.locator('h1').innerText()).includes('Kota Serang Tahun 2020'),
        `${siapa}: lands on Kota Serang 2020 (${await p.locator('h1').innerText()})`);
      const opsi = (await p.locator('#pemda option:checked').innerText()).trim();
      ok(opsi === 'Kota Serang (36.73)', `${siapa}: the pemda picker shows names (${opsi})`);
      const nav = await p.locator('header nav a', { hasText: 'Reviu' }).getAttribute('href');
      ok(nav === '/reviu?pemda=36.73&tahun=2020', `${siapa}: navigation keeps pemda and year (${nav})`);
      if (nama === 'operator1') {
        ok(await p.isVisible('#saring-opd'), `${siapa}: an operator lands on their OPD`);
        const kode = await p.locator('#indikator tbody tr').evaluateAll((tr) => tr.map((x) => x.dataset.kode));
        ok(kode.length > 0 && kode.includes('IKLH') && !kode.includes('RLS'),
          `${siapa}: only the OPD's indicators (${kode.join(', ')})`);
      }
      let m = await muat(p);
      ok(m.lebar <= m.layar, `${siapa}: dashboard without horizontal overflow (${m.lebar} <= ${m.layar})`);
      if (nama === 'pimpinan1') {
        const s = await p.locator('#ringkasan h2').innerText();
        ok(/Indikator sasaran: \d+ indikator/.test(s), `${siapa}: counts say what they count (${s})`);
        const t = await p.locator('#ringkasan-tujuan').innerText();
        ok(/Indikator tujuan \(IKU tujuan\): 5 indikator/.test(t),
          `${siapa}: the tujuan IKU counted separately`);
        ok(await p.locator('#keterangan').isVisible() &&
          (await p.locator('#keterangan').innerText()).includes('Efisiensi'),
        `${siapa}: efisiensi and thd. target akhir explained in place`);
        const bawah = await p.locator('#indikator tr.di-bawah').count();
        ok(bawah > 0, `${siapa}: indicators below their target are marked (${bawah})`);
        // A "Sangat Tinggi" indicator whose target is not reached is marked all the same.
        const st = await p.locator('#indikator tr.di-bawah td.predikat', { hasText: 'Sangat Tinggi' }).count();
        ok(st > 0, `${siapa}: the mark does not depend on the predikat (${st})`);
        const g = await p.evaluate(() => {
          const s = [...document.querySelectorAll('.grafik svg')].find((x) => getComputedStyle(x).display !== 'none');
          const main = document.querySelector('main').getBoundingClientRect().width;
          const t = s.querySelector('text.label');
          return { w: s.getBoundingClientRect().width, main,
            px: parseFloat(t.getAttribute('font-size')) * s.getBoundingClientRect().width / s.viewBox.baseVal.width };
        });
        ok(g.w >= 0.9 * (g.main - 40), `${siapa}: the chart uses the width (${g.w.toFixed(0)} of ${g.main.toFixed(0)})`);
        ok(g.px >= 10, `${siapa}: the chart's labels are ${g.px.toFixed(1)} px`);
        ok((await p.locator('details.label-grafik li').count()) >= 10, `${siapa}: full sasaran names beside the chart`);
        // Beside each predikat, whether the target is reached by arah: IPM naik 72,16 < 72,47
        // (Sangat Tinggi, 99,57 %) is not; RLS 8,76 >= 8,64 is.
        const tanda = async (kode) => (await p.locator(`#indikator tr[data-kode="${kode}"] td.predikat`).innerText()).replace(/\s+/g, ' ');
        ok((await tanda('IPM')).includes('Sangat Tinggi') && (await tanda('IPM')).includes('▼ belum tercapai'),
          `${siapa}: IPM Sangat Tinggi but its target not reached (${await tanda('IPM')})`);
        ok((await tanda('RLS')).includes('✓ tercapai') && !(await tanda('RLS')).includes('belum'),
          `${siapa}: RLS target reached (${await tanda('RLS')})`);
        // Quarterly progress: RK_BAIK's TW IV 76,80 of 78,00 = 98,46 % (naik, not on track);
        // KEMATIAN_IBU turun, TW IV 2 <= 10: on track although its capaian reads 500 %.
        await p.click('#rinci-triwulan summary');
        const tw = async (kode) => (await p.locator(`#tabel-triwulan tr[data-kode="${kode}"]`).innerText()).replace(/\s+/g, ' ');
        ok((await tw('DINDIKBUD/RK_BAIK')).includes('98,46 % 76,80 / 78,00') && (await tw('DINDIKBUD/RK_BAIK')).includes('▼ belum'),
          `${siapa}: a quarter's capaian from its realisasi and target (${await tw('DINDIKBUD/RK_BAIK')})`);
        ok((await tw('DINKES/KEMATIAN_IBU')).includes('✓ sesuai'), `${siapa}: a turun indicator on track`);
        const baris = await p.locator('#tabel-triwulan tbody tr').allInnerTexts();
        const sesuai = baris.filter((x) => x.includes('✓ sesuai')).length;
        const kal = await p.locator('#jalur-ringkas').innerText();
        ok(kal.startsWith(`${sesuai} indikator atau ${Math.round(100 * sesuai / baris.length)} % sesuai jalur`) &&
          kal.includes(`${baris.length - sesuai} indikator belum (dari ${baris.length} indikator`),
        `${siapa}: the on-track count says what it counts (${kal})`);
        const kanan = await p.locator('#tabel-triwulan tbody tr td:last-child').evaluateAll((e) => Math.max(...e.map((x) => x.getBoundingClientRect().right)));
        ok(kanan <= p.viewportSize().width, `${siapa}: the quarterly table's last column visible (${kanan.toFixed(0)})`);
        // Trend per sasaran over the period 2018-2020; its 2020 column is the table's capaian.
        const thn = await p.locator('#tabel-tren thead th').allInnerTexts();
        ok(thn.join(',') === 'Sasaran,2018,2019,2020', `${siapa}: trend over the period's years (${thn.join(',')})`);
        const s10 = (await p.locator('#tabel-tren tr[data-kode="S10"] td').allInnerTexts()).pop().replace(/^2020\s*/, '');
        const s10b = await p.locator('#agregat tr', { hasText: 'S10' }).locator('td').nth(2).innerText();
        ok(s10.trim() === s10b.trim() && /^\d+,\d\d$/.test(s10b), `${siapa}: the trend's 2020 is the sasaran's capaian (${s10} = ${s10b})`);
        ok(await p.locator('#tren ~ .grafik svg:visible').count() === 1, `${siapa}: the trend chart shown`);
      }
      // Every predikat cell's badge and "belum tercapai" inside the window (on the phone a
      // card's cell once ran 13 px past it: the two side by side did not wrap).
      const kananPred = await p.locator('td.predikat > *').evaluateAll((e) =>
        Math.max(0, ...e.filter((x) => x.offsetParent).map((x) => x.getBoundingClientRect().right)));
      ok(kananPred <= p.viewportSize().width, /* innerWidth grows with a too wide page */
        `${siapa}: the predikat cells inside the window (${kananPred.toFixed(0)})`);
      await foto(p, `dasbor-${nama}-${ukuran}`);

      // Indicator detail: comparison columns named.
      await p.goto(`${base}/indikator?pemda=36.73&kode=IPM&tahun=2020`);
      const th = await p.locator('th').allInnerTexts();
      ok(th.includes('Provinsi Banten') && th.includes('Nasional'),
        `${siapa}: comparison columns named (${th.join(', ')})`);
      // 2019 has a realisasi (72,10) but no target: not computable, not "no data".
      const th2019 = await p.locator('tr', { hasText: '2019' }).first().innerText();
      ok(th2019.includes('tidak dapat dihitung') && !th2019.includes('belum ada data'),
        `${siapa}: a realisasi without a target is "tidak dapat dihitung"`);
      m = await muat(p);
      ok(m.lebar <= m.layar, `${siapa}: indicator page without horizontal overflow (${m.lebar})`);
      if (nama === 'admin') await foto(p, `indikator-${ukuran}`);

      // Review: grouped, every explanation inside the viewport.
      await p.click('header nav a:has-text("Reviu")');
      await p.waitForURL(/\/reviu\?pemda=36\.73&tahun=2020/);
      const kotak = await p.locator('#temuan .penjelasan').evaluateAll((e) =>
        e.map((x) => x.getBoundingClientRect().right));
      const lebar = await p.evaluate(() => innerWidth);
      ok(kotak.length > 10 && kotak.every((x) => x <= lebar),
        `${siapa}: review explanations inside the viewport (${kotak.length}, max ${Math.max(...kotak).toFixed(0)} <= ${lebar})`);
      m = await muat(p);
      ok(m.lebar <= m.layar, `${siapa}: review without horizontal overflow (${m.lebar})`);
      if (nama === 'reviewer1') {
        ok((await p.locator('section.grup').count()) > 5, `${siapa}: findings grouped by object`);
        const banyak = await p.locator('li.temuan .sumber').evaluateAll((e) =>
          e.filter((x) => x.querySelectorAll('span').length > 1).length);
        ok(banyak > 0, `${siapa}: an identical finding shown once with its sources (${banyak})`);
        ok((await p.content()).includes('Rp 711.694.079.906') || (await p.locator('text=/Rp \\d{1,3}(\\.\\d{3})+/').count()) > 0,
          `${siapa}: money written as Rp 1.234.567`);
        await foto(p, `reviu-${ukuran}`);
        // Filters work without script (a GET form): only the kesalahan of Lampiran A.
        await p.goto(`${base}/reviu?pemda=36.73&tahun=2020&kelompok=sumber&tingkat=kesalahan&sumber=Lampiran+A`);
        const tingkat = await p.locator('li.temuan .kepala .pred').allInnerTexts();
        ok(tingkat.length > 0 && tingkat.every((x) => x === 'kesalahan'), `${siapa}: filtered by tingkat (${tingkat.length})`);
        ok((await p.locator('section.grup h2').allInnerTexts()).every((x) => x === 'Lampiran A'),
          `${siapa}: grouped by source and filtered by sumber`);
        ok(/Menampilkan \d+ dari \d+ temuan/.test(await p.locator('#jumlah-temuan').innerText()),
          `${siapa}: the count of findings shown`);
      }

      if (nama === 'admin' || nama === 'reviewer1') {
        await p.click('header nav a:has-text("Log audit")');
        const j = await p.locator('#jumlah-audit').innerText();
        ok(/Menampilkan \d+ dari \d+ perubahan/.test(j), `${siapa}: audit count shown (${j})`);
        const w = await p.locator('#audit tbody tr td').first().innerText();
        ok(/^\d{1,2} (Jan|Feb|Mar|Apr|Mei|Jun|Jul|Agu|Sep|Okt|Nov|Des) \d{4} \d{2}\.\d{2} WIB$/.test(w),
          `${siapa}: audit time in WIB (${w})`);
        if (nama === 'reviewer1' && ukuran === 'lebar') {
          // After the planner's quarterly entry: a readable key, and UTC + 7 h written out.
          await p.goto(`${base}/audit?pemda=36.73&tabel=realisasi`);
          const baris = await p.locator('#audit tbody tr').first().innerText();
          ok(baris.includes('Realisasi IKLH 2020 triwulan I'), `${siapa}: readable audit key (${baris.split('\n').join(' | ')})`);
          const harap = await p.evaluate(async () => {
            const j = await (await fetch('/api/audit?pemda=36.73')).json();
            const x = (j.audit || j.perubahan || j).find((a) => a.tabel === 'realisasi');
            const d = new Date(Date.parse(x.waktu) + 7 * 3600 * 1000);
            const bl = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'];
            const z = (v) => String(v).padStart(2, '0');
            return `${d.getUTCDate()} ${bl[d.getUTCMonth()]} ${d.getUTCFullYear()} ${z(d.getUTCHours())}.${z(d.getUTCMinutes())} WIB`;
          });
          ok(baris.startsWith(harap), `${siapa}: audit time is UTC + 7 h (${harap})`);
          await p.goto(`${base}/audit?pemda=36.73&objek=IKLH`);
          const semua = await p.locator('#audit tbody tr').allInnerTexts();
          ok(semua.length >= 1 && semua.every((x) => x.includes('IKLH')), `${siapa}: audit filtered by object`);
        }
        m = await muat(p);
        ok(m.lebar <= m.layar, `${siapa}: audit without horizontal overflow (${m.lebar})`);
        if (nama === 'admin') await foto(p, `audit-${ukuran}`);
      }

      if (nama === 'admin') {
        await p.goto(`${base}/pengguna`);
        const pemdaOpsi = await p.locator('#pemda_u option').allInnerTexts();
        ok(pemdaOpsi.includes('Kota Serang (36.73)'), `${siapa}: users form picks pemda by name`);
        ok((await p.locator('#opd option', { hasText: 'Dinas Lingkungan Hidup (DLH)' }).count()) >= 1,
          `${siapa}: users form picks OPD by name`);
        const pola = await p.evaluate(() => {
          const i = document.querySelector('#nama');
          i.value = 'nama salah!'; const salah = i.checkValidity();
          i.value = 'budi.s-1_x'; const benar = i.checkValidity();
          i.value = ''; return { salah, benar };
        });
        ok(!pola.salah && pola.benar, `${siapa}: the name's pattern attribute is valid and applied`);
        m = await muat(p);
        ok(m.lebar <= m.layar, `${siapa}: users page without horizontal overflow (${m.lebar})`);
        if (ukuran === 'lebar') {
          // An operator without an OPD: the form says so before submit ...
          await p.fill('#nama', 'op_baru');
          await p.selectOption('#peran', 'operator');
          await p.selectOption('#pemda_u', '36.73');
          await p.fill('#kata_sandi', 'sandi-baru-1');
          const pesan = await p.evaluate(() => document.querySelector('#opd').validationMessage);
          ok(pesan.includes('Operator wajib'), `${siapa}: the form refuses an operator without OPD (${pesan})`);
          // ... and the server refuses it too, keeping what was typed.
          await p.evaluate(() => { document.querySelector('#opd').setCustomValidity('');
            document.querySelector('#tambah').noValidate = true; });
          await Promise.all([p.waitForEvent('load'),
            p.evaluate(() => document.querySelector('#tambah').submit())]);
          ok(await p.isVisible('#galat'), `${siapa}: the server refuses it (${await p.locator('#galat').innerText()})`);
          ok(await p.inputValue('#nama') === 'op_baru' && await p.inputValue('#peran') === 'operator' &&
            await p.inputValue('#pemda_u') === '36.73', `${siapa}: the form keeps its values after an error`);
          await p.selectOption('#opd', 'DLH');
          await p.fill('#kata_sandi', 'sandi-baru-1'); // a password is never sent back
          await Promise.all([p.waitForURL(/ok=1/), p.click('#tambah button[type=submit]')]);
          ok((await p.locator('#pengguna td', { hasText: 'Dinas Lingkungan Hidup (DLH)' }).count()) >= 1,
            `${siapa}: the operator added with names shown`);
        }
        await foto(p, `pengguna-${ukuran}`);
      }

      if (nama === 'perencana1' && ukuran === 'lebar') {
        // Quarterly progress: a realisasi of triwulan I appears on the dashboard.
        await p.goto(`${base}/realisasi?pemda=36.73&tahun=2020&triwulan=1`);
        // An OPD indicator's code has a "/": its field name arrives percent-encoded.
        await p.fill('[id="n_DINDIKBUD/RK_BAIK"]', '71,3');
        await Promise.all([p.waitForURL(/ok=disimpan/), p.click('#form-realisasi button[type=submit]')]);
        const rk = await p.locator('#form-realisasi tr', { hasText: 'DINDIKBUD/RK_BAIK' }).first().innerText();
        ok(rk.includes('71,30'), `${siapa}: a value for DINDIKBUD/RK_BAIK (a code with "/") is stored (${rk.replace(/\s+/g, ' ')})`);
        // Its year has no yearly row: the value made from the quarters (akhir: IV 76,8).
        await p.goto(`${base}/realisasi?pemda=36.73&tahun=2020`);
        const rkt = await p.locator('#form-realisasi tr', { hasText: 'DINDIKBUD/RK_BAIK' }).first().innerText();
        ok(rkt.includes('76,80 (dari triwulan)'), `${siapa}: the year's value from the quarters shown (${rkt.replace(/\s+/g, ' ')})`);
        await p.goto(`${base}/realisasi?pemda=36.73&tahun=2020&triwulan=1`);
        await p.fill('#n_IKLH', '30');
        await Promise.all([p.waitForURL(/ok=disimpan/), p.click('#form-realisasi button[type=submit]')]);
        await p.goto(`${base}/dasbor?pemda=36.73&tahun=2020`);
        ok((await p.locator('#tabel-triwulan tr', { hasText: 'IKLH' }).count()) === 1,
          `${siapa}: quarterly progress of the year shown`);
        await foto(p, `realisasi-${ukuran}`);
      }
      if (nama === 'perencana1') {
        // The rencana aksi table fits: its last column inside the window, no inner scroll.
        await p.goto(`${base}/rencana-aksi?pemda=36.73&tahun=2020`);
        const ra = await p.evaluate(() => {
          const t = document.querySelector('#rencana-aksi');
          const w = t.closest('.tabel');
          const kanan = Math.max(...[...t.querySelectorAll('tbody td:last-child')].map((x) => x.getBoundingClientRect().right));
          return { kanan, layar: innerWidth, gulir: w.scrollWidth - w.clientWidth };
        });
        ok(ra.kanan <= ra.layar && ra.gulir <= 0,
          `${siapa}: rencana aksi's last column visible without scrolling (${ra.kanan.toFixed(0)} <= ${ra.layar}, ${ra.gulir})`);
        // RK_BAIK TW IV: 76,80 / 78,00 x 100 = 98,46 (naik, below: not on track).
        const rk = (await p.locator('#rencana-aksi tr[data-kode="DINDIKBUD/RK_BAIK"]').innerText()).replace(/\s+/g, ' ');
        ok(rk.includes('98,46 % 76,80 / 78,00') && rk.includes('▼ belum'), `${siapa}: a quarter's capaian (${rk})`);
        m = await muat(p);
        ok(m.lebar <= m.layar, `${siapa}: rencana aksi without horizontal overflow (${m.lebar})`);
        await foto(p, `rencana-aksi-${ukuran}`);
      }
      if (nama === 'perencana1' && ukuran === 'ponsel') {
        // The operator's submission of the wide pass waits: counted in the navigation,
        // the queue first on the realisasi page with its evidence.
        await p.goto(`${base}/dasbor?pemda=36.73&tahun=2020`);
        const jumlah = await p.locator('header nav a.antrean .jumlah').innerText();
        ok(Number(jumlah) >= 1, `${siapa}: the navigation counts the waiting submissions (${jumlah})`);
        await Promise.all([p.waitForURL(/\/realisasi/), p.click('header nav a.antrean')]);
        const antre = await p.locator('#antrean').boundingBox();
        const form = await p.locator('#form-realisasi').boundingBox();
        ok(antre && form && antre.y < form.y, `${siapa}: the verification queue comes before the form`);
        ok((await p.locator('#usulan ul.bukti a', { hasText: 'bukti-iklh.pdf' }).count()) >= 1,
          `${siapa}: the submission's evidence is listed with a download link`);
        m = await muat(p);
        ok(m.lebar <= m.layar, `${siapa}: realisasi with the queue without horizontal overflow (${m.lebar})`);
        await foto(p, `realisasi-perencana-${ukuran}`);
      }
      if (nama === 'operator1') {
        await p.click('header nav a:has-text("Realisasi")');
        m = await muat(p);
        ok(m.lebar <= m.layar, `${siapa}: realisasi without horizontal overflow (${m.lebar})`);
        ok((await p.locator('main').innerText()).includes('OPD Anda: Dinas Lingkungan Hidup (DLH)'),
          `${siapa}: the operator's OPD by name`);
        ok((await p.locator('#jendela').innerText()).includes('Tidak ada jendela pengisian'),
          `${siapa}: the page says whether a fill window is open`);
        // Submit, then attach evidence to the submission (a PDF, 20 bytes).
        await p.goto(`${base}/realisasi?pemda=36.73&tahun=2020`);
        await p.fill('#n_IKLH', ukuran === 'lebar' ? '52' : '53');
        await Promise.all([p.waitForURL(/ok=diajukan/), p.click('#form-realisasi button[type=submit]')]);
        const baris = p.locator('#usulan tr', { hasText: 'IKLH' }).first();
        await baris.locator('input[type=file]').setInputFiles({ name: 'bukti-iklh.pdf',
          mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') });
        await Promise.all([p.waitForURL(/ok=bukti/), baris.locator('form.bukti button').click()]);
        ok((await p.locator('#usulan tr', { hasText: 'IKLH' }).first()
          .locator('ul.bukti a', { hasText: 'bukti-iklh.pdf' }).count()) === 1,
          `${siapa}: the evidence is attached and listed with its submission`);
        m = await muat(p);
        ok(m.lebar <= m.layar, `${siapa}: realisasi with evidence without horizontal overflow (${m.lebar})`);
        await foto(p, `realisasi-operator-${ukuran}`);
      }
      await p.goto(`${base}/akun`);
      m = await muat(p);
      ok(m.lebar <= m.layar, `${siapa}: account page without horizontal overflow (${m.lebar})`);
      await ctx.close();
    }
  }
  // The planners' lists and prefilled texts stay within the caller's pemda.
  {
    const { ctx, page: p } = await masuk('perencana1', 'sandi-perencana', 'lebar');
    await p.goto(`${base}/rencana?tabel=narasi&pemda=36.73&tahun=2020&objek=pemda&jenis=pengantar`);
    ok((await p.inputValue('form.isian [name="teks"]')).startsWith('Laporan Kinerja Instansi Pemerintah Kota Serang Tahun 2020'),
      'perencana1: the narrative edit brings the stored text');
    ok((await p.locator('#daftar-baris tbody tr').count()) >= 1, 'perencana1: the narratives of 2020 listed');
    await ctx.close();
    const j = await masuk('perencana_jateng', 'sandi-jateng', 'lebar');
    await j.page.goto(`${base}/rencana?tabel=narasi&pemda=36.73&tahun=2020&objek=pemda&jenis=pengantar`);
    ok((await j.page.locator('#daftar-baris').count()) === 0 &&
      (await j.page.locator('#daftar').innerText()).includes('tidak boleh'),
    'a planner of another pemda: no list of Kota Serang\'s narratives');
    ok((await j.page.inputValue('form.isian [name="teks"]')) === '', '… and no stored text in the form');
    await j.page.goto(`${base}/rencana?tabel=anggaran&pemda=36.73`);
    ok((await j.page.locator('#daftar-baris').count()) === 0, '… nor of its budgets');
    await j.ctx.close();
  }
} catch (e) {
  ok(false, `browser test: ${e.message.split('\n')[0]}`);
} finally {
  await browser.close();
  srv.kill('SIGTERM');
  rmSync(tmp, { recursive: true, force: true });
}
selesai();
