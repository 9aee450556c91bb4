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

    public String of(String residentIdNumber) {
        String id = residentIdNumber == null ? "" : ResidentIdNumber.normalize(residentIdNumber.strip());
        // doFinal resets the Mac for the next use
        return HexFormat.of().formatHex(macs.get().doFinal(id.getBytes(StandardCharsets.UTF_8)));
    }
}
