/** What the store's child processes use, bundled into one file for them by child-bundle.ts. */
export {documentFromText} from '../../src/core/document.js';
export {reduce} from '../../src/core/session.js';
export {openSession} from '../../src/store/open-session.js';
