package kz.qogam.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import kz.qogam.ontology.Ontology;
import kz.qogam.ontology.Qg;
import kz.qogam.store.Store;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The entity search index: a Lucene index kept in step with the store, one document per entity
 * found in any named graph, with analysers of its own ({@link SearchAnalyzers}, {@link NameAnalysis},
 * {@link Transliteration}) and rank tiers ({@link QueryPlan}).
 *
 * <p><b>Where.</b> On disk in the folder {@link #folderFor} gives: next to the TDB2 store, named
 * after it with {@code -search} ({@code data/tdb2} → {@code data/tdb2-search}); {@link #inMemory()}
 * for tests. Like the store, one process at a time can open it (Lucene's write lock).
 *
 * <p><b>Layout.</b> Three kinds of documents ({@code type}):
 * <ul>
 *   <li>{@code entity}, one per entity IRI: {@code id}, {@code kind}, the places it is in ({@code loc}: its
 *       qg:basedIn, schema:location, schema:containedInPlace, qg:partOf), legal form codes ({@code form}), place
 *       kinds ({@code pkind}), how many graphs name it (a feature that breaks ties), the name fields of every name
 *       any graph gives it ({@link SearchAnalyzers}: words, word n-grams, folded, transliteration keys and their
 *       n-grams, stems, folded stems; whole-name keys {@code n}, {@code pn} and their n-grams, {@code nf},
 *       {@code nt}; abbreviations {@code ab}/{@code abt}; initials {@code ai}/{@code ait}) and, stored, the union
 *       of the graphs' contributions with a count of graphs per value ({@link EntityState});</li>
 *   <li>{@code contribution}, one per (graph, entity): what that graph said (stored), so that replacing
 *       or deleting the graph takes exactly its part away;</li>
 *   <li>{@code source}, one per named graph indexed: its fingerprint (content hash and extractor
 *       version of a source, else its triple count), so that {@link #sync} finds what changed.</li>
 * </ul>
 *
 * <p><b>Searching.</b> {@link QueryPlan} makes the query; hits are ranked by tier, ties by how many
 * graphs name the entity. Totals are exact up to {@link #COUNT_LIMIT}; the one-typo route is added
 * when fewer than {@link #FUZZY_BELOW} entities match without it; the region filter follows
 * {@code loc} down from the region through every place inside it.
 *
 * <p><b>Keeping in step.</b> {@link #replaceSources} after every store commit (the ingest's
 * {@code afterCommit} hook), {@link #deleteSource} after a graph is deleted, {@link #sync} at start
 * (catches up with anything written while the index was not listening), {@link #rebuild} from scratch
 * ({@code qogam reindex}). An index written with other analysers is emptied when opened, and
 * {@link #sync} fills it again.
 */
public final class SearchIndex implements AutoCloseable {
    /** Hits are counted exactly up to this many; beyond, the total is a lower bound (and Lucene may skip what cannot rank). */
    public static final int COUNT_LIMIT = 1_000;
    /** Typo matches are looked for when a query finds fewer entities than this without them. */
    public static final int FUZZY_BELOW = 20;
    /**
     * The weight of the popularity tie-break added to a hit's score: below the smallest gap between
     * two tiers (an average over up to 16 words), so it only orders hits that match equally well.
     */
    private static final float POPULARITY_WEIGHT = 0.1f;
    /** The deepest page start allowed. */
    public static final int MAX_OFFSET = 10_000;
    /** The kinds of entities. */
    public static final List<String> KINDS = List.of("person", "organization", "event", "place");
    /** Place kinds a region filter usually names, listed when a region is unknown. */
    private static final List<String> REGION_KINDS = List.of("region", "city-of-republican-significance");
    /**
     * Changed whenever the analysers or the layout change, and with the extractor version (whose
     * word lists make the stems): an index written otherwise is emptied on open, and {@link #sync} fills it.
     */
    static final String LAYOUT_VERSION = "qogam-search-3/" + kz.qogam.ingest.Extraction.VERSION;
    private static final String VERSION_KEY = "qogam.search.layout";
    private static final String CONTRIBUTION = "contribution";
    private static final String CONTRIBUTION_ID = "cid";
    /** The entity a contribution document is about (stored). */
    private static final String CONTRIBUTION_ENTITY = "ce";
    private static final int SYNC_BATCH = 100;

    /** Scores are constant per tier, so no field keeps norms or frequencies; only the words keep positions, for phrases. */
    private static final FieldType WORDS_TYPE = textType(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    private static final FieldType KEYS_TYPE = textType(IndexOptions.DOCS);

    private static FieldType textType(IndexOptions options) {
        FieldType t = new FieldType();
        t.setTokenized(true);
        t.setOmitNorms(true);
        t.setIndexOptions(options);
        t.freeze();
        return t;
    }

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final NameAnalysis names;
    private final String description;
    private final boolean emptyOnOpen;
    private final Map<String, Set<String>> legalForms;
    /** Stored documents as JSON: records by their components only, unknown fields ignored. */
    private final ObjectMapper json = com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .disable(com.fasterxml.jackson.databind.MapperFeature.AUTO_DETECT_IS_GETTERS)
            .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private final Map<String, Set<String>> regionCache = new ConcurrentHashMap<>();
    /** Writes one at a time (not the writer's own monitor: Lucene must not be entered holding it). */
    private final Object writeLock = new Object();

    private SearchIndex(Directory directory, String description, NameAnalysis names) throws IOException {
        this.directory = directory;
        this.description = description;
        this.names = names;
        boolean exists = DirectoryReader.indexExists(directory);
        String version = exists ? SegmentInfos.readLatestCommit(directory).getUserData().get(VERSION_KEY) : null;
        IndexWriterConfig cfg = new IndexWriterConfig(new SearchAnalyzers(names))
                .setOpenMode(exists && LAYOUT_VERSION.equals(version) ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(64);
        this.writer = new IndexWriter(directory, cfg);
        this.emptyOnOpen = !(exists && LAYOUT_VERSION.equals(version));
        if (emptyOnOpen) commit();
        this.searchers = new SearcherManager(writer, null);
        this.legalForms = readLegalForms();
    }

    /** The index folder for a TDB2 store folder: its sibling named after it with {@code -search}. */
    public static Path folderFor(Path storeFolder) {
        Path abs = storeFolder.toAbsolutePath().normalize();
        return abs.resolveSibling(abs.getFileName() + "-search");
    }

    /** Opens (or creates) the index in a folder. */
    public static SearchIndex open(Path folder) {
        return open(folder, NameAnalysis.standard());
    }

    public static SearchIndex open(Path folder, NameAnalysis names) {
        try {
            Files.createDirectories(folder);
            return new SearchIndex(FSDirectory.open(folder), "search index at " + folder, names);
        } catch (org.apache.lucene.store.LockObtainFailedException e) {
            throw new IllegalStateException("The search index " + folder + " is in use by another process; stop it (for example a running `qogam serve`)", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index " + folder + ": " + e.getMessage(), e);
        }
    }

    /** An index in memory, for tests and for a server that was given none. */
    public static SearchIndex inMemory() {
        return inMemory(NameAnalysis.standard());
    }

    public static SearchIndex inMemory(NameAnalysis names) {
        try {
            return new SearchIndex(new ByteBuffersDirectory(), "search index in memory", names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when the index was new or emptied (written by other analysers) when opened: {@link #sync} fills it. */
    public boolean wasEmptyOnOpen() {
        return emptyOnOpen;
    }

    public String describe() {
        return description;
    }

    // ================================================================ keeping in step

    /** What {@link #sync} and {@link #rebuild} did. */
    public record SyncReport(int updated, int deleted, int unchanged, long entities, long millis) {
        public String summary() {
            return updated + " graph(s) indexed, " + deleted + " removed, " + unchanged + " unchanged; "
                    + entities + " entities searchable (" + millis + " ms)";
        }
    }

    private record Update(Map<String, Contribution> entities, String fingerprint) {
        static final Update DELETE = new Update(null, null);
    }

    /**
     * Replaces what each named graph says with the given content, in one commit: entities it no
     * longer names lose its names (and disappear when no graph names them), new ones appear.
     * The content is the whole graph, as written to the store.
     */
    public void replaceSources(Map<String, Graph> graphs) {
        Map<String, Update> updates = new LinkedHashMap<>();
        graphs.forEach((g, graph) -> updates.put(g, new Update(GraphEntities.read(graph), GraphEntities.fingerprint(graph))));
        apply(updates, true);
    }

    /** {@link #replaceSources} for one graph. */
    public void replaceSource(String graphIri, Graph graph) {
        replaceSources(Map.of(graphIri, graph));
    }

    /** The same as {@link #replaceSource}: a graph written to the store. */
    public void update(String graphIri, Graph graph) {
        replaceSource(graphIri, graph);
    }

    /** Takes away everything a named graph said; entities other graphs name stay findable by those names. */
    public void deleteSource(String graphIri) {
        apply(Map.of(graphIri, Update.DELETE), true);
    }

    /** A callback for {@code Ingest.Config.afterCommit}: every committed batch of graphs goes into the index. */
    public Consumer<Map<String, Graph>> listener() {
        return this::replaceSources;
    }

    /**
     * Brings the index in step with the store: graphs whose fingerprint differs from the indexed
     * one (or that are not indexed) are read again, graphs no longer in the store are taken away.
     */
    public SyncReport sync(Store store) {
        long start = System.nanoTime();
        Map<String, String> current = storeFingerprints(store);
        Map<String, String> indexed = indexedFingerprints();
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, String> e : current.entrySet()) {
            if (!e.getValue().equals(indexed.get(e.getKey()))) changed.add(e.getKey());
        }
        List<String> gone = new ArrayList<>();
        for (String g : indexed.keySet()) {
            if (!current.containsKey(g)) gone.add(g);
        }
        Map<String, Update> batch = new LinkedHashMap<>();
        for (String g : changed) {
            batch.put(g, new Update(GraphEntities.read(fetch(store, g)), current.get(g)));
            if (batch.size() >= SYNC_BATCH) {
                apply(batch, false);
                batch.clear();
            }
        }
        for (String g : gone) batch.put(g, Update.DELETE);
        apply(batch, true);
        return new SyncReport(changed.size(), gone.size(), current.size() - changed.size(), entityCount(),
                (System.nanoTime() - start) / 1_000_000);
    }

    /** Empties the index and reads every named graph of the store again ({@code qogam reindex}). */
    public SyncReport rebuild(Store store) {
        synchronized (writeLock) {
            try {
                writer.deleteAll();
                commit();
                searchers.maybeRefreshBlocking();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            regionCache.clear();
        }
        return sync(store);
    }

    private Map<String, String> storeFingerprints(Store store) {
        Map<String, String> out = new TreeMap<>();
        List<String> graphs = store.graphs();
        Map<String, List<String>> hashes = new HashMap<>();
        String q = "SELECT ?g ?h ?v WHERE { GRAPH ?g { ?s <" + GraphEntities.CONTENT_HASH + "> ?h OPTIONAL { ?s <"
                + GraphEntities.EXTRACTOR_VERSION + "> ?v } } }";
        store.read(conn -> {
            conn.querySelect(q, row -> hashes.computeIfAbsent(row.getResource("g").getURI(), k -> new ArrayList<>())
                    .add(GraphEntities.sourceFingerprint(row.getLiteral("h").getLexicalForm(),
                            row.contains("v") ? row.getLiteral("v").getLexicalForm() : "")));
            return null;
        });
        for (String g : graphs) {
            List<String> h = hashes.get(g);
            if (h != null && h.size() == 1) {
                out.put(g, h.get(0));
            } else {
                long n = store.read(conn -> {
                    long[] count = {0};
                    conn.querySelect("SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + g + "> { ?s ?p ?o } }",
                            row -> count[0] = row.getLiteral("n").getLong());
                    return count[0];
                });
                out.put(g, GraphEntities.countFingerprint(n));
            }
        }
        return out;
    }

    /** The triples of one graph that search reads. */
    private static Graph fetch(Store store, String graphIri) {
        StringBuilder values = new StringBuilder();
        for (String p : GraphEntities.PREDICATES) values.append('<').append(p).append("> ");
        String q = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <" + graphIri + "> { ?s ?p ?o } VALUES ?p { " + values + "} }";
        return store.read(conn -> {
            Graph g = GraphFactory.createDefaultGraph();
            conn.queryConstruct(q).getGraph().find().forEachRemaining(g::add);
            return g;
        });
    }

    private Map<String, String> indexedFingerprints() {
        Map<String, String> out = new TreeMap<>();
        withSearcher(s -> {
            StoredFields stored = s.storedFields();
            for (int doc : docs(s, new TermQuery(new Term(Fields.TYPE, Fields.SOURCE)))) {
                Document d = stored.document(doc);
                out.put(d.get(Fields.SOURCE_ID), d.get(Fields.FINGERPRINT));
            }
            return null;
        });
        return out;
    }

    private void apply(Map<String, Update> updates, boolean commit) {
        if (updates.isEmpty() && !commit) return;
        synchronized (writeLock) {
            try {
                searchers.maybeRefreshBlocking();
                IndexSearcher s = searchers.acquire();
                try {
                    Map<String, EntityState> touched = new TreeMap<>();
                    for (Map.Entry<String, Update> e : updates.entrySet()) {
                        String g = e.getKey();
                        for (Map.Entry<String, Contribution> old : contributionsOf(s, g).entrySet()) {
                            state(s, touched, old.getKey(), old.getValue().kind()).remove(old.getValue());
                        }
                        writer.deleteDocuments(new Term(Fields.SRC, g));
                        if (e.getValue() == Update.DELETE) {
                            writer.deleteDocuments(new Term(Fields.SOURCE_ID, g));
                            continue;
                        }
                        for (Map.Entry<String, Contribution> c : e.getValue().entities().entrySet()) {
                            state(s, touched, c.getKey(), c.getValue().kind()).add(c.getValue());
                            writer.addDocument(contributionDoc(g, c.getKey(), c.getValue()));
                        }
                        writer.updateDocument(new Term(Fields.SOURCE_ID, g), sourceDoc(g, e.getValue().fingerprint()));
                    }
                    for (Map.Entry<String, EntityState> t : touched.entrySet()) {
                        Term id = new Term(Fields.ID, t.getKey());
                        if (t.getValue().isEmpty()) writer.deleteDocuments(id);
                        else writer.updateDocument(id, entityDoc(t.getKey(), t.getValue()));
                    }
                } finally {
                    searchers.release(s);
                }
                if (commit) commit();
                searchers.maybeRefreshBlocking();
                regionCache.clear();
            } catch (IOException e) {
                throw new UncheckedIOException("Updating the " + description + " failed: " + e.getMessage(), e);
            }
        }
    }

    private void commit() throws IOException {
        writer.setLiveCommitData(Map.of(VERSION_KEY, LAYOUT_VERSION).entrySet());
        writer.commit();
    }

    private EntityState state(IndexSearcher s, Map<String, EntityState> touched, String iri, String kind) throws IOException {
        EntityState st = touched.get(iri);
        if (st != null) return st;
        Document d = entityDocument(s, iri);
        st = d == null ? new EntityState(kind) : EntityState.of(read(d.get(Fields.DATA), EntityState.Data.class));
        touched.put(iri, st);
        return st;
    }

    private Map<String, Contribution> contributionsOf(IndexSearcher s, String graph) throws IOException {
        Map<String, Contribution> out = new TreeMap<>();
        StoredFields stored = s.storedFields();
        for (int doc : docs(s, new TermQuery(new Term(Fields.SRC, graph)))) {
            Document d = stored.document(doc);
            out.put(d.get(CONTRIBUTION_ENTITY), read(d.get(Fields.DATA), Contribution.class));
        }
        return out;
    }

    private static Document entityDocument(IndexSearcher s, String iri) throws IOException {
        List<Integer> hits = docs(s, new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.ID, iri)), Occur.FILTER)
                .add(new TermQuery(new Term(Fields.TYPE, Fields.ENTITY)), Occur.FILTER).build());
        return hits.isEmpty() ? null : s.storedFields().document(hits.get(0));
    }

    private Document contributionDoc(String graph, String iri, Contribution c) {
        Document d = new Document();
        d.add(new StringField(Fields.TYPE, CONTRIBUTION, Field.Store.NO));
        d.add(new StringField(Fields.SRC, graph, Field.Store.NO));
        d.add(new StringField(CONTRIBUTION_ID, graph + " " + iri, Field.Store.NO));
        d.add(new StoredField(CONTRIBUTION_ENTITY, iri));
        d.add(new StoredField(Fields.DATA, write(c)));
        return d;
    }

    private static Document sourceDoc(String graph, String fingerprint) {
        Document d = new Document();
        d.add(new StringField(Fields.TYPE, Fields.SOURCE, Field.Store.NO));
        d.add(new StringField(Fields.SOURCE_ID, graph, Field.Store.YES));
        d.add(new StoredField(Fields.FINGERPRINT, fingerprint));
        return d;
    }

    private Document entityDoc(String iri, EntityState st) {
        Document d = new Document();
        d.add(new StringField(Fields.TYPE, Fields.ENTITY, Field.Store.NO));
        d.add(new StringField(Fields.ID, iri, Field.Store.NO));
        d.add(new SortedDocValuesField(Fields.ID, new BytesRef(iri)));
        d.add(new StringField(Fields.KIND, st.kind, Field.Store.NO));
        for (String l : st.locations.keySet()) d.add(new StringField(Fields.LOC, l, Field.Store.NO));
        for (String f : st.forms.keySet()) d.add(new StringField(Fields.FORM, f, Field.Store.NO));
        for (String p : st.placeKinds.keySet()) d.add(new StringField(Fields.PLACE_KIND, p, Field.Store.NO));
        Set<String> texts = new LinkedHashSet<>();
        Set<String> keys = new HashSet<>();
        Set<String> exactKeys = new HashSet<>();
        for (Contribution.Name n : st.names.keySet()) {
            if (texts.add(n.text())) {
                d.add(new Field(Fields.WORDS, n.text(), WORDS_TYPE));
                for (String f : List.of(Fields.WORD_GRAMS, Fields.WORD_FOLDED, Fields.WORD_TRANSLIT,
                        Fields.WORD_TRANSLIT_GRAMS, Fields.WORD_STEMS, Fields.WORD_FOLDED_STEMS)) {
                    d.add(new Field(f, n.text(), KEYS_TYPE));
                }
                String key = NameAnalysis.key(n.text());
                if (exactKeys.add(key)) {
                    d.add(new StringField(Fields.NAME, key, Field.Store.NO));
                    d.add(new Field(Fields.NAME_GRAMS, key, KEYS_TYPE));
                    for (String fk : NameAnalysis.foldedKeys(key)) addOnce(d, keys, Fields.NAME_FOLDED, fk);
                    addOnce(d, keys, Fields.NAME_TRANSLIT, NameAnalysis.translitKey(key));
                }
            }
            if (n.prop().equals("pref") && !NameAnalysis.key(n.text()).isEmpty() && keys.add(Fields.PREF_NAME + "\u0000" + NameAnalysis.key(n.text()))) {
                d.add(new StringField(Fields.PREF_NAME, NameAnalysis.key(n.text()), Field.Store.NO));
                d.add(new Field(Fields.PREF_NAME_GRAMS, NameAnalysis.key(n.text()), KEYS_TYPE));
            }
            if (n.isAbbreviation()) {
                String key = NameAnalysis.key(n.text());
                addOnce(d, keys, Fields.ABBREVIATION, key);
                addOnce(d, keys, Fields.ABBREVIATION_TRANSLIT, Transliteration.key(key));
            }
            if (!n.prop().equals("notation") && !n.prop().equals("hidden")) {
                for (String i : NameAnalysis.initials(n.text())) {
                    addOnce(d, keys, Fields.INITIALS, i);
                    addOnce(d, keys, Fields.INITIALS_TRANSLIT, Transliteration.key(i));
                }
            }
        }
        d.add(new StoredField(Fields.DATA, write(st.data())));
        d.add(new FeatureField(Fields.FEATURES, Fields.POPULARITY, Math.max(1, st.sources)));
        return d;
    }

    private static void addOnce(Document d, Set<String> seen, String field, String value) {
        if (!value.isEmpty() && seen.add(field + "\u0000" + value)) d.add(new StringField(field, value, Field.Store.NO));
    }

    // ================================================================ searching

    /**
     * The entities whose names match the request, best first (rank tier; among equal matches, the
     * entity more graphs name, then index order). Typo matches are added when fewer than
     * {@link #FUZZY_BELOW} entities match otherwise.
     *
     * @throws IllegalArgumentException when a kind, region or legal form is unknown; the message names the allowed values
     */
    public SearchResult search(SearchRequest r) {
        Objects.requireNonNull(r.query(), "query");
        QueryPlan plan = QueryPlan.parse(r.query(), r.translit(), names);
        if (r.offset() > MAX_OFFSET) throw new IllegalArgumentException("offset must be at most " + MAX_OFFSET);
        if (plan.isEmpty()) return new SearchResult(0, true, r.offset(), r.limit(), List.of());
        return withSearcher(s -> {
            int wanted = Math.max(1, r.offset() + r.limit());
            // Without the typo route first: it costs most, and it is only needed when little else matches.
            TopDocs top = s.search(filtered(s, plan.search(false), r.kinds(), r.region(), r.form()),
                    new TopScoreDocCollectorManager(wanted, null, Math.max(wanted, COUNT_LIMIT)));
            if (top.totalHits.value < FUZZY_BELOW && top.totalHits.relation == TotalHits.Relation.EQUAL_TO) {
                top = s.search(filtered(s, plan.search(true), r.kinds(), r.region(), r.form()),
                        new TopScoreDocCollectorManager(wanted, null, Math.max(wanted, COUNT_LIMIT)));
            }
            List<SearchHit> hits = hits(s, top.scoreDocs, r.offset(), wanted, plan, false);
            return new SearchResult(top.totalHits.value, top.totalHits.relation == TotalHits.Relation.EQUAL_TO, r.offset(), r.limit(), hits);
        });
    }

    /** Autocomplete: entities with a name that starts with the text, or whose words start with its words. */
    public List<SearchHit> suggest(String prefix, int limit) {
        return suggest(prefix, limit, true, Set.of());
    }

    public List<SearchHit> suggest(String prefix, int limit, boolean translit, Set<String> kinds) {
        QueryPlan plan = QueryPlan.parse(prefix, translit, names);
        if (plan.isEmpty() || limit <= 0) return List.of();
        return withSearcher(s -> {
            Query q = filtered(s, plan.suggest(), kinds, null, null);
            TopDocs top = s.search(q, new TopScoreDocCollectorManager(limit, null, limit));
            return hits(s, top.scoreDocs, 0, limit, plan, true);
        });
    }

    private List<SearchHit> hits(IndexSearcher s, ScoreDoc[] docs, int from, int to, QueryPlan plan, boolean suggest) throws IOException {
        List<SearchHit> out = new ArrayList<>();
        StoredFields stored = s.storedFields();
        for (int i = from; i < Math.min(to, docs.length); i++) {
            ScoreDoc fd = docs[i];
            float score = fd.score;
            EntityState st = EntityState.of(read(stored.document(fd.doc).get(Fields.DATA), EntityState.Data.class));
            String iri = iriOf(s, fd.doc);
            QueryPlan.Explanation why = plan.explain(new ArrayList<>(st.names.keySet()), score, suggest);
            Contribution.Name n = why == null ? null : why.name();
            out.add(new SearchHit(iri, st.kind, st.label(), st.prefLabels(), n == null ? null : n.text(),
                    n == null ? null : n.lang(), why == null ? QueryPlan.why(QueryPlan.tierAtMost(score), null) : why.why(), score));
        }
        return out;
    }

    private Query filtered(IndexSearcher s, Query main, Set<String> kinds, String region, String form) throws IOException {
        // Only entity documents have name fields: no filter on the document type is needed.
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(main, Occur.MUST)
                .add(FeatureField.newSaturationQuery(Fields.FEATURES, Fields.POPULARITY, POPULARITY_WEIGHT, 2f), Occur.SHOULD);
        if (kinds != null && !kinds.isEmpty()) {
            for (String k : kinds) {
                if (!KINDS.contains(k)) throw new IllegalArgumentException("Unknown kind '" + k + "'; allowed: " + String.join(", ", KINDS));
            }
            b.add(inSet(Fields.KIND, kinds), Occur.FILTER);
        }
        if (form != null) {
            String code = form.startsWith(Qg.LEGAL_FORM_NS) ? form.substring(Qg.LEGAL_FORM_NS.length()) : form;
            Set<String> codes = legalForms.get(code);
            if (codes == null) {
                throw new IllegalArgumentException("Unknown legal form '" + form + "'; allowed: " + String.join(", ", legalForms.keySet()));
            }
            b.add(inSet(Fields.FORM, codes), Occur.FILTER);
        }
        if (region != null) {
            if (!"place".equals(kindOfIndexed(s, region))) {
                throw new IllegalArgumentException("Unknown region '" + region + "': no such place; regions and cities of republican significance: "
                        + String.join(", ", regions(s)));
            }
            b.add(inSet(Fields.LOC, inside(s, region)), Occur.FILTER);
        }
        return b.build();
    }

    private static Query inSet(String field, Collection<String> values) {
        List<BytesRef> refs = new ArrayList<>();
        for (String v : values) refs.add(new BytesRef(v));
        return new TermInSetQuery(field, refs);
    }

    /** The place and every place inside it, following loc (containedInPlace, partOf) down the tree. */
    private Set<String> inside(IndexSearcher s, String region) throws IOException {
        Set<String> cached = regionCache.get(region);
        if (cached != null) return cached;
        Set<String> all = new LinkedHashSet<>();
        all.add(region);
        Deque<Set<String>> frontier = new ArrayDeque<>();
        frontier.add(Set.of(region));
        for (int depth = 0; depth < 8 && !frontier.isEmpty() && all.size() < 500_000; depth++) {
            Set<String> level = frontier.poll();
            Query q = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Fields.KIND, "place")), Occur.FILTER)
                    .add(inSet(Fields.LOC, level), Occur.FILTER).build();
            Set<String> next = new LinkedHashSet<>();
            for (String iri : ids(s, q)) {
                if (all.add(iri)) next.add(iri);
            }
            if (!next.isEmpty()) frontier.add(next);
        }
        Set<String> out = Set.copyOf(all);
        regionCache.put(region, out);
        return out;
    }

    private static String kindOfIndexed(IndexSearcher s, String iri) throws IOException {
        return entityDocument(s, iri) == null ? null : GraphEntities.kindOf(iri);
    }

    private List<String> regions(IndexSearcher s) throws IOException {
        List<String> out = new ArrayList<>(ids(s, inSet(Fields.PLACE_KIND, REGION_KINDS)));
        out.sort(null);
        return out;
    }

    // ================================================================ facts about the index

    /** Legal form codes the form filter takes (the qglf: scheme), sorted. */
    public SortedSet<String> legalForms() {
        return new TreeSet<>(legalForms.keySet());
    }

    /** The IRIs of the regions and cities of republican significance in the index, sorted. */
    public List<String> regions() {
        return withSearcher(this::regions);
    }

    /** Whether the IRI is a place the index knows. */
    public boolean isPlace(String iri) {
        return withSearcher(s -> "place".equals(kindOfIndexed(s, iri)));
    }

    /** The number of entities that can be found. */
    public long entityCount() {
        return withSearcher(s -> (long) s.count(new TermQuery(new Term(Fields.TYPE, Fields.ENTITY))));
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return description;
    }

    // ================================================================ helpers

    private interface SearcherWork<T> {
        T run(IndexSearcher s) throws IOException;
    }

    private <T> T withSearcher(SearcherWork<T> work) {
        try {
            IndexSearcher s = searchers.acquire();
            try {
                return work.run(s);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the " + description + " failed: " + e.getMessage(), e);
        }
    }

    /** Every matching document number, in index order. */
    private static List<Integer> docs(IndexSearcher s, Query q) throws IOException {
        return s.search(q, new CollectorManager<Collector, List<Integer>>() {
            final List<Integer> out = java.util.Collections.synchronizedList(new ArrayList<>());

            @Override
            public Collector newCollector() {
                return new SimpleCollector() {
                    int base;

                    @Override
                    protected void doSetNextReader(LeafReaderContext context) {
                        base = context.docBase;
                    }

                    @Override
                    public void collect(int doc) {
                        out.add(base + doc);
                    }

                    @Override
                    public ScoreMode scoreMode() {
                        return ScoreMode.COMPLETE_NO_SCORES;
                    }
                };
            }

            @Override
            public List<Integer> reduce(Collection<Collector> collectors) {
                List<Integer> sorted = new ArrayList<>(out);
                sorted.sort(null);
                return sorted;
            }
        });
    }

    /** The entity IRIs of every matching entity document, from doc values. */
    private static List<String> ids(IndexSearcher s, Query q) throws IOException {
        List<String> out = new ArrayList<>();
        for (int doc : docs(s, q)) {
            String iri = iriOf(s, doc);
            if (iri != null) out.add(iri);
        }
        return out;
    }

    private static String iriOf(IndexSearcher s, int doc) throws IOException {
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(doc, leaves));
        SortedDocValues dv = leaf.reader().getSortedDocValues(Fields.ID);
        if (dv == null || !dv.advanceExact(doc - leaf.docBase)) return null;
        return dv.lookupOrd(dv.ordValue()).utf8ToString();
    }

    private String write(Object o) {
        try {
            return json.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String s, Class<T> type) {
        try {
            return json.readValue(s, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A damaged document in the " + description + " (" + e.getOriginalMessage()
                    + "); run `qogam reindex`", e);
        }
    }

    /** Legal form code → itself and every narrower form, from the ontology's qglf: scheme. */
    private static Map<String, Set<String>> readLegalForms() {
        Model m = Ontology.vocabulary();
        Resource scheme = Qg.legalFormScheme;
        var narrower = ResourceFactory.createProperty(Qg.SKOS + "narrower");
        var broader = ResourceFactory.createProperty(Qg.SKOS + "broader");
        Map<String, Set<String>> children = new TreeMap<>();
        m.listSubjectsWithProperty(Qg.inScheme, scheme).forEachRemaining(c -> {
            if (c.isURIResource() && c.getURI().startsWith(Qg.LEGAL_FORM_NS)) children.put(code(c), new TreeSet<>());
        });
        m.listStatements(null, narrower, (org.apache.jena.rdf.model.RDFNode) null).forEachRemaining(st -> {
            if (children.containsKey(code(st.getSubject())) && st.getObject().isURIResource()) {
                children.get(code(st.getSubject())).add(code(st.getResource()));
            }
        });
        m.listStatements(null, broader, (org.apache.jena.rdf.model.RDFNode) null).forEachRemaining(st -> {
            if (st.getObject().isURIResource() && children.containsKey(code(st.getResource()))) {
                children.get(code(st.getResource())).add(code(st.getSubject()));
            }
        });
        Map<String, Set<String>> out = new TreeMap<>();
        for (String c : children.keySet()) {
            Set<String> all = new TreeSet<>();
            Deque<String> todo = new ArrayDeque<>(List.of(c));
            while (!todo.isEmpty()) {
                String x = todo.poll();
                if (all.add(x)) todo.addAll(children.getOrDefault(x, Set.of()));
            }
            out.put(c, Set.copyOf(all));
        }
        return out;
    }

    private static String code(Resource r) {
        String u = r.getURI();
        return u != null && u.startsWith(Qg.LEGAL_FORM_NS) ? u.substring(Qg.LEGAL_FORM_NS.length()) : String.valueOf(u);
    }
}
