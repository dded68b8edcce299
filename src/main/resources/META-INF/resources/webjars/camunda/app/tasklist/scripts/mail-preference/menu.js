/*
 * "E-mail" in Tasklist's header (clusterpact application, README "E-mail notifications"): the logged-in
 * user chooses how they hear about new tasks — one e-mail per task, one digest a day, or none.
 *
 * Loaded through customScripts in ../config.js (plain JavaScript, no build step). It reads and writes
 * GET/PUT /api/me/mail-preference with the Tasklist login session; the PUT carries the webapps' CSRF
 * token (the XSRF-TOKEN cookie of /camunda, sent back as the X-XSRF-TOKEN header, as Tasklist does for its
 * own writes), without which the server refuses a write made with the session.
 */

const API = '/api/me/mail-preference';

const CHOICES = [
  ['per-task', 'Een e-mail per nieuwe taak'],
  ['digest', 'Eén overzicht per dag (dagoverzicht)'],
  ['off', 'Geen e-mails']
];

function csrfToken() {
  const cookie = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
}

async function read() {
  const response = await fetch(API, {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  if (!response.ok) {
    throw new Error('Je e-mailvoorkeur kon niet gelezen worden (' + response.status + ').');
  }
  return response.json();
}

async function write(mail) {
  const response = await fetch(API, {
    method: 'PUT',
    credentials: 'same-origin',
    headers: {'Content-Type': 'application/json', Accept: 'application/json', 'X-XSRF-TOKEN': csrfToken()},
    body: JSON.stringify({mail})
  });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new Error(body.message || 'Je e-mailvoorkeur kon niet bewaard worden (' + response.status + ').');
  }
  return body;
}

function panel() {
  const box = document.createElement('div');
  box.id = 'clusterpact-mail-preference';
  box.className = 'dropdown-menu';
  Object.assign(box.style, {display: 'none', right: '0', left: 'auto', padding: '10px 15px', minWidth: '300px'});
  const title = document.createElement('strong');
  title.textContent = 'Hoe wil je nieuwe taken horen?';
  box.appendChild(title);
  for (const [value, label] of CHOICES) {
    const line = document.createElement('label');
    Object.assign(line.style, {display: 'block', fontWeight: 'normal', marginTop: '6px'});
    const radio = document.createElement('input');
    radio.type = 'radio';
    radio.name = 'clusterpact-mail';
    radio.value = value;
    radio.style.marginRight = '6px';
    line.append(radio, label);
    box.appendChild(line);
  }
  const status = document.createElement('div');
  status.className = 'clusterpact-mail-status';
  status.style.marginTop = '8px';
  box.appendChild(status);
  box.addEventListener('change', async (event) => {
    status.textContent = 'Bewaren…';
    try {
      const saved = await write(event.target.value);
      status.textContent = 'Bewaard: ' + CHOICES.find(([value]) => value === saved.mail)[1] + '.';
    } catch (e) {
      status.textContent = e.message;
    }
  });
  return box;
}

async function open(box) {
  const status = box.querySelector('.clusterpact-mail-status');
  box.style.display = 'block';
  status.textContent = '';
  try {
    const current = await read();
    box.querySelectorAll('input').forEach((radio) => { radio.checked = radio.value === current.mail; });
  } catch (e) {
    status.textContent = e.message;
  }
}

function menu() {
  const item = document.createElement('li');
  item.id = 'clusterpact-mail-menu';
  item.className = 'dropdown';
  item.style.position = 'relative';
  const toggle = document.createElement('a');
  toggle.href = '';
  toggle.textContent = 'E-mail';
  toggle.title = 'Je e-mailvoorkeur: per taak, een dagoverzicht of geen e-mails';
  const box = panel();
  toggle.addEventListener('click', (event) => {
    event.preventDefault();
    if (box.style.display === 'block') {
      box.style.display = 'none';
    } else {
      open(box);
    }
  });
  item.append(toggle, box);
  return item;
}

// One menu for the page's lifetime, even if Tasklist loads this script more than once: Tasklist redraws its
// header (after loading, after a login), and the same entry, open or closed, is put back into the header's
// list of actions whenever it is missing there.
const MENU = window.clusterpactMailMenu || (window.clusterpactMailMenu = menu());

function install() {
  // the header's list of actions, present only while a user is logged in (cam-if-logged-in)
  const nav = document.querySelector('ul[cam-if-logged-in]');
  if (nav && MENU.parentNode !== nav) {
    nav.insertBefore(MENU, nav.firstChild);
  }
  // Angular's transclusion of the header copies the entry (without its handlers): only this one stays.
  document.querySelectorAll('#clusterpact-mail-menu').forEach((copy) => {
    if (copy !== MENU) {
      copy.remove();
    }
  });
}

new MutationObserver(install).observe(document.body, {childList: true, subtree: true});
install();
