package kz.qogam.server.graph;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.qogam.server.graph.Neighbours.Edge;

/**
 * The k shortest simple paths between two entities over links that sources state, by a bidirectional
 * breadth-first search that reads the graph one frontier at a time through {@link Neighbours}.
 *
 * <h2>Algorithm</h2>
 * Two searches grow balls around {@code from} and {@code to}, a whole level at a time, always the side
 * whose next level has fewer nodes; a level is one {@link Neighbours#expand} (one query per 256 nodes) and,
 * for the places and (with {@code at}) the dated nodes it reaches, one {@link Neighbours#facets} query.
 * After the forward side has expanded every node closer than {@code rf} hops and the backward side every
 * node closer than {@code rb}, every simple path of at most {@code rf + rb} hops is in the known part of
 * the graph (split such a path after its {@code rf}-th node: the nodes before were expanded forwards, the
 * ones after backwards). So the search stops as soon as the known part holds {@code k} paths of at most
 * {@code rf + rb} hops, or {@code rf + rb = maxHops}, or a side has nothing left to expand; then the
 * paths are enumerated in memory (depth-first, pruned by the hop distance to {@code to}) in order of
 * length. Paths of equal length are ordered by fewer places in the middle, then by support: the hop
 * stated by the fewest sources, then all hops' sources together, most first. Two entities linked by several
 * relations or sources are one hop; paths are distinct node sequences. The search reads no evidence: the
 * answer's hops get theirs afterwards ({@link Neighbours#evidence}).
 *
 * <h2>Hubs</h2>
 * <ul>
 *   <li>Country-level places ({@code qg:placeKind qgpk:country}: Kazakhstan) are never intermediate
 *       nodes ({@link Options#skipCountries}): "both are in Kazakhstan" links everything to everything.
 *       They are not even looked up unless they are {@code from} or {@code to}.</li>
 *   <li>A node with more than {@link Options#hubDegree} statements of links (the national coalition, a
 *       ministry that funds everything) is a hub: its lookup stops at {@code hubDegree + 1} rows, and it is
 *       not an intermediate node either. {@code from} and {@code to} may be hubs: they are expanded with
 *       their first {@code hubDegree} statements, and the answer is marked incomplete (their other links are
 *       still found from the other side).</li>
 *   <li>The whole search stops after {@link Options#maxExpanded} node lookups or {@link Options#maxEdges}
 *       edges read; the answer is then marked incomplete (the paths in it are real, shorter ones may be
 *       missing).</li>
 * </ul>
 *
 * <h2>Dates</h2>
 * With {@code at}, a link counts only when both its ends hold at that date (an event on its date, an
 * organisation after its founding, a place within its validity) and, for posts and memberships whose facts
 * all carry periods, one of those periods holds ({@link Validity}, {@link Neighbours#periods}); links
 * without dates hold.
 */
public final class PathFinder {

    /**
     * @param maxHops       longest path, 1..6
     * @param k             how many paths
     * @param at            only links that hold at this date; null for all
     * @param hubDegree     nodes with more statements of links than this are hubs (not intermediate nodes)
     * @param skipCountries country-level places are not intermediate nodes
     * @param maxExpanded   node lookups at most
     * @param maxEdges      statements of links read at most
     */
    public record Options(int maxHops, int k, LocalDate at, int hubDegree, boolean skipCountries, int maxExpanded, int maxEdges) {
        public static final int DEFAULT_HUB_DEGREE = 1000;
        public static final int DEFAULT_MAX_EXPANDED = 5000;
        public static final int DEFAULT_MAX_EDGES = 200_000;

        public static Options of(int maxHops, int k, LocalDate at) {
            return new Options(maxHops, k, at, DEFAULT_HUB_DEGREE, true, DEFAULT_MAX_EXPANDED, DEFAULT_MAX_EDGES);
        }

        public Options withHubDegree(int d) {
            return new Options(maxHops, k, at, d, skipCountries, maxExpanded, maxEdges);
        }

        public Options withSkipCountries(boolean skip) {
            return new Options(maxHops, k, at, hubDegree, skip, maxExpanded, maxEdges);
        }

