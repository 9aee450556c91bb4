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
        String id = key(residentIdNumber);
        // doFinal resets the Mac for the next use
        return HexFormat.of().formatHex(macs.get().doFinal(id.getBytes(StandardCharsets.UTF_8)));
    }
}
