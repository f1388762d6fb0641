package kz.qogam.server.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.qogam.server.graph.Neighbours.Edge;

/**
 * The network around some entities, for a network view: breadth-first to a depth, every expanded node
 * showing at most {@code limit} of its edges and saying how many it has, so that an entity with
 * thousands of links stays usable.
 *
 * <p>An edge is a link (a relation between two entities that sources state; see {@link Neighbours}), shown
 * once however many sources state it. Each level is one {@link Neighbours#expand} (links and totals of the
 * whole level in one query per 256 nodes); the nodes of the last level are not expanded, only counted. Country-level places are not
 * expanded unless asked for (they would add {@code limit} arbitrary neighbours that have nothing in common
 * but the country). At most {@link #maxNodes} nodes: past that, edges to new nodes are left out and the
 * answer says it is incomplete.
 */
public final class Neighbourhood {
    /**
     * @param nodes    the nodes, seeds first, in the order they were reached
     * @param total    each node's number of links in the store
     * @param shown    each node's number of edges in {@code edges}
     * @param depth    each node's distance from the nearest seed
     * @param complete false when the node cap left edges out
     */
    public record Result(List<String> nodes, Map<String, Integer> total, Map<String, Integer> shown, Map<String, Integer> depth,
                         Map<String, String> placeKinds, List<Edge> edges, boolean complete) {}

    private final Neighbours neighbours;
    private final int maxNodes;

    public Neighbourhood(Neighbours neighbours, int maxNodes) {
        this.neighbours = neighbours;
        this.maxNodes = maxNodes;
    }

    public int maxNodes() {
        return maxNodes;
    }

    public Result explore(List<String> seeds, int depth, int limit) {
        Set<String> nodes = new LinkedHashSet<>(seeds);
        Map<String, Integer> dist = new HashMap<>();
        seeds.forEach(s -> dist.put(s, 0));
        Map<String, Integer> total = new HashMap<>();
        Map<String, String> placeKinds = new HashMap<>();
        Map<String, Edge> edges = new LinkedHashMap<>();
        boolean complete = true;
        List<String> level = new ArrayList<>(seeds);
        for (int d = 1; d <= depth && !level.isEmpty(); d++) {
            List<String> toExpand = new ArrayList<>();
            for (String n : level) {
                if (d == 1 || !Neighbours.COUNTRY.equals(placeKinds.get(n))) toExpand.add(n);
            }
            Map<String, Neighbours.Expansion> f = neighbours.expand(toExpand, limit, true, true);
            List<String> next = new ArrayList<>();
            for (String n : toExpand) {
                Neighbours.Expansion x = f.get(n);
                total.put(n, x.total());
                List<Edge> es = new ArrayList<>(x.edges());
                es.sort(Comparator.comparing(Edge::predicate).thenComparing(Edge::other));
                for (Edge e : es) {
                    if (edges.containsKey(e.key())) continue;
                    if (!nodes.contains(e.other())) {
                        if (nodes.size() >= maxNodes) {
                            complete = false;
                            continue;
                        }
                        nodes.add(e.other());
                        dist.put(e.other(), d);
                        next.add(e.other());
                    }
                    edges.put(e.key(), e);
                }
            }
            if (d < depth) {
                neighbours.facets(next, false).forEach((n, facets) -> {
                    if (facets.placeKind() != null) placeKinds.put(n, facets.placeKind());
                });
            }
            level = next;
        }
        List<String> unexpanded = new ArrayList<>();
        for (String n : nodes) {
            if (!total.containsKey(n)) unexpanded.add(n);
        }
        total.putAll(neighbours.count(unexpanded));
        Map<String, Integer> shown = new HashMap<>();
        nodes.forEach(n -> shown.put(n, 0));
        for (Edge e : edges.values()) {
            shown.merge(e.subject(), 1, Integer::sum);
            shown.merge(e.object(), 1, Integer::sum);
        }
        for (String n : nodes) {
            total.merge(n, shown.get(n), Math::max);
        }
        return new Result(List.copyOf(nodes), total, shown, dist, placeKinds, List.copyOf(edges.values()), complete);
    }
}
