package org.importwindow.bench.store;

/**
 * One shape of insert: the key is sequential or random (like an order number), and the row carries 0, 1 or 3
 * secondary indexes on random values. Every case writes the same row; only the key order and the indexes differ.
 */
enum FloorCase {
    SEQUENTIAL("a", "sequential-pk", true, 0),
    RANDOM_PK("b", "random-pk", false, 0),
    RANDOM_PK_1_INDEX("c", "random-pk-1-index", false, 1),
    RANDOM_PK_3_INDEXES("d", "random-pk-3-indexes", false, 3);

    final String letter;
    final String label;
    final boolean sequential;
    final int indexes;

    FloorCase(String letter, String label, boolean sequential, int indexes) {
        this.letter = letter;
        this.label = label;
        this.sequential = sequential;
        this.indexes = indexes;
    }

    /** A case by its letter ({@code a}..{@code d}) or label. */
    static FloorCase of(String name) {
        for (FloorCase c : values()) {
            if (c.letter.equalsIgnoreCase(name) || c.label.equalsIgnoreCase(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown case " + name + ": a, b, c or d");
    }
}
