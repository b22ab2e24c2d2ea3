import { expect, type Page } from '@playwright/test';

export interface ShownRow {
  orderId: string;
  href: string;
  state: string;
  whose: string;
  title: string;
}

/**
 * Every case the popup's dashboard lists, open and closed: the fixture pages' dates are fixed while the clock runs on,
 * so whether a case is still open depends on the day the test runs. Clicks each filter in turn (their rows render,
 * pictures included) and leaves the popup on the closed filter.
 */
export async function allDashboardRows(popup: Page, expected: number): Promise<ShownRow[]> {
  const filter = (name: string) => popup.locator(`[data-testid="dashboard-filter"][data-filter="${name}"]`);
  await expect(filter('open')).toBeVisible();
  const count = async (name: string) => Number(await filter(name).getAttribute('data-count'));
  expect((await count('open')) + (await count('closed'))).toBe(expected);
  const rows: ShownRow[] = [];
  for (const name of ['open', 'closed']) {
    await filter(name).click();
    await expect(popup.getByTestId('dashboard-row')).toHaveCount(await count(name));
    rows.push(
      ...(await popup.getByTestId('dashboard-row').evaluateAll((elements) =>
        elements.map((element) => {
          const row = element as HTMLElement;
          const link = row.querySelector<HTMLAnchorElement>('[data-testid="dashboard-link"]')!;
          return {
            orderId: row.dataset.orderId!,
            state: row.dataset.state!,
            whose: row.dataset.whose!,
            href: link.getAttribute('href')!,
            title: link.textContent!,
          };
        }),
      )),
    );
  }
  return rows;
}
