// Draws the page the server's shell names in <body data-page=…>.
import { errorBox } from './dom.js';
import { applyI18n, lang, setLang } from './i18n.js';
import * as entity from './entity.js';
import * as paths from './paths.js';
import * as regions from './regions.js';
import * as search from './search.js';
import * as source from './source.js';
import * as sparql from './sparql.js';

const PAGES = { search, entity, source, paths, regions, sparql };

const picker = document.getElementById('lang');
picker.value = lang();
picker.addEventListener('change', () => {
  setLang(picker.value);
  location.reload();
});
applyI18n(document);

const main = document.getElementById('main');
const page = PAGES[document.body.dataset.page];
page.render(main, document.body.dataset)
  .catch((e) => main.append(errorBox(e)))
  .finally(() => { document.body.dataset.ready = 'true'; });
