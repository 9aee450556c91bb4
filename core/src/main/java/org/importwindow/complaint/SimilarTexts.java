package org.importwindow.complaint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Groups complaint descriptions that tell the same story, in Chinese and English alike.
 *
 * <p>Shingles: Chinese is written without spaces and word segmentation needs a dictionary, so runs of Han characters
 * become overlapping character bigrams (most Chinese words are two characters, and bigrams are the usual
 * dictionary-free unit in Chinese retrieval); Latin text becomes lower-cased words less a few stop words, crudely
 * stemmed ({@link #stem}). Two descriptions are similar when the Jaccard index of their shingle sets reaches the
 * threshold; groups are the connected parts of that relation (single linkage), so a chain of re-phrasings stays one
 * group. Exact Jaccard over all pairs is used because a product's complaints in a signal are tens, not millions;
 * MinHash would only approximate the same index to save time we do not need.
 */
public final class SimilarTexts {

    private static final Set<String> STOP = Set.of("a", "an", "the", "and", "or", "of", "to", "in", "on", "at",
            "it", "its", "is", "was", "were", "be", "been", "my", "me", "i", "we", "our", "this", "that", "with",
            "for", "after", "when", "while", "during", "then", "from", "by", "as", "had", "has", "have", "very");

    private SimilarTexts() {
    }

    public static Set<String> shingles(String text) {
        Set<String> out = new HashSet<>();
        if (text == null) {
            return out;
        }
        StringBuilder han = new StringBuilder();
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                flushWord(word, out);
                han.appendCodePoint(cp);
            } else if (Character.isLetterOrDigit(cp)) {
                flushHan(han, out);
                word.appendCodePoint(Character.toLowerCase(cp));
            } else {
                flushHan(han, out);
                flushWord(word, out);
            }
        });
        flushHan(han, out);
        flushWord(word, out);
        return out;
    }

    private static void flushHan(StringBuilder han, Set<String> out) {
        int[] cps = han.codePoints().toArray();
        if (cps.length == 1) {
            out.add(new String(cps, 0, 1));
        }
        for (int i = 0; i + 1 < cps.length; i++) {
            out.add(new String(cps, i, 2));
        }
        han.setLength(0);
    }

    private static void flushWord(StringBuilder word, Set<String> out) {
        String w = word.toString().toLowerCase(Locale.ROOT);
        word.setLength(0);
        if (w.isEmpty() || STOP.contains(w)) {
            return;
        }
        out.add(stem(w));
    }

    /**
     * A crude English suffix stripper (in the spirit of Porter's step 1): "overheated", "overheats" and "smoking",
     * "smoke" meet on one stem. Wrong stems do no harm as long as both texts get the same one.
     */
    static String stem(String w) {
        String s = w;
        if (s.endsWith("ing") && s.length() - 3 >= 3) {
            s = s.substring(0, s.length() - 3);
        } else if (s.endsWith("ed") && s.length() - 2 >= 3) {
            s = s.substring(0, s.length() - 2);
        } else if (s.endsWith("s") && !s.endsWith("ss") && s.length() > 3) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.endsWith("e") && s.length() > 4) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    public static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        return (double) common.size() / (a.size() + b.size() - common.size());
    }

    public static double similarity(String a, String b) {
        return jaccard(shingles(a), shingles(b));
    }

    /**
     * The items in groups of similar text, largest group first, each group in input order; an item like no other
     * is a group of one.
     */
    public static <T> List<List<T>> group(List<T> items, Function<T, String> text, double threshold) {
        List<Set<String>> sh = items.stream().map(i -> shingles(text.apply(i))).toList();
        int[] parent = new int[items.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < items.size(); i++) {
            for (int j = i + 1; j < items.size(); j++) {
                if (jaccard(sh.get(i), sh.get(j)) >= threshold) {
                    parent[root(parent, i)] = root(parent, j);
                }
            }
        }
        Map<Integer, List<T>> groups = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            groups.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(items.get(i));
        }
        List<List<T>> out = new ArrayList<>(groups.values());
        out.sort(Comparator.comparingInt((List<T> g) -> -g.size()));
        return out;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
