/*
 * Cockpit plugin "Versies van lopende instanties" (clusterpact application, README "For process owners").
 *
 * After a deployment a process owner sees per process every running instance with its business key,
 * the version of the definition it runs on (and its version tag), whether that is the latest version,
 * the activities it waits in, a link to the instance, and the number of instances per version.
 * Shown on the Cockpit dashboard (the clusterpact processes) and as a tab of a process definition
 * (that process, every version).
 *
 * Plain JavaScript module loaded through customScripts in ../config.js: no build step. It reads the
 * engine through the webapp's own engine API with the logged-in user's session (and CSRF token), so
 * the user's authorizations apply: what the user may not read is not shown.
 */

const LABEL = 'Versies van lopende instanties';

/** The processes on the dashboard, in this order; the clusterpact first. */
const DASHBOARD_PROCESSES = [
  'Process_Clusterpact',
  'Process_HermesTrancheRelease',
  'Process_HermesAnnualMaximum',
  'Process_EuExpertGroupCall',
  'Process_EuExpertGroupApplication'
];

/** At most this many instances per version are listed; the counts are always complete. */
const MAX_LISTED = 500;

/**
 * Activity instances that are no wait state of their own: containers (the inner activity is listed) and
 * joins, where a finished branch waits for its siblings.
 */
const NOT_WAITING = ['subProcess', 'multiInstanceBody', 'transaction', 'adHocSubProcess', 'parallelGateway', 'inclusiveGateway'];

function engineClient(api) {
  return async function get(path, params = {}) {
    const url = new URL(api.engineApi + path, window.location.origin);
    Object.entries(params).forEach(([name, value]) => url.searchParams.set(name, String(value)));
    const response = await fetch(url, {
      credentials: 'same-origin',
      headers: { Accept: 'application/json', 'X-XSRF-TOKEN': api.CSRFToken }
    });
    if (!response.ok) {
      throw new Error(`${response.status} bij ${path}`);
    }
    return response.json();
  };
}

/** Flow node names by ID, read from the deployed BPMN XML of one definition. */
async function flowNodeNames(get, definitionId) {
  const { bpmn20Xml } = await get(`/process-definition/${encodeURIComponent(definitionId)}/xml`);
  const names = new Map();
  const xml = new DOMParser().parseFromString(bpmn20Xml, 'application/xml');
  xml.querySelectorAll('[id][name]').forEach(element => names.set(element.getAttribute('id'), element.getAttribute('name')));
  return names;
}

/**
 * Where each instance of one definition waits: unfinished activity instances (user tasks, timers,
 * receive tasks, call activities, ...) and async continuations not yet run (a failed one is an incident).
 */
async function waitingActivities(get, definitionId) {
  const byId = { processDefinitionId: definitionId };
  const [activities, jobDefinitions, jobs, names] = await Promise.all([
    get('/history/activity-instance', { ...byId, unfinished: true, maxResults: MAX_LISTED * 20 }),
    get('/job-definition', byId),
    get('/job', { ...byId, maxResults: MAX_LISTED * 20 }),
    flowNodeNames(get, definitionId)
  ]);
  const waiting = new Map();
  const add = (instanceId, activityId, note) => {
    const label = (names.get(activityId) || activityId) + (note || '');
    const list = waiting.get(instanceId) || [];
    list.push(label);
    waiting.set(instanceId, list);
  };
  activities.filter(activity => !NOT_WAITING.includes(activity.activityType))
    .forEach(activity => add(activity.processInstanceId, activity.activityId));
  const continuations = new Map(jobDefinitions.filter(definition => definition.jobType === 'async-continuation')
    .map(definition => [definition.id, definition]));
  jobs.filter(job => continuations.has(job.jobDefinitionId)).forEach(job => {
    const definition = continuations.get(job.jobDefinitionId);
    const note = job.retries === 0 ? ' (incident)' : ' (wacht op uitvoering)';
    add(job.processInstanceId, definition.activityId, note);
  });
  return waiting;
}

/** Summarises repeated activities: "Onderhandelen met agentschap (3×)". */
function summarise(labels) {
  const counts = new Map();
  (labels || []).forEach(label => counts.set(label, (counts.get(label) || 0) + 1));
  return [...counts].map(([label, count]) => (count > 1 ? `${label} (${count}×)` : label)).sort();
}

