/*
 * Every page load shows the locale the server has now (clusterpact application, README "Dutch screens").
 *
 * Camunda 7.24's webapps keep a copy of each locale file in the browser (localStorage "camunda-web", key
 * "<app root>/app/<webapp>/locales/_locales_data_<language>_7.24.0"). When a copy is there they show it and
 * keep the file they download for the next visit only; the key holds Camunda's version, not this
 * application's, so after an update of a locales/nl.json a returning user's first load showed the older
 * texts (the Tasklist start dialog in English, say) and only the second load the new ones.
 *
 * Imported by the config.js of Tasklist, Cockpit and Admin, which Camunda loads before its translations:
 * the copies are dropped, so the translations always come from the server (one small, HTTP-cached file).
 */
const STORE = 'camunda-web';

try {
  const stored = JSON.parse(window.localStorage.getItem(STORE) || '{}');
  const kept = Object.fromEntries(Object.entries(stored).filter(([key]) => !key.includes('_locales_data_')));
  window.localStorage.setItem(STORE, JSON.stringify(kept));
} catch (unavailable) {
  // No localStorage (blocked by the browser) or not Camunda's JSON: nothing cached to drop.
}
