/** Host element name: a stable hook that tests outside the project rely on. */
export const PANEL_HOST = 'dispute-helper';

export interface PanelHost {
  host: HTMLElement;
  /** Where Preact renders, inside the shadow root. */
  container: HTMLElement;
  mount: () => void;
  remove: () => void;
}

/**
 * The panel's own element with a shadow root holding its styles: the page's CSS cannot restyle it and ours
 * cannot leak out. It goes after <body>, not inside it, so pages that re-render their body keep it.
 * The root is open because outside tests read it; nothing private is ever rendered here.
 */
export function createPanelHost(css: string): PanelHost {
  const host = document.createElement(PANEL_HOST);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  // Inherited properties (font, colour, direction) would otherwise flow in from the page through the host.
  style.textContent = `:host{all:initial;}\n${css}`;
  const container = document.createElement('div');
  shadow.append(style, container);
  return {
    host,
    container,
    mount: () => document.documentElement.append(host),
    remove: () => host.remove(),
  };
}
