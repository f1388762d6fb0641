// The SPARQL page: YASGUI (from its WebJar) against this server's /sparql, with the named queries
// of queries/ offered as examples. Results show in YASGUI's table, with a CSV download.
import { api, append, h } from './dom.js';
import { t } from './i18n.js';

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
  const queries = await api('/api/queries');
  for (const q of queries.queries || queries) {
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
