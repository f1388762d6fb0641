/**
 * The network view ({@code GET /api/graph}) and paths between entities ({@code GET /api/paths}),
 * answered by searches over the store's indexes rather than SPARQL property paths.
 *
 * <ul>
 *   <li>{@link kz.qogam.server.graph.Neighbours} reads links a whole frontier at a time: one SPARQL query
 *       per 256 nodes over the shortcut triples that each source graph asserts beside its fact nodes, capped
 *       per node with {@code LATERAL { … LIMIT n }}; evidence (fact, confidence, source, sentence, offsets,
 *       role) is read afterwards, only for the links an answer shows.</li>
 *   <li>{@link kz.qogam.server.graph.PathFinder}: bidirectional breadth-first search, level by level, that
 *       stops as soon as the known part of the graph provably holds the k shortest simple paths; countries
 *       and hubs are not intermediate nodes; a node-lookup budget bounds the work.</li>
 *   <li>{@link kz.qogam.server.graph.Neighbourhood}: breadth-first expansion to a depth with a per-node
 *       cap and the total of each node's links.</li>
 *   <li>{@link kz.qogam.server.graph.Validity}: what {@code at=YYYY-MM-DD} keeps (links without dates hold).</li>
 *   <li>{@link kz.qogam.server.graph.GraphApi}: the two routes, their parameters and JSON.</li>
 * </ul>
 *
 * The benchmark {@code GraphBench} (test scope) builds a synthetic store of about 1.2 million quads in the
 * model's shape and prints the latency of both routes.
 */
package kz.qogam.server.graph;
