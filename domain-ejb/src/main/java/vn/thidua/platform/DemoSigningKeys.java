package vn.thidua.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.logging.Logger;

import vn.thidua.file.service.PdfSigner;
import vn.thidua.file.service.SigningCertificates;
import vn.thidua.file.service.TrustAnchors;

/**
 * The demo's signing keys (only with {@value #ENABLED_PROPERTY}{@code =true}, which
 * {@code ./portal.sh run} sets): once, when the configured signing key file
 * ({@link PdfSigner#KEYSTORE_PROPERTY}) does not exist yet, a demo CA is made, its
 * certificate written into the trust anchor folder ({@link TrustAnchors#PROPERTY}) and a
 * signer's key with its certificate written as that PKCS#12 file (password
 * {@link PdfSigner#PASSWORD_PROPERTY}). The CA's private key is never stored, so nothing more
 * can be signed under the demo CA. Both files live in the run command's data folder, outside
 * git. The portal then signs its draft decisions with the demo key, and a demo user uploads
 * that signed PDF as the Chair's decision.
 */
@Singleton
@Startup
public class DemoSigningKeys {

    public static final String ENABLED_PROPERTY = "thidua.demo-signing";
    /** The demo signer's name: what the portal shows as the signer of a demo decision. */
    static final String SIGNER = "Chủ tịch UBND tỉnh (khóa demo)";

    private static final Logger LOG = Logger.getLogger(DemoSigningKeys.class.getName());

    @PostConstruct
    void create() {
        String keystore = System.getProperty(PdfSigner.KEYSTORE_PROPERTY);
        Path anchors = TrustAnchors.folder();
        if (!Boolean.getBoolean(ENABLED_PROPERTY) || keystore == null || anchors == null || Files.exists(Path.of(keystore))) {
            return;
        }
        String password = System.getProperty(PdfSigner.PASSWORD_PROPERTY, System.getenv(PdfSigner.PASSWORD_ENV));
        try {
            Instant now = Instant.now();
            SigningCertificates.Issued ca = SigningCertificates.authority("CA demo Cổng thi đua",
                    now.minus(1, ChronoUnit.DAYS), now.plus(3650, ChronoUnit.DAYS));
            SigningCertificates.Issued signer = SigningCertificates.signer(ca, SIGNER,
                    now.minus(1, ChronoUnit.DAYS), now.plus(1825, ChronoUnit.DAYS));
            Files.createDirectories(anchors);
            SigningCertificates.writePem(ca.certificate(), anchors.resolve("demo-ca.pem"));
            Path file = Path.of(keystore);
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            SigningCertificates.writePkcs12(signer, ca.certificate(), file,
                    password == null ? new char[0] : password.toCharArray());
            LOG.info(() -> "Demo signing key created: " + file + ", its CA trusted in " + anchors);
        } catch (IOException | GeneralSecurityException e) {
            LOG.warning(() -> "Demo signing key not created: " + e.getMessage());
        }
    }
}
