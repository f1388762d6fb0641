// A source: its text with every extracted mention highlighted by type and linked to its entity,
// and the facts taken from it with their confidence. #at-N in the URL points at offset N.
import { api, append, h, pageOf, quoted } from './dom.js';
import { t } from './i18n.js';

export async function render(main, data) {
  const s = await api('/api/sources/' + encodeURIComponent(data.slug));
  document.title = s.title + ' — Qogam';
  const names = new Map();
  for (const m of s.mentions) if (!names.has(m.entity)) names.set(m.entity, m.text);
  const types = [...new Set(s.mentions.map((m) => m.type))].sort();
  append(main, [
    h('h1', {}, s.title),
    h('p', { class: 'meta' }, t('source.language'), ': ', s.language, ' · ', s.fileName || '', ' · ', t('source.mentions', { n: s.mentions.length }),
      ' · ', t('source.facts', { n: s.facts.length })),
    h('p', { class: 'legend' }, types.map((ty) => h('mark', { class: 'm type-' + ty }, t('kind.' + ty)))),
    h('article', { class: 'text', id: 'text', lang: s.language }, text(s.text, s.mentions)),
    h('h2', {}, t('source.factsTitle')),
    facts(s.facts, names),
  ]);
  const at = /^#at-(\d+)$/.exec(location.hash);
  if (at) focus(parseInt(at[1], 10));
}

/** The text as text nodes and one <mark> per mention; a mention inside an earlier one is skipped. */
function text(str, mentions) {
  const out = [];
  let at = 0;
  for (const m of [...mentions].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (m.start < at || m.end > str.length) continue;
    out.push(str.substring(at, m.start));
    out.push(h('a', { href: pageOf(m.entity), class: 'mention' },
      h('mark', { class: 'm type-' + m.type, 'data-start': m.start, 'data-end': m.end, title: t('kind.' + m.type) }, str.substring(m.start, m.end))));
    at = m.end;
  }
  out.push(str.substring(at));
  return out;
}

function facts(list, names) {
  const label = (iri) => names.get(iri) || iri.split('/').pop();
  return h('table', { class: 'relation facts' },
    h('thead', {}, h('tr', {}, h('th', {}, t('col.subject')), h('th', {}, t('col.relation')), h('th', {}, t('col.with')),
      h('th', {}, t('col.confidence')), h('th', {}, t('col.evidence')))),
    h('tbody', {}, list.map((f) => h('tr', { id: 'fact-' + f.start },
      h('td', {}, h('a', { href: pageOf(f.subject) }, label(f.subject))),
      h('td', {}, t('pred.' + f.predicate), f.role ? ' (' + f.role + ')' : ''),
      h('td', {}, f.object ? h('a', { href: pageOf(f.object) }, label(f.object)) : f.value),
      h('td', { class: 'confidence' }, Math.round(f.confidence * 100) + '%'),
      h('td', {}, h('a', { href: '#at-' + f.start, onclick: () => focus(f.start) }, quoted(f.quote)))))));
}

/** Scrolls to the first mention at or after the offset and marks the sentence's mentions. */
function focus(offset) {
  const marks = [...document.querySelectorAll('#text mark[data-start]')];
  marks.forEach((m) => m.classList.remove('focus'));
  const first = marks.find((m) => parseInt(m.dataset.start, 10) >= offset);
  if (!first) return;
  first.classList.add('focus');
  first.scrollIntoView({ block: 'center' });
}