/** Every version of the given process keys with its running instances, latest version first. */
async function loadProcesses(get, keys) {
  const statistics = await get('/process-definition/statistics');
  const processes = [];
  for (const key of keys) {
    const versions = statistics.filter(entry => entry.definition.key === key)
      .sort((a, b) => b.definition.version - a.definition.version);
    if (!versions.length) {
      continue;
    }
    const latest = versions[0].definition.version;
    const running = versions.filter(entry => entry.instances > 0);
    const loaded = await Promise.all(running.map(async entry => {
      const definitionId = entry.definition.id;
      const [instances, waiting] = await Promise.all([
        get('/process-instance', { processDefinitionId: definitionId, sortBy: 'businessKey', sortOrder: 'asc', maxResults: MAX_LISTED }),
        // Without the right to read the history the instances are still listed, their activities not.
        waitingActivities(get, definitionId).catch(error => error)
      ]);
      const unknown = waiting instanceof Error ? [`niet beschikbaar (${waiting.message})`] : null;
      return {
        definition: entry.definition,
        count: entry.instances,
        latest: entry.definition.version === latest,
        instances: instances.map(instance => ({ ...instance, waiting: unknown || summarise(waiting.get(instance.id)) }))
      };
    }));
    processes.push({ key, name: versions[0].definition.name || key, latest, versions: loaded });
  }
  return processes;
}

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes).forEach(([name, value]) => node.setAttribute(name, value));
  children.forEach(child => node.append(child));
  return node;
}

function versionLabel(definition) {
  return definition.versionTag ? `versie ${definition.version} (${definition.versionTag})` : `versie ${definition.version}`;
}

function renderProcess(process) {
  const section = element('section', { class: 'running-versions-process', 'data-process-key': process.key });
  section.append(element('h4', {}, `${process.name} (${process.key})`));
  const total = process.versions.reduce((sum, version) => sum + version.count, 0);
  if (!total) {
    section.append(element('p', { class: 'running-versions-none' },
      `Geen lopende instanties. Laatste versie: ${process.latest}.`));
    return section;
  }
  const counts = element('ul', { class: 'list-inline running-versions-counts' });
  process.versions.forEach(version => counts.append(element('li',
    { class: 'version-count', 'data-version': String(version.definition.version) },
    element('strong', {}, `${versionLabel(version.definition)}${version.latest ? ', laatste' : ''}: `),
    `${version.count} lopend`)));
  section.append(element('p', {}, `${total} ${total === 1 ? 'lopende instantie' : 'lopende instanties'}, per versie:`), counts);

  const table = element('table', { class: 'cam-table running-versions-instances' });
  table.append(element('thead', {}, element('tr', {},
    ...['Businesskey', 'Versie', 'Versietag', 'Laatste versie', 'Wacht in', 'Instantie'].map(title => element('th', {}, title)))));
  const body = element('tbody');
  process.versions.forEach(version => {
    version.instances.forEach(instance => {
      const link = element('a', { href: `#/process-instance/${encodeURIComponent(instance.id)}/runtime` }, 'Openen in Cockpit');
      body.append(element('tr', { 'data-business-key': instance.businessKey || '', 'data-instance-id': instance.id },
        element('td', { class: 'business-key', style: 'white-space: nowrap' }, instance.businessKey || '(geen)'),
        element('td', { class: 'version' }, String(version.definition.version)),
        element('td', { class: 'version-tag' }, version.definition.versionTag || ''),
        element('td', { class: 'latest' }, version.latest ? 'ja' : 'nee'),
        element('td', { class: 'waiting' }, instance.waiting.join(', ') || '–'),
        element('td', { style: 'white-space: nowrap' }, link)));
    });
    if (version.count > version.instances.length) {
      body.append(element('tr', {}, element('td', { colspan: '6' },
        `Versie ${version.definition.version}: de eerste ${version.instances.length} van ${version.count} instanties getoond.`)));
    }
  });
  table.append(body);
  section.append(table);
  return section;
}

async function render(node, api, keysOf) {
  const container = element('div', { class: 'running-versions' });
  container.append(element('h3', {}, LABEL));
  const status = element('p', { class: 'running-versions-status' }, 'Laden…');
  container.append(status);
  node.append(container);
  try {
    const get = engineClient(api);
    const processes = await loadProcesses(get, await keysOf(get));
    status.remove();
    if (!processes.length) {
      container.append(element('p', {}, 'Geen processen die u mag lezen.'));
    }
    processes.forEach(process => container.append(renderProcess(process)));
    container.setAttribute('data-loaded', 'true');
  } catch (error) {
    status.textContent = `De versies konden niet gelezen worden: ${error.message}`;
    container.setAttribute('data-loaded', 'error');
  }
}

export default [
  {
    id: 'clusterpact-running-versions-dashboard',
    pluginPoint: 'cockpit.dashboard',
    priority: 100,
    render: (node, { api }) => render(node, api, async () => DASHBOARD_PROCESSES)
  },
  {
    id: 'clusterpact-running-versions-tab',
    pluginPoint: 'cockpit.processDefinition.runtime.tab',
    priority: 5,
    properties: { label: LABEL },
    render: (node, { api, processDefinitionId }) => render(node, api, async get => {
      const definition = await get(`/process-definition/${encodeURIComponent(processDefinitionId)}`);
      return [definition.key];
    })
  }
];
