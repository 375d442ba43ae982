import { currentLocale, loadAllMessages } from './locales';

/** The signed-in app's module (AuthenticatedApp), once every area of the catalogue in the language in use is there. */
export const loadSignedInApp = () => Promise.all([import('./AuthenticatedApp'), loadAllMessages(currentLocale())]).then(([app]) => app);
