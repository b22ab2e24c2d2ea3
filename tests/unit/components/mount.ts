import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach } from 'vitest';

let mounted: HTMLElement[] = [];
afterEach(() => {
  for (const root of mounted) {
    render(null, root);
    root.remove();
  }
  mounted = [];
});

/** Renders `node` into a fresh element of the page, taken down after the test; its parts are found by test id. */
export function mount(node: ComponentChild) {
  const root = document.createElement('div');
  document.body.append(root);
  mounted.push(root);
  act(() => render(node, root));
  return {
    root,
    get: (testId: string) => root.querySelector<HTMLElement>(`[data-testid="${testId}"]`),
    all: (testId: string) => [...root.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`)],
  };
}
