/**
 * The terminal's size, updated when it is resized, so the layout is redone for the
 * new width. Tests pass a fixed size instead.
 */
import {useEffect, useState} from 'react';
import {useStdout} from 'ink';

/** Columns and rows of the screen. */
export interface TerminalSize {
  /** Width in columns. */
  readonly columns: number;
  /** Height in rows. */
  readonly rows: number;
}

const FALLBACK: TerminalSize = {columns: 80, rows: 24};

function sizeOf(stdout: NodeJS.WriteStream): TerminalSize {
  return {columns: stdout.columns || FALLBACK.columns, rows: stdout.rows || FALLBACK.rows};
}

/** The size given, or the terminal's, following resizes. */
export function useTerminalSize(fixed?: TerminalSize): TerminalSize {
  const {stdout} = useStdout();
  const [size, setSize] = useState<TerminalSize>(() => sizeOf(stdout));
  useEffect(() => {
    if (fixed) return;
    const onResize = (): void => setSize(sizeOf(stdout));
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout, fixed]);
  return fixed ?? size;
}