        public Options withMaxExpanded(int n) {
            return new Options(maxHops, k, at, hubDegree, skipCountries, n, maxEdges);
        }
    }

    /**
     * One hop: from one node to the next.
     *
     * @param edge       the link shown: of the links between the two nodes, the one most sources state
     * @param links      how many relations link the two nodes
     * @param dated      whether a date (of either end or of the facts' periods) bore on the hop
     */
    public record Hop(String from, String to, Edge edge, int links, boolean dated) {
        /** "out" when the link's subject is {@code from}, "in" when it is {@code to}. */
        public String direction() {
            return edge.subject().equals(from) ? "out" : "in";
        }
    }

    public record Path(List<Hop> hops) {
        public int length() {
            return hops.size();
        }

        public List<String> nodes() {
            List<String> out = new ArrayList<>();
            out.add(hops.get(0).from());
            hops.forEach(h -> out.add(h.to()));
            return out;
        }
    }

    /**
     * @param explored how many nodes were looked up
     * @param complete false when a budget or a hub endpoint cut the search short
     */
    public record Result(List<Path> paths, int explored, boolean complete) {}

    /** How many paths of one length are gathered before ordering them (a bound for graphs with very many ties). */
    static final int GATHER = 2000;

    private final Neighbours neighbours;

    public PathFinder(Neighbours neighbours) {
        this.neighbours = neighbours;
    }

    public Result find(String from, String to, Options o) {
        if (from.equals(to)) throw new IllegalArgumentException("'from' and 'to' are the same entity");
        return new Search(from, to, o).run();
    }

    private final class Search {
        final String from;
        final String to;
        final Options o;
        /** node → neighbour → links between them (only links that hold at {@code at}). */
        final Map<String, Map<String, List<Edge>>> adj = new HashMap<>();
        final Map<String, String> placeKinds = new HashMap<>();
        final Map<String, Validity> nodeValidity = new HashMap<>();
        /** Links known not to hold at {@code at} (by their facts' periods). */
        final Set<String> notHolding = new HashSet<>();
        /** Links whose periods bore on them. */
        final Set<String> periodDated = new HashSet<>();
        /** Nodes whose facets were read. */
        final Set<String> faceted = new HashSet<>();
        final Set<String> expanded = new HashSet<>();
        final Set<String> hubs = new HashSet<>();
        final Map<String, Integer> distF = new HashMap<>();
        final Map<String, Integer> distB = new HashMap<>();
        List<String> frontierF = new ArrayList<>();
        List<String> frontierB = new ArrayList<>();
        int rf;
        int rb;
        int edgesRead;
        boolean complete = true;

        Search(String from, String to, Options o) {
            this.from = from;
            this.to = to;
            this.o = o;
        }

        Result run() {
            facets(List.of(from, to));
            distF.put(from, 0);
            distB.put(to, 0);
            frontierF.add(from);
            frontierB.add(to);
            while (true) {
                int reach = rf + rb;
                if (reach >= 1 && enumerate(reach, o.k()).size() >= o.k()) break;
                if (reach >= o.maxHops()) break;
                if (frontierF.isEmpty() || frontierB.isEmpty()) break; // one side is exhausted: every path is known
                if (expanded.size() >= o.maxExpanded() || edgesRead >= o.maxEdges()) {
                    complete = false;
                    break;
                }
                boolean forward = frontierF.size() <= frontierB.size();
                if (forward) {
                    frontierF = level(frontierF, distF, rf);
                    rf++;
                } else {
                    frontierB = level(frontierB, distB, rb);
                    rb++;
                }
            }
            List<Path> found = enumerate(o.maxHops(), o.k());
            found = rank(found);
            return new Result(found.size() > o.k() ? List.copyOf(found.subList(0, o.k())) : found, expanded.size(), complete);
        }

