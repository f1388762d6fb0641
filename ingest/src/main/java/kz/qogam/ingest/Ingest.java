package kz.qogam.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import kz.qogam.ingest.doc.Document;
import kz.qogam.ingest.pipeline.Pipeline;
import kz.qogam.ingest.rdf.DocumentValidator;
import kz.qogam.ingest.rdf.GraphWriter;
import kz.qogam.ingest.rdf.IriScheme;
import kz.qogam.ingest.read.SourceReader;
import kz.qogam.ingest.read.UnreadableSourceException;
import kz.qogam.ontology.Ontology;
import kz.qogam.ontology.Qg;
import kz.qogam.store.Store;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.graph.GraphUtil;

/**
 * Texts in, named graphs out: reads each file, runs the extraction pipeline, checks the result
 * against the shapes and writes one named graph per document. A document that cannot be read,
 * extracted or validated is reported and leaves the store as it was.
 *
 * <pre>{@code
 * Ingest ingest = Ingest.create(store, cfg -> cfg.base = "http://localhost:8080");
 * ingest.loadOntology();
 * List<IngestReport> reports = ingest.ingest(List.of(Path.of("data/corpus")), r -> System.out.println(r.summary()));
 * }</pre>
 */
public final class Ingest {
    /** Settings; defaults work on a fresh checkout. */
    public static final class Config {
        /** The IRI prefix of everything Qogam mints. */
        public String base = "http://localhost:8080";
        /** Largest file accepted, in bytes. */
        public long maxDocumentBytes = SourceReader.DEFAULT_MAX_BYTES;
        /** Documents written per transaction: fewer commits keep TDB2's copy-on-write files small. */
        public int documentsPerCommit = 50;
        /** Validate each document's graph against the shapes before it is written. */
        public boolean validate = true;
        /** Threads that read, extract and validate documents while the store commits; results keep file order. */
        public int threads = Runtime.getRuntime().availableProcessors();
        /**
         * Search-index hook: called after each successful store commit with the graphs just
         * committed (graph IRI → its whole content), e.g. {@code kz.qogam.search.SearchIndex::replaceSources}.
         * Null: nothing is called. An exception it throws stops the ingest (the store keeps the commit).
         */
        public Consumer<Map<String, Graph>> afterCommit = null;
    }

    private final Store store;
    private final Config config;
    private final IriScheme iris;
    private final SourceReader reader;
    /** Stages may keep per-document working state, so each worker thread has a pipeline of its own. */
    private final ThreadLocal<Pipeline> pipeline;
    private final GraphWriter writer;
    private final DocumentValidator validator;

    private Ingest(Store store, Config config) {
        this.store = Objects.requireNonNull(store, "store");
        this.config = config;
        this.iris = new IriScheme(config.base);
        this.reader = new SourceReader(config.maxDocumentBytes);
        this.pipeline = ThreadLocal.withInitial(() -> Extraction.standardPipeline(iris.base()));
        this.writer = new GraphWriter(iris, Extraction.EXTRACTOR, Extraction.VERSION);
        // Shapes check class membership of scheme concepts and gazetteer places, so documents are
        // validated together with the ontology and the gazetteer: copied into one graph, because
        // every lookup of the checks would ask each part of a union.
        Graph reference = GraphFactory.createDefaultGraph();
        GraphUtil.addInto(reference, Ontology.vocabulary().getGraph());
        GraphUtil.addInto(reference, Ontology.gazetteer(iris.base()).getGraph());
        this.validator = new DocumentValidator(Ontology.shapes(), reference);
    }

    public static Ingest create(Store store, Consumer<Config> configure) {
        Config c = new Config();
        configure.accept(c);
        return new Ingest(store, c);
    }

    public IriScheme iris() {
        return iris;
    }

    /** Writes (or rewrites) the ontology and gazetteer graphs. Safe to repeat. */
    public void loadOntology() {
        Map<String, Graph> graphs = new LinkedHashMap<>();
        graphs.put(iris.ontologyGraph(), Ontology.vocabulary().getGraph());
        graphs.put(iris.gazetteerGraph(), Ontology.gazetteer(iris.base()).getGraph());
        store.replaceGraphs(graphs);
        afterCommit(graphs); // search-index hook
    }

    /** Extracts one document without writing it: the pipeline alone. */
    public Document extract(Document doc) {
        return pipeline.get().process(doc);
    }

