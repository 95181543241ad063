package id.bansos.app.security;

/** The one check every configured password passes: a hash with its scheme, never the password itself. */
final class PasswordHashes {

    private PasswordHashes() {
    }

    /**
     * Answers {@code hash} when it is a hash with its scheme, such as {@code {bcrypt}$2a$10$…}; refuses a plain or
     * {@code {noop}} password, naming the property.
     */
    static String require(String property, String hash) {
        if (hash == null || !hash.startsWith("{") || hash.startsWith("{noop}")) {
            throw new IllegalArgumentException(property + " must be a hash with its scheme, such as {bcrypt}$2a$10$…; "
                    + "a plain password is refused");
        }
        return hash;
    }
}
