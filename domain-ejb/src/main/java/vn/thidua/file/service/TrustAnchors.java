package vn.thidua.file.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The certificates a signed PDF's chain must lead to: every CA certificate (PEM or DER, one
 * or more per file; .pem, .crt, .cer, .der) in the folder named by the system property
 * {@value #PROPERTY} or else the environment variable {@value #ENV}. The folder is read at
 * each check, so a province adds or removes a CA without restarting the server.
 *
 * <p>Revocation (CRL, OCSP) is checked only when {@value #REVOCATION_PROPERTY} (or
 * {@value #REVOCATION_ENV}) is {@code true}: it then uses the JDK's PKIX revocation checker,
 * which fetches the CRL/OCSP addresses named in the certificates.
 */
public final class TrustAnchors {

    public static final String PROPERTY = "thidua.trust-anchors";
    public static final String ENV = "THIDUA_TRUST_ANCHORS";
    public static final String REVOCATION_PROPERTY = "thidua.trust-anchors.revocation";
    public static final String REVOCATION_ENV = "THIDUA_TRUST_ANCHORS_REVOCATION";

    private static final Logger LOG = Logger.getLogger(TrustAnchors.class.getName());

    private TrustAnchors() {
    }

    /** The configured folder, or null when none is configured. */
    public static Path folder() {
        String value = setting(PROPERTY, ENV);
        return value == null ? null : Path.of(value);
    }

    /** Whether revocation is checked (off unless configured). */
    public static boolean revocationChecked() {
        return Boolean.parseBoolean(setting(REVOCATION_PROPERTY, REVOCATION_ENV));
    }

    /** The CA certificates of the configured folder; empty when none is configured or found. */
    public static List<X509Certificate> configured() {
        Path folder = folder();
        return folder == null ? List.of() : load(folder);
    }

    /** Every certificate in {@code folder} (files that hold none are skipped, with a warning). */
    public static List<X509Certificate> load(Path folder) {
        if (!Files.isDirectory(folder)) {
            LOG.warning(() -> "Trust anchor folder " + folder + " does not exist: no signature can be trusted");
            return List.of();
        }
        List<X509Certificate> anchors = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
                if (name.endsWith(".pem") || name.endsWith(".crt") || name.endsWith(".cer") || name.endsWith(".der")) {
                    anchors.addAll(read(file));
                }
            }
        } catch (IOException e) {
            LOG.warning(() -> "Trust anchor folder " + folder + " unreadable: " + e.getMessage());
        }
        return List.copyOf(anchors);
    }

    private static List<X509Certificate> read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            List<X509Certificate> certificates = new ArrayList<>();
            for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                certificates.add((X509Certificate) c);
            }
            return certificates;
        } catch (IOException | CertificateException e) {
            LOG.warning(() -> "Trust anchor file " + file + " skipped, not a certificate: " + e.getMessage());
            return List.of();
        }
    }

    private static String setting(String property, String env) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(env);
        }
        return value == null || value.isBlank() ? null : value.trim();
    }
}
