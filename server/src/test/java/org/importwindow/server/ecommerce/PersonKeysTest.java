package org.importwindow.server.ecommerce;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * A buyer's key is the same whichever thread makes it and however often: the writer takes the key a list's sender
 * made ({@link PersonKeys#remember}) and asks again for it at the debit without hashing again.
 */
class PersonKeysTest {
    private static final String BUYER = "110101199003074477";
    private static final String OTHER = "11010119900307758X";

    private final PersonKeys keys = new PersonKeys(new CbecProperties(Duration.ofHours(24), "test-secret", 1 << 20, 32,
            400));

    @Test
    void a_number_is_keyed_alike_every_time_and_apart_from_another_number() {
        String first = keys.of(BUYER);
        assertThat(keys.of(OTHER)).isNotEqualTo(first).hasSize(64);
        assertThat(keys.of(BUYER)).isEqualTo(first);
        assertThat(keys.of(" " + BUYER.toLowerCase() + " ")).isEqualTo(first);
        assertThat(keys.of(OTHER.toLowerCase())).isEqualTo(keys.of(OTHER));
    }

    @Test
    void the_key_a_sender_made_is_the_writers_answer_for_that_number_and_only_for_it() throws Exception {
        String made = CompletableFuture.supplyAsync(() -> keys.of(BUYER)).get();
        keys.remember(BUYER, made);
        assertThat(keys.of(BUYER)).isEqualTo(made);
        // another number after it is keyed afresh, and the first again as always
        String other = keys.of(OTHER);
        assertThat(other).isEqualTo(new PersonKeys(new CbecProperties(Duration.ofHours(24), "test-secret", 1 << 20, 32,
                400)).of(OTHER));
        assertThat(keys.of(BUYER)).isEqualTo(made);
    }

    @Test
    void another_secret_keys_the_same_number_otherwise() {
        PersonKeys elsewhere = new PersonKeys(new CbecProperties(Duration.ofHours(24), "another-secret", 1 << 20, 32,
                400));
        assertThat(elsewhere.of(BUYER)).isNotEqualTo(keys.of(BUYER));
    }
}
