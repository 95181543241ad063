package id.bansos.bank.hostile;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Makes a corpus of hostile files from valid seed files, deterministically for a seed: every mutation that fits a
 * seed's kind, in a few random variants, and a quarter as many again with two or three mutations stacked. Files with
 * the same bytes are kept once; stacked mutations that grow a file past {@link #MAX_BYTES} are left out, to keep the
 * corpus quick to read (the readers' size limits have tests of their own).
 */
public final class HostileCorpus {

    /** The largest file kept. */
    public static final int MAX_BYTES = 4 * 1024 * 1024;

    private HostileCorpus() {
    }

    /**
     * The corpus of these seeds.
     *
     * @param seeds    valid files by name
     * @param seed     the seed of every random choice
     * @param variants how many variants of each single mutation per seed file; as many stacked ones follow
     */
    public static List<HostileFile> of(Map<String, byte[]> seeds, long seed, int variants) {
        List<HostileFile> corpus = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Map.Entry<String, byte[]> file : new TreeMap<>(seeds).entrySet()) {
            Mutation.Kind kind = Mutation.Kind.of(file.getValue());
            List<Mutation> fitting = List.of(Mutation.values()).stream().filter(m -> m.appliesTo(kind)).toList();
            Random random = new Random(seed ^ file.getKey().hashCode());
            for (Mutation mutation : fitting) {
                for (int v = 1; v <= variants; v++) {
                    add(corpus, seen, file.getKey(), mutation.name() + "." + v,
                            mutation.apply(file.getValue(), random));
                }
            }
            for (int v = 1; v <= variants * fitting.size() / 4; v++) {
                byte[] bytes = file.getValue();
                StringBuilder applied = new StringBuilder();
                for (int n = 2 + random.nextInt(2); n > 0; n--) {
                    Mutation mutation = fitting.get(random.nextInt(fitting.size()));
                    bytes = mutation.apply(bytes, random);
                    applied.append(applied.length() == 0 ? "" : "+").append(mutation.name());
                }
                add(corpus, seen, file.getKey(), applied + "." + v, bytes);
            }
        }
        return corpus;
    }

    private static void add(List<HostileFile> corpus, Set<String> seen, String seed, String mutations, byte[] bytes) {
        if (bytes.length <= MAX_BYTES && seen.add(sha256(bytes))) {
            corpus.add(new HostileFile(seed + "~" + mutations, seed, mutations, bytes));
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
