/*
 * Cockpit plugin "Dossier" (clusterpact application, README "The pact dossier"): a tab of a running
 * process instance with a link to the audit trail of the clusterpact it belongs to (the pact itself or
 * its tranche follow-up, by the business key they share). The page decides who may read the dossier.
 *
 * Plain JavaScript module loaded through customScripts in ../config.js: no build step.
 */

async function businessKey(api, processInstanceId) {
  const response = await fetch(`${api.engineApi}/process-instance/${encodeURIComponent(processInstanceId)}`, {
    credentials: 'same-origin',
    headers: { Accept: 'application/json', 'X-XSRF-TOKEN': api.CSRFToken }
  });
  if (!response.ok) {
    throw new Error(`${response.status} bij het lezen van de procesinstantie`);
  }
  return (await response.json()).businessKey;
}

async function render(node, api, processInstanceId) {
  const container = document.createElement('div');
  container.className = 'dossier-link';
  container.style.padding = '12px';
  node.replaceChildren(container);
  try {
    const key = await businessKey(api, processInstanceId);
    if (!key || !key.startsWith('CP-')) {
      container.textContent = 'Deze instantie hoort niet bij een clusterpact.';
      return;
    }
    const root = window.location.pathname.substring(0, window.location.pathname.indexOf('/camunda/'));
    const link = document.createElement('a');
    link.href = `${root}/dossier/pact.html?key=${encodeURIComponent(key)}`;
    link.target = '_blank';
    link.rel = 'noopener';
    link.textContent = `Dossier van het clusterpact ${key}: elke stap, wie, wanneer en wat werd ingevuld`;
    container.append(link);
  } catch (error) {
    container.textContent = 'Het dossier kon niet bepaald worden: ' + error.message;
  }
}

export default [
  {
    id: 'clusterpact.dossierLink',
    pluginPoint: 'cockpit.processInstance.runtime.tab',
    priority: 1,
    properties: { label: 'Dossier' },
    render: (node, { api, processInstanceId }) => render(node, api, processInstanceId)
  }
];
