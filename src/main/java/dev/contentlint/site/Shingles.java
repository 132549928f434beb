package dev.contentlint.site;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The word shingles of a text: every run of {@value #SIZE} consecutive words, as Screaming
 * Frog's near-duplicate check uses them. A text of fewer words is one shingle of all its words,
 * so that two short identical texts still compare as identical.
 */
public final class Shingles {
    public static final int SIZE = 5;

    private Shingles() {}

    /** The shingles themselves, for an exact Jaccard similarity. */
    public static Set<String> of(List<String> words) {
        Set<String> shingles = new HashSet<>();
        if (words.isEmpty()) {
            return shingles;
        }
        int last = Math.max(0, words.size() - SIZE);
        StringBuilder shingle = new StringBuilder();
        for (int i = 0; i <= last; i++) {
            shingle.setLength(0);
            for (int k = i; k < Math.min(words.size(), i + SIZE); k++) {
                if (k > i) {
                    shingle.append(' ');
                }
                shingle.append(words.get(k));
            }
            shingles.add(shingle.toString());
        }
        return shingles;
    }

    /** A 64-bit hash of each shingle (equal shingles, equal hashes), for signatures. */
    public static long[] hashes(List<String> words) {
        long[] wordHashes = new long[words.size()];
        for (int i = 0; i < wordHashes.length; i++) {
            wordHashes[i] = wordHash(words.get(i).hashCode(), words.get(i).length());
        }
        return hashes(wordHashes, wordHashes.length);
    }

    /** A word's 64-bit hash, from its string's hash code and length. */
    static long wordHash(int hashCode, int length) {
        return MinHash.mix(hashCode * 0x9E3779B97F4A7C15L + length);
    }

    /** {@link #hashes(List)} of the first {@code words} of {@code wordHashes}, each a {@link #wordHash}. */
    static long[] hashes(long[] wordHashes, int words) {
        if (words == 0) {
            return new long[0];
        }
        int count = Math.max(1, words - SIZE + 1);
        long[] hashes = new long[count];
        for (int i = 0; i < count; i++) {
            long h = 0x243F6A8885A308D3L;
            for (int k = i; k < Math.min(words, i + SIZE); k++) {
                h = MinHash.mix(h ^ wordHashes[k]) * 0xBF58476D1CE4E5B9L;
            }
            hashes[i] = MinHash.mix(h);
        }
        return hashes;
    }

    /** The exact Jaccard similarity of two shingle sets: shared shingles over all shingles; 0 for two empty sets. */
    public static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int shared = 0;
        for (String shingle : small) {
            if (large.contains(shingle)) {
                shared++;
            }
        }
        return (double) shared / (a.size() + b.size() - shared);
    }
}
