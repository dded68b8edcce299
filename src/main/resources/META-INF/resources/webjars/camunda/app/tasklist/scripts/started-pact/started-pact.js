/*
 * Says what happened after a process is started in Tasklist (clusterpact application, README "Dutch screens",
 * issue 20.6): Tasklist 7.24 closes the start dialog with a three-second "Het proces is gestart." that
 * names nothing. This module, loaded through customScripts in ../config.js (plain JavaScript, no build
 * step), watches the start form's submission (POST …/process-definition/…/submit-form, sent by
 * Tasklist's SDK with XMLHttpRequest) and then shows, until closed, the started instance's dossier
 * (business key) and, for a pact, its first-year deadline (process variable firstYearDeadlineLabel,
 * computed by the server; the engine lets whoever started the pact read it).
 */

const SUBMIT_FORM = /^(.*)\/process-definition\/.+\/submit-form(?:\?.*)?$/;
const DEADLINE = 'firstYearDeadlineLabel';

export function startedText(businessKey, deadline) {
  const parts = [];
  if (businessKey) {
    parts.push(`dossier ${businessKey}`);
  }
  if (deadline) {
    parts.push(`deadline eerste jaar ${deadline}`);
  }
  return parts.length === 0 ? null : `Gestart: ${parts.join(', ')}.`;
}

async function deadlineOf(base, processInstanceId) {
  try {
    const response = await fetch(`${base}/process-instance/${encodeURIComponent(processInstanceId)}/variables/${DEADLINE}`,
      {credentials: 'same-origin', headers: {Accept: 'application/json'}});
    return response.ok ? (await response.json()).value : null;
  } catch (unreachable) {
    return null;
  }
}

function show(text) {
  document.querySelectorAll('.clusterpact-started').forEach((earlier) => earlier.remove());
  const note = document.createElement('div');
  note.className = 'clusterpact-started alert alert-success';
  note.setAttribute('role', 'status');
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'close';
  close.setAttribute('aria-label', 'Sluiten');
  close.textContent = '×';
  close.addEventListener('click', () => note.remove());
  const message = document.createElement('span');
  message.className = 'clusterpact-started-text';
  message.textContent = text;
  note.append(close, message);
  document.body.appendChild(note);
}

async function announce(base, instance) {
  const text = startedText(instance.businessKey, await deadlineOf(base, instance.id));
  if (text) {
    show(text);
  }
}

const open = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (method, url, ...rest) {
  const match = String(method).toUpperCase() === 'POST' ? String(url).match(SUBMIT_FORM) : null;
  if (match) {
    this.addEventListener('load', () => {
      if (this.status >= 200 && this.status < 300) {
        try {
          announce(match[1], JSON.parse(this.responseText));
        } catch (notJson) {
          // not a started instance: nothing to say
        }
      }
    });
  }
  return open.call(this, method, url, ...rest);
};
