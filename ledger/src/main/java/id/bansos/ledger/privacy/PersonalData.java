package id.bansos.ledger.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidAlgorithmParameterException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Personal numbers (NIK, No. KK, account and KKS numbers) at rest, under keys from configuration (AES-256-GCM).
 *
 * <ul>
 *   <li>{@link #seal}/{@link #open}: whole event payloads, each under a fresh random nonce.</li>
 *   <li>{@link #token}/{@link #reveal}: single numbers in read models. The nonce is a keyed hash of the number
 *       (HMAC-SHA256 under the index key), so one number always gives the same token under the active key: columns can
 *       still be compared, grouped and searched by exact match, and nothing else about the number shows.</li>
 * </ul>
 *
 * Every ciphertext names its key, so keys can be rotated: a new active key seals and tokenises from then on, old keys
 * stay configured to open what they sealed, and rebuilding the read models (replay) re-tokenises them under the
 * new one.
 * Text that is not a token, and bytes that are not sealed, are returned as they are (data written before encryption).
 */
public final class PersonalData {

    /** What a token starts with. */
    public static final String TOKEN_PREFIX = "pd1.";

    private static final byte[] SEAL_MAGIC = {'B', 'N', 'S', '1'};
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;
    private static final String CIPHER = "AES/GCM/NoPadding";
    private static volatile PersonalData current;

    private final Map<String, SecretKeySpec> keys = new LinkedHashMap<>();
    private final String activeId;
    private final SecureRandom random = new SecureRandom();
    private final ThreadLocal<Cipher> ciphers = perThread(() -> Cipher.getInstance(CIPHER));
    private final ThreadLocal<Mac> macs;

    /**
     * A key.
     *
     * @param id     a short name kept with every ciphertext (letters and digits)
     * @param secret 32 bytes
     */
    public record Key(String id, byte[] secret) {
        public Key {
            if (id == null || !id.matches("[A-Za-z0-9]{1,16}")) {
                throw new IllegalArgumentException("a key id is 1-16 letters or digits, not " + id);
            }
            if (secret == null || secret.length != 32) {
                throw new IllegalArgumentException("key " + id + " must be 32 bytes (256 bits)");
            }
            secret = secret.clone();
        }
    }

    /**
     * @param keys     every key that may have sealed something, the active one among them
     * @param activeId the key that seals and tokenises from now on
     * @param index    32 bytes for the keyed hash that makes tokens deterministic
     */
    public PersonalData(List<Key> keys, String activeId, byte[] index) {
        for (Key k : keys) {
            if (this.keys.put(k.id(), new SecretKeySpec(k.secret(), "AES")) != null) {
                throw new IllegalArgumentException("key " + k.id() + " is configured twice");
            }
        }
        if (!this.keys.containsKey(activeId)) {
            throw new IllegalArgumentException("the active key " + activeId + " is not among the keys "
                    + this.keys.keySet());
        }
        if (index == null || index.length != 32) {
            throw new IllegalArgumentException("the index key must be 32 bytes (256 bits)");
        }
        this.activeId = activeId;
        SecretKeySpec indexKey = new SecretKeySpec(index.clone(), "HmacSHA256");
        this.macs = perThread(() -> {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(indexKey);
            return mac;
        });
    }

    /** The keys this process uses, set once at start-up by its configuration. */
    public static void use(PersonalData keys) {
        current = Objects.requireNonNull(keys, "keys");
    }

    /** The keys this process uses. */
    public static PersonalData current() {
        PersonalData keys = current;
        if (keys == null) {
            throw new IllegalStateException("no personal-data keys configured (bansos.privacy)");
        }
        return keys;
    }

    /** The id of the key that seals and tokenises now. */
    public String activeKeyId() {
        return activeId;
    }

    /** Seals bytes under the active key and a random nonce. */
    public byte[] seal(byte[] plain) {
        byte[] nonce = new byte[NONCE];
        random.nextBytes(nonce);
        byte[] id = activeId.getBytes(StandardCharsets.US_ASCII);
        byte[] sealed = encrypt(activeId, nonce, plain);
        return ByteBuffer.allocate(SEAL_MAGIC.length + 1 + id.length + NONCE + sealed.length).put(SEAL_MAGIC)
                .put((byte) id.length).put(id).put(nonce).put(sealed).array();
    }

    /** Opens sealed bytes with the key they name; bytes that were never sealed come back as they are. */
    public byte[] open(byte[] data) {
        if (!isSealed(data)) {
            return data;
        }
        int idLength = data[SEAL_MAGIC.length];
        int at = SEAL_MAGIC.length + 1;
        String id = new String(data, at, idLength, StandardCharsets.US_ASCII);
        at += idLength;
        byte[] nonce = Arrays.copyOfRange(data, at, at + NONCE);
        return decrypt(id, nonce, Arrays.copyOfRange(data, at + NONCE, data.length));
    }

    /** Whether bytes were sealed here. */
    public static boolean isSealed(byte[] data) {
        return data != null && data.length > SEAL_MAGIC.length && Arrays.equals(data, 0, SEAL_MAGIC.length,
                SEAL_MAGIC, 0, SEAL_MAGIC.length);
    }

    /** The token of a number under the active key: the same number, the same token; {@code null} stays null. */
    public String token(String value) {
        if (value == null || value.startsWith(TOKEN_PREFIX)) {
            return value;
        }
        byte[] plain = value.getBytes(StandardCharsets.UTF_8);
        byte[] nonce = Arrays.copyOf(hmac(plain), NONCE);
        byte[] sealed = encrypt(activeId, nonce, plain);
        byte[] body = ByteBuffer.allocate(NONCE + sealed.length).put(nonce).put(sealed).array();
        return TOKEN_PREFIX + activeId + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(body);
    }

    /** The number a token stands for; text that is not a token comes back as it is. */
    public String reveal(String token) {
        if (token == null || !token.startsWith(TOKEN_PREFIX)) {
            return token;
        }
        int dot = token.indexOf('.', TOKEN_PREFIX.length());
        if (dot < 0) {
            throw new IllegalArgumentException("not a personal-data token");
        }
        String id = token.substring(TOKEN_PREFIX.length(), dot);
        byte[] body = Base64.getUrlDecoder().decode(token.substring(dot + 1));
        return new String(decrypt(id, Arrays.copyOf(body, NONCE), Arrays.copyOfRange(body, NONCE, body.length)),
                StandardCharsets.UTF_8);
    }

    private byte[] encrypt(String keyId, byte[] nonce, byte[] plain) {
        try {
            return cipher(Cipher.ENCRYPT_MODE, keyId, nonce).doFinal(plain);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt personal data", e);
        }
    }

    private byte[] decrypt(String keyId, byte[] nonce, byte[] sealed) {
        try {
            return cipher(Cipher.DECRYPT_MODE, keyId, nonce).doFinal(sealed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("personal data under key " + keyId + " does not open: wrong key or"
                    + " altered data", e);
        }
    }

    /**
     * This thread's cipher, set up for the key and nonce. The JDK refuses to encrypt twice under one nonce with one
     * cipher object, which a token of the same number does on purpose: that takes a new cipher.
     */
    private Cipher cipher(int mode, String keyId, byte[] nonce) throws GeneralSecurityException {
        Cipher cipher = ciphers.get();
        try {
            cipher.init(mode, key(keyId), new GCMParameterSpec(TAG_BITS, nonce));
        } catch (InvalidAlgorithmParameterException sameNonce) {
            cipher = Cipher.getInstance(CIPHER);
            cipher.init(mode, key(keyId), new GCMParameterSpec(TAG_BITS, nonce));
            ciphers.set(cipher);
        }
        return cipher;
    }

    private SecretKeySpec key(String id) {
        SecretKeySpec key = keys.get(id);
        if (key == null) {
            throw new IllegalStateException("personal data is under key " + id + ", which is not configured");
        }
        return key;
    }

    private byte[] hmac(byte[] plain) {
        return macs.get().doFinal(plain);
    }

    private static <T> ThreadLocal<T> perThread(Creator<T> creator) {
        return ThreadLocal.withInitial(() -> {
            try {
                return creator.create();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("this JDK lacks " + CIPHER + " or HmacSHA256", e);
            }
        });
    }

    /** Makes a cipher or a MAC. */
    @FunctionalInterface
    private interface Creator<T> {
        T create() throws GeneralSecurityException;
    }
}
