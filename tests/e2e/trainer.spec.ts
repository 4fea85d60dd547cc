import { readFileSync } from 'node:fs';
import { expectNoAxeViolations } from './audit';
import { waitForIslands } from './hydration';
import { expect, test } from './reused-page';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/chats/${name}`, import.meta.url), 'utf8');

test('a trainer pastes a saved Zoom chat, sees the counts per stelling and saves both rounds', async ({ page }) => {
  await page.goto('/trainer/telling/');
  await waitForIslands(page);
  await page.getByLabel('Plak hier de chat').fill(fixture('zoom-saved.txt'));
  await page.getByRole('button', { name: 'Tel de antwoorden' }).click();
  await expect(page.getByRole('status')).toContainText('4 deelnemers met een antwoord voor de voormeting. 3 regels');

  const stelling = (n: number) => page.getByRole('region', { name: new RegExp(`^Stelling ${n}:`) });
  await expect(stelling(1).getByRole('listitem')).toHaveText([
    /Eens\s*2 \(50%\)/,
    /Oneens\s*1 \(25%\)/,
    /af\s*1 \(25%\)/,
  ]);
  await expect(stelling(3).getByRole('listitem')).toHaveText([/1 \(25%\)/, /0 \(0%\)/, /3 \(75%\)/]);

  await page.getByText('Toon de 3 regels zonder leesbaar antwoord').click();
  await expect(page.getByText('De controleletter klopt niet', { exact: false })).toBeVisible();
  await page.getByText('Zelf tellen of aantallen aanpassen').click();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Bewaar als voormeting' }).click();
  await page.getByRole('radio', { name: 'Nameting' }).check();
  await page.getByLabel('Plak hier de chat').fill('1 oneens\n1 oneens\n2 eens');
  await page.getByRole('button', { name: 'Tel de antwoorden' }).click();
  await page.getByRole('spinbutton', { name: 'Stelling 1, Eens' }).fill('2');
  await page.getByRole('button', { name: 'Bewaar als nameting' }).click();

  await page.reload();
  const shift = page.getByRole('table', { name: /Verschuiving van de groep/ });
  await expect(shift.getByRole('row').nth(1)).toContainText('2 (50%)2 (50%)0');
  await expect(shift.getByRole('row').nth(2)).toContainText('1 (25%)2 (50%)+25');
  await expectNoAxeViolations(page);

  await page.goto('/trainer/presentatie/?dia=4');
  await waitForIslands(page);
  await expect(page.getByText('De uitslag van de groep volgt.')).toBeVisible();
  await page.keyboard.press('u');
  const chart = page.getByRole('figure', { name: /Uitslag van de groep/ });
  await expect(chart).toContainText('voormeting 4 antwoorden, nameting 4 antwoorden');
  await expect(chart.getByRole('listitem').first()).toContainText('voor 2 (50%) → na 2 (50%) (gelijk)');

  await page.goto('/trainer/notities/?dia=4');
  await expect(page.getByRole('region', { name: 'Notities' })).toContainText(
    'Voormeting: 4 antwoorden op deze stelling; 4 deelnemers in de chat, 3 regels onleesbaar.',
  );
});

test('the presenter and the notes view in two tabs follow each other both ways', async ({ context }) => {
  const presenter = await context.newPage();
  await presenter.goto('/trainer/presentatie/');
  const presenterStatus = presenter.getByRole('status');
  await expect(presenterStatus).toContainText('Dia 1 van');

  const notes = await context.newPage();
  await notes.goto('/trainer/notities/');
  await waitForIslands(notes);
  const notesStatus = notes.getByRole('status');
  await expect(notesStatus).toContainText('Dia 1 van');

  await notes.getByRole('button', { name: 'Volgende' }).click();
  await expect(presenterStatus).toContainText('Dia 2 van');
  await expect(presenter).toHaveURL(/\?dia=2$/);

  await presenter.bringToFront();
  await presenter.keyboard.press('ArrowRight');
  await expect(notesStatus).toContainText('Dia 3 van');
  await presenter.keyboard.press('ArrowRight');
  await expect(notesStatus).toContainText('Dia 4 van');
  await expect(notes.getByRole('heading', { name: 'Stelling 1' })).toBeVisible();
  await expect(notes.getByText('Vraag eerst wie', { exact: false })).toBeVisible();

  await presenter.keyboard.press('r');
  await expect(notes.getByRole('button', { name: 'Verberg standpunt' })).toBeVisible();
  await expect(presenter.getByText('Standpunt van de cursus:')).toBeVisible();

  await notes.getByRole('button', { name: 'Zwart scherm' }).click();
  await expect(presenter.getByRole('region', { name: 'Zwart scherm' })).toBeVisible();
  await expect(presenter.getByRole('heading', { name: 'Stelling 1' })).toHaveCount(0);
  await expectNoAxeViolations(notes);
});

// A saved tally of a room of four for stelling 1: before mostly "eens", after mostly "oneens".
const fixtureTally = {
  version: 1,
  data: {
    voormeting: { '01-meldplicht-fraude': { eens: 3, oneens: 1, 'het hangt ervan af': 0 } },
    nameting: { '01-meldplicht-fraude': { eens: 1, oneens: 2, 'het hangt ervan af': 1 } },
  },
};

test("the room's results stay hidden until the trainer shows them, in the presenter and the notes alike", async ({
  page: presenter,
  context,
}) => {
  await presenter.goto('/trainer/presentatie/?dia=4');
  await presenter.evaluate(
    (saved) => localStorage.setItem('pettenwijzer:trainer-telling', JSON.stringify(saved)),
    fixtureTally,
  );
  await presenter.reload();
  await waitForIslands(presenter);
  const notes = await context.newPage();
  await notes.goto('/trainer/notities/');
  await waitForIslands(notes);
  await expect(notes.getByRole('status')).toContainText('Dia 4 van');

  const chartIn = (tab: typeof presenter) => tab.getByRole('figure', { name: /Uitslag van de groep/ });
  for (const tab of [presenter, notes]) {
    await expect(tab.getByText('De uitslag van de groep volgt.').first()).toBeVisible();
    await expect(chartIn(tab)).toHaveCount(0);
  }

  await presenter.bringToFront();
  await presenter.keyboard.press('u');
  for (const tab of [presenter, notes]) {
    await expect(chartIn(tab)).toContainText('voormeting 4 antwoorden, nameting 4 antwoorden');
    await expect(chartIn(tab).getByRole('listitem')).toHaveText([
      /Eens\s*voor 3 \(75%\) → na 1 \(25%\) \(−50 procentpunt\)/,
      /Oneens\s*voor 1 \(25%\) → na 2 \(50%\) \(\+25 procentpunt\)/,
      /Het hangt ervan af\s*voor 0 \(0%\) → na 1 \(25%\) \(\+25 procentpunt\)/,
    ]);
    // The bars are as long as their share of the answers: 100 units for everyone.
    const widths = (round: string) =>
      chartIn(tab)
        .locator(`rect[data-round="${round}"]`)
        .evaluateAll((bars) => bars.map((bar) => Number(bar.getAttribute('width'))));
    expect(await widths('voormeting')).toEqual([75, 25, 0]);
    expect(await widths('nameting')).toEqual([25, 50, 25]);
  }
  await expect(notes.getByRole('button', { name: 'Verberg uitslag' })).toBeVisible();
  await expect(notes.getByText('Nameting: 4 antwoorden op deze stelling.')).toBeVisible();
  await expectNoAxeViolations(presenter);

  await notes.bringToFront();
  await notes.getByRole('button', { name: 'Verberg uitslag' }).click();
  for (const tab of [presenter, notes]) await expect(chartIn(tab)).toHaveCount(0);
  await notes.keyboard.press('U');
  for (const tab of [presenter, notes]) await expect(chartIn(tab)).toBeVisible();
  await expectNoAxeViolations(notes);

  // Moving on hides the results again, so the next stelling is answered before anyone sees the room.
  await notes.getByRole('button', { name: 'Volgende' }).click();
  await expect(presenter.getByRole('status')).toContainText('Dia 5 van');
  await expect(notes.getByRole('button', { name: 'Toon uitslag' })).toBeVisible();
});

test('the deck opens with a QR code and the short address of the stellingen page', async ({ page }) => {
  await page.goto('/trainer/presentatie/');
  await waitForIslands(page);
  await expect(page.getByRole('heading', { name: 'Doe mee', level: 2 })).toBeVisible();
  const qr = page.getByRole('img', { name: /^QR-code naar .+\/stellingen$/ });
  await expect(qr).toBeVisible();
  const box = await qr.boundingBox();
  // Big enough to scan from a shared screen: at least a quarter of the slide's height.
  const slide = await page.locator('.pw-deck').boundingBox();
  expect(box?.height ?? 0).toBeGreaterThan((slide?.height ?? 0) / 4);
  await expect(page.getByRole('main').getByRole('listitem').first()).toHaveText(/\/stellingen$/);
  await expectNoAxeViolations(page);
});

test('the presenter is driven by keys, keeps its place on reload and never shows notes', async ({ page }) => {
  await page.goto('/trainer/presentatie/?dia=4');
  await waitForIslands(page);
  const status = page.getByRole('status');
  await expect(status).toContainText('Dia 4 van');
  await expect(page.getByRole('heading', { name: 'Stelling 1' })).toBeVisible();
  await expect(page.getByText('Het standpunt van de cursus volgt.')).toBeVisible();
  expect(await page.content()).not.toContain('Vraag eerst wie');

  await page.keyboard.press('R');
  await expect(page.getByText('Standpunt van de cursus: Het hangt ervan af.', { exact: false })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.keyboard.press(' ');
  await expect(status).toContainText('Dia 5 van');
  await expect(page.getByText('Standpunt van de cursus:')).toHaveCount(0);
  await page.keyboard.press('ArrowLeft');
  await expect(status).toContainText('Dia 4 van');
  await page.reload();
  await waitForIslands(page);
  await expect(status).toContainText('Dia 4 van');

  await page.keyboard.press('End');
  await expect(page.getByRole('heading', { name: 'Dank je wel' })).toBeVisible();
  const count = (await status.textContent())?.match(/van (\d+)/)?.[1];
  await expect(page).toHaveURL(new RegExp(`\\?dia=${count}$`));
  await page.keyboard.press('Home');
  await expect(status).toContainText('Dia 1 van');

  await page.keyboard.press('t');
  await expect(page.getByText(/Timer: 0:0/)).toBeVisible();
  await page.keyboard.press('b');
  await expect(status).toContainText('(zwart scherm)');
  await expectNoAxeViolations(page);
  await page.keyboard.press('b');
  await expect(page.getByRole('heading', { name: 'Doe mee', level: 2 })).toBeVisible();

  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement?.className ?? '')).toContain('pw-deck-stage');
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);
});

test('the handout shows the peildatum and the "Nog niet zeker" notes, on screen and in print', async ({ page }) => {
  await page.goto('/trainer/handout/');
  const stand = page.getByRole('region', { name: 'Stand van de wetgeving' });
  for (const media of ['screen', 'print'] as const) {
    await page.emulateMedia({ media });
    await expect(
      page.locator('p', { hasText: /^\s*Juridische stand \(peildatum\): 18 februari 2026\./ }),
    ).toBeVisible();
    await expect(stand).toBeVisible();
    await expect(stand.locator('p', { hasText: /^\s*Peildatum: 18 februari 2026\./ })).toBeVisible();
    await expect(stand.getByRole('heading', { name: 'Nog niet zeker' })).toBeVisible();
    // The open points of the laws, the stellingen and the meldrechten that the handout prints.
    await expect(stand.getByRole('listitem').filter({ hasText: /^Wams: Wat er na 18 februari 2026/ })).toBeVisible();
    await expect(
      stand
        .getByRole('listitem')
        .filter({ hasText: /^Stelling 1: / })
        .first(),
    ).toBeVisible();
  }
  await expect(page.getByText('het is nog geen wet')).toHaveCount(0);
  await expect(
    page.getByText(/Het wetsvoorstel Wams wil dit regelen\. Op 18 februari 2026 was de Wams een wetsvoorstel/),
  ).toBeVisible();
});

test('the slides show the peildatum on the title slide and a slide with what is not certain', async ({ page }) => {
  await page.goto('/trainer/presentatie/?dia=2');
  await waitForIslands(page);
  await expect(page.getByText('Juridische stand (peildatum): 18 februari 2026')).toBeVisible();

  await page.keyboard.press('End');
  await expect(page.getByRole('heading', { name: 'Dank je wel' })).toBeVisible();
  const title = page.getByRole('heading', { level: 2 });
  for (let step = 0; step < 12 && (await title.textContent()) !== 'Stand van de wetgeving'; step++) {
    await page.keyboard.press('ArrowLeft');
    await expect(title).not.toHaveText('Dank je wel');
  }
  await expect(title).toHaveText('Stand van de wetgeving');
  await expect(page.getByText('Peildatum: 18 februari 2026.', { exact: false })).toBeVisible();
  await expect(
    page.getByRole('listitem').filter({ hasText: 'Op 18 februari 2026 was de Wams een wetsvoorstel' }),
  ).toBeVisible();

  await page.keyboard.press('ArrowRight');
  await expect(title).toHaveText(/^Nog niet zeker/);
  await expect(page.getByRole('listitem').filter({ hasText: /^Wams: Wat er na 18 februari 2026/ })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the draaiboek shows the peildatum and the open points of the laws', async ({ page }) => {
  await page.goto('/trainer/draaiboek/');
  await page.emulateMedia({ media: 'print' });
  const stand = page.getByRole('region', { name: 'Stand van de wetgeving' });
  await expect(stand.locator('p', { hasText: /^\s*Peildatum: 18 februari 2026\./ })).toBeVisible();
  await expect(
    stand
      .getByRole('listitem')
      .filter({ hasText: /^Wams: / })
      .first(),
  ).toBeVisible();
});

test('the handout prints to A4 pages that all have content, with the QR code on the first', async ({ page }) => {
  await page.goto('/trainer/handout/');
  await expect(page.getByRole('img', { name: /QR-code naar/ })).toBeVisible();
  await expectNoAxeViolations(page);

  const buffer = await page.pdf({ format: 'A4', printBackground: true });
  const pdf = buffer.toString('latin1');
  const pages = pdf.match(/\/Type\s*\/Page\b(?!s)/g) ?? [];
  expect(pages.length).toBeGreaterThanOrEqual(1);
  // Three pages of material plus the "Nog niet zeker" notes, which the handout must carry (content review 3.4).
  expect(pages.length).toBeLessThanOrEqual(4);
  for (const box of pdf.match(/\/MediaBox\s*\[[^\]]+\]/g) ?? []) {
    const [, , width, height] = box
      .replace(/[^\d. ]/g, ' ')
      .trim()
      .split(/\s+/)
      .map(Number);
    expect(Math.abs((width ?? 0) - 595.3)).toBeLessThan(2);
    expect(Math.abs((height ?? 0) - 841.9)).toBeLessThan(2);
  }

  // No blank page at the end: the printed content reaches into the last page.
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 680, height: 1000 });
  await expect(page.getByRole('navigation')).toBeHidden();
  const contentHeight = await page.locator('.pw-handout').evaluate((element) => element.getBoundingClientRect().height);
  const printableHeightPx = ((297 - 2 * 18) / 25.4) * 96;
  expect(contentHeight).toBeGreaterThan((pages.length - 1) * printableHeightPx * 0.5);
});

// /trainer/ and /trainer/draaiboek/ as they load are checked with every other page (every-page.spec.ts); the
// speaker notes are checked here at a slide of their own.
test('/trainer/notities/?dia=6 has no accessibility violations', async ({ page }) => {
  await page.goto('/trainer/notities/?dia=6');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('pasted HTML, script and binary-looking text are listed as text and never run', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto('/trainer/telling/');
  await waitForIslands(page);
  const nasty = ['<img src=x onerror="alert(1)">', '<script>alert(2)</script>', '\u0000\u0001\u0002ÿþ', '1 eens'].join(
    '\n',
  );
  await page.getByLabel('Plak hier de chat').fill(nasty);
  await page.getByRole('button', { name: 'Tel de antwoorden' }).click();
  await expect(page.getByRole('status')).toContainText('1 deelnemer met een antwoord');
  await page.getByText(/Toon de 3 regels/).click();
  await expect(page.getByText('<img src=x onerror="alert(1)">')).toBeVisible();
  await expect(page.getByText('<script>alert(2)</script>')).toBeVisible();
  await expect(page.locator('main img')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test('without JavaScript the presentation lists every slide, without the buttons that need it', async ({
  page,
  browser,
}) => {
  await page.goto('/trainer/presentatie/');
  await waitForIslands(page);
  const status = (await page.getByRole('status').textContent()) ?? '';
  const slideCount = Number(/van (\d+)/.exec(status)?.[1]);
  expect(slideCount).toBeGreaterThan(5);

  const context = await browser.newContext({ javaScriptEnabled: false });
  const withoutScript = await context.newPage();
  await withoutScript.goto('/trainer/presentatie/');
  await expect(withoutScript.getByRole('main').getByRole('region')).toHaveCount(slideCount);
  await expect(withoutScript.getByRole('heading', { level: 2 }).last()).toBeVisible();
  await expect(withoutScript.getByRole('button', { name: 'Volgende' })).toBeHidden();
  await context.close();
});

test('the join slide and a stelling slide with its results keep their layout', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/trainer/presentatie/');
  await page.evaluate(
    (saved) => localStorage.setItem('pettenwijzer:trainer-telling', JSON.stringify(saved)),
    fixtureTally,
  );
  await page.reload();
  await waitForIslands(page);
  const stage = page.locator('.pw-deck-stage .pw-deck');
  await expect(stage).toHaveScreenshot('deck-join.png', { maxDiffPixelRatio: 0.02 });
  for (let step = 1; step < 4; step++) await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('heading', { name: 'Stelling 1' })).toBeVisible();
  await page.keyboard.press('u');
  await expect(page.getByRole('figure', { name: /Uitslag van de groep/ })).toBeVisible();
  await expect(stage).toHaveScreenshot('deck-stelling-results.png', { maxDiffPixelRatio: 0.02 });
});
