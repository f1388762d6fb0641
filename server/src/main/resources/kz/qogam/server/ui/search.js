// The search page: one box with autocomplete, filters by kind, region and legal form, results
// that say which name matched and why, paging and a CSV download. The form is a plain GET, so a
// search is a URL that can be bookmarked and shared.
import { api, append, errorBox, entityLink, h, kindBadge, pageOf, sparql } from './dom.js';
import { lang, t } from './i18n.js';
import { autocomplete } from './suggest.js';

const KINDS = ['person', 'organization', 'event', 'place'];
const PAGE = 20;

export async function render(main) {
  const params = new URLSearchParams(location.search);
  const q = params.get('q') || '';
  const input = h('input', { id: 'q', name: 'q', type: 'search', value: q, placeholder: t('search.placeholder'), 'aria-label': t('search.label'), required: true });
  const kind = select('kind', t('search.anyKind'), KINDS.map((k) => [k, t('kind.' + k)]), params.get('kind'));
  const region = select('region', t('search.anyRegion'), [], params.get('region'));
  const form = select('form', t('search.anyForm'), [], params.get('form'));
  append(main, [
    h('h1', {}, t('search.title')),
    h('p', { class: 'lead' }, t('search.lead')),
    h('form', { class: 'search', action: '/', method: 'get', role: 'search' },
      h('div', { class: 'box' }, input), kind, region, form,
      h('button', { type: 'submit' }, t('search.button'))),
  ]);
  autocomplete(input, (hit) => { location.href = pageOf(hit.iri); });
  fillRegions(region, params.get('region'));
  fillForms(form, params.get('form'));
  if (!q) return main.append(h('p', { class: 'hint' }, t('search.examples')));
  const results = h('section', { id: 'results', 'aria-live': 'polite' });
  main.append(results);
  const offset = Math.max(0, parseInt(params.get('offset') || '0', 10) || 0);
  const query = { q, kind: params.get('kind'), region: params.get('region'), form: params.get('form'), translit: params.get('translit') };
  try {
    const body = await api('/api/search', { ...query, limit: PAGE, offset });
    document.title = q + ' — Qogam';
    showResults(results, body, query, offset);
  } catch (e) {
    results.append(errorBox(e));
  }
}

function showResults(el, body, query, offset) {
  const csv = new URLSearchParams(Object.entries({ ...query, format: 'csv', limit: 200, lang: lang() }).filter(([, v]) => v));
  append(el, h('p', { class: 'total' }, t('search.total', { n: body.total }), ' · ',
    h('a', { href: '/api/search?' + csv, download: 'qogam-search.csv', class: 'csv' }, t('csv'))));
  if (body.results.length === 0) return el.append(h('p', {}, t('search.none')));
  el.append(h('ol', { class: 'hits', start: offset + 1 }, body.results.map((r) => h('li', { class: 'hit' },
    kindBadge(r.kind), ' ', entityLink(r),
    h('div', { class: 'why' }, t('search.matched'), ' «', h('span', { class: 'matched' }, r.matched), '»',
      r.matchedLang ? ' (' + r.matchedLang + ')' : '', ' — ', t('why.' + r.why) )))));
  const page = (o) => '?' + new URLSearchParams(Object.entries({ ...query, offset: o }).filter(([, v]) => v));
  const nav = h('nav', { class: 'pager' });
  if (offset > 0) nav.append(h('a', { href: page(Math.max(0, offset - PAGE)), rel: 'prev' }, '← ', t('prev')));
  if (offset + body.results.length < body.total) nav.append(h('a', { href: page(offset + PAGE), rel: 'next' }, t('next'), ' →'));
  el.append(nav);
}

function select(name, anyLabel, options, value) {
  const s = h('select', { name, id: 'filter-' + name, 'aria-label': anyLabel }, h('option', { value: '' }, anyLabel));
  addOptions(s, options, value);
  return s;
}

function addOptions(s, options, value) {
  for (const [v, label] of options) s.append(h('option', { value: v, selected: v === value }, label));
}

async function fillRegions(s, value) {
  try {
    const regions = await api('/api/stats/regions');
    const list = Array.isArray(regions) ? regions : regions.regions;
    addOptions(s, list.map((r) => [r.slug || r.region.split('/').pop(), r.label || r.name]).sort((a, b) => a[1].localeCompare(b[1])), value);
  } catch (e) { /* the filter stays "any region" */ }
}

async function fillForms(s, value) {
  const q = `PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?c (SAMPLE(?l) AS ?label) WHERE {
  ?c skos:inScheme <https://qogam.kz/ns/legal-form/scheme> ; skos:prefLabel ?l .
  FILTER(LANGMATCHES(LANG(?l), "${lang() === 'kk' ? 'kk' : lang() === 'en' ? 'en' : 'ru'}"))
} GROUP BY ?c ORDER BY ?label`;
  try {
    const r = await sparql(q);
    addOptions(s, r.results.bindings.map((b) => [b.c.value.split('/').pop(), b.label.value]), value);
  } catch (e) { /* the filter stays "any legal form" */ }
}
