import type { Frame, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pngBytes } from '../support/test-images';
import { expect, openDetails, panel, panelFrame, test } from './extension-test';

// The open-dispute form of each site, and what a buyer types into each gap the panel asks for.
const FORMS = [
  {
    site: '.com',
    origin: 'https://www.aliexpress.com',
    url: 'https://www.aliexpress.com/p/reverse-pages/start.html?orderId=8190000123456790&tradeOrderLineId=8190000123456790001',
    language: 'en',
    greeting: 'Hello.',
    fills: {
      orderId: '8190000123456790',
      item: 'USB-C cable 2 m',
      deliveredOn: 'March 12',
      total: '12.99 USD',
      problem: 'the plug of the cable is cracked and the braid is torn at the connector',
    },
  },
  {
    site: '.ru',
    origin: 'https://aliexpress.ru',
    url: 'https://aliexpress.ru/p/reverse-pages/start.html?orderId=5385013512515995&tradeOrderLineId=5385013512515995001',
    language: 'ru',
    greeting: 'Здравствуйте.',
    fills: {
      orderId: '5385013512515995',
      item: 'кабель USB-C 2 м',
      deliveredOn: '12 марта',
      total: '12,99 USD',
      problem: 'штекер кабеля треснул, оплётка порвана у разъёма',
    },
  },
] as const;

const PHOTO = { name: 'cracked-plug.png', mimeType: 'image/png', buffer: pngBytes(64, 48) };

/** The panel's templates section on this page, opened. */
async function templates(page: Page) {
  const ui = await panel(page);
  if ((await ui.root.getAttribute('data-state')) === 'collapsed') await ui.tab.click();
  const frame = await panelFrame(page);
  const section = frame.getByTestId('templates');
  // The templates part loads after the panel's first paint.
  await expect(section).toBeVisible();
  await openDetails(section);
  return {
    frame,
    section,
    pick: (id: string) => frame.locator(`[data-testid="template-pick"][data-template="${id}"]`),
    blanks: frame.getByTestId('template-blank'),
    preview: frame.getByTestId('template-preview'),
    notice: frame.getByTestId('template-notice'),
  };
}

for (const form of FORMS) {
  test(`${form.site} form: a filled template goes into the page's text box, is rated ready, and copies`, async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: form.origin });
    await page.goto(form.url);
    // The page's own script hears what is typed into its box, as a page framework would.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seenInputs: string[] }).seenInputs = seen;
      document.querySelector('#description')!.addEventListener('input', (event) => {
        seen.push((event.target as HTMLTextAreaElement).value);
      });
    });
    // The photos go into the page's own form, as the buyer attaches them there.
    await page.locator('#evidence-input').setInputFiles([PHOTO]);

    const ui = await templates(page);
    await ui.pick('describe.damaged').click();
    await expect(ui.pick('describe.damaged')).toHaveAttribute('aria-pressed', 'true');
    // The message starts in the site's language.
    await expect(
      ui.frame.locator(`[data-testid="template-language"][data-language="${form.language}"]`),
    ).toHaveAttribute('aria-pressed', 'true');
    await expect(ui.preview).toHaveValue(new RegExp(`^${form.greeting}`));
    const asked = await ui.blanks.evaluateAll((inputs) => inputs.map((input) => input.getAttribute('data-blank')!));
    expect(asked).toContain('problem');
    // Every gap the page could not fill is open in the text until the buyer fills it.
    await expect(ui.preview).toHaveAttribute('data-blanks', asked.join(' '));
    for (const slot of asked) {
      const value = form.fills[slot as keyof typeof form.fills];
      expect(value, `a fill for ${slot}`).toBeDefined();
      await ui.frame.locator(`[data-testid="template-blank"][data-blank="${slot}"]`).fill(value);
    }
    await expect(ui.preview).toHaveAttribute('data-blanks', '');
    await expect(ui.frame.getByTestId('template-gaps')).toHaveAttribute('data-open', '0');
    const text = await ui.preview.inputValue();
    expect(text).toContain(form.fills.problem);
    expect(text).not.toMatch(/\[/);

    await ui.frame.getByTestId('template-insert').click();
    await expect(ui.notice).toHaveAttribute('data-notice', 'inserted');
    await expect(page.locator('#description')).toHaveValue(text);
    expect(await page.evaluate(() => (window as unknown as { seenInputs: string[] }).seenInputs)).toContain(text);

    // The dispute check reads what was inserted and rates it ready.
    await ui.frame.getByTestId('check-button').click();
    // A fresh profile's first check imports and compiles the analyzer, which can pass 5 s on a loaded CI machine.
    await expect(ui.frame.getByTestId('check-verdict')).toHaveAttribute('data-verdict', 'ready', { timeout: 15_000 });

    await ui.frame.getByTestId('template-copy').click();
    await expect(ui.notice).toHaveAttribute('data-notice', 'copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
  });
}

