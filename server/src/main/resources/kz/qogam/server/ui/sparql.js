// The SPARQL page: YASGUI (from its WebJar) against this server's /sparql, with the named queries
// of queries/ offered as examples. Results show in YASGUI's table (with its CSV download), and
// every IRI in it gets the entity's label next to it.
import { api, append, h, sparql } from './dom.js';
import { lang, t } from './i18n.js';

/** An IRI that can be written between <> in a query as it is. */
const SAFE_IRI = /^https?:\/\/[^\s<>"{}|\\^`]+$/;

export async function render(main) {
  const examples = h('div', { class: 'examples', id: 'examples' });
  const host = h('div', { id: 'yasgui' });
  append(main, [h('h1', {}, t('sparql.title')), h('p', { class: 'lead' }, t('sparql.lead')), h('h2', {}, t('sparql.examples')), examples, host]);
  const yasgui = new window.Yasgui(host, {
    requestConfig: { endpoint: location.origin + '/sparql', method: 'POST' },
    copyEndpointOnNewTab: false,
    // Prefixes complete from this server's own list, not prefix.cc; nothing leaves this server.
    yasqe: { prefixCcApi: location.origin + '/prefixes.json' },
    endpointCatalogueOptions: { getData: () => [{ endpoint: location.origin + '/sparql' }] },
  });
  labelIris(host);
  const queries = await api('/api/queries');
  for (const q of queries.queries) {
    examples.append(h('button', {
      type: 'button', class: 'example', title: q.description, 'data-name': q.name,
      onclick: () => {
        const tab = yasgui.getTab();
        tab.setQuery(q.sparql);
        tab.query();
      },
    }, q.title));
  }
}

/** Whenever the results table draws rows (a new query, another page), adds labels after its IRIs. */
function labelIris(host) {
  const known = new Map();
  const annotate = async () => {
    const links = [...host.querySelectorAll('.yasr td a[href]:not([data-labelled])')]
      .filter((a) => SAFE_IRI.test(a.getAttribute('href')));
    if (links.length === 0) return;
    links.forEach((a) => { a.dataset.labelled = 'true'; });
    const missing = [...new Set(links.map((a) => a.getAttribute('href')))].filter((i) => !known.has(i)).slice(0, 300);
    if (missing.length) {
      missing.forEach((i) => known.set(i, null));
      try {
        const r = await sparql(`PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?s (SAMPLE(?wanted) AS ?w) (SAMPLE(?any) AS ?a) WHERE {
  VALUES ?s { ${missing.map((i) => '<' + i + '>').join(' ')} }
  ?s skos:prefLabel ?any .
  OPTIONAL { ?s skos:prefLabel ?wanted FILTER(LANGMATCHES(LANG(?wanted), "${lang()}")) }
} GROUP BY ?s`);
        for (const b of r.results.bindings) known.set(b.s.value, (b.w || b.a).value);
      } catch (e) { /* IRIs stay without labels */ }
    }
    for (const a of links) {
      const label = known.get(a.getAttribute('href'));
      if (label) a.after(h('span', { class: 'iri-label' }, label));
    }
  };
  new MutationObserver(annotate).observe(host, { childList: true, subtree: true });
}
