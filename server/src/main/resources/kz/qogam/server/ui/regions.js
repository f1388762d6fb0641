// Organisations and events per region of Kazakhstan: a map drawn from the gazetteer's coordinates
// (a circle per region, its area the count) and the same figures as a table.
import { api, append, h, pageOf } from './dom.js';
import { t } from './i18n.js';

const SVG = 'http://www.w3.org/2000/svg';
// Kazakhstan lies within 46–88° E and 40–56° N; an equirectangular frame of that box.
const BOX = { west: 46, east: 88, south: 40, north: 56 };
const W = 720;
const H = Math.round(W * (BOX.north - BOX.south) / (BOX.east - BOX.west) * 1.55);

export async function render(main) {
  const body = await api('/api/stats/regions');
  const regions = Array.isArray(body) ? body : body.regions;
  append(main, [h('h1', {}, t('regions.title')), h('p', { class: 'lead' }, t('regions.lead')), map(regions), table(regions)]);
}

function svg(tag, attrs, text) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text != null) el.textContent = text;
  return el;
}

function map(regions) {
  const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'map', role: 'img', 'aria-label': t('regions.map') });
  root.append(svg('rect', { x: 0, y: 0, width: W, height: H, class: 'sea' }));
  const max = Math.max(1, ...regions.map((r) => r.organizations + r.events));
  for (const r of regions) {
    if (r.lat == null || r.lon == null) continue;
    const x = (r.lon - BOX.west) / (BOX.east - BOX.west) * W;
    const y = (BOX.north - r.lat) / (BOX.north - BOX.south) * H;
    const n = r.organizations + r.events;
    const link = document.createElementNS(SVG, 'a');
    link.setAttribute('href', r.page || pageOf(r.region));
    const dot = svg('circle', { cx: x.toFixed(1), cy: y.toFixed(1), r: (3 + 22 * Math.sqrt(n / max)).toFixed(1), class: n ? 'dot' : 'dot empty' });
    dot.append(svg('title', {}, `${r.label || r.name}: ${t('regions.organizations')} ${r.organizations}, ${t('regions.events')} ${r.events}`));
    // Names of the easternmost places run leftwards, so that they stay inside the frame.
    const east = x > W * 0.8;
    link.append(dot, svg('text', { x: (x + (east ? -6 : 6)).toFixed(1), y: (y - 6).toFixed(1), class: 'place', 'text-anchor': east ? 'end' : 'start' }, r.label || r.name));
    root.append(link);
  }
  return h('figure', {}, root, h('figcaption', {}, t('regions.caption')));
}

function table(regions) {
  return h('table', { class: 'relation regions' },
    h('thead', {}, h('tr', {}, h('th', {}, t('regions.region')), h('th', {}, 'ISO 3166-2'), h('th', { class: 'num' }, t('regions.organizations')),
      h('th', { class: 'num' }, t('regions.events')))),
    h('tbody', {}, regions.map((r) => h('tr', {},
      h('td', {}, h('a', { href: r.page || pageOf(r.region) }, r.label || r.name)),
      h('td', {}, r.iso3166 || ''),
      h('td', { class: 'num' }, r.organizations), h('td', { class: 'num' }, r.events)))));
}
