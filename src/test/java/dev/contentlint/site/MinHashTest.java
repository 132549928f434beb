package dev.contentlint.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The MinHash estimator against exact Jaccard similarities of seeded random sets, and the LSH bands it feeds. */
class MinHashTest {
    /**
     * Two sets of {@code size} hashes that share {@code shared} of them: their Jaccard
     * similarity is shared / (2 size - shared).
     */
    private static long[][] pair(Random random, int size, int shared) {
        long[] a = new long[size];
        long[] b = new long[size];
        for (int i = 0; i < size; i++) {
            a[i] = MinHash.mix(random.nextLong());
            b[i] = i < shared ? a[i] : MinHash.mix(random.nextLong());
        }
        return new long[][] {a, b};
    }

    @Test
    void theEstimateIsWithinItsErrorBoundOfTheExactSimilarity() {
        Random random = new Random(20261202);
        double worst = 0;
        double sumOfErrors = 0;
        int trials = 0;
        double sumOfLongErrors = 0;
        int longTrials = 0;
        for (int size : new int[] {20, 60, 300, 2000}) { // short texts leave bins empty; long ones fill them
            for (double target : new double[] {0.3, 0.5, 0.8, 0.9, 0.95}) {
                for (int t = 0; t < 40; t++) {
                    int shared = (int) Math.round(2 * size * target / (1 + target));
                    long[][] sets = pair(random, size, shared);
                    double exact = (double) shared / (2 * size - shared);
                    double estimate = MinHash.estimate(MinHash.signature(sets[0]), MinHash.signature(sets[1]));
                    double error = Math.abs(estimate - exact);
                    // 128 positions: a standard deviation of at most 0.044 (at J = 0.5); 5 of them
                    assertTrue(error <= 0.22, "size " + size + ", J " + exact + ": estimate " + estimate);
                    if (size >= 300) {
                        sumOfLongErrors += error;
                        longTrials++;
                    }
                    worst = Math.max(worst, error);
                    sumOfErrors += estimate - exact;
                    trials++;
                }
            }
        }
        assertTrue(Math.abs(sumOfErrors / trials) < 0.01, "the estimate is unbiased: mean error " + sumOfErrors / trials);
        assertTrue(worst > 0, "the estimate is not exact, so the bound is tested");
        assertTrue(sumOfLongErrors / longTrials < 0.04, "mean absolute error " + sumOfLongErrors / longTrials);
    }

    @Test
    void equalSetsHaveEqualSignaturesAndDisjointSetsNearlyNoEqualPosition() {
        Random random = new Random(7);
        long[][] same = pair(random, 50, 50);
        assertEquals(1.0, MinHash.estimate(MinHash.signature(same[0]), MinHash.signature(same[1])));
        long[][] disjoint = pair(random, 500, 0);
        assertTrue(MinHash.estimate(MinHash.signature(disjoint[0]), MinHash.signature(disjoint[1])) < 0.05);
        assertEquals(null, MinHash.signature(new long[0]));
    }

    @Test
    void theBandsFindPagesAtTheThresholdAndFewFarBelowIt() {
        assertEquals(8, NearDuplicates.rowsFor(0.9), "16 bands of 8 positions at 90 %");
        assertTrue(NearDuplicates.candidateProbability(0.9, 8) > 0.9998);
        assertTrue(NearDuplicates.candidateProbability(0.5, 8) < 0.07);
        for (double threshold : new double[] {0.5, 0.7, 0.85, 0.9, 0.99}) {
            int rows = NearDuplicates.rowsFor(threshold);
            assertTrue(NearDuplicates.candidateProbability(threshold, rows) >= NearDuplicates.RECALL_AT_THRESHOLD,
                    threshold + " with " + rows + " rows");
        }
    }

    @Test
    void shinglesAreFiveWordRunsAndJaccardIsExact() {
        var words = java.util.List.of("a", "b", "c", "d", "e", "f");
        assertEquals(java.util.Set.of("a b c d e", "b c d e f"), Shingles.of(words));
        assertEquals(java.util.Set.of("a b"), Shingles.of(java.util.List.of("a", "b")), "a short text is one shingle");
        assertEquals(1.0 / 3, Shingles.jaccard(Shingles.of(words), Shingles.of(java.util.List.of("a", "b", "c", "d", "e", "g"))));
        assertEquals(2, Shingles.hashes(words).length);
    }
}