    /**
     * Ingests the files under the given paths, reporting each document as it is done.
     *
     * @throws IOException when a path does not exist
     */
    public List<IngestReport> ingest(List<Path> paths, Consumer<IngestReport> progress) throws IOException {
        List<Path> files = SourceReader.listSources(paths);
        List<IngestReport> reports = new ArrayList<>();
        Map<String, Graph> batch = new LinkedHashMap<>();
        List<IngestReport> pending = new ArrayList<>();
        ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, config.threads), r -> {
            Thread t = new Thread(r, "qogam-ingest");
            t.setDaemon(true);
            return t;
        });
        try {
            // A bounded window of documents in preparation, taken in file order. It holds more than a
            // commit's batch, so the workers keep extracting while this thread writes the batch.
            Deque<Future<Prepared>> inFlight = new ArrayDeque<>();
            int window = Math.max(2, config.documentsPerCommit + config.threads * 4);
            for (Path file : files) {
                inFlight.add(workers.submit(() -> prepare(file)));
                if (inFlight.size() >= window) accept(await(inFlight.poll()), batch, pending, reports, progress);
            }
            while (!inFlight.isEmpty()) accept(await(inFlight.poll()), batch, pending, reports, progress);
        } finally {
            workers.shutdownNow();
        }
        commit(batch, pending, reports, progress);
        // Written documents are reported when their batch commits; return them in file order.
        List<Path> order = files;
        reports.sort(java.util.Comparator.comparingInt(r -> order.indexOf(r.file())));
        return reports;
    }

    /** The number of source files under the paths, for progress bars. */
    public static int countSources(List<Path> paths) throws IOException {
        return SourceReader.listSources(paths).size();
    }

    private void accept(Prepared p, Map<String, Graph> batch, List<IngestReport> pending, List<IngestReport> reports,
                        Consumer<IngestReport> progress) {
        if (p.graph == null) {
            reports.add(p.report);
            progress.accept(p.report);
            return;
        }
        batch.put(writer.graphOf(p.doc).getURI(), p.graph);
        pending.add(p.report);
        if (batch.size() >= config.documentsPerCommit) commit(batch, pending, reports, progress);
    }

    private static Prepared await(Future<Prepared> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Ingest interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Preparing a document failed unexpectedly: " + e.getCause(), e.getCause());
        }
    }

    private void commit(Map<String, Graph> batch, List<IngestReport> pending, List<IngestReport> reports,
                        Consumer<IngestReport> progress) {
        if (batch.isEmpty()) return;
        store.replaceGraphs(batch);
        afterCommit(batch); // search-index hook
        for (IngestReport r : pending) {
            reports.add(r);
            progress.accept(r);
        }
        batch.clear();
        pending.clear();
    }

    /** Search-index hook: hands the committed graphs to {@link Config#afterCommit}, as a copy the ingest will not change. */
    private void afterCommit(Map<String, Graph> committed) {
        if (config.afterCommit != null) config.afterCommit.accept(java.util.Collections.unmodifiableMap(new LinkedHashMap<>(committed)));
    }

    private record Prepared(Document doc, Graph graph, IngestReport report) {}

    private Prepared prepare(Path file) {
        Document doc;
        try {
            doc = reader.read(file);
        } catch (UnreadableSourceException e) {
            return new Prepared(null, null, IngestReport.failed(file, null, "read", e.getMessage()));
        }
        if (isUnchanged(doc)) {
            return new Prepared(doc, null, new IngestReport(file, doc.id(), IngestReport.Status.UNCHANGED, 0, 0, 0, List.of()));
        }
        try {
            pipeline.get().process(doc);
        } catch (RuntimeException e) {
            return new Prepared(doc, null, IngestReport.failed(file, doc.id(), "extract",
                    "extraction failed (" + e + "); the store is unchanged for this document; please report this as a bug"));
        }
        Graph graph = GraphFactory.createDefaultGraph();
        StreamRDF sink = new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                graph.add(quad.asTriple());
            }
        };
        writer.write(doc, sink);
        if (config.validate) {
            ValidationReport report = validator.validate(graph);
            if (!report.conforms()) {
                var first = report.getEntries().iterator().next();
                return new Prepared(doc, null, IngestReport.failed(file, doc.id(), "validate",
                        "the extracted graph does not conform to the shapes (" + report.getEntries().size()
                                + " violation(s); first: " + first.message() + " at " + first.focusNode()
                                + "); nothing was written; please report this as a bug"));
            }
        }
        int entities = doc.entities().size();
        int facts = (int) graph.find(Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(),
                Qg.Fact.asNode()).toList().size();
        return new Prepared(doc, graph, new IngestReport(file, doc.id(), IngestReport.Status.WRITTEN,
                entities, facts, graph.size(), List.copyOf(doc.problems())));
    }

    /** True when the store already holds this exact file, extracted by this extractor version. */
    private boolean isUnchanged(Document doc) {
        Node source = NodeFactory.createURI(iris.source(doc.id()));
        return store.containsAll(iris.sourceGraph(doc.id()), List.of(
                Triple.create(source, Qg.contentHash.asNode(), NodeFactory.createLiteralString(doc.source().contentHash())),
                Triple.create(source, Qg.extractorVersion.asNode(), NodeFactory.createLiteralString(Extraction.VERSION))));
    }
}
