// Interface labels in Russian, Kazakh and English. The choice is remembered in localStorage and
// also asks the API for entity labels in that language.
const KEY = 'qogam.lang';
export const LANGUAGES = ['ru', 'kk', 'en'];

export function lang() {
  const saved = localStorage.getItem(KEY);
  if (LANGUAGES.includes(saved)) return saved;
  const browser = (navigator.language || 'ru').slice(0, 2);
  return LANGUAGES.includes(browser) ? browser : 'ru';
}

export function setLang(l) {
  if (LANGUAGES.includes(l)) localStorage.setItem(KEY, l);
}

/** The label for the key in the current language ({n} filled from vars), else English, else the key. */
export function t(key, vars = {}) {
  const s = DICT[lang()][key] ?? DICT.en[key] ?? key;
  return s.replace(/\{(\w+)\}/g, (m, v) => (v in vars ? String(vars[v]) : m));
}

/** Fills every [data-i18n] element's text from the dictionary. */
export function applyI18n(root) {
  document.documentElement.lang = lang();
  root.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
}

const DICT = {
  en: {
    'nav.search': 'Search', 'nav.paths': 'How linked', 'nav.regions': 'Regions', 'nav.sparql': 'SPARQL', 'nav.api': 'API',
    'nav.language': 'Language', 'nav.ontology': 'Ontology', 'nav.dump': 'Dump',
    error: 'Error', csv: 'Download CSV', prev: 'Previous', next: 'Next',
    'kind.person': 'person', 'kind.organization': 'organisation', 'kind.event': 'event', 'kind.place': 'place', 'kind.other': 'other',
    'search.title': 'Civil society of Kazakhstan', 'search.lead': 'Organisations, people and their posts, events and places, from Russian and Kazakh texts; every fact with the sentence it came from.',
    'search.label': 'Name', 'search.placeholder': 'A name in any form or script: Муратовой, Urpaq Next, Шымкент қаласында…',
    'search.anyKind': 'Any kind', 'search.anyRegion': 'Any region', 'search.anyForm': 'Any legal form', 'search.button': 'Search',
    'search.examples': 'Try: Муратовой · Zhazykbayeva · ОМП · Чимкент', 'search.total': '{n} found', 'search.none': 'Nothing found.',
    'search.matched': 'matched',
    'why.exact': 'exact name', 'why.prefix': 'beginning of a name', 'why.folded': 'same letters, other case or script',
    'why.transliterated': 'transliteration', 'why.stemmed': 'another form of the word', 'why.fuzzy': 'one letter different', 'why.abbreviation': 'abbreviation',
    'entity.linkTo': 'How is it linked to…', 'entity.network': 'Network', 'entity.networkHint': 'Click a node to expand it, double-click to open its page.',
    'entity.names': 'Names', 'entity.language': 'Language', 'entity.name': 'Name', 'entity.otherNames': 'Other forms',
    'entity.legalForm': 'Legal form', 'entity.region': 'Region', 'entity.sources': 'Mentioned in',
    'id.notation': 'Abbreviation', 'id.iso3166': 'ISO 3166', 'id.kato': 'KATO', 'id.sameAs': 'Same as', 'id.homepage': 'Website', 'id.phone': 'Phone',
    'rel.posts': 'Posts', 'rel.postHolders': 'People in posts', 'rel.memberships': 'Member of', 'rel.members': 'Members',
    'rel.events': 'Events', 'rel.organisers': 'Organisers', 'rel.participants': 'Participants', 'rel.places': 'Places',
    'rel.contains': 'Here', 'rel.other': 'Other links', 'rel.values': 'Dates and contacts',
    'col.relation': 'Relation', 'col.with': 'With', 'col.role': 'Role', 'col.period': 'Period or date', 'col.evidence': 'Source sentence',
    'col.confidence': 'Confidence', 'col.subject': 'Who or what',
    'pred.holdsPost': 'holds a post in', 'pred.memberOf': 'member of', 'pred.partOf': 'part of', 'pred.organizes': 'organises',
    'pred.participatesIn': 'takes part in', 'pred.fundedBy': 'funded by', 'pred.takesPlaceIn': 'takes place in', 'pred.basedIn': 'based in',
    'pred.locatedIn': 'located in', 'pred.foundedOn': 'founded on', 'pred.date': 'date', 'pred.phone': 'phone', 'pred.homepage': 'website',
    'lang.ru': 'Russian', 'lang.kk': 'Kazakh', 'lang.kk-Latn': 'Kazakh (Latin)', 'lang.en': 'English', 'lang.und': 'other',
    'paths.title': 'How is A linked to B?', 'paths.lead': 'The shortest chains of posts, memberships, events and places between two entities, each link with its sentence.',
    'paths.from': 'From', 'paths.to': 'To', 'paths.at': 'Valid on', 'paths.button': 'Find links',
    'paths.none': 'No link of at most {n} steps.', 'paths.path': 'Path {i}: {n} steps',
    'source.language': 'Language', 'source.mentions': '{n} mentions', 'source.facts': '{n} facts', 'source.factsTitle': 'Facts from this text',
    'regions.title': 'Regions', 'regions.lead': 'Organisations based and events held in each region and city of republican significance.',
    'regions.map': 'Map of Kazakhstan', 'regions.caption': 'Circle area: organisations and events together.', 'regions.region': 'Region',
    'regions.organizations': 'Organisations', 'regions.events': 'Events',
    'sparql.title': 'SPARQL', 'sparql.lead': 'Query the graph at /sparql (read-only). The vocabulary is at /ontology.', 'sparql.examples': 'Named queries',
  },
  ru: {
    'nav.search': 'Поиск', 'nav.paths': 'Связи', 'nav.regions': 'Регионы', 'nav.sparql': 'SPARQL', 'nav.api': 'API',
    'nav.language': 'Язык', 'nav.ontology': 'Онтология', 'nav.dump': 'Выгрузка',
    error: 'Ошибка', csv: 'Скачать CSV', prev: 'Назад', next: 'Дальше',
    'kind.person': 'человек', 'kind.organization': 'организация', 'kind.event': 'событие', 'kind.place': 'место', 'kind.other': 'другое',
    'search.title': 'Гражданское общество Казахстана', 'search.lead': 'Организации, люди и их должности, события и места из текстов на русском и казахском; у каждого факта — предложение, из которого он взят.',
    'search.label': 'Имя или название', 'search.placeholder': 'Имя в любой форме и письменности: Муратовой, Urpaq Next, Шымкент қаласында…',
    'search.anyKind': 'Все типы', 'search.anyRegion': 'Все регионы', 'search.anyForm': 'Любая правовая форма', 'search.button': 'Найти',
    'search.examples': 'Например: Муратовой · Zhazykbayeva · ОМП · Чимкент', 'search.total': 'Найдено: {n}', 'search.none': 'Ничего не найдено.',
    'search.matched': 'совпало',
    'why.exact': 'точное имя', 'why.prefix': 'начало имени', 'why.folded': 'те же буквы в другом регистре или алфавите',
    'why.transliterated': 'транслитерация', 'why.stemmed': 'другая форма слова', 'why.fuzzy': 'отличие в одной букве', 'why.abbreviation': 'аббревиатура',
    'entity.linkTo': 'Как связан с…', 'entity.network': 'Сеть связей', 'entity.networkHint': 'Щелчок по узлу раскрывает его связи, двойной щелчок открывает его страницу.',
    'entity.names': 'Имена', 'entity.language': 'Язык', 'entity.name': 'Имя', 'entity.otherNames': 'Другие формы',
    'entity.legalForm': 'Правовая форма', 'entity.region': 'Регион', 'entity.sources': 'Упоминается в',
    'id.notation': 'Аббревиатура', 'id.iso3166': 'ISO 3166', 'id.kato': 'КАТО', 'id.sameAs': 'То же, что', 'id.homepage': 'Сайт', 'id.phone': 'Телефон',
    'rel.posts': 'Должности', 'rel.postHolders': 'Руководство и сотрудники', 'rel.memberships': 'Член организаций', 'rel.members': 'Участники',
    'rel.events': 'События', 'rel.organisers': 'Организаторы', 'rel.participants': 'Участники события', 'rel.places': 'Места',
    'rel.contains': 'Здесь', 'rel.other': 'Другие связи', 'rel.values': 'Даты и контакты',
    'col.relation': 'Связь', 'col.with': 'С кем', 'col.role': 'Роль', 'col.period': 'Период или дата', 'col.evidence': 'Предложение из источника',
    'col.confidence': 'Уверенность', 'col.subject': 'Кто или что',
    'pred.holdsPost': 'занимает должность в', 'pred.memberOf': 'член', 'pred.partOf': 'входит в', 'pred.organizes': 'организует',
    'pred.participatesIn': 'участвует в', 'pred.fundedBy': 'финансируется', 'pred.takesPlaceIn': 'проходит в', 'pred.basedIn': 'находится в',
    'pred.locatedIn': 'расположено в', 'pred.foundedOn': 'основана', 'pred.date': 'дата', 'pred.phone': 'телефон', 'pred.homepage': 'сайт',
    'lang.ru': 'русский', 'lang.kk': 'казахский', 'lang.kk-Latn': 'казахский (латиница)', 'lang.en': 'английский', 'lang.und': 'другое',
    'paths.title': 'Как связаны А и Б?', 'paths.lead': 'Кратчайшие цепочки должностей, членства, событий и мест между двумя сущностями; у каждого звена — его предложение.',
    'paths.from': 'От', 'paths.to': 'До', 'paths.at': 'На дату', 'paths.button': 'Найти связи',
    'paths.none': 'Нет связи не длиннее {n} шагов.', 'paths.path': 'Путь {i}: шагов — {n}',
    'source.language': 'Язык', 'source.mentions': 'упоминаний: {n}', 'source.facts': 'фактов: {n}', 'source.factsTitle': 'Факты из этого текста',
    'regions.title': 'Регионы', 'regions.lead': 'Организации и события в каждой области и городе республиканского значения.',
    'regions.map': 'Карта Казахстана', 'regions.caption': 'Площадь круга — организации и события вместе.', 'regions.region': 'Регион',
    'regions.organizations': 'Организации', 'regions.events': 'События',
    'sparql.title': 'SPARQL', 'sparql.lead': 'Запросы к графу через /sparql (только чтение). Словарь — на странице /ontology.', 'sparql.examples': 'Готовые запросы',
  },
  kk: {
    'nav.search': 'Іздеу', 'nav.paths': 'Байланыстар', 'nav.regions': 'Өңірлер', 'nav.sparql': 'SPARQL', 'nav.api': 'API',
    'nav.language': 'Тіл', 'nav.ontology': 'Онтология', 'nav.dump': 'Жүктеу',
    error: 'Қате', csv: 'CSV жүктеу', prev: 'Артқа', next: 'Әрі қарай',
    'kind.person': 'адам', 'kind.organization': 'ұйым', 'kind.event': 'оқиға', 'kind.place': 'орын', 'kind.other': 'басқа',
    'search.title': 'Қазақстанның азаматтық қоғамы', 'search.lead': 'Орыс және қазақ тіліндегі мәтіндерден алынған ұйымдар, адамдар мен олардың лауазымдары, оқиғалар мен орындар; әр дерек алынған сөйлемімен бірге.',
    'search.label': 'Аты немесе атауы', 'search.placeholder': 'Кез келген түрдегі, кез келген әліпбидегі атау: Муратовой, Urpaq Next, Шымкент қаласында…',
    'search.anyKind': 'Барлық түрі', 'search.anyRegion': 'Барлық өңір', 'search.anyForm': 'Кез келген құқықтық нысан', 'search.button': 'Іздеу',
    'search.examples': 'Мысалы: Муратовой · Zhazykbayeva · ОМП · Чимкент', 'search.total': 'Табылды: {n}', 'search.none': 'Ештеңе табылмады.',
    'search.matched': 'сәйкес келді',
    'why.exact': 'дәл атауы', 'why.prefix': 'атаудың басы', 'why.folded': 'басқа регистрдегі немесе әліпбидегі сол әріптер',
    'why.transliterated': 'транслитерация', 'why.stemmed': 'сөздің басқа түрі', 'why.fuzzy': 'бір әріп өзгеше', 'why.abbreviation': 'қысқартулар',
    'entity.linkTo': 'Кіммен қалай байланысты…', 'entity.network': 'Байланыстар желісі', 'entity.networkHint': 'Түйінді бір басу оның байланыстарын ашады, екі рет басу оның бетін ашады.',
    'entity.names': 'Атаулары', 'entity.language': 'Тіл', 'entity.name': 'Атауы', 'entity.otherNames': 'Басқа түрлері',
    'entity.legalForm': 'Құқықтық нысаны', 'entity.region': 'Өңір', 'entity.sources': 'Аталған дереккөздер',
    'id.notation': 'Қысқартуы', 'id.iso3166': 'ISO 3166', 'id.kato': 'ӘАОЖ', 'id.sameAs': 'Дәл осы', 'id.homepage': 'Сайт', 'id.phone': 'Телефон',
    'rel.posts': 'Лауазымдары', 'rel.postHolders': 'Басшылығы мен қызметкерлері', 'rel.memberships': 'Мүшелігі', 'rel.members': 'Мүшелері',
    'rel.events': 'Оқиғалар', 'rel.organisers': 'Ұйымдастырушылар', 'rel.participants': 'Қатысушылар', 'rel.places': 'Орындар',
    'rel.contains': 'Мұнда', 'rel.other': 'Басқа байланыстар', 'rel.values': 'Күндер мен байланыс деректері',
    'col.relation': 'Байланыс', 'col.with': 'Кіммен', 'col.role': 'Рөлі', 'col.period': 'Кезең немесе күн', 'col.evidence': 'Дереккөздегі сөйлем',
    'col.confidence': 'Сенімділік', 'col.subject': 'Кім немесе не',
    'pred.holdsPost': 'лауазым атқарады', 'pred.memberOf': 'мүшесі', 'pred.partOf': 'құрамында', 'pred.organizes': 'ұйымдастырады',
    'pred.participatesIn': 'қатысады', 'pred.fundedBy': 'қаржыландырады', 'pred.takesPlaceIn': 'өтетін жері', 'pred.basedIn': 'орналасқан жері',
    'pred.locatedIn': 'орналасқан', 'pred.foundedOn': 'құрылған күні', 'pred.date': 'күні', 'pred.phone': 'телефон', 'pred.homepage': 'сайт',
    'lang.ru': 'орысша', 'lang.kk': 'қазақша', 'lang.kk-Latn': 'қазақша (латын)', 'lang.en': 'ағылшынша', 'lang.und': 'басқа',
    'paths.title': 'А мен Б қалай байланысты?', 'paths.lead': 'Екі нысан арасындағы лауазым, мүшелік, оқиға және орын арқылы ең қысқа тізбектер; әр буын өз сөйлемімен.',
    'paths.from': 'Қайдан', 'paths.to': 'Қайда', 'paths.at': 'Күні', 'paths.button': 'Байланыс табу',
    'paths.none': '{n} қадамнан аспайтын байланыс жоқ.', 'paths.path': '{i}-жол: {n} қадам',
    'source.language': 'Тіл', 'source.mentions': '{n} аталым', 'source.facts': '{n} дерек', 'source.factsTitle': 'Осы мәтіннен алынған деректер',
    'regions.title': 'Өңірлер', 'regions.lead': 'Әр облыс пен республикалық маңызы бар қаладағы ұйымдар мен оқиғалар.',
    'regions.map': 'Қазақстан картасы', 'regions.caption': 'Шеңбер ауданы — ұйымдар мен оқиғалар бірге.', 'regions.region': 'Өңір',
    'regions.organizations': 'Ұйымдар', 'regions.events': 'Оқиғалар',
    'sparql.title': 'SPARQL', 'sparql.lead': '/sparql арқылы графқа сұраулар (тек оқу). Сөздік /ontology бетінде.', 'sparql.examples': 'Дайын сұраулар',
  },
};
