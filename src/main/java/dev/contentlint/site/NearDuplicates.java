package dev.contentlint.site;

import dev.contentlint.index.PageIndex;
import dev.contentlint.page.Page;
import dev.contentlint.config.FieldRoles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pages whose texts are near duplicates, found without comparing every pair: locality
 * sensitive hashing over the MinHash signatures that the index keeps. A signature is cut into
 * bands of {@code rows} positions; two pages become candidates when one band is the same in
 * both, which happens with probability {@code 1 - (1 - J^rows)^bands} for a Jaccard similarity
 * J. The rows are chosen so that pages at the threshold become candidates with probability at
 * least {@value #RECALL_AT_THRESHOLD}. Every candidate is then compared exactly, so nothing is
 * reported that is not at the threshold.
 */
final class NearDuplicates {
    static final double RECALL_AT_THRESHOLD = 0.995;
    /**
     * Candidates whose signatures agree on fewer than this share less than the threshold are
     * not compared: at J = 0.9 the estimate of 128 positions has a standard deviation of 0.027,
     * so 0.15 is more than 5 of them.
     */
    static final double ESTIMATE_MARGIN = 0.15;
    private static final int INDEX_BITS = 22; // up to 4 million pages
    private static final long PAGE_MASK = (1L << INDEX_BITS) - 1;

    /** A page that is at least the threshold the same as another, and how much. */
    record Similar(PageIndex.Entry page, double jaccard) {}

    private final PageIndex index;
    private final double threshold;
    private final int rows;
    private final PageIndex.Entry[] pages;
    private final Map<String, Integer> byFile = new HashMap<>();
    /** Per band, each page's band key in the high bits and its number in the low bits, sorted. */
    private final long[][] bands;
    /** Per band, where each page's key is in {@link #bands}: its candidates in that band are its neighbours. */
    private final int[][] positions;
    /** Exact similarities already computed, by the two files: each pair is compared once a run. */
    private final Map<String, Double> compared = new ConcurrentHashMap<>();

    private NearDuplicates(PageIndex index, double threshold) {
        this.index = index;
        this.threshold = threshold;
        this.rows = rowsFor(threshold);
        this.pages = index.entries().stream().filter(e -> e.site() != null && e.site().signature() != null)
                .toArray(PageIndex.Entry[]::new);
        for (int i = 0; i < pages.length; i++) {
            byFile.put(pages[i].file(), i);
        }
        int count = MinHash.LENGTH / rows;
        bands = new long[count][pages.length];
        positions = new int[count][pages.length];
        // Made while the other workers wait for it: the bands are made side by side.
        java.util.stream.IntStream.range(0, count).parallel().forEach(band -> {
            for (int i = 0; i < pages.length; i++) {
                bands[band][i] = (bandKey(pages[i].site().signature(), band) << INDEX_BITS) | i;
            }
            Arrays.sort(bands[band]);
            for (int at = 0; at < pages.length; at++) {
                positions[band][(int) (bands[band][at] & PAGE_MASK)] = at;
            }
        });
    }

    /** The near-duplicate finder of the index at this threshold, made once a run. */
    static NearDuplicates of(PageIndex index, double threshold) {
        return index.derived(new Key(threshold), whole -> new NearDuplicates(whole, threshold));
    }

    private record Key(double threshold) {}

    /** The most rows a band can have (of 4, 8, 16, 32) while pages at the threshold are still found. */
    static int rowsFor(double threshold) {
        int best = 2;
        for (int r = 4; r <= 32; r *= 2) {
            if (candidateProbability(threshold, r) >= RECALL_AT_THRESHOLD) {
                best = r;
            }
        }
        return best;
    }

    /** The probability that two pages of Jaccard similarity {@code j} share a band of {@code rows} positions. */
    static double candidateProbability(double j, int rows) {
        return 1 - Math.pow(1 - Math.pow(j, rows), (double) MinHash.LENGTH / rows);
    }

    /**
     * A hash of the band's positions, above the page number's bits. Four 16-bit positions are
     * packed into a long and mixed once, rather than each position mixed: the same positions
     * give the same key, and two different bands share one by chance once in 2^42.
     */
    private long bandKey(short[] signature, int band) {
        long h = band;
        int end = (band + 1) * rows;
        for (int i = band * rows; i < end; ) {
            long packed = 0;
            for (int k = 0; k < 4 && i < end; k++, i++) {
                packed = (packed << 16) | (signature[i] & 0xFFFF);
            }
            h = MinHash.mix(h * 0x100000001B3L ^ packed);
        }
        return h >>> INDEX_BITS;
    }

    /**
     * The pages at least the threshold the same as the page whose index entry is {@code own},
     * most similar first. {@code words} gives the page's words as it was read; it is asked only
     * when a candidate has to be compared exactly, which most pages never need.
     */
    List<Similar> of(PageIndex.Entry own, java.util.function.Supplier<List<String>> words, FieldRoles fields) {
        Integer me = own == null ? null : byFile.get(own.file());
        if (me == null) {
            return List.of();
        }
        Set<String> shingles = null;
        List<Similar> similar = new ArrayList<>();
        SiteFacts mine = own.site();
        for (int other : candidates(me)) {
            PageIndex.Entry entry = pages[other];
            SiteFacts theirs = entry.site();
            int small = Math.min(mine.shingles(), theirs.shingles());
            int large = Math.max(mine.shingles(), theirs.shingles());
            if (small < threshold * large
                    || MinHash.estimate(mine.signature(), theirs.signature()) < threshold - ESTIMATE_MARGIN) {
                continue;
            }
            String pair = own.file().compareTo(entry.file()) < 0 ? own.file() + "\0" + entry.file()
                    : entry.file() + "\0" + own.file();
            Double known = compared.get(pair);
            double jaccard;
            if (known != null) {
                jaccard = known;
            } else if (mine.textHash() == theirs.textHash() && mine.shingles() == theirs.shingles()) {
                jaccard = 1.0; // the same words in the same order
            } else {
                if (shingles == null) {
                    shingles = Shingles.of(words.get());
                }
                Page read = index.read(entry);
                if (read == null) {
                    continue;
                }
                jaccard = Shingles.jaccard(shingles, Shingles.of(SiteText.words(SiteText.of(read, fields))));
            }
            compared.put(pair, jaccard);
            if (jaccard >= threshold) {
                similar.add(new Similar(entry, jaccard));
            }
        }
        similar.sort((a, b) -> a.jaccard() != b.jaccard() ? Double.compare(b.jaccard(), a.jaccard())
                : a.page().file().compareTo(b.page().file()));
        return similar;
    }

    /** The pages that share a band with page {@code me}, each once: in each sorted band, the neighbours with its key. */
    private int[] candidates(int me) {
        java.util.BitSet seen = null;
        int[] found = new int[4];
        int count = 0;
        for (int b = 0; b < bands.length; b++) {
            long[] band = bands[b];
            int at = positions[b][me];
            long key = band[at] >>> INDEX_BITS;
            int first = at;
            while (first > 0 && band[first - 1] >>> INDEX_BITS == key) {
                first--;
            }
            for (int i = first; i < band.length && band[i] >>> INDEX_BITS == key; i++) {
                int other = (int) (band[i] & PAGE_MASK);
                if (other == me) {
                    continue;
                }
                if (seen == null) {
                    seen = new java.util.BitSet(pages.length);
                }
                if (!seen.get(other)) {
                    seen.set(other);
                    if (count == found.length) {
                        found = Arrays.copyOf(found, count * 2);
                    }
                    found[count++] = other;
                }
            }
        }
        return Arrays.copyOf(found, count);
    }
}
