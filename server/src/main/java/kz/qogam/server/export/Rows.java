package kz.qogam.server.export;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import kz.qogam.ontology.Ontology;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;

/**
 * SPARQL over the store for the exports, in bounded batches: first the IRIs of what to write
 * (sorted, so the output order is stable), then their details a batch at a time, the batch's
 * IRIs bound through a {@code VALUES} block built with the syntax API (never pasted into query
 * text). Memory grows with the number of IRIs listed, not with the number of triples. The caller
 * holds the read transaction.
 */
final class Rows {
    static final int BATCH = 256;
    private final DatasetGraph dsg;
    private final String prologue;

    Rows(DatasetGraph dsg) {
        this.dsg = dsg;
        StringBuilder sb = new StringBuilder();
        Ontology.prefixes().getNsPrefixMap().forEach((p, ns) -> sb.append("PREFIX ").append(p).append(": <").append(ns).append(">\n"));
        this.prologue = sb.toString();
    }

    /** The distinct values of one variable, sorted by their string form. */
    List<Node> list(String query, String var) {
        List<Node> out = new ArrayList<>();
        select(query, b -> {
            Node n = b.get(var);
            if (n != null) out.add(n);
        });
        out.sort(Comparator.comparing(Node::toString));
        return out;
    }

    void select(String query, Consumer<Binding> row) {
        try (QueryExec qe = QueryExec.dataset(dsg).query(prologue + query).build()) {
            qe.select().forEachRemaining(row);
        }
    }

    /**
     * Runs a query whose WHERE clause starts with {@code VALUES ?var {}} once per batch of the
     * nodes, and hands the rows of each batch grouped by that variable, in the nodes' order.
     */
    void batches(String query, String var, List<Node> nodes, Consumer<Map<Node, List<Binding>>> batch) {
        for (int i = 0; i < nodes.size(); i += BATCH) {
            List<Node> slice = nodes.subList(i, Math.min(nodes.size(), i + BATCH));
            Map<Node, List<Binding>> grouped = new LinkedHashMap<>();
            for (Node n : slice) grouped.put(n, new ArrayList<>());
            withValues(query, var, slice, b -> {
                List<Binding> rows = grouped.get(b.get(var));
                if (rows != null) rows.add(b);
            });
            batch.accept(grouped);
        }
    }

    /** Runs a query whose WHERE clause starts with {@code VALUES ?var {}}, with these nodes as its rows. */
    void withValues(String query, String var, Collection<Node> nodes, Consumer<Binding> row) {
        if (nodes.isEmpty()) return;
        Query q = QueryFactory.create(prologue + query);
        if (!(q.getQueryPattern() instanceof ElementGroup group) || group.isEmpty() || !(group.get(0) instanceof ElementData data)) {
            throw new IllegalStateException("The query must start its WHERE clause with VALUES ?" + var + " {}");
        }
        Var v = Var.alloc(var);
        for (Node n : nodes) data.add(BindingFactory.binding(v, n));
        try (QueryExec qe = QueryExec.dataset(dsg).query(q).build()) {
            qe.select().forEachRemaining(row);
        }
    }

    /** The lexical form of a bound literal, the IRI of a bound IRI, or null. */
    static String str(Binding b, String var) {
        Node n = b.get(var);
        if (n == null) return null;
        if (n.isLiteral()) return n.getLiteralLexicalForm();
        if (n.isURI()) return n.getURI();
        return n.toString();
    }
}
