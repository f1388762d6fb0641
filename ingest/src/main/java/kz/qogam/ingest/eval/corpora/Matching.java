package kz.qogam.ingest.eval.corpora;

import java.util.Arrays;
import java.util.List;

/**
 * Maximum one-to-one matching in a bipartite graph (Kuhn's augmenting paths): each left item
 * (a prediction) is paired with at most one right item (a key item) and vice versa, and as many
 * pairs as possible are formed. Graphs here are one document or one sentence, so small.
 */
final class Matching {
    private Matching() {}

    /**
     * @param edges    for each left item, the right items it may pair with, in order of preference
     * @param rightSize the number of right items
     * @param initial  left → right pairs to start from (-1 for unpaired), or null; augmenting never
     *                 unpairs an item, so every item paired here stays paired (perhaps to another)
     * @return for each left item the right item it is paired with, or -1
     */
    static int[] maximum(List<int[]> edges, int rightSize, int[] initial) {
        int n = edges.size();
        int[] leftTo = new int[n];
        int[] rightTo = new int[rightSize];
        Arrays.fill(leftTo, -1);
        Arrays.fill(rightTo, -1);
        if (initial != null) {
            for (int l = 0; l < n; l++) {
                int r = initial[l];
                if (r >= 0) {
                    if (rightTo[r] >= 0) throw new IllegalArgumentException("Right item " + r + " is paired twice");
                    leftTo[l] = r;
                    rightTo[r] = l;
                }
            }
        }
        for (int l = 0; l < n; l++) {
            if (leftTo[l] >= 0) continue;
            augment(l, edges, leftTo, rightTo, new boolean[rightSize]);
        }
        return leftTo;
    }

    private static boolean augment(int l, List<int[]> edges, int[] leftTo, int[] rightTo, boolean[] seen) {
        for (int r : edges.get(l)) {
            if (seen[r]) continue;
            seen[r] = true;
            if (rightTo[r] < 0 || augment(rightTo[r], edges, leftTo, rightTo, seen)) {
                leftTo[l] = r;
                rightTo[r] = l;
                return true;
            }
        }
        return false;
    }

    /**
     * The one-to-one pairing with the most pairs and, among those, the greatest total bonus
     * (Hungarian algorithm, O(n³)).
     *
     * @param bonus {@code bonus[l][r]}: -1 where left item l may not pair with right item r, else
     *              a non-negative preference (1 for "roles agree", 0 otherwise)
     * @return for each left item the right item it is paired with, or -1
     */
    static int[] maximumPreferring(int[][] bonus, int rightSize) {
        int left = bonus.length;
        int n = Math.max(left, rightSize);
        int[] result = new int[left];
        Arrays.fill(result, -1);
        if (n == 0) return result;
        int maxBonus = 0;
        for (int[] row : bonus) for (int b : row) maxBonus = Math.max(maxBonus, b);
        // Any pair outweighs every bonus together, so the number of pairs comes first.
        long pairWeight = (long) (maxBonus + 1) * (n + 1);
        long top = pairWeight + maxBonus;
        long[][] cost = new long[n + 1][n + 1];
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= n; j++) {
                int b = i <= left && j <= rightSize ? bonus[i - 1][j - 1] : -1;
                cost[i][j] = top - (b < 0 ? 0 : pairWeight + b);
            }
        }
        // e-maxx formulation: potentials u, v; p[j] = row matched to column j; way = augmenting path.
        long[] u = new long[n + 1], v = new long[n + 1];
        int[] p = new int[n + 1], way = new int[n + 1];
        for (int i = 1; i <= n; i++) {
            p[0] = i;
            int j0 = 0;
            long[] minv = new long[n + 1];
            Arrays.fill(minv, Long.MAX_VALUE);
            boolean[] used = new boolean[n + 1];
            do {
                used[j0] = true;
                int i0 = p[j0], j1 = 0;
                long delta = Long.MAX_VALUE;
                for (int j = 1; j <= n; j++) {
                    if (used[j]) continue;
                    long cur = cost[i0][j] - u[i0] - v[j];
                    if (cur < minv[j]) {
                        minv[j] = cur;
                        way[j] = j0;
                    }
                    if (minv[j] < delta) {
                        delta = minv[j];
                        j1 = j;
                    }
                }
                for (int j = 0; j <= n; j++) {
                    if (used[j]) {
                        u[p[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
            } while (p[j0] != 0);
            do {
                int j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        for (int j = 1; j <= n; j++) {
            int i = p[j];
            if (i >= 1 && i <= left && j <= rightSize && bonus[i - 1][j - 1] >= 0) result[i - 1] = j - 1;
        }
        return result;
    }
}
