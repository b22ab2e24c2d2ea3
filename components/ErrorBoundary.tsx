import { Component, type ComponentChildren } from 'preact';

/** Keeps a rendering bug inside the panel: the buyer sees a short note, the page is untouched. */
export class ErrorBoundary extends Component<{ fallback: string; children: ComponentChildren }, { failed: boolean }> {
  override state = { failed: false };

  static override getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? (
      <p class="dh-root dh-panel dh-crashed" data-testid="panel-error" role="alert">
        {this.props.fallback}
      </p>
    ) : (
      this.props.children
    );
  }
}
