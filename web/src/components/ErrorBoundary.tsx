import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ErrorAlert } from './ErrorAlert.tsx';

interface Props {
  children: ReactNode;
  /** When this changes (e.g. the path), a caught error is cleared. */
  resetKey?: string;
  /** What shows instead of the error alert (null: a part that may simply be missing, such as the toasts). */
  fallback?: ReactNode;
}

interface State {
  error: unknown;
  key: string | undefined;
}

/** Catches render errors and failed chunk loads so one broken screen does not blank the app. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, key: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.key ? { error: null, key: props.resetKey } : null;
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.error) {
      if (this.props.fallback !== undefined) return this.props.fallback;
      return <ErrorAlert error={this.state.error} onRetry={() => window.location.reload()} />;
    }
    return this.props.children;
  }
}