        /** Expands a whole level of one side and returns the next level. */
        private List<String> level(List<String> frontier, Map<String, Integer> dist, int depth) {
            List<String> toRead = new ArrayList<>();
            for (String n : frontier) {
                if (!expanded.contains(n)) toRead.add(n);
            }
            int room = o.maxExpanded() - expanded.size();
            if (toRead.size() > room) {
                toRead = toRead.subList(0, Math.max(0, room));
                complete = false;
            }
            if (!toRead.isEmpty()) read(toRead);
            List<String> next = new ArrayList<>();
            for (String n : frontier) {
                if (!expanded.contains(n) || (hubs.contains(n) && !n.equals(from) && !n.equals(to))) continue;
                for (String m : adj.getOrDefault(n, Map.of()).keySet()) {
                    if (dist.containsKey(m)) continue;
                    dist.put(m, depth + 1);
                    if (!m.equals(from) && !m.equals(to) && intermediate(m)) next.add(m);
                }
            }
            return next;
        }

        private void read(List<String> nodes) {
            Map<String, Neighbours.Expansion> f = neighbours.expand(nodes, o.hubDegree(), false, false);
            List<Edge> fresh = new ArrayList<>();
            Set<String> reached = new LinkedHashSet<>();
            for (String n : nodes) {
                expanded.add(n);
                Neighbours.Expansion x = f.get(n);
                if (x == null) continue;
                x.edges().forEach(e -> edgesRead += e.statements());
                boolean endpoint = n.equals(from) || n.equals(to);
                if (x.more()) {
                    hubs.add(n);
                    if (!endpoint) continue; // a hub in the middle: none of its edges are used
                    complete = false;
                }
                for (Edge e : x.edges()) {
                    fresh.add(e);
                    reached.add(e.other());
                }
            }
            facets(reached);
            if (o.at() != null && !fresh.isEmpty()) {
                Neighbours.Periods periods = neighbours.periods(fresh, o.at());
                notHolding.addAll(periods.notHolding());
                periodDated.addAll(periods.dated());
            }
            for (Edge e : fresh) {
                if (!counts(e)) continue;
                link(e.node(), e.other(), e);
                link(e.other(), e.node(), e.reversed());
            }
        }

        /** Reads the place kind and (with {@code at}) the dates of nodes not seen before. */
        private void facets(Collection<String> nodes) {
            List<String> unseen = new ArrayList<>();
            for (String n : nodes) {
                if (faceted.add(n)) unseen.add(n);
            }
            if (unseen.isEmpty()) return;
            neighbours.facets(unseen, o.at() != null).forEach((n, f) -> {
                if (f.placeKind() != null) placeKinds.put(n, f.placeKind());
                nodeValidity.put(n, f.validity());
            });
        }

        private void link(String a, String b, Edge e) {
            List<Edge> es = adj.computeIfAbsent(a, k -> new LinkedHashMap<>()).computeIfAbsent(b, k -> new ArrayList<>());
            for (Edge seen : es) {
                if (seen.key().equals(e.key())) return;
            }
            es.add(e);
        }

        /** Whether the link holds at {@code at}: both its ends, and the periods of its facts. */
        private boolean counts(Edge e) {
            if (o.at() == null) return true;
            return !notHolding.contains(e.key())
                    && validity(nodeValidity, e.node()).holdsAt(o.at())
                    && validity(nodeValidity, e.other()).holdsAt(o.at());
        }

        private boolean dated(Edge e) {
            if (o.at() == null) return false;
            return validity(nodeValidity, e.node()).dated() || validity(nodeValidity, e.other()).dated();
        }

        private Validity validity(Map<String, Validity> m, String key) {
            return m.getOrDefault(key, Validity.ALWAYS);
        }

        /** Whether a path may pass through the node. */
        private boolean intermediate(String n) {
            if (hubs.contains(n)) return false;
            return !(o.skipCountries() && Neighbours.COUNTRY.equals(placeKinds.get(n)));
        }

        /** Hop distances to {@code to} in the known graph, through nodes a path may pass. */
        private Map<String, Integer> distancesToTarget(int limit) {
            Map<String, Integer> d = new HashMap<>();
            ArrayDeque<String> queue = new ArrayDeque<>();
            d.put(to, 0);
            queue.add(to);
            while (!queue.isEmpty()) {
                String n = queue.poll();
                int dn = d.get(n);
                if (dn >= limit) continue;
                if (!n.equals(to) && (n.equals(from) || !intermediate(n))) continue;
                for (String m : adj.getOrDefault(n, Map.of()).keySet()) {
                    if (!d.containsKey(m)) {
                        d.put(m, dn + 1);
                        queue.add(m);
                    }
                }
            }
            return d;
        }

