/**
 * The review application: the state hook, the input hook and the screen put together,
 * under the error boundary. runOpen renders it on the real terminal; tests render it
 * with ink-testing-library and a fixed size.
 */
import {useMemo} from 'react';
import type {i18n} from 'i18next';
import type {SessionState} from '../core/session.js';
import type {Alignment} from '../core/types.js';
import {saveErrorReason, saveStatusText, storeTranslate} from '../store/messages.js';
import {ErrorBoundary} from './components/error-boundary.js';
import {ReviewScreen, screenRows} from './components/review-screen.js';
import {pagerMaxScroll} from './layout/screen.js';
import {useKeypress} from './keys/use-keypress.js';
import type {CheckBead} from './state/divergence-index.js';
import type {Opening} from './state/review.js';
import {useReview, type Exporter, type SaveTarget} from './state/use-review.js';
import {useTerminalSize, type TerminalSize} from './state/use-terminal-size.js';
import {uiTranslate} from './translate.js';

/** What the review application is given. */
export interface ReviewAppProps {
  /** The working state to start from. */
  readonly state: SessionState;
  /** Checks one bead of a state; absent while `loadChecks` loads them. */
  readonly checkBead?: CheckBead | undefined;
  /** Loads the checks after the first frame, when `checkBead` is not given. */
  readonly loadChecks?: (() => Promise<CheckBead>) | undefined;
  /** The alignment being made for a new long pair, which `state` pairs by position until then. */
  readonly aligning?: Promise<Alignment> | null | undefined;
  /** Where the work is saved; null when read-only. */
  readonly store: SaveTarget | null;
  /** The interface's words: an i18next instance in the user's language. */
  readonly i18n: i18n;
  /** Whether colours may be used (false with NO_COLOR). */
  readonly colours: boolean;
  /** A fixed screen size instead of the terminal's (tests). */
  readonly size?: TerminalSize | undefined;
  /** Called when the user has left and the work is saved (or given up on). */
  readonly onExit: () => void;
  /** What opening the session has to tell the user, in words. */
  readonly opening?: Opening | undefined;
  /** Writes exports; without one, the export key says it is not available. */
  readonly exporter?: Exporter | undefined;
  /**
   * Go to the first pair with an open divergence when the review starts on a pair
   * with none (a new session, or one left at its start), as soon as the checks find it.
   */
  readonly openAtFirstDivergence?: boolean | undefined;
}

function Review(props: ReviewAppProps) {
  const size = useTerminalSize(props.size);
  const t = useMemo(() => uiTranslate(props.i18n), [props.i18n]);
  const model = useReview({
    initial: props.state,
    checkBead: props.checkBead,
    loadChecks: props.loadChecks,
    aligning: props.aligning,
    store: props.store,
    onExit: props.onExit,
    maxScroll: mode => pagerMaxScroll(mode, size.columns, screenRows(size), t),
    opening: props.opening,
    exporter: props.exporter,
    openAtFirstDivergence: props.openAtFirstDivergence,
  });
  useKeypress(model.keys);
  const storeT = useMemo(() => storeTranslate(props.i18n), [props.i18n]);
  const save = model.save;
  const reason = save?.state === 'error' ? saveErrorReason(storeT, save.code) : '';
  return (
    <ReviewScreen
      review={model.review}
      divergences={model.divergences}
      selected={model.selected}
      divergencesOf={model.divergencesOf}
      suggestionOffered={model.suggestionOffered}
      documentCount={model.documentCount}
      pending={model.pending}
      save={save}
      saveText={saveStatusText(storeT, save, Date.now(), props.i18n.language)}
      quitQuestion={storeT('store:status.quit-unsaved', {reason})}
      statusExtra={props.store ? undefined : [t('ui:status.read-only')]}
      exportFormats={props.exporter?.formats ?? []}
      size={size}
      colours={props.colours}
      t={t}
    />
  );
}

/** The review application, guarded by the error boundary. */
export function ReviewApp(props: ReviewAppProps & {readonly onCrash: (error: Error) => void}) {
  const {onCrash, ...rest} = props;
  return (
    <ErrorBoundary onCrash={onCrash}>
      <Review {...rest} />
    </ErrorBoundary>
  );
}
