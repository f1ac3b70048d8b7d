/**
 * Key presses from Ink's stdin, parsed by parseKeys rather than Ink's useInput, which
 * cannot tell Backspace from Delete. Ink still owns stdin: it reads it, splits escape
 * sequences and hands them out on its internal event emitter.
 */
import {useEffect, useRef} from 'react';
import {useStdin} from 'ink';
import {InputReader, type KeyPress} from './parse-key.js';

/** Calls `handler` with the key presses of each chunk of input while `active`. */
export function useKeypress(handler: (keys: readonly KeyPress[]) => void, active = true): void {
  const {setRawMode, internal_eventEmitter: events} = useStdin();
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => {
    if (!active) return;
    setRawMode(true);
    return () => setRawMode(false);
  }, [active, setRawMode]);
  useEffect(() => {
    if (!active) return;
    // One reader per subscription: a paste's marks and text arrive as separate chunks.
    const reader = new InputReader();
    const onInput = (data: string): void => {
      const keys = reader.read(data);
      if (keys.length > 0) latest.current(keys);
    };
    events.on('input', onInput);
    return () => {
      events.removeListener('input', onInput);
    };
  }, [active, events]);
}
