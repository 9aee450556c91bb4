package org.importwindow.server.ecommerce;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.importwindow.ecommerce.ResidentIdNumber;
import org.springframework.stereotype.Component;

/**
 * The key under which a buyer is kept (ledger, lists): HMAC-SHA256 of the normalised resident ID number with the
 * operator's secret, so the tables never hold the number in clear and a leaked table cannot be reversed by trying the
 * few hundred million valid numbers without the secret.
 */
@Component
public class PersonKeys {
    /** A Mac per thread: getting and keying one costs more than the hash itself. */
    private final ThreadLocal<Mac> macs;
    /** This thread's last number keyed and its key. */
    private final ThreadLocal<String[]> last = ThreadLocal.withInitial(() -> new String[2]);

    public PersonKeys(CbecProperties properties) {
        SecretKeySpec key = new SecretKeySpec(properties.personKeySecret().getBytes(StandardCharsets.UTF_8),
                "HmacSHA256");
        this.macs = ThreadLocal.withInitial(() -> {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(key);
                return mac;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /**
     * The number as keyed: normalised when it is a well-formed ID number; a malformed one (a list refused for it still
     * needs a key) as sent, upper-cased.
     */
    private static String key(String residentIdNumber) {
        if (residentIdNumber == null) {
            return "";
        }
        String id = residentIdNumber.strip();
        try {
            return ResidentIdNumber.normalize(id);
        } catch (IllegalArgumentException malformed) {
            return id.toUpperCase(java.util.Locale.ROOT);
        }
    }

    public String of(String residentIdNumber) {
        // the writer asks for one list's buyer twice in a row (its state, then its ledger debit): the second time, and
        // any time after the key was made on the list's sender's thread ({@link #remember}), costs no HMAC
        String[] last = this.last.get();
        if (residentIdNumber != null && residentIdNumber.equals(last[0])) {
            return last[1];
        }
        String id = key(residentIdNumber);
        // doFinal resets the Mac for the next use
        String keyed = HexFormat.of().formatHex(macs.get().doFinal(id.getBytes(StandardCharsets.UTF_8)));
        remember(residentIdNumber, keyed);
        return keyed;
    }

    /**
     * On this thread, the key of {@code residentIdNumber} is {@code key} (as {@link #of} made it, on another thread):
     * the next {@link #of} of the same number answers it without hashing again.
     */
    public void remember(String residentIdNumber, String key) {
        String[] last = this.last.get();
        last[0] = residentIdNumber;
        last[1] = key;
    }
}
