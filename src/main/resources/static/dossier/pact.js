/*
 * The audit trail of one clusterpact (README "The audit trail of a pact"): /dossier/pact.html?key=CP-…
 * shows every step of the pact and its tranche follow-ups in order, from GET /api/pacts/{key}/audit.
 */
import { api, el, showError } from './dossier.js';

const status = document.getElementById('status');
const key = new URLSearchParams(window.location.search).get('key');
document.getElementById('key').value = key || '';

function values(step) {
  if (!step.values.length) {
    return '';
  }
  return el('dl', { class: 'values' }, step.values.map(v => [el('dt', {}, v.label), el('dd', {}, v.value)]));
}

function row(step) {
  return el('tr', { 'data-kind': step.kind },
    el('td', { class: 'when' }, step.when),
    el('td', {}, el('span', { class: 'kind kind-' + step.kind }, step.kindLabel)),
    el('td', { class: 'title' }, step.title, el('span', { class: 'process' }, step.process)),
    el('td', { class: 'actor' }, step.actor || '—'),
    el('td', { class: 'values' }, values(step)));
}

async function show() {
  if (!key) {
    status.textContent = 'Geef het dossiernummer van een clusterpact (bv. CP-FLUX50-2026).';
    document.body.dataset.loaded = 'empty';
    return;
  }
  try {
    const trail = await api('/pacts/' + encodeURIComponent(key) + '/audit');
    document.title = 'Dossier ' + trail.businessKey;
    document.getElementById('title').textContent = 'Dossier van het clusterpact ' + trail.businessKey;
    const table = document.getElementById('trail');
    table.querySelector('tbody').replaceChildren(...trail.steps.map(row));
    table.hidden = false;
    status.textContent = `${trail.steps.length} stappen, van oud naar nieuw.`;
    document.body.dataset.loaded = 'true';
  } catch (error) {
    showError(status, error);
  }
}

show();
