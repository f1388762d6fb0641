// An entity's page: its names in every language and script, legal form, region and identifiers,
// tables of posts, members, memberships and events, each row with the sentences it comes from
// (the names in them highlighted, a link to the source), and the network around it.
import { api, append, entityLink, h, kindBadge, pageOf, quoted } from './dom.js';
import { t } from './i18n.js';
import { network } from './network.js';

/** The relation tables, in the order a reader expects them. */
const SECTIONS = ['posts', 'postHolders', 'memberships', 'members', 'events', 'organisers', 'participants', 'places', 'contains', 'other'];

export async function render(main, data) {
  const e = await api(`/api/entities/${encodeURIComponent(data.kind)}/${encodeURIComponent(data.slug)}`);
  const label = e.label || e.iri;
  document.title = label + ' — Qogam';
  append(main, [
    h('header', { class: 'entity-head' }, kindBadge(e.kind), h('h1', { id: 'entity-label' }, label),
      h('p', { class: 'iri' }, h('code', {}, e.iri)),
      h('p', { class: 'actions' }, h('a', { href: '/paths?from=' + encodeURIComponent(e.kind + '/' + e.slug) }, t('entity.linkTo')))),
    names(e),
    about(e),
  ]);
  const net = h('div', { id: 'network', class: 'network', role: 'img', 'aria-label': t('entity.network') });
  main.append(h('section', {}, h('h2', {}, t('entity.network')), h('p', { class: 'hint' }, t('entity.networkHint')), net));
  const relations = e.relations || {};
  for (const key of SECTIONS) {
    const rows = relations[key] || [];
    if (rows.length === 0) continue;
    const cut = e.truncated && e.truncated[key];
    main.append(h('section', { class: 'relations', id: 'rel-' + key },
      h('h2', {}, t('rel.' + key), ' ', h('small', {}, '(' + (cut || rows.length) + ')')),
      relationTable(rows, key === 'other')));
  }
  main.append(values(e));
  try {
    await network(net, e.iri);
  } catch (err) {
    net.append(h('p', { class: 'error' }, err.message));
  }
}

function names(e) {
  const rows = [];
  const langs = new Set([...Object.keys(e.labels || {}), ...Object.keys(e.altLabels || {})]);
  for (const l of langs) {
    rows.push(h('tr', {}, h('th', { scope: 'row' }, langName(l)), h('td', { lang: l }, (e.labels || {})[l] || ''),
      h('td', { lang: l }, ((e.altLabels || {})[l] || []).join(' · '))));
  }
  return h('section', { class: 'names' }, h('h2', {}, t('entity.names')),
    h('table', {}, h('thead', {}, h('tr', {}, h('th', {}, t('entity.language')), h('th', {}, t('entity.name')), h('th', {}, t('entity.otherNames')))),
      h('tbody', {}, rows)));
}

function about(e) {
  const dl = h('dl', { class: 'about' });
  const item = (key, value) => { if (value) append(dl, [h('dt', {}, t(key)), h('dd', {}, value)]); };
  if (e.legalForm) item('entity.legalForm', e.legalForm.label || e.legalForm.iri);
  if (e.region) item('entity.region', entityLink(e.region));
  for (const [k, v] of Object.entries(e.identifiers || {})) {
    for (const value of [v].flat()) {
      item('id.' + k, /^https?:/.test(value) ? h('a', { href: value, rel: 'nofollow noopener' }, value) : value);
    }
  }
  if ((e.mentionedIn || []).length) {
    item('entity.sources', h('ul', { class: 'inline' }, e.mentionedIn.map((s) => h('li', {}, h('a', { href: s.page || pageOf(s.iri) }, s.title || s.id)))));
  }
  return dl.childElementCount ? h('section', { class: 'facts-about' }, dl) : '';
}

function relationTable(rows, showPredicate) {
  return h('table', { class: 'relation' },
    h('thead', {}, h('tr', {}, showPredicate ? h('th', {}, t('col.relation')) : '', h('th', {}, t('col.with')), h('th', {}, t('col.role')),
      h('th', {}, t('col.period')), h('th', {}, t('col.evidence')))),
    h('tbody', {}, rows.map((r) => h('tr', {},
      showPredicate ? h('td', {}, t('pred.' + r.predicate)) : '',
      h('td', {}, entityLink(r.other)),
      h('td', { class: 'role' }, r.role ? (r.role.label || (r.role.iri || '').split('/').pop()) : '',
        // The post's whole title as the text writes it («Білім және ғылым министрі»), beside the role.
        r.role && r.role.title ? h('span', { class: 'post-title' }, r.role.title) : ''),
      h('td', { class: 'period' }, period(r)),
      h('td', { class: 'evidence' }, evidence(r.evidence || [], r.confidence))))));
}

function period(r) {
  const p = r.period || {};
  if (p.start || p.end) return (p.start || '…') + ' – ' + (p.end || '…');
  return r.date || '';
}

export function evidence(list, confidence) {
  return h('ul', { class: 'quotes' }, list.map((ev) => h('li', {},
    quoted(ev.quote || '', ev.highlight || []), ' ',
    h('a', { class: 'source', href: (ev.source.page || pageOf(ev.source.iri)) + '#at-' + ev.start }, ev.source.title || ev.source.id),
    confidence != null ? h('span', { class: 'confidence', title: t('col.confidence') }, ' ' + Math.round((ev.confidence ?? confidence) * 100) + '%') : '')));
}

/** Facts whose object is a value (a date, a phone number), with their quotes. */
function values(e) {
  const rows = (e.facts || []).filter((f) => f.value != null);
  if (rows.length === 0) return '';
  return h('section', { class: 'relations', id: 'rel-values' }, h('h2', {}, t('rel.values')),
    h('table', { class: 'relation' }, h('tbody', {}, rows.map((f) => h('tr', {},
      h('td', {}, t('pred.' + f.predicate)), h('td', {}, f.value),
      h('td', { class: 'evidence' }, evidence([{ quote: f.quote, start: f.start, source: f.source, confidence: f.confidence }], f.confidence)))))));
}

function langName(l) {
  return t('lang.' + l) === 'lang.' + l ? l : t('lang.' + l);
}
