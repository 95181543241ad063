package id.bansos.ledger.roster;

/**
 * A compact set of positive longs (open addressing, linear probing, at most three quarters full), for uniqueness
 * checks over millions of numbers (8 bytes a slot).
 */
final class LongSet {

    private long[] slots;
    private int size;

    LongSet(int expected) {
        long wanted = Math.max(16, expected * 4L / 3 + 1);
        slots = new long[(int) Math.min(1 << 30, Long.highestOneBit(wanted - 1) << 1)];
    }

    /** Adds the value; false when it was already there. */
    boolean add(long value) {
        if (value <= 0) {
            throw new IllegalArgumentException("only positive values");
        }
        if ((size + 1L) * 4 > slots.length * 3L) {
            grow();
        }
        int mask = slots.length - 1;
        int i = (int) (mix(value) & mask);
        while (slots[i] != 0) {
            if (slots[i] == value) {
                return false;
            }
            i = (i + 1) & mask;
        }
        slots[i] = value;
        size++;
        return true;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        size = 0;
        for (long v : old) {
            if (v != 0) {
                add(v);
            }
        }
    }

    private static long mix(long v) {
        v ^= v >>> 33;
        v *= 0xff51afd7ed558ccdL;
        v ^= v >>> 33;
        return v;
    }
}
