/**
 * Version of the privacy text (locales/{de,en}/legal.json, section "privacy") that a reader agrees
 * to when sending the consulting form. Stored with each request's consent (consent.privacyVersion),
 * so it can later be shown which wording a consent referred to. Bump it (the date of the change)
 * whenever the privacy text changes in substance; the Datenschutz page shows it.
 */
export const PRIVACY_TEXT_VERSION = '2026-12-02';
