// The network view around an entity (Cytoscape.js, from its WebJar): a click on a node expands it
// with its own neighbours, a double click opens its page. Labels are drawn on a canvas, never as HTML.
import { api, pageOf, refOf } from './dom.js';
import { t } from './i18n.js';

const COLOURS = { person: '#1f6feb', organization: '#bf3989', event: '#d4a72c', place: '#2da44e', other: '#6e7781' };
const PER_NODE = 25;
// Rings around the entity: its neighbours on the first, what an expansion adds further out.
const layout = (seed) => ({ name: 'breadthfirst', roots: seed, circle: true, spacingFactor: 1.1, padding: 30, animate: false });

export async function network(container, iri) {
  const first = await api('/api/graph', { ids: refOf(iri), depth: 1, limit: PER_NODE });
  const cy = window.cytoscape({
    container,
    elements: [],
    minZoom: 0.2,
    maxZoom: 1.4,
    style: [
      { selector: 'node', style: {
        label: 'data(label)', 'background-color': (n) => COLOURS[n.data('kind')] || COLOURS.other,
        color: '#1f2328', 'font-size': 10, 'text-wrap': 'ellipsis', 'text-max-width': 140, 'text-valign': 'bottom', 'text-margin-y': 3,
        width: 18, height: 18 } },
      { selector: 'node.seed', style: { width: 28, height: 28, 'border-width': 3, 'border-color': '#1f2328' } },
      { selector: 'node.more', style: { 'border-width': 2, 'border-style': 'dashed', 'border-color': '#6e7781' } },
      { selector: 'edge', style: {
        label: 'data(label)', 'font-size': 8, color: '#57606a', 'curve-style': 'bezier', 'target-arrow-shape': 'triangle',
        width: 1.5, 'line-color': '#afb8c1', 'target-arrow-color': '#afb8c1', 'text-rotation': 'autorotate' } },
    ],
  });
  const expanded = new Set([iri]);
  add(cy, first, iri);
  cy.layout(layout(cy.getElementById(iri))).run();

  cy.on('tap', 'node', async (ev) => {
    const id = ev.target.id();
    if (expanded.has(id)) return;
    expanded.add(id);
    try {
      add(cy, await api('/api/graph', { ids: refOf(id), depth: 1, limit: PER_NODE }), null);
      cy.layout(layout(cy.getElementById(iri))).run();
    } catch (e) { /* a node that cannot be expanded stays as it is */ }
  });
  cy.on('dbltap', 'node', (ev) => { location.href = pageOf(ev.target.id()); });
  container.cy = cy; // for the browser tests and the console
  return cy;
}

/** Adds the nodes and edges not shown yet. */
function add(cy, g, seed) {
  const added = [];
  for (const n of g.nodes) {
    const id = n.id || n.iri;
    const left = n.truncated ? n.truncated.total - n.truncated.shown : 0;
    const label = (n.label || id) + (left > 0 ? ' (+' + left + ')' : '');
    const existing = cy.getElementById(id);
    if (existing.nonempty()) { existing.data('label', label); continue; }
    added.push({ group: 'nodes', data: { id, label, kind: n.kind }, classes: [id === seed ? 'seed' : '', left > 0 ? 'more' : ''].join(' ') });
  }
  for (const e of g.edges) {
    const id = e.source + '|' + e.predicate + '|' + e.target;
    if (cy.getElementById(id).nonempty()) continue;
    added.push({ group: 'edges', data: { id, source: e.source, target: e.target, label: e.role || t('pred.' + e.predicate) } });
  }
  cy.add(added);
  cy.container().dataset.nodes = String(cy.nodes().length);
}
