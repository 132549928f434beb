package dev.contentlint.site;

/**
 * MinHash signatures of shingle sets, made with one permutation hashing: each shingle's hash
 * is computed once and falls into one of {@value #LENGTH} bins by its top bits, and a bin keeps
 * the smallest hash that falls in it (Li, Owen and Zhang, "One Permutation Hashing", NIPS 2012).
 * That costs one hash a shingle, where classic MinHash costs {@value #LENGTH}. An empty bin
 * (a short text) borrows the value of another bin, probed in an order that depends only on the
 * bin and the attempt (Shrivastava, "Optimal Densification for Fast and Accurate Minwise
 * Hashing", ICML 2017), so that the share of equal positions of two signatures still estimates
 * the Jaccard similarity of their sets without bias. Borrowing from the next bin to the right
 * instead (densification by rotation) makes a short text's positions copies of each other: a
 * 20-shingle text then had estimates off by 0.24. A position is kept as 16 bits: two
 * different values agree by chance once in 65,536, which adds at most that much to an estimate.
 */
public final class MinHash {
    /** Positions of a signature; the LSH bands divide it. */
    public static final int LENGTH = 128;
    private static final int BIN_BITS = 7; // 2^7 = LENGTH bins
    private static final long EMPTY = Long.MAX_VALUE;

    private MinHash() {}

    /** The signature of a set given by its elements' hashes; null for an empty set. */
    public static short[] signature(long[] hashes) {
        if (hashes.length == 0) {
            return null;
        }
        long[] bins = new long[LENGTH];
        java.util.Arrays.fill(bins, EMPTY);
        for (long hash : hashes) {
            int bin = (int) (hash >>> (64 - BIN_BITS));
            long value = hash & (-1L >>> BIN_BITS);
            if (value < bins[bin]) {
                bins[bin] = value;
            }
        }
        short[] signature = new short[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            int attempt = 0;
            int from = i;
            while (bins[from] == EMPTY) {
                attempt++;
                from = (int) (mix(i * 0x9E3779B97F4A7C15L + attempt) >>> (64 - BIN_BITS));
            }
            signature[i] = (short) (mix(bins[from] + attempt * 0x9E3779B97F4A7C15L) >>> 48);
        }
        return signature;
    }

    /** The estimated Jaccard similarity: the share of positions where the two signatures agree. */
    public static double estimate(short[] a, short[] b) {
        int same = 0;
        for (int i = 0; i < LENGTH; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return (double) same / LENGTH;
    }

    /** A 64-bit finalizer (SplitMix64's): every input bit changes about half the output bits. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
