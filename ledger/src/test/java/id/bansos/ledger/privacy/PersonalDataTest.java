package id.bansos.ledger.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class PersonalDataTest {

    private static final PersonalData.Key K1 = key("k1", 1);
    private static final PersonalData.Key K2 = key("k2", 2);
    private static final byte[] INDEX = bytes(9);
    private static final String NIK = "3201014508900001";

    @Test
    void a_number_gives_one_token_under_one_key_which_reveals_it_and_shows_nothing_of_it() {
        PersonalData keys = new PersonalData(List.of(K1), "k1", INDEX);

        String token = keys.token(NIK);

        assertThat(token).startsWith("pd1.k1.").doesNotContain("3201", "0001");
        assertThat(keys.token(NIK)).as("deterministic: searchable by exact match").isEqualTo(token);
        assertThat(keys.token("3201014508900002")).isNotEqualTo(token);
        assertThat(keys.reveal(token)).isEqualTo(NIK);
        assertThat(keys.token(token)).as("a token is not tokenised again").isEqualTo(token);
        assertThat(keys.reveal("not-a-token")).isEqualTo("not-a-token");
    }

    @Test
    void sealed_bytes_differ_every_time_and_open_to_the_same_plain_bytes() {
        PersonalData keys = new PersonalData(List.of(K1), "k1", INDEX);
        byte[] plain = ("{\"nik\":\"" + NIK + "\"}").getBytes(StandardCharsets.UTF_8);

        byte[] once = keys.seal(plain);
        byte[] twice = keys.seal(plain);

        assertThat(once).isNotEqualTo(twice);
        assertThat(PersonalData.isSealed(once)).isTrue();
        assertThat(new String(once, StandardCharsets.ISO_8859_1)).doesNotContain(NIK);
        assertThat(keys.open(once)).isEqualTo(plain);
        assertThat(keys.open(plain)).as("bytes never sealed come back as they are").isEqualTo(plain);
    }

    @Test
    void after_a_rotation_new_data_is_under_the_new_key_and_old_data_still_opens_while_its_key_is_kept() {
        PersonalData before = new PersonalData(List.of(K1), "k1", INDEX);
        byte[] oldEvent = before.seal(NIK.getBytes(StandardCharsets.UTF_8));
        String oldToken = before.token(NIK);

        PersonalData after = new PersonalData(List.of(K1, K2), "k2", INDEX);

        assertThat(after.token(NIK)).startsWith("pd1.k2.").isNotEqualTo(oldToken);
        assertThat(after.reveal(oldToken)).isEqualTo(NIK);
        assertThat(after.open(oldEvent)).isEqualTo(NIK.getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> new PersonalData(List.of(K2), "k2", INDEX).open(oldEvent))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("under key k1, which is not configured");
    }

    @Test
    void altered_data_or_a_wrong_key_is_refused_never_read_as_something_else() {
        PersonalData keys = new PersonalData(List.of(K1), "k1", INDEX);
        byte[] sealed = keys.seal(NIK.getBytes(StandardCharsets.UTF_8));
        sealed[sealed.length - 1] ^= 1;

        assertThatThrownBy(() -> keys.open(sealed)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not open");
        assertThatThrownBy(() -> new PersonalData(List.of(K1), "k3", INDEX))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("active key k3");
    }

    @Test
    void tokens_and_seals_come_out_the_same_whatever_came_before_on_the_thread_or_on_other_threads() throws Exception {
        PersonalData keys = new PersonalData(List.of(K1), "k1", INDEX);
        String token = keys.token(NIK);
        byte[] altered = keys.seal(NIK.getBytes(StandardCharsets.UTF_8));
        altered[altered.length - 1] ^= 1;

        assertThatThrownBy(() -> keys.open(altered)).isInstanceOf(IllegalStateException.class);
        for (int n = 0; n < 3; n++) {
            assertThat(keys.token(NIK)).as("the same number again and again").isEqualTo(token);
        }
        assertThat(keys.reveal(token)).as("after a refused opening").isEqualTo(NIK);
        Callable<String> roundTrip = () -> keys.reveal(keys.token(NIK)) + "|" + keys.token(NIK);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        List<String> elsewhere = new ArrayList<>();
        try {
            for (Future<String> answer : threads.invokeAll(Collections.nCopies(8, roundTrip))) {
                elsewhere.add(answer.get());
            }
        } finally {
            threads.shutdown();
        }
        assertThat(elsewhere).containsOnly(NIK + "|" + token);
    }

    private static PersonalData.Key key(String id, int fill) {
        return new PersonalData.Key(id, bytes(fill));
    }

    private static byte[] bytes(int fill) {
        byte[] b = new byte[32];
        Arrays.fill(b, (byte) fill);
        return b;
    }
}
