/*
 * The Hermes fund at a glance (README "The Hermes fund at a glance"): per budget year the maximum and what
 * the pacts hold, as a chart (plain SVG drawn here) and as tables with the pacts behind each figure, from
 * GET /api/hermes/years.
 */
import { api, amount, el, euro, showError } from './dossier.js';

const SVG = 'http://www.w3.org/2000/svg';
const status = document.getElementById('status');

/** The parts of a year's bar, bottom to top, with their colour. */
const PARTS = [
  { label: 'Vrijgegeven', colour: '#1e7b4a', cents: y => y.released.cents },
  { label: 'Vastgelegd, binnen het maximum (nog niet vrijgegeven)', colour: '#6cc08b',
    cents: y => y.committedFinal.cents - (y.conditional ? 0 : y.released.cents) },
  { label: 'Vastgelegd, voorwaardelijk (in afwachting van het maximum)', colour: '#f0a04b',
    cents: y => y.committedConditional.cents - (y.conditional ? y.released.cents : 0) },
  { label: 'Voorlopig gereserveerd', colour: '#8fb8de', cents: y => y.provisional.cents }
];

function svg(tag, attributes = {}, text) {
  const element = document.createElementNS(SVG, tag);
  Object.entries(attributes).forEach(([name, value]) => element.setAttribute(name, String(value)));
  if (text !== undefined) {
    element.textContent = text;
  }
  return element;
}

/** Whole euro for the axis: "€ 15.000.000". */
function wholeEuro(cents) {
  return euro(cents).replace(/,\d{2}$/, '');
}

/** A round step for the axis so that about four lines cover the highest amount. */
function axisStep(highest) {
  const raw = Math.max(highest, 100) / 4;
  const magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
  return [1, 2, 2.5, 5, 10].map(f => f * magnitude).find(step => step >= raw);
}

function chart(years) {
  const width = Math.max(960, 130 + years.length * 110);
  const height = 340;
  const left = 130;
  const top = 20;
  const bottom = 50;
  const plot = height - top - bottom;
  const highest = Math.max(...years.map(y => Math.max(y.maximum ? y.maximum.cents : 0,
    y.provisional.cents + y.committed.cents)));
  const step = axisStep(highest);
  const scaleTop = Math.ceil(highest / step) * step || step;
  const yOf = cents => top + plot - (cents / scaleTop) * plot;
  const root = svg('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'img',
    'aria-label': 'Geoormerkte middelen per begrotingsjaar' });
  for (let line = 0; line <= scaleTop; line += step) {
    root.append(svg('line', { x1: left, x2: width - 10, y1: yOf(line), y2: yOf(line), stroke: '#d9e2ec' }));
    root.append(svg('text', { x: left - 8, y: yOf(line) + 4, 'text-anchor': 'end', 'font-size': 12, fill: '#52606d' },
      wholeEuro(line)));
  }
  const slot = (width - left - 10) / years.length;
  years.forEach((year, index) => {
    const x = left + index * slot + slot * 0.25;
    const barWidth = slot * 0.5;
    const group = svg('g', { 'data-year': year.year, class: 'year' });
    let base = 0;
    PARTS.forEach(part => {
      const cents = Math.max(part.cents(year), 0);
      if (cents > 0) {
        const rect = svg('rect', { x, width: barWidth, y: yOf(base + cents), height: yOf(base) - yOf(base + cents),
          fill: part.colour });
        rect.append(svg('title', {}, `${year.year} – ${part.label}: ${euro(cents)}`));
        group.append(rect);
        base += cents;
      }
    });
    if (year.maximum) {
      const line = svg('line', { x1: x - 8, x2: x + barWidth + 8, y1: yOf(year.maximum.cents), y2: yOf(year.maximum.cents),
        stroke: '#a61b1b', 'stroke-width': 3, class: 'maximum' });
      line.append(svg('title', {}, `${year.year} – jaarlijks maximum: ${euro(year.maximum.cents)}`));
      group.append(line);
    }
    group.append(svg('text', { x: x + barWidth / 2, y: height - bottom + 18, 'text-anchor': 'middle', 'font-size': 13 },
      String(year.year)));
    if (!year.maximumSet) {
      group.append(svg('text', { x: x + barWidth / 2, y: height - bottom + 34, 'text-anchor': 'middle', 'font-size': 11,
        fill: '#b25e00' }, 'geen maximum'));
    }
    root.append(group);
  });
  const legend = document.getElementById('legend');
  legend.replaceChildren(...PARTS.map(part => el('span', { style: `--swatch: ${part.colour}` }, part.label)),
    el('span', { style: '--swatch: #a61b1b' }, 'Jaarlijks maximum'));
  const figure = document.getElementById('chart');
  figure.querySelector('svg')?.remove();
  figure.prepend(root);
  figure.hidden = false;
}

function yearRow(year) {
  return el('tr', { 'data-year': year.year },
    el('td', { class: 'year' }, String(year.year)),
    el('td', { class: 'amount maximum' }, year.maximumSet ? amount(year.maximum) : 'nog niet vastgelegd'),
    el('td', { class: 'amount provisional' }, amount(year.provisional)),
    el('td', { class: 'amount committed-conditional' }, amount(year.committedConditional)),
    el('td', { class: 'amount committed-final' }, amount(year.committedFinal)),
    el('td', { class: 'amount released' }, amount(year.released)),
    el('td', { class: 'amount available' }, amount(year.available)),
    el('td', { class: 'status' + (year.overcommitted ? ' overcommitted' : '') }, year.status));
}

function pactsOfYear(year) {
  const section = el('section', { 'data-year': year.year }, el('h2', {}, `Clusterpacten in ${year.year}`));
  if (!year.pacts.length) {
    section.append(el('p', {}, 'Geen clusterpact houdt middelen in dit jaar.'));
    return section;
  }
  section.append(el('table', {},
    el('thead', {}, el('tr', {}, el('th', {}, 'Dossier'), el('th', { class: 'amount' }, 'Voorlopig gereserveerd'),
      el('th', { class: 'amount' }, year.conditional ? 'Vastgelegd, voorwaardelijk' : 'Vastgelegd'),
      el('th', { class: 'amount' }, 'Vrijgegeven'))),
    el('tbody', {}, year.pacts.map(pact => el('tr', { 'data-pact': pact.businessKey },
      el('td', {}, el('a', { href: 'pact.html?key=' + encodeURIComponent(pact.businessKey) }, pact.businessKey)),
      el('td', { class: 'amount' }, amount(pact.provisional)),
      el('td', { class: 'amount' }, amount(pact.committed)),
      el('td', { class: 'amount' }, amount(pact.released)))))));
  return section;
}

async function show() {
  try {
    const years = await api('/hermes/years');
    if (!years.length) {
      status.textContent = 'Het Hermesfonds kent nog geen begrotingsjaar.';
      document.body.dataset.loaded = 'true';
      return;
    }
    chart(years);
    const table = document.getElementById('years');
    table.querySelector('tbody').replaceChildren(...years.map(yearRow));
    table.hidden = false;
    document.getElementById('pacts').replaceChildren(...years.map(pactsOfYear));
    status.textContent = 'Bedragen in euro; vastgelegde bedragen omvatten de vrijgegeven tranches. '
      + 'Beschikbaar = maximum − vastgelegd − voorlopig gereserveerd.';
    document.body.dataset.loaded = 'true';
  } catch (error) {
    showError(status, error);
  }
}

show();
