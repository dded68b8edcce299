#!/usr/bin/env node
// Render BPMN diagrams and DMN decision tables to PNG for the documentation.
//
// Usage: node render.mjs [models-dir] [out-dir]
//   models-dir  folder with *.bpmn / *.dmn files   (default: ../../bpmn)
//   out-dir     folder the PNGs are written to     (default: ../../docs/images)
//   Relative arguments are resolved against the current working directory;
//   the defaults are resolved against this script's folder.
//
// Environment:
//   CHROMIUM_PATH  browser binary (default: /usr/bin/chromium, Debian's chromium)
//   RENDER_SCALE   device scale factor of the PNGs (default: 2)
//
// Output per model:
//   <name>.bpmn -> <name>.png (main diagram); every collapsed sub-process that
//                  has its own drill-down plane -> <name>--<subProcessId>.png
//   <name>.dmn  -> <name>.png if it holds one decision table, otherwise
//                  <name>--<decisionId>.png per decision table
//
// bpmn-js / dmn-js are loaded from ./node_modules through a tiny HTTP server on
// 127.0.0.1; every other request of the page is blocked (no internet needed).

import { createServer } from 'node:http';
import { readFile, readdir, mkdir, stat } from 'node:fs/promises';
import { dirname, extname, join, resolve, sep, basename } from 'node:path';
import { fileURLToPath } from 'node:url';

import { chromium } from 'playwright-core';

const HERE = dirname(fileURLToPath(import.meta.url));
const NODE_MODULES = join(HERE, 'node_modules');

const modelsDir = process.argv[2] ? resolve(process.argv[2]) : resolve(HERE, '../../bpmn');
const outDir = process.argv[3] ? resolve(process.argv[3]) : resolve(HERE, '../../docs/images');
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const scale = Number(process.env.RENDER_SCALE || 2);

// Chromium cannot capture bitmaps larger than ~16k px per side.
const MAX_PX = 16000;
const MARGIN = 20;

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.eot': 'application/vnd.ms-fontobject',
  '.svg': 'image/svg+xml'
};

const PAGE_STYLE = `
  html, body { margin: 0; padding: 0; background: #fff; }
  #canvas { width: 1600px; height: 1000px; }
  #out { display: inline-block; padding: ${MARGIN}px; background: #fff; }
  #out svg { display: block; }
  /* decision table: hide the interactive "View DRD" link of the viewer */
  .view-drd { display: none !important; }
  /* keep the bpmn.io logo of the table viewer visible, below the table
     instead of on top of the last rows */
  .dmn-decision-table-container { background: #fff; padding-bottom: 48px; }
`;

const PAGES = {
  '/bpmn.html': `<!DOCTYPE html>
<html><head><meta charset="utf-8">
<link rel="stylesheet" href="/node_modules/bpmn-js/dist/assets/diagram-js.css">
<link rel="stylesheet" href="/node_modules/bpmn-js/dist/assets/bpmn-js.css">
<link rel="stylesheet" href="/node_modules/bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css">
<style>${PAGE_STYLE}</style>
<script src="/node_modules/bpmn-js/dist/bpmn-viewer.production.min.js"></script>
</head><body><div id="canvas"></div><div id="out"></div></body></html>`,
  '/dmn.html': `<!DOCTYPE html>
<html><head><meta charset="utf-8">
<link rel="stylesheet" href="/node_modules/dmn-js/dist/assets/diagram-js.css">
<link rel="stylesheet" href="/node_modules/dmn-js/dist/assets/dmn-js-shared.css">
<link rel="stylesheet" href="/node_modules/dmn-js/dist/assets/dmn-js-drd.css">
<link rel="stylesheet" href="/node_modules/dmn-js/dist/assets/dmn-js-decision-table.css">
<link rel="stylesheet" href="/node_modules/dmn-js/dist/assets/dmn-js-literal-expression.css">
<link rel="stylesheet" href="/node_modules/dmn-js/dist/assets/dmn-font/css/dmn-embedded.css">
<style>${PAGE_STYLE} #canvas { width: auto; height: auto; display: inline-block; }</style>
<script src="/node_modules/dmn-js/dist/dmn-viewer.production.min.js"></script>
</head><body><div id="canvas"></div></body></html>`
};

