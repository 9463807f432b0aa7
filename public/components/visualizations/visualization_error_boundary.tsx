/**
 * Keeps one chart's failure inside its panel: a chart module that fails to load (a deploy
 * replaced it) or a drawing error shows a notice where the chart was, and the rest of the case
 * keeps working.
 */
import { Component, type ReactNode } from 'react';
import { EuiCallOut } from '@elastic/eui';

interface State {
  error: Error | null;
}

export class VisualizationErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <EuiCallOut title="The chart could not be drawn" color="danger" iconType="error" size="s" data-test-subj="visualization-draw-error">
        <p>{this.state.error.message}</p>
      </EuiCallOut>
    );
  }
}
