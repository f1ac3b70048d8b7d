/**
 * The root's safety net: a thrown error is a bug, and it must not leave the terminal
 * in raw mode on the alternate screen. The boundary hands the error to the caller,
 * which restores the terminal and prints one line.
 */
import {Component, type ReactNode} from 'react';

/** Props of ErrorBoundary. */
export interface ErrorBoundaryProps {
  /** What it guards. */
  readonly children: ReactNode;
  /** Told once about the error that stopped rendering. */
  readonly onCrash: (error: Error) => void;
}

/** Catches render errors below it and reports them instead of rendering. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, {failed: boolean}> {
  override state = {failed: false};

  static getDerivedStateFromError(): {failed: boolean} {
    return {failed: true};
  }

  override componentDidCatch(error: Error): void {
    this.props.onCrash(error);
  }

  override render(): ReactNode {
    return this.state.failed ? null : this.props.children;
  }
}
