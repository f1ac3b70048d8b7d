/**
 * The default command, `cotejo SOURCE TARGET`: the full-screen reviewer when both
 * standard input and output are terminals, else the check report with a notice, so
 * that a pipe or a script never receives escape sequences.
 */
import {openOptionsOf, thresholdOf, type CommandRun} from '../command.js';
import {inputError} from '../core/result.js';
import {describeInputError, printError} from '../output.js';
import {BACKGROUND_ALIGN_MIN_UNITS, alignOffThread} from '../parallel-align.js';
import {openPair} from '../workspace.js';
import {runCheck} from './check.js';

/** Runs the default command and returns the exit code. */
export async function runOpenCommand(run: CommandRun): Promise<number> {
  if (!process.stdin.isTTY || !process.stdout.isTTY) {
    printError(run.t('report.no-tty'));
    return runCheck({...run, command: 'check', options: {...run.options, format: 'text'}});
  }
  const threshold = thresholdOf(run);
  if (!threshold.ok) {
    printError(describeInputError(run.t, inputError('bad-confidence', {value: threshold.value})));
    return 2;
  }
  // The screen's modules are read while the pair is opened.
  const screen = import('./open.js');
  // A failure to load shows where the screen is awaited, below.
  screen.then(m => m.loadScreen()).catch(() => undefined);
  // The screen shows the pair before it is checked; a long new pair is aligned while it shows.
  const workspace = await openPair(
    openOptionsOf(run, {
      alignInBackground: (source, target) =>
        source.paragraphs.length + target.paragraphs.length >= BACKGROUND_ALIGN_MIN_UNITS ? alignOffThread(source, target) : null,
    }),
  );
  if (!workspace.ok) {
    printError(describeInputError(run.t, workspace.error));
    return 2;
  }
  const {runOpen} = await screen;
  return runOpen(workspace.value, {uiLang: run.uiLang, minConfidence: threshold.value});
}
