package id.bansos.app.privacy;

import id.bansos.ledger.privacy.PersonalData;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import org.axonframework.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The personal-data keys ({@code bansos.privacy}): configured keys and the active one, or — when none are configured,
 * as on a developer's machine — a key file made once with random keys ({@code bansos.privacy.key-file}, by default
 * {@code ~/.bansos/privacy-keys.properties}, readable by its owner only). The event store's serializer seals with them.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PrivacyConfig.PrivacyProperties.class)
public class PrivacyConfig {

    private static final Logger LOG = LoggerFactory.getLogger(PrivacyConfig.class);

    /**
     * The keys: {@code keys[n].id} and {@code keys[n].secret} (32 bytes, Base64), {@code active-key},
     * {@code index-key} (32 bytes, Base64); or, when no key is listed, {@code key-file}.
     */
    @ConfigurationProperties("bansos.privacy")
    public record PrivacyProperties(List<Key> keys, String activeKey, String indexKey, Path keyFile) {

        /** One configured key. */
        public record Key(String id, String secret) {
        }
    }

    @Bean
    PersonalData personalData(PrivacyProperties properties) {
        PersonalData keys = properties.keys() == null || properties.keys().isEmpty()
                ? fromFile(properties.keyFile() != null ? properties.keyFile()
                        : Path.of(System.getProperty("user.home"), ".bansos", "privacy-keys.properties"))
                : new PersonalData(properties.keys().stream().map(k -> new PersonalData.Key(k.id(), decode(k.secret(),
                        "bansos.privacy.keys[" + k.id() + "].secret"))).toList(), properties.activeKey(),
                        decode(properties.indexKey(), "bansos.privacy.index-key"));
        PersonalData.use(keys);
        return keys;
    }

    @Bean
    static BeanPostProcessor sealedEventSerializer(ObjectProvider<PersonalData> keys) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return name.equals("eventSerializer") && bean instanceof Serializer serializer
                        && !(bean instanceof SealedEventSerializer)
                        ? new SealedEventSerializer(serializer, keys.getObject()) : bean;
            }
        };
    }

    private static PersonalData fromFile(Path file) {
        try {
            Path folder = Files.createDirectories(file.toAbsolutePath().getParent());
            try (FileChannel lock = FileChannel.open(folder.resolve(file.getFileName() + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE); FileLock held = lock.lock()) {
                if (!Files.exists(file)) {
                    make(file);
                }
            }
            Properties read = new Properties();
            try (InputStream in = Files.newInputStream(file)) {
                read.load(in);
            }
            List<PersonalData.Key> keys = new ArrayList<>();
            for (String name : read.stringPropertyNames()) {
                if (name.startsWith("key.")) {
                    keys.add(new PersonalData.Key(name.substring(4),
                            decode(read.getProperty(name), file + " " + name)));
                }
            }
            return new PersonalData(keys, read.getProperty("active-key"), decode(read.getProperty("index-key"),
                    file + " index-key"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or make the personal-data key file " + file, e);
        }
    }

    /** Makes the key file once, under the lock every process of this machine takes first. */
    private static void make(Path file) throws IOException {
        Properties made = new Properties();
        made.setProperty("active-key", "dev1");
        made.setProperty("key.dev1", random());
        made.setProperty("index-key", random());
        Path written = Files.createTempFile(file.toAbsolutePath().getParent(), ".keys-", ".tmp");
        try (OutputStream out = Files.newOutputStream(written)) {
            made.store(out, "bansos-ledger personal-data keys, made on first start; configure bansos.privacy in"
                    + " production");
        }
        restrict(written);
        Files.move(written, file, StandardCopyOption.ATOMIC_MOVE);
        LOG.warn("No personal-data keys configured; made {} (configure bansos.privacy.keys in production)", file);
    }

    private static void restrict(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            LOG.warn("could not restrict {} to its owner: {}", file, e.getMessage());
        }
    }

    private static String random() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return Base64.getEncoder().encodeToString(secret);
    }

    private static byte[] decode(String base64, String where) {
        if (base64 == null || base64.isBlank()) {
            throw new IllegalArgumentException(where + " is missing: 32 bytes in Base64");
        }
        try {
            return Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + " is not Base64", e);
        }
    }
}
