// "How is A linked to B": two boxes with autocomplete and an optional date; the k shortest paths
// as chains of entities and relations, each hop with its sentence and source. A plain GET form,
// so the answer has a URL of its own.
import { api, append, entityLink, errorBox, h, quoted, refOf } from './dom.js';
import { t } from './i18n.js';
import { autocomplete } from './suggest.js';

export async function render(main) {
  const params = new URLSearchParams(location.search);
  const from = endpoint('from', params.get('from'));
  const to = endpoint('to', params.get('to'));
  const at = h('input', { type: 'date', name: 'at', id: 'at', value: params.get('at') || '' });
  const form = h('form', { class: 'paths', action: '/paths', method: 'get' },
    from.field, to.field,
    h('label', {}, t('paths.at'), ' ', at),
    h('button', { type: 'submit' }, t('paths.button')));
  // A box typed into without picking a suggestion is resolved by search before the form goes.
  form.addEventListener('submit', async (ev) => {
    const pending = [from, to].filter((p) => p.text.value.trim() && !p.ref.value);
    if (pending.length === 0) return;
    ev.preventDefault();
    for (const p of pending) {
      try {
        const hit = (await api('/api/search', { q: p.text.value.trim(), limit: 1 })).results[0];
        if (hit) p.ref.value = refOf(hit.iri);
      } catch (e) { /* left empty: the server says what is missing */ }
    }
    form.submit();
  });
  append(main, [h('h1', {}, t('paths.title')), h('p', { class: 'lead' }, t('paths.lead')), form]);
  if (!params.get('from') || !params.get('to')) return;
  const out = h('section', { id: 'paths', 'aria-live': 'polite' });
  main.append(out);
  try {
    const body = await api('/api/paths', { from: params.get('from'), to: params.get('to'), at: params.get('at'), maxHops: params.get('maxHops'), k: 3 });
    from.text.value = body.from.label || body.from.iri;
    to.text.value = body.to.label || body.to.iri;
    document.title = from.text.value + ' ↔ ' + to.text.value + ' — Qogam';
    show(out, body);
  } catch (e) {
    out.append(errorBox(e));
  }
}

function endpoint(name, value) {
  const text = h('input', { type: 'search', id: name + '-text', placeholder: t('search.placeholder'), 'aria-label': t('paths.' + name) });
  const ref = h('input', { type: 'hidden', name, value: value || '' });
  text.addEventListener('input', () => { ref.value = ''; });
  const box = h('div', { class: 'box' }, text);
  const field = h('label', { class: 'endpoint' }, h('span', {}, t('paths.' + name)), box, ref);
  autocomplete(text, (hit) => { text.value = hit.label; ref.value = refOf(hit.iri); });
  return { field, text, ref };
}

function show(el, body) {
  if (body.paths.length === 0) {
    el.append(h('p', {}, t('paths.none', { n: body.maxHops })));
    return;
  }
  body.paths.forEach((p, i) => el.append(h('article', { class: 'path' },
    h('h2', {}, t('paths.path', { i: i + 1, n: p.length })),
    h('ol', { class: 'hops' }, p.hops.map((hop) => h('li', { class: 'hop' },
      h('div', { class: 'chain' }, entityLink(hop.from), ' ', relation(hop), ' ', entityLink(hop.to)),
      hop.evidence ? h('blockquote', {}, quoted(hop.evidence.quote || ''), ' ',
        h('a', { class: 'source', href: '/id/source/' + encodeURIComponent(hop.evidence.source.id) + '#at-' + hop.evidence.start },
          hop.evidence.source.title || hop.evidence.source.id)) : ''))))));
}

function relation(hop) {
  const name = (hop.role ? hop.role + ' · ' : '') + t('pred.' + hop.predicate);
  return h('span', { class: 'relation' }, hop.direction === 'in' ? '← ' + name + ' —' : '— ' + name + ' →');
}
