// Browser test of the pohon kinerja and OPD pages (issue 11 item 5) on the demo database
// (Kota Serang 2020): the whole tree collapsed below the sasaran and opened by a click, one
// OPD, a search showing the hit's path, the OPD page; a planner follows a node's and an
// indicator's "ubah" link to the prefilled form, saves a new name and sees it on /pohon and
// /opd. The planner signs DINDIKBUD's PK versi 2 from /opd (the rows to be frozen, the form
// prefilled from the OPD's head, a bad NIP refused beside its field), sees it listed and
// downloads its PDF and HTML; an operator lands on their OPD's page with "OPD saya".
// Screenshots at 1366x900 and 390x844 into $BUILD/gambar; no horizontal overflow on the
// phone. Prints TAP.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ok, selesai, kinerja, img, dbBaru, layani, peramban } from './lib/kinerja.mjs';

const tmp = mkdtempSync(path.join(tmpdir(), 'kinerja-pohon-'));
const db = dbBaru(tmp, 'pohon');
execFileSync(kinerja, ['demo', db], { stdio: 'ignore' });
execFileSync(kinerja, ['user', 'add', db, '--nama', 'perencana1', '--peran', 'perencana'],
  { input: 'sandi-perencana\n' });
execFileSync(kinerja, ['user', 'add', db, '--nama', 'operator1', '--peran', 'operator',
  '--opd', 'DINDIKBUD', '--pemda', '36.73'], { input: 'sandi-operator\n' });
const { base } = await layani(db);
mkdirSync(img, { recursive: true });
const browser = await peramban();
const UKURAN = { lebar: { width: 1366, height: 900 }, ponsel: { width: 390, height: 844 } };
const POHON = `${base}/pohon?pemda=36.73&tahun=2020`;

async function masuk(ukuran, nama = 'perencana1', sandi = 'sandi-perencana', ke = /\/dasbor/) {
  const ctx = await browser.newContext({ viewport: UKURAN[ukuran], isMobile: ukuran === 'ponsel',
    acceptDownloads: true });
  const page = await ctx.newPage();
  page.on('pageerror', (e) => ok(false, `no script error: ${e.message}`));
  await page.goto(`${base}/masuk`);
  await page.fill('#nama', nama);
  await page.fill('#kata_sandi', sandi);
  await Promise.all([page.waitForURL(ke), page.click('main button[type=submit]')]);
  return { ctx, page };
}

// The bytes of the download a click on sel starts.
async function unduh(p, sel) {
  const [d] = await Promise.all([p.waitForEvent('download'), p.click(sel)]);
  return readFileSync(await d.path());
}

// On the phone the forms fill the first screen: the screenshot starts at sel.
async function foto(p, ukuran, nama, sel) {
  if (ukuran === 'ponsel' && sel) await p.evaluate((q) => document.querySelector(q).scrollIntoView(), sel);
  await p.screenshot({ path: path.join(img, `${nama}-${ukuran}.png`) });
}

async function lebarPas(p, siapa) {
  const w = await p.evaluate(() => document.documentElement.scrollWidth);
  ok(w <= 390, `${siapa}: no horizontal overflow on the phone (${w} px)`);
}

// The drawing that is shown (wide or narrow) and the codes of its boxes.
async function kodeTampil(p) {
  return p.evaluate(() => {
    const svg = [...document.querySelectorAll('.pohon svg')].find((s) => s.getBoundingClientRect().width > 0);
    return svg ? [...svg.querySelectorAll('g[data-kode]')].map((g) => g.dataset.kode) : [];
  });
}

