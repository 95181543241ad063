package id.bansos.bank.hostile;

/**
 * A file of the hostile corpus: a valid seed file after one or more mutations.
 *
 * @param name      a name that says where it came from, such as {@code BRI_camt053_20261124.xml~TRUNCATED.3}
 * @param seed      the name of the seed file
 * @param mutations what was done to the seed, in order
 * @param bytes     the content
 */
public record HostileFile(String name, String seed, String mutations, byte[] bytes) {

    @Override
    public String toString() {
        return name + " (" + bytes.length + " bytes)";
    }
}
