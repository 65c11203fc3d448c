package org.switchboard.engine.interactions.mapping;

/**
 * The contact ids seen in one file, for reporting duplicates in bounded memory: a set of 64-bit id hashes in one
 * open-addressing {@code long[]} (linear probing, at most 3/4 full), about 11–21 bytes per distinct id whatever the
 * ids' length — some 200–400 MB for the 20 million rows of a 2 GB file, where a {@code HashSet<String>} of the ids
 * would take several times that.
 *
 * <p>False-positive policy: only hashes are kept, so two different ids with the same 64-bit hash would make the
 * second look like a duplicate. With a well-mixed 64-bit hash the chance that this happens anywhere in a file of n
 * rows is about n²/2⁶⁵ (the birthday bound): 3·10⁻⁵ for 25 million rows. Such a row is reported as a duplicate,
 * visibly, never dropped silently, so the user can re-submit it; that is the accepted cost of not storing the ids.
 * The hash is 64-bit FNV-1a over the id's UTF-16 code units followed by the MurmurHash3 {@code fmix64} finaliser
 * (Appleby, MurmurHash3.cpp) to spread FNV's weak low bits.
 */
final class SeenIds {

    private static final long EMPTY = 0;
    /** Stand-in for the one id whose hash is {@link #EMPTY}. */
    private static final long ZERO_HASH = 0x9E3779B97F4A7C15L;

    private long[] table = new long[1 << 10];
    private int size;

    /**
     * Records an id.
     *
     * @param id the id
     * @return true if it was not seen before (false: a duplicate, or a hash collision as documented above)
     */
    boolean add(String id) {
        long hash = hash(id);
        if (hash == EMPTY) {
            hash = ZERO_HASH;
        }
        if (size + 1 > table.length / 4 * 3) {
            grow();
        }
        return insert(table, hash);
    }

    private boolean insert(long[] slots, long hash) {
        int mask = slots.length - 1;
        for (int slot = (int) hash & mask; ; slot = (slot + 1) & mask) {
            if (slots[slot] == EMPTY) {
                slots[slot] = hash;
                if (slots == table) {
                    size++;
                }
                return true;
            }
            if (slots[slot] == hash) {
                return false;
            }
        }
    }

    private void grow() {
        var larger = new long[table.length * 2];
        for (long hash : table) {
            if (hash != EMPTY) {
                insert(larger, hash);
            }
        }
        table = larger;
    }

    /** {@return FNV-1a 64 of the text's chars, finalised with MurmurHash3 fmix64} */
    static long hash(CharSequence text) {
        long hash = 0xcbf29ce484222325L;
        for (int k = 0; k < text.length(); k++) {
            hash ^= text.charAt(k);
            hash *= 0x100000001b3L;
        }
        hash ^= hash >>> 33;
        hash *= 0xff51afd7ed558ccdL;
        hash ^= hash >>> 33;
        hash *= 0xc4ceb9fe1a85ec53L;
        hash ^= hash >>> 33;
        return hash;
    }
}
