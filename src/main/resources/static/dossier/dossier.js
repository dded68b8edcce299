/*
 * Shared by the dossier pages of the clusterpact application (README "The audit trail of a pact", "The
 * Hermes fund at a glance"): reading this application's API with the Tasklist login, Belgian amounts, and
 * building the page with the DOM (every text as text, never as HTML). Plain JavaScript, no build step.
 */

/** Where a person without a session logs in: Tasklist, with the same login as Cockpit and Admin. */
export const TASKLIST = '../camunda/app/tasklist/default/';

/**
 * GETs a path of /api with the browser's Tasklist session. Without a session (401) the person is sent to
 * the Tasklist login; a refusal (403) or an unknown dossier (404) throws an Error with the server's
 * Dutch message and the status.
 */
export async function api(path) {
  await requireLogin();
  const response = await fetch('../api' + path, {
    credentials: 'same-origin',
    headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' }
  });
  if (response.status === 401) {
    window.location.assign(TASKLIST);
    throw Object.assign(new Error('Niet aangemeld: u wordt naar het aanmeldscherm van Tasklist gebracht.'), { status: 401 });
  }
  if (!response.ok) {
    let message = `De server antwoordde ${response.status}.`;
    try {
      message = (await response.json()).message || message;
    } catch (notJson) {
      // keep the status
    }
    throw Object.assign(new Error(message), { status: response.status });
  }
  return response.json();
}

/**
 * Sends a person without a webapp session to the Tasklist login. Asked of the webapps' own "who is logged
 * in" address first, because a 401 of /api asks for HTTP basic credentials, which a browser would prompt for.
 */
async function requireLogin() {
  const response = await fetch('../camunda/api/admin/auth/user/default', {
    credentials: 'same-origin', headers: { Accept: 'application/json' }
  });
  if (!response.ok) {
    window.location.assign(TASKLIST);
    throw Object.assign(new Error('Niet aangemeld: u wordt naar het aanmeldscherm van Tasklist gebracht.'), { status: 401 });
  }
}

/** Exact cents as Belgian notation: 15000000 → "€ 150.000,00". */
export function euro(cents) {
  const negative = cents < 0;
  const abs = Math.abs(Math.round(cents));
  const whole = Math.floor(abs / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const rest = String(abs % 100).padStart(2, '0');
  return `${negative ? '- ' : ''}€ ${whole},${rest}`;
}

/** An amount of the API ({cents, euro}) or null as Belgian notation, or a dash. */
export function amount(value) {
  return value ? euro(value.cents) : '—';
}

/** A new element with attributes and children (strings become text nodes). */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  Object.entries(attributes).forEach(([name, value]) => {
    if (value !== null && value !== undefined && value !== false) {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  });
  children.flat(Infinity).forEach(child => {
    if (child !== null && child !== undefined) {
      element.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  });
  return element;
}

/** Shows an error in the page's status line and marks the page as done. */
export function showError(status, error) {
  status.textContent = error.message;
  status.className = 'status error';
  status.dataset.status = error.status || '';
  document.body.dataset.loaded = 'error';
}
