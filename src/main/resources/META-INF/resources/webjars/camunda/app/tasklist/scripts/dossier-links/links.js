/*
 * Links from Tasklist to the dossier pages of the clusterpact application (README "The audit trail of a
 * pact", "The Hermes fund at a glance"), in Tasklist's menu bar: "Dossier van dit clusterpact" for the task
 * that is open (the pact it belongs to, by its business key) and "Hermesfonds" for those who read the fund.
 * The pages themselves decide who may read what; these links only spare others a refusal.
 *
 * Plain JavaScript module loaded through customScripts in ../config.js: no build step. It reads the engine
 * through the webapp's own engine API with the logged-in user's session.
 */

/** The groups that read the Hermes fund (budget/HermesLedgerApi.READERS). */
const FUND_READERS = ['camunda-admin', 'hermes-fund-manager', 'hermes-committee', 'vlaio-cluster-team',
  'cabinet-economy', 'cabinet-budget'];

const root = window.location.pathname.substring(0, window.location.pathname.indexOf('/camunda/'));
const engineApi = root + '/camunda/api/engine/engine/default';

async function get(path) {
  const response = await fetch(path, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!response.ok) {
    throw new Error(`${response.status} bij ${path}`);
  }
  return response.json();
}

function link(className, text, href) {
  const item = document.createElement('li');
  item.className = 'dossier-link ' + className;
  const anchor = document.createElement('a');
  anchor.href = href;
  anchor.target = '_blank';
  anchor.rel = 'noopener';
  anchor.textContent = text;
  item.append(anchor);
  return item;
}

let readsFund = null;
let pactKey = null;
let shownFor = null;

async function fundReader() {
  if (readsFund === null) {
    const user = await get(root + '/camunda/api/admin/auth/user/default');
    const info = await get(engineApi + '/identity/groups?userId=' + encodeURIComponent(user.userId));
    readsFund = info.groups.some(group => FUND_READERS.includes(group.id));
  }
  return readsFund;
}

/** The business key of the pact of the task open in Tasklist (?task=… in the URL's fragment), or null. */
async function keyOfOpenTask() {
  const query = window.location.hash.split('?')[1] || '';
  const taskId = new URLSearchParams(query).get('task');
  if (!taskId) {
    return null;
  }
  const task = await get(engineApi + '/task/' + encodeURIComponent(taskId));
  if (!task.processInstanceId) {
    return null;
  }
  const instance = await get(engineApi + '/process-instance/' + encodeURIComponent(task.processInstanceId));
  return instance.businessKey && instance.businessKey.startsWith('CP-') ? instance.businessKey : null;
}

let updating = false;

async function update() {
  const menu = document.querySelector('nav.cam-nav.app-menu > ul');
  if (updating || !menu || !document.querySelector('.navbar-brand.app-banner')) {
    return; // one update at a time; not logged in yet
  }
  updating = true;
  try {
    const state = window.location.hash;
    if (shownFor !== state) {
      shownFor = state;
      pactKey = await keyOfOpenTask();
    }
    const fund = await fundReader();
    menu.querySelectorAll('.dossier-link').forEach(item => item.remove());
    if (pactKey) {
      menu.prepend(link('dossier-pact', 'Dossier van dit clusterpact',
        root + '/dossier/pact.html?key=' + encodeURIComponent(pactKey)));
    }
    if (fund) {
      menu.prepend(link('dossier-fund', 'Hermesfonds', root + '/dossier/hermesfonds.html'));
    }
    menu.dataset.dossierLinks = 'shown';
  } catch (error) {
    console.warn('Dossierlinks niet getoond:', error.message);
  } finally {
    updating = false;
  }
}

let pending = false;
function schedule() {
  if (!pending) {
    pending = true;
    setTimeout(() => {
      pending = false;
      const menu = document.querySelector('nav.cam-nav.app-menu > ul');
      const missing = menu && !menu.querySelector('.dossier-link') && (readsFund !== false || pactKey);
      if (missing || shownFor !== window.location.hash) {
        update();
      }
    }, 300);
  }
}

window.addEventListener('hashchange', schedule);
new MutationObserver(schedule).observe(document.body, { childList: true, subtree: true });
schedule();
