/*
 * Dutch validation messages for Camunda Forms in Tasklist (clusterpact application, README "Dutch screens").
 *
 * The form-js library inside Camunda 7.24's Tasklist writes its validation messages in English
 * ("Field is required.") and takes them from no locale file. This module, loaded through customScripts
 * in ../config.js (plain JavaScript, no build step), rewrites each message under a form field into Dutch
 * as it appears, unless the browser asks for English (then Tasklist itself is in English too).
 */

const RULES = [
  [/^Field is required\.$/, () => 'Dit veld is verplicht.'],
  [/^Field must match pattern (.*)\.$/s, () => 'De invoer heeft niet de verwachte vorm (zie de uitleg onder het veld).'],
  [/^Field must have minimum value of (.*)\.$/, (m) => `De waarde moet minstens ${m[1]} zijn.`],
  [/^Field must have maximum value of (.*)\.$/, (m) => `De waarde mag hoogstens ${m[1]} zijn.`],
  [/^Field must have minimum length of (.*)\.$/, (m) => `Typ minstens ${m[1]} tekens.`],
  [/^Field must have maximum length of (.*)\.$/, (m) => `Typ hoogstens ${m[1]} tekens.`],
  [/^Field must be a valid email\.$/, () => 'Geef een geldig e-mailadres.'],
  [/^Field must be a valid\s+international phone number\..*$/, () => 'Geef een geldig internationaal telefoonnummer (bv. +3225531111).'],
  [/^Please select a valid value, the two nearest valid values are (.*) and (.*)\.$/,
    (m) => `Kies een geldige waarde; de twee dichtstbijzijnde zijn ${m[1]} en ${m[2]}.`]
];

export function dutchMessage(english) {
  for (const [pattern, dutch] of RULES) {
    const match = english.match(pattern);
    if (match) {
      return dutch(match);
    }
  }
  return null;
}

function translate(root) {
  root.querySelectorAll('.fjs-form-field-error, .fjs-form-field-error *').forEach((element) => {
    element.childNodes.forEach((node) => {
      if (node.nodeType === Node.TEXT_NODE) {
        const dutch = dutchMessage(node.nodeValue.trim());
        if (dutch) {
          node.nodeValue = dutch;
        }
      }
    });
  });
}

const language = ((navigator.languages && navigator.languages[0]) || navigator.language || '').toLowerCase();
if (!language.startsWith('en')) {
  new MutationObserver(() => translate(document.body))
    .observe(document.body, {childList: true, subtree: true, characterData: true});
}

