// Builds the page from data without ever parsing data as HTML: every string becomes a text node
// or an attribute value, so a name such as «<img src=x onerror=…>» shows as those characters.
import { lang, t } from './i18n.js';

/** An element with attributes (on… = listeners) and children (nodes or strings, nested arrays allowed). */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v == null || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'class') el.className = v;
    else if (k === 'href') { const safe = safeHref(v); if (safe) el.setAttribute('href', safe); }
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const c of [children].flat(Infinity)) {
    if (c == null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

/** Only same-site paths and http(s) URLs become links: a text can give «javascript:…» as a homepage. */
export function safeHref(v) {
  const s = String(v);
  if (s.startsWith('/') && !s.startsWith('//')) return s;
  if (s.startsWith('?') || s.startsWith('#')) return s;
  try {
    const u = new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch (e) {
    return null;
  }
}

const LOCAL = /^https?:\/\/[^/]+(\/id\/(person|organization|event|place|source|fact)\/[A-Za-z0-9._~-]+)$/;

/** The page of an IRI on this server ({base}/id/kind/slug → /id/kind/slug), whatever base the data was minted with. */
export function pageOf(iri) {
  const m = LOCAL.exec(iri || '');
  return m ? m[1] : iri;
}

/** kind/slug of an entity IRI, the form /api/graph and /api/paths take. */
export function refOf(iri) {
  const m = LOCAL.exec(iri || '');
  return m ? m[1].substring(4) : iri;
}

/** GET a JSON API path with the interface language for labels; throws with the problem's detail. */
export async function api(path, params = {}) {
  const u = new URL(path, location.origin);
  for (const [k, v] of Object.entries(params)) if (v != null && v !== '') u.searchParams.set(k, v);
  if (!u.searchParams.has('lang')) u.searchParams.set('lang', lang());
  const res = await fetch(u, { headers: { Accept: 'application/json' } });
  const body = await res.json().catch(() => null);
  if (!res.ok) {
    const e = new Error((body && (body.detail || body.title)) || res.status + ' ' + res.statusText);
    e.status = res.status;
    throw e;
  }
  return body;
}

/** POST a SPARQL query to /sparql; the JSON results. */
export async function sparql(query) {
  const res = await fetch('/sparql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/sparql-query', Accept: 'application/sparql-results+json' },
    body: query,
  });
  if (!res.ok) throw new Error(await res.text());
  return res.json();
}

export function errorBox(e) {
  return h('p', { class: 'error', role: 'alert' }, t('error'), ': ', e.message || String(e));
}

/** The quote with the given [start, end) ranges (relative to it) in <mark>. */
export function quoted(quote, ranges = []) {
  const out = h('q', { class: 'quote' });
  let at = 0;
  for (const r of [...ranges].sort((a, b) => a.start - b.start)) {
    if (r.start < at || r.end > quote.length || r.end <= r.start) continue;
    append(out, [quote.substring(at, r.start), h('mark', {}, quote.substring(r.start, r.end))]);
    at = r.end;
  }
  append(out, quote.substring(at));
  return out;
}

export function kindBadge(kind) {
  return h('span', { class: 'kind kind-' + (kind || 'other') }, t('kind.' + (kind || 'other')));
}

/** A link to an entity's page, with its label (or its IRI when it has none). */
export function entityLink(node) {
  if (!node) return '';
  const iri = node.iri || node.id;
  return h('a', { href: node.page || pageOf(iri), class: 'entity' }, node.label || iri);
}

export function debounce(fn, ms) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}
