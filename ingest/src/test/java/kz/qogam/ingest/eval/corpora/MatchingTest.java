package kz.qogam.ingest.eval.corpora;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MatchingTest {

    @Test
    void finds_the_pairing_a_greedy_one_misses() {
        // Left 0 may take right 0 or 1, left 1 only right 0: greedy in order pairs 0–0 and strands 1.
        int[] m = Matching.maximum(List.of(new int[] {0, 1}, new int[] {0}), 2, null);
        assertArrayEquals(new int[] {1, 0}, m);
    }

    @Test
    void prefers_bonus_pairs_without_losing_a_pair() {
        // Left 0: right 0 (bonus) or right 1; left 1: right 0 only. Two pairs are possible only as
        // 0–1, 1–0, which beats the single bonus pair 0–0.
        assertArrayEquals(new int[] {1, 0}, Matching.maximumPreferring(new int[][] {{1, 0}, {0, -1}}, 2));
        // Both pairings have two pairs; the one with both bonuses wins.
        assertArrayEquals(new int[] {1, 0}, Matching.maximumPreferring(new int[][] {{0, 1}, {1, 0}}, 2));
        assertArrayEquals(new int[] {-1, -1}, Matching.maximumPreferring(new int[][] {{-1}, {-1}}, 1));
        assertArrayEquals(new int[] {}, Matching.maximumPreferring(new int[0][0], 3));
    }

    /** Against brute force on random small graphs: as many pairs as possible, then the most bonus. */
    @Test
    void agrees_with_brute_force() {
        Random rnd = new Random(20160229);
        for (int round = 0; round < 2000; round++) {
            int left = rnd.nextInt(5), right = rnd.nextInt(5);
            int[][] bonus = new int[left][right];
            List<int[]> edges = new ArrayList<>();
            for (int i = 0; i < left; i++) {
                List<Integer> e = new ArrayList<>();
                for (int j = 0; j < right; j++) {
                    int r = rnd.nextInt(3);
                    bonus[i][j] = r == 0 ? -1 : r - 1;
                    if (bonus[i][j] >= 0) e.add(j);
                }
                edges.add(e.stream().mapToInt(Integer::intValue).toArray());
            }
            long[] best = best(bonus, 0, new boolean[right]);
            int[] plain = Matching.maximum(edges, right, null);
            int[] preferring = Matching.maximumPreferring(bonus, right);
            assertValid(plain, bonus);
            assertValid(preferring, bonus);
            assertEquals(best[0], count(plain), "pairs, round " + round);
            assertEquals(best[0], count(preferring), "pairs, round " + round);
            long b = 0;
            for (int i = 0; i < left; i++) if (preferring[i] >= 0) b += bonus[i][preferring[i]];
            assertEquals(best[1], b, "bonus, round " + round);
        }
    }

    private static void assertValid(int[] m, int[][] bonus) {
        boolean[] taken = new boolean[bonus.length == 0 ? 0 : bonus[0].length];
        for (int i = 0; i < m.length; i++) {
            if (m[i] < 0) continue;
            assertTrue(bonus[i][m[i]] >= 0, "an allowed pair");
            assertTrue(!taken[m[i]], "one left item per right item");
            taken[m[i]] = true;
        }
    }

    private static long count(int[] m) {
        return java.util.Arrays.stream(m).filter(x -> x >= 0).count();
    }

    /** {pairs, bonus} of the best pairing of left items from i on. */
    private static long[] best(int[][] bonus, int i, boolean[] taken) {
        if (i == bonus.length) return new long[] {0, 0};
        long[] b = best(bonus, i + 1, taken); // left i unpaired
        for (int j = 0; j < taken.length; j++) {
            if (taken[j] || bonus[i][j] < 0) continue;
            taken[j] = true;
            long[] r = best(bonus, i + 1, taken);
            taken[j] = false;
            long pairs = r[0] + 1, bon = r[1] + bonus[i][j];
            if (pairs > b[0] || (pairs == b[0] && bon > b[1])) b = new long[] {pairs, bon};
        }
        return b;
    }
}