function startServer() {
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);

      if (PAGES[path]) {
        res.writeHead(200, { 'content-type': MIME['.html'] });
        return res.end(PAGES[path]);
      }

      if (path.startsWith('/node_modules/')) {
        const file = resolve(NODE_MODULES, '.' + path.slice('/node_modules'.length));

        if (file.startsWith(NODE_MODULES + sep)) {
          const body = await readFile(file);
          res.writeHead(200, { 'content-type': MIME[extname(file)] || 'application/octet-stream' });
          return res.end(body);
        }
      }

      res.writeHead(404).end();
    } catch {
      res.writeHead(404).end();
    }
  });

  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok(server));
  });
}

function slug(id) {
  return String(id).replace(/[^A-Za-z0-9._-]+/g, '_');
}

// Clamp the device scale so that the bitmap stays below Chromium's limit.
function pxScale(width, height) {
  return Math.min(scale, MAX_PX / Math.max(width, height, 1));
}

async function newPage(browser, origin, pagePath, deviceScaleFactor) {
  const context = await browser.newContext({
    deviceScaleFactor,
    viewport: { width: 1600, height: 1000 }
  });

  // Only our local server may be contacted.
  await context.route('**/*', route => {
    const url = route.request().url();
    if (url.startsWith(origin + '/') || url.startsWith('data:')) {
      return route.continue();
    }

    console.warn(`  blocked non-local request: ${url}`);
    return route.abort();
  });

  const page = await context.newPage();
  const pageErrors = [];
  page.on('pageerror', err => pageErrors.push(err.message));

  await page.goto(origin + pagePath, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);

  return { context, page, pageErrors };
}

/**
 * Import the BPMN in a viewer and export every drawn plane as SVG
 * (the same export the Camunda Modeler uses for "Export as image").
 */
async function bpmnToSvgs(browser, origin, xml) {
  const { context, page } = await newPage(browser, origin, '/bpmn.html', 1);

  try {
    return await page.evaluate(async (xml) => {
      const viewer = new window.BpmnJS({ container: '#canvas' });
      const { warnings } = await viewer.importXML(xml);

      const canvas = viewer.get('canvas');
      const mainRoot = canvas.getRootElement();

      // main plane first, then the drill-down planes of collapsed sub-processes
      const roots = [
        mainRoot,
        ...canvas.getRootElements().filter(root => root !== mainRoot && root.id !== '__implicitroot')
      ];

      const svgs = [];

      for (const root of roots) {
        canvas.setRootElement(root);

        const { svg } = await viewer.saveSVG();

        const bo = root.businessObject;
        const isMain = root === mainRoot;

        svgs.push({
          id: isMain ? null : (bo && bo.id) || root.id,
          svg,
          empty: !canvas.getActiveLayer().childNodes.length
        });
      }

      return {
        svgs,
        warnings: warnings.map(w => w.message.split('\n')[0])
      };
    }, xml);
  } finally {
    await context.close();
  }
}

async function svgToPng(browser, origin, svg, file) {
  const size = svg.match(/<svg[^>]*\swidth="([\d.]+)"[^>]*\sheight="([\d.]+)"/);
  const width = size ? Number(size[1]) + 2 * MARGIN : 1600;
  const height = size ? Number(size[2]) + 2 * MARGIN : 1000;

  const { context, page } = await newPage(browser, origin, '/bpmn.html', pxScale(width, height));

  try {
    await page.setViewportSize({
      width: Math.min(Math.ceil(width), MAX_PX),
      height: Math.min(Math.ceil(height), MAX_PX)
    });

    await page.evaluate((svg) => {
      document.getElementById('canvas').remove();
      document.getElementById('out').innerHTML = svg.replace(/^[\s\S]*?(<svg)/, '$1');
    }, svg);

    await page.locator('#out').screenshot({ path: file, omitBackground: false });
  } finally {
    await context.close();
  }
}