try {
  for (const ukuran of ['lebar', 'ponsel']) {
    // An operator lands on their OPD's page, with "OPD saya" in the navigation.
    const op = await masuk(ukuran, 'operator1', 'sandi-operator', /\/opd\?/);
    ok(op.page.url() === `${base}/opd?pemda=36.73&tahun=2020&opd=DINDIKBUD`,
      `operator ${ukuran}: lands on their OPD's page (${op.page.url()})`);
    ok((await op.page.locator('h1').innerText()).includes('Dinas Pendidikan dan Kebudayaan'),
      `operator ${ukuran}: the page names the OPD`);
    ok(await op.page.isVisible('#nav-opd-saya') &&
      await op.page.getAttribute('#nav-opd-saya', 'href') === '/opd?pemda=36.73&tahun=2020&opd=DINDIKBUD',
    `operator ${ukuran}: OPD saya in the navigation`);
    ok(await op.page.locator('#pk-tanda').count() === 0, `operator ${ukuran}: no signing link`);
    await foto(op.page, ukuran, 'opd-operator', null);
    if (ukuran === 'ponsel') await lebarPas(op.page, `operator ${ukuran} /opd`);
    await op.ctx.close();

    const { ctx, page: p } = await masuk(ukuran);
    const siapa = `perencana ${ukuran}`;
    await p.click('header nav a:has-text("Pohon kinerja")');
    await p.waitForURL(/\/pohon/);
    // The demo's RPJMD: visi V, misi M1-M3, tujuan, sasaran; nothing below the sasaran.
    let kode = await kodeTampil(p);
    ok(kode[0] === 'V' && kode.includes('S1') && !kode.includes('DINDIKBUD/T1'),
      `${siapa}: the whole tree starts collapsed below the sasaran (${kode.length} boxes)`);
    ok(await p.isVisible('#ilustrasi'), `${siapa}: the demo tree says it holds illustrative data`);
    await foto(p, ukuran, 'pohon', '#ringkas-pohon');
    if (ukuran === 'ponsel') {
      await lebarPas(p, `${siapa} /pohon`);
      // On the phone a name goes on to a second line (a touch shows no title), and no
      // text runs out of its box.
      const v = await p.evaluate(() => {
        const g = document.querySelector('.pohon svg.sempit g[data-kode="V"]');
        const t = [...g.querySelectorAll(':scope > text')];
        const kotak = g.querySelector('rect').getBBox();
        let keluar = 0;
        for (const e of document.querySelectorAll('.pohon svg.sempit text')) {
          const r = e.closest('g').querySelector('rect').getBBox(), b = e.getBBox();
          if (b.x + b.width > r.x + r.width + 0.5 || b.y + b.height > r.y + r.height + 0.5) keluar++;
        }
        return { nama: t[0].textContent.replace(/^Visi V /, '') + ' ' + t[1].textContent,
          kotak: kotak.height, keluar };
      });
      ok(v.nama === 'Terwujudnya Kota Peradaban yang Berdaya dan Berbudaya',
        `${siapa}: the visi's whole name on two lines on the phone (${v.nama})`);
      ok(v.keluar === 0, `${siapa}: no text runs out of its box on the phone (${v.keluar})`);
    }
    // Open S1 with its toggle: its OPD goals appear.
    await Promise.all([p.waitForURL(/buka=S1/),
      p.locator('.pohon svg:visible g[data-kode="S1"] a.buka').click()]);
    kode = await kodeTampil(p);
    ok(kode.includes('DINDIKBUD/T1'), `${siapa}: a click on +N opens S1 (DINDIKBUD/T1 drawn)`);

    // One OPD.
    await p.selectOption('#opd', 'DINDIKBUD');
    await p.selectOption('#tingkat', 'subkegiatan');
    await Promise.all([p.waitForURL(/opd=DINDIKBUD/), p.click('#saring-pohon button')]);
    kode = await kodeTampil(p);
    ok(kode.includes('P05.01.01') && !kode.some((k) => k.startsWith('DINKES')),
      `${siapa}: one OPD down to its sub-kegiatan, no other OPD's nodes`);
    await foto(p, ukuran, 'pohon-opd', '#opd-pohon');
    if (ukuran === 'ponsel') await lebarPas(p, `${siapa} /pohon one OPD`);
    if (ukuran === 'lebar') {
      // The demo's 107th OPD (a city has 100 and more with its kelurahan) by its name too.
      await p.goto(`${POHON}&opd=KEL.CIBENDUNG`);
      const t = await p.locator('#opd-pohon').innerText();
      ok(t.startsWith('OPD Kelurahan Cibendung (KEL.CIBENDUNG)'), `${siapa}: the 107th OPD named (${t})`);
      await p.goBack();
    }

    // Search.
    await p.fill('#cari', 'PAUD');
    await Promise.all([p.waitForURL(/cari=PAUD/), p.click('#saring-pohon button')]);
    const hasil = await p.locator('#hasil-cari li').allInnerTexts();
    ok(hasil.length >= 1 && hasil[0].includes('Visi V') && hasil[0].includes('›'),
      `${siapa}: the search lists each hit with its path (${hasil.length} hits)`);
    ok((await p.locator('.pohon svg:visible g.kena').count()) === hasil.length,
      `${siapa}: the hits are marked in the tree`);
    await foto(p, ukuran, 'pohon-cari', '#hasil-cari');
    // The hit's link leads to its box in the drawing shown.
    await p.locator('#hasil-cari li a:visible').first().click();
    const dilihat = await p.evaluate(() => {
      const el = document.getElementById(location.hash.slice(1));
      const r = el && el.getBoundingClientRect();
      return el && r.width > 0 && r.top >= 0 && r.top < innerHeight ? el.dataset.kode : null;
    });
    ok(dilihat === 'P05.01.01', `${siapa}: the hit's link scrolls to its box (${dilihat})`);
    if (ukuran === 'ponsel') await lebarPas(p, `${siapa} /pohon search`);

    // The OPD page.
    await p.goto(`${base}/opd?pemda=36.73&tahun=2020&opd=DINDIKBUD`);
    ok((await p.locator('h1').innerText()).includes('Dinas Pendidikan dan Kebudayaan'),
      `${siapa}: the OPD page names the OPD`);
    ok((await p.locator('#ilustrasi').innerText()).includes('ilustrasi'),
      `${siapa}: the demo OPD page says its invented data is illustrative`);
    ok(await p.isVisible('#ringkas-opd') && (await p.locator('#pk-opd tbody tr').count()) >= 1,
      `${siapa}: summary and PK versions`);
    await foto(p, ukuran, 'opd', 'h1');
    if (ukuran === 'ponsel') await lebarPas(p, `${siapa} /opd`);

    // The planner signs the next PK of DINDIKBUD from its OPD page (versi 1 is the demo's).
    await Promise.all([p.waitForURL(/\/pk\?/), p.click('#pk-tanda')]);
    // (the phone comes second: versi 2 is signed by then)
    const berikut = ukuran === 'lebar' ? '2' : '3';
    ok(await p.locator('#pk-versi').innerText() === berikut, `${siapa}: /pk offers versi ${berikut}`);
    const baris = await p.locator('#pk-isi tbody tr').count();
    // the demo's DINDIKBUD 2020: 7 indicators, the first RLS in Tahun with target 8,64
    const pertama = (await p.locator('#pk-isi tbody tr').first().innerText()).replace(/\s+/g, ' ');
    ok(baris === 7 && pertama.includes('Rata-rata Lama Sekolah Tahun 8,64'),
      `${siapa}: the rows to be frozen with satuan and target (${baris}: ${pertama})`);
    ok((await p.locator('#pk-anggaran').innerText()).includes('Jumlah'), `${siapa}: the program budget with its total`);
    if (ukuran === 'ponsel') {
      // the total's card: the word and the amount, no empty "No" under the column's name
      const j = await p.locator('#pk-anggaran tr.jumlah td').evaluateAll((t) => t
        .filter((x) => x.getBoundingClientRect().height > 0)
        .map((x) => `${getComputedStyle(x, '::before').content}=${x.innerText.trim()}`));
      ok(j.join(' | ').replace(/"/g, '') === 'none=Jumlah | Anggaran (Rp)=125.322.797.646' ||
        j.join(' | ').replace(/"/g, '') === '=Jumlah | Anggaran (Rp)=125.322.797.646',
      `${siapa}: the total's card on the phone: its word and amount (${j.join(' | ')})`);
    }
    ok(await p.inputValue('#f-pihak_pertama') === 'Fulan DINDIKBUD (ilustratif)' &&
      await p.inputValue('#f-nip_pertama') === '19000101 200001 1 003' &&
      await p.inputValue('#f-pihak_kedua') === 'H. SYAFRUDIN, S.Sos, M.Si',
    `${siapa}: pihak pertama from the OPD's head, pihak kedua from the last version`);
    ok(await p.inputValue('#f-tempat') === 'Serang', `${siapa}: the place prefilled from the pemda`);
    await foto(p, ukuran, 'pk', '#form-pk');
    if (ukuran === 'ponsel') await lebarPas(p, `${siapa} /pk`);
    if (ukuran === 'lebar') {
      await p.fill('#f-nip_pertama', '19000101 200001 1 00');
      await p.fill('#f-tanggal', '2020-06-30');
      await p.fill('#f-nomor', '060/001-PKP/DINDIKBUD/2020');
      await p.click('#form-pk button[type=submit]');
      ok((await p.locator('#g-nip_pertama').innerText()).includes('18 angka') &&
        await p.getAttribute('#f-nip_pertama', 'aria-invalid') === 'true',
      `${siapa}: a NIP of 17 digits refused beside its field`);
      ok(await p.inputValue('#f-nomor') === '060/001-PKP/DINDIKBUD/2020', `${siapa}: what was typed is kept`);
      await foto(p, ukuran, 'pk-galat', '#pk-galat');
      await p.locator('#form-pk').scrollIntoViewIfNeeded();
      await p.screenshot({ path: path.join(img, `pk-galat-isian-${ukuran}.png`) });
      await p.fill('#f-nip_pertama', '19000101 200001 1 003');
      await Promise.all([p.waitForURL(/\/opd\?.*pk=2/), p.click('#form-pk button[type=submit]')]);
      ok((await p.locator('#pk-ok').innerText()).includes('PK versi 2 tahun 2020 ditandatangani'),
        `${siapa}: signed; back on /opd with a confirmation`);
      const v2 = p.locator('#pk-opd tr[data-tahun="2020"][data-versi="2"]');
      ok((await v2.innerText()).includes('060/001-PKP/DINDIKBUD/2020') && (await v2.innerText()).includes('2020-06-30'),
        `${siapa}: versi 2 listed with its number and date`);
      const pdf = await unduh(p, '#pk-opd tr[data-versi="2"] a:has-text("PDF")');
      ok(pdf.subarray(0, 5).toString() === '%PDF-', `${siapa}: its PDF downloads (${pdf.length} bytes)`);
      const html = (await unduh(p, '#pk-opd tr[data-versi="2"] a:has-text("HTML")')).toString();
      ok(html.includes('PERJANJIAN KINERJA PERUBAHAN TAHUN 2020') && html.includes('Serang, 30 Juni 2020'),
        `${siapa}: its HTML is the PK Perubahan signed at Serang on 30 June 2020`);
      const cli = execFileSync(kinerja, ['report', db, '--pemda', '36.73', '--tahun', '2020', '--dokumen', 'pk',
        '--opd', 'DINDIKBUD', '--versi', '2', '--format', 'pdf', '-o', path.join(tmp, 'pk2.pdf')]);
      ok(cli && Buffer.compare(readFileSync(path.join(tmp, 'pk2.pdf')), pdf) === 0,
        `${siapa}: the downloaded PDF is the command line's, byte for byte`);
      await foto(p, ukuran, 'opd-pk', '#pk');
    } else {
      await p.goto(`${base}/opd?pemda=36.73&tahun=2020&opd=DINDIKBUD#pk`);
      ok(await p.locator('#pk-opd tr[data-versi="2"]').count() === 1, `${siapa}: versi 2 listed on the phone`);
      await foto(p, ukuran, 'opd-pk', '#pk');
      await lebarPas(p, `${siapa} /opd with the PK table`);
    }

    // The regional head's PK, signed from /laporan (versi 1 and 2 are the demo's; the
    // phone comes second again). Its content: the demo's 26 RPJMD indicator rows of 2020.
    await p.goto(`${base}/laporan?pemda=36.73&tahun=2020`);
    await Promise.all([p.waitForURL(/\/pk\?pemda=36\.73&tahun=2020$/), p.click('#pk-tanda')]);
    const kd = ukuran === 'lebar' ? '3' : '4';
    ok((await p.locator('h1').innerText()).includes('Kepala Daerah Kota Serang') &&
      await p.locator('#pk-versi').innerText() === kd,
    `${siapa}: /pk without opd is the regional head's, versi ${kd}`);
    const nkd = await p.locator('#pk-isi tbody tr').count();
    ok(nkd === 26 && await p.inputValue('#f-pihak_pertama') === 'H. SYAFRUDIN, S.Sos, M.Si' &&
      await p.inputValue('#f-pihak_kedua') === '',
    `${siapa}: 26 RPJMD rows, the head prefilled, no pihak kedua (${nkd})`);
    await foto(p, ukuran, 'pk-kd', '#form-pk');
    if (ukuran === 'ponsel') await lebarPas(p, `${siapa} /pk of the regional head`);
    if (ukuran === 'lebar') {
      await p.fill('#f-tanggal', '2020-07-01');
      await Promise.all([p.waitForURL(/\/laporan\?.*pk=3/), p.click('#form-pk button[type=submit]')]);
      ok((await p.locator('#pk-ok').innerText()).includes('PK kepala daerah versi 3 tahun 2020'),
        `${siapa}: signed; back on /laporan with a confirmation`);
    }

    if (ukuran === 'lebar') {
      // A planner renames an OPD node from the tree...
      await p.goto(`${POHON}&opd=DINDIKBUD`);
      await Promise.all([p.waitForURL(/\/rencana\?tabel=rencana/),
        p.locator('.pohon svg:visible g[data-kode="DINDIKBUD/T1.S2"] a.ubah').click()]);
      ok(await p.inputValue('input[name=kode]') === 'DINDIKBUD/T1.S2' &&
        await p.inputValue('input[name=induk]') === 'DINDIKBUD/T1',
        'the node form is prefilled with its row');
      await p.fill('input[name=uraian]', 'Meningkatnya mutu guru (diubah di peramban)');
      await p.click('form.isian button[type=submit]');
      ok((await p.locator('.pesan').innerText()).includes('diubah'), 'the change is saved');
      await p.goto(`${POHON}&opd=DINDIKBUD`);
      ok((await p.locator('.pohon svg:visible').innerHTML()).includes('Meningkatnya mutu guru (diubah'),
        'the new node name is on /pohon');
      // ...and an indicator from the OPD page.
      await p.goto(`${base}/opd?pemda=36.73&tahun=2020&opd=DINDIKBUD`);
      await Promise.all([p.waitForURL(/\/rencana\?tabel=indikator/),
        p.locator('#indikator-opd tr[data-kode="DINDIKBUD/GURU_SERT"] a.ubah').click()]);
      ok(await p.inputValue('input[name=satuan]') === '%', 'the indicator form is prefilled');
      await p.fill('input[name=uraian]', 'Persentase guru bersertifikat (diubah)');
      await p.click('form.isian button[type=submit]');
      await p.goto(`${base}/opd?pemda=36.73&tahun=2020&opd=DINDIKBUD`);
      ok((await p.locator('#indikator-opd').innerText()).includes('Persentase guru bersertifikat (diubah)'),
        'the new indicator name is on /opd');
      await p.goto(`${POHON}&opd=DINDIKBUD&cari=GURU`);
      ok((await p.locator('#hasil-cari').innerText()).includes('diubah di peramban'),
        'and found by the search on /pohon');
    }
    await ctx.close();
  }
} catch (e) {
  ok(false, `browser test ran to the end: ${e.message}`);
} finally {
  await browser.close();
}
selesai();
