/**
 * One screen row of styled segments. The layout has already cut it to the width, so
 * Ink is told to truncate rather than wrap: a row is never more than one line.
 */
import {Text} from 'ink';
import type {Row} from '../layout/styled.js';

/** Props of StyledRow. */
export interface StyledRowProps {
  /** The segments, left to right. */
  readonly row: Row;
}

/** A row of text with its styles. */
export function StyledRow({row}: StyledRowProps) {
  if (row.length === 0) return <Text> </Text>;
  return (
    <Text wrap="truncate-end">
      {row.map((s, i) => (
        <Text
          key={i}
          color={s.style.color}
          backgroundColor={s.style.background}
          underline={s.style.underline}
          inverse={s.style.inverse}
          strikethrough={s.style.strikethrough}
          dimColor={s.style.dimColor}
          bold={s.style.bold}
        >
          {s.text}
        </Text>
      ))}
    </Text>
  );
}