async function renderBpmn(browser, origin, src, base) {
  const xml = await readFile(src, 'utf8');
  const { svgs, warnings } = await bpmnToSvgs(browser, origin, xml);

  for (const w of warnings) {
    console.warn(`  warning: ${basename(src)}: ${w}`);
  }

  const written = [];

  for (const { id, svg, empty } of svgs) {
    if (empty) {
      continue;
    }

    const file = join(outDir, id ? `${base}--${slug(id)}.png` : `${base}.png`);
    await svgToPng(browser, origin, svg, file);
    written.push(file);
  }

  return written;
}

async function renderDmn(browser, origin, src, base) {
  const xml = await readFile(src, 'utf8');

  // first pass at scale 1 to list the decision tables and measure them
  const { context, page } = await newPage(browser, origin, '/dmn.html', 1);

  let tables;

  try {
    tables = await page.evaluate(async (xml) => {
      const viewer = new window.DmnJS({ container: '#canvas' });
      window.__viewer = viewer;

      const { warnings } = await viewer.importXML(xml);

      const views = viewer.getViews().filter(v => v.type === 'decisionTable');

      const result = [];

      for (const view of views) {
        await viewer.open(view);
        const el = document.querySelector('.dmn-decision-table-container');
        result.push({
          id: view.element.id,
          width: el.scrollWidth,
          height: el.scrollHeight
        });
      }

      return { list: result, warnings: warnings.map(w => w.message.split('\n')[0]) };
    }, xml);
  } finally {
    await context.close();
  }

  for (const w of tables.warnings) {
    console.warn(`  warning: ${basename(src)}: ${w}`);
  }

  if (!tables.list.length) {
    console.warn(`  ${basename(src)}: no decision table, nothing rendered`);
    return [];
  }

  const written = [];

  for (const { id, width, height } of tables.list) {
    const file = join(outDir, tables.list.length === 1 ? `${base}.png` : `${base}--${slug(id)}.png`);

    const { context, page, pageErrors } = await newPage(
      browser, origin, '/dmn.html', pxScale(width + 2 * MARGIN, height + 2 * MARGIN)
    );

    try {
      await page.setViewportSize({
        width: Math.min(Math.max(width + 2 * MARGIN, 400), MAX_PX),
        height: Math.min(Math.max(height + 2 * MARGIN, 200), MAX_PX)
      });

      await page.evaluate(async ({ xml, id }) => {
        const viewer = new window.DmnJS({ container: '#canvas' });
        await viewer.importXML(xml);

        const view = viewer.getViews().find(v => v.type === 'decisionTable' && v.element.id === id);
        await viewer.open(view);

        document.getElementById('canvas').style.padding = '20px';
      }, { xml, id });

      await page.evaluate(() => document.fonts.ready);

      if (pageErrors.length) {
        throw new Error(pageErrors.join('; '));
      }

      await page.locator('#canvas').screenshot({ path: file });
      written.push(file);
    } finally {
      await context.close();
    }
  }

  return written;
}

async function main() {
  const dirStat = await stat(modelsDir).catch(() => null);

  if (!dirStat || !dirStat.isDirectory()) {
    throw new Error(`models folder not found: ${modelsDir}`);
  }

  const files = (await readdir(modelsDir))
    .filter(f => /\.(bpmn|dmn)$/i.test(f))
    .sort();

  if (!files.length) {
    console.log(`No *.bpmn or *.dmn files in ${modelsDir}`);
    return;
  }

  await mkdir(outDir, { recursive: true });

  const server = await startServer();
  const origin = `http://127.0.0.1:${server.address().port}`;

  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync'
    ]
  });

  let failed = 0;

  try {
    for (const f of files) {
      const src = join(modelsDir, f);
      const base = f.replace(/\.(bpmn|dmn)$/i, '');

      try {
        const written = /\.bpmn$/i.test(f)
          ? await renderBpmn(browser, origin, src, base)
          : await renderDmn(browser, origin, src, base);

        for (const w of written) {
          console.log(`${f} -> ${w}`);
        }
      } catch (err) {
        failed++;
        // keep the message, drop the (minified) browser stack
        const message = String(err && err.message || err).split(/\n\s+at /)[0];
        console.error(`${f}: FAILED: ${message}`);
      }
    }
  } finally {
    await browser.close();
    server.close();
  }

  if (failed) {
    process.exitCode = 1;
  }
}

main().catch(err => {
  console.error(`render: ${err && err.message || err}`);
  process.exit(1);
});