        /**
         * The simple paths of at most {@code maxLength} hops in the known graph, shortest first: every path of each
         * length (at most {@value #GATHER} of one length), stopping after the first length that brings the count to
         * {@code enough}.
         */
        private List<Path> enumerate(int maxLength, int enough) {
            Map<String, Integer> dt = distancesToTarget(maxLength);
            Integer shortest = dt.get(from);
            List<Path> out = new ArrayList<>();
            if (shortest == null) return out;
            for (int length = shortest; length <= maxLength && out.size() < enough; length++) {
                List<String> trail = new ArrayList<>();
                trail.add(from);
                Set<String> onPath = new HashSet<>(trail);
                dfs(from, length, trail, onPath, dt, out, out.size() + GATHER);
            }
            return out;
        }

        private void dfs(String n, int length, List<String> trail, Set<String> onPath, Map<String, Integer> dt, List<Path> out, int cap) {
            if (out.size() >= cap) return;
            int used = trail.size() - 1;
            for (String m : adj.getOrDefault(n, Map.of()).keySet()) {
                if (onPath.contains(m)) continue;
                if (m.equals(to)) {
                    if (used + 1 == length) {
                        trail.add(m);
                        out.add(path(trail));
                        trail.remove(trail.size() - 1);
                        if (out.size() >= cap) return;
                    }
                    continue;
                }
                if (!intermediate(m)) continue;
                Integer rest = dt.get(m);
                if (rest == null || used + 1 + rest > length) continue;
                trail.add(m);
                onPath.add(m);
                dfs(m, length, trail, onPath, dt, out, cap);
                onPath.remove(m);
                trail.remove(trail.size() - 1);
            }
        }

        private Path path(List<String> nodes) {
            List<Hop> hops = new ArrayList<>();
            for (int i = 0; i + 1 < nodes.size(); i++) {
                String a = nodes.get(i);
                String b = nodes.get(i + 1);
                List<Edge> es = adj.get(a).get(b);
                Edge best = es.stream().max(Comparator.comparingInt(Edge::statements)
                        .thenComparing(Edge::key, Comparator.reverseOrder())).orElseThrow();
                boolean dated = false;
                for (Edge e : es) {
                    dated |= dated(e) || periodDated.contains(e.key());
                }
                hops.add(new Hop(a, b, best, es.size(), dated));
            }
            return new Path(List.copyOf(hops));
        }

        private List<Path> rank(List<Path> paths) {
            Map<Path, String> keys = new HashMap<>();
            paths.forEach(p -> keys.put(p, String.join(" ", p.nodes())));
            List<Path> sorted = new ArrayList<>(new LinkedHashSet<>(paths));
            sorted.sort(Comparator.comparingInt(Path::length)
                    .thenComparingInt(this::placesInside)
                    .thenComparing(Comparator.comparingInt(PathFinder::weakestSupport).reversed())
                    .thenComparing(Comparator.comparingInt(PathFinder::support).reversed())
                    .thenComparing(keys::get));
            return sorted;
        }

        private int placesInside(Path p) {
            int n = 0;
            for (int i = 1; i < p.hops().size(); i++) {
                if ("place".equals(Neighbours.kindOfIri(p.hops().get(i).from())) || placeKinds.containsKey(p.hops().get(i).from())) n++;
            }
            return n;
        }
    }

    /** How many sources state the hop that the fewest state. */
    static int weakestSupport(Path p) {
        int min = Integer.MAX_VALUE;
        for (Hop h : p.hops()) {
            min = Math.min(min, h.edge().statements());
        }
        return min;
    }

    /** How many statements the hops have together. */
    static int support(Path p) {
        int n = 0;
        for (Hop h : p.hops()) {
            n += h.edge().statements();
        }
        return n;
    }
}
