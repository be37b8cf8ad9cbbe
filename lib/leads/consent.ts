/**
 * Version of the privacy text (Datenschutzerklärung) the form links to. Stored with every request's
 * consent, so it can be shown which text a person agreed to. Change it whenever the text changes.
 */
export const PRIVACY_VERSION = '2026-12-02';