test('on a dispute page, the answer to the seller’s offer names that offer and goes into the reply box', async ({
  page,
}) => {
  await page.goto('https://www.aliexpress.com/p/reverse-pages/detail.html?reverseOrderLineId=5012345678901201');
  await page.getByRole('button', { name: 'Upload more photos/videos' }).click();
  const ui = await templates(page);
  // The dispute's own reason comes first among the descriptions.
  await expect(ui.section.locator('[data-testid="template-pick"][data-template^="describe."]').first()).toHaveAttribute(
    'data-template',
    'describe.not_as_described',
  );
  await ui.pick('reply.counter').click();
  // The seller's proposal is read from the page: the buyer is not asked for it.
  await expect(ui.preview).toHaveValue(/Thank you for your offer of 5 USD/);
  const asked = await ui.blanks.evaluateAll((inputs) => inputs.map((input) => input.getAttribute('data-blank')));
  expect(asked).not.toContain('offer');
  const fills: Record<string, string> = {
    orderId: '8190000123456703',
    item: 'wireless earbuds',
    problem: 'the left earbud has no sound',
    noticedOn: 'January 4',
    amount: '12 USD',
  };
  for (const slot of asked) await ui.frame.locator(`[data-blank="${slot}"]`).fill(fills[slot!]!);
  await expect(ui.preview).toHaveAttribute('data-blanks', '');
  await expect(ui.preview).toHaveValue(/I propose a partial refund of 12 USD instead\.$/);

  await ui.frame.getByTestId('template-insert').click();
  await expect(ui.notice).toHaveAttribute('data-notice', 'inserted');
  await expect(page.locator('#evidence-modal textarea')).toHaveValue(await ui.preview.inputValue());
});

test('a page without a text box says so, and the text can still be copied', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://www.aliexpress.com' });
  await page.goto('https://www.aliexpress.com/p/order/detail.html?orderId=8190000123456789');
  const ui = await templates(page);
  await ui.pick('ask.extension').click();
  await ui.frame.getByTestId('template-insert').click();
  await expect(ui.notice).toHaveAttribute('data-notice', 'noTextBox');
  await expect(ui.notice).toContainText('no text box');
  await ui.frame.getByTestId('template-copy').click();
  await expect(ui.notice).toHaveAttribute('data-notice', 'copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await ui.preview.inputValue());
});

test.describe('with the evidence kept in the panel', () => {
  // The panel frame may use the extension's storage, so the checklist is worked on in the panel itself.
  test.use({ thirdPartyStorage: 'allowed' });

  test('the message to AliExpress lists the evidence the buyer keeps, and follows as it is added', async ({ page }) => {
    await page.goto('https://www.aliexpress.com/p/order/detail.html?orderId=8190000123456789');
    const ui = await templates(page);
    await ui.pick('ask.support').click();
    await expect(ui.preview).toHaveValue(/Evidence attached to the dispute: \[the evidence you attached\]\./);

    await ui.frame.getByTestId('evidence-problem').selectOption('damaged');
    await expect(ui.frame.getByTestId('evidence-problem')).toHaveAttribute('data-problem', 'damaged');
    const chooser = page.waitForEvent('filechooser');
    await ui.frame
      .locator('[data-testid="checklist-item"][data-item="damage-photos"] [data-testid="evidence-input"]')
      .click();
    await (await chooser).setFiles(PHOTO);
    await expect(
      ui.frame.locator('[data-testid="checklist-item"][data-item="damage-photos"] [data-testid="evidence-file"]'),
    ).toHaveCount(1);
    await expect(ui.preview).toHaveValue(/Evidence attached to the dispute: photos of the damage\./);
    await expect(ui.preview).not.toHaveAttribute('data-blanks', /evidence/);
  });
});

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's violations inside the panel frame (the page cannot reach into it). */
async function frameViolations(frame: Frame): Promise<string[]> {
  await frame.evaluate(AXE_SOURCE);
  return frame.evaluate(async () => {
    type Results = { violations: Array<{ id: string; help: string; nodes: Array<{ target: string[] }> }> };
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<Results> } }).axe;
    const { violations } = await axe.run(document);
    return violations.flatMap((found) =>
      found.nodes.map((node) => `${found.id}: ${node.target.join(' ')}: ${found.help}`),
    );
  });
}

test('axe-core finds no violations in the templates, open with a message picked and a notice shown', async ({
  page,
}) => {
  await page.goto(FORMS[1].url);
  const ui = await templates(page);
  await ui.pick('reply.decline').click();
  await ui.blanks.first().fill('14 марта');
  await ui.frame.getByTestId('template-insert').click();
  await expect(ui.notice).toHaveAttribute('data-notice', 'inserted');
  expect(await frameViolations(ui.frame)).toEqual([]);
});
