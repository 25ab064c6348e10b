package vn.thidua.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

import vn.thidua.file.service.PdfSigner;
import vn.thidua.file.service.SigningCertificates;
import vn.thidua.file.service.TrustAnchors;

/**
 * Signed PDFs for the integration and browser tests, from a test CA this JVM makes and
 * trusts: its certificate is written into the test server's trust anchor folder (the
 * system property {@code thidua.trust-anchors}, which ear/pom.xml gives both the test JVM
 * and WildFly), so the server trusts it; its key never leaves memory. The server reads the
 * folder at every check, so a CA written while it runs is trusted at once. A second CA,
 * never written to the folder, signs the untrusted PDFs.
 */
final class SignedPdfs {

    /** The name in the test signer's certificate, which the portal shows as the signer. */
    static final String SIGNER = "Chủ tịch UBND tỉnh (chứng thư thử nghiệm)";

    private static PdfSigner trusted;
    private static SigningCertificates.Issued trustedCa;
    private static PdfSigner untrusted;

    private SignedPdfs() {
    }

    /** A one-page PDF whose document title is {@code title} (uncompressed, so tests can alter it). */
    static byte[] unsigned(String title) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.getDocumentInformation().setTitle(title);
            document.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A PDF titled {@code title}, signed now by {@link #SIGNER} of the trusted test CA. */
    static byte[] signed(String title) {
        return sign(trusted(), unsigned(title));
    }

    /** A PDF titled {@code title}, signed by a signer of a CA that is not in the trust anchors. */
    static byte[] signedByStranger(String title) {
        return sign(untrusted(), unsigned(title));
    }

    /** {@link #signed} written to a file {@code name} in a fresh folder (for browser uploads). */
    static Path signedFile(String name, String title) {
        return file(name, signed(title));
    }

    /** {@link #unsigned} written to a file {@code name} in a fresh folder (for browser uploads). */
    static Path unsignedFile(String name, String title) {
        return file(name, unsigned(title));
    }

    private static Path file(String name, byte[] content) {
        try {
            Path file = Files.createTempDirectory("signed").resolve(name);
            Files.write(file, content);
            return file;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] sign(PdfSigner signer, byte[] pdf) {
        try {
            return signer.sign(pdf, "Quyết định khen thưởng", Calendar.getInstance());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static synchronized PdfSigner trusted() {
        if (trusted == null) {
            trusted = pki("CA thử nghiệm thidua", SIGNER, true);
        }
        return trusted;
    }

    /**
     * A PKCS#12 file (password {@code password}) of a unit's key named {@code signerName},
     * certified by the trusted test CA: what a province configures as the issuing unit's key.
     */
    static synchronized Path trustedKeystore(String signerName, char[] password) {
        trusted();
        try {
            Instant from = Instant.now().minus(1, ChronoUnit.DAYS);
            SigningCertificates.Issued unit = SigningCertificates.signer(trustedCa, signerName, from,
                    Instant.now().plus(30, ChronoUnit.DAYS));
            Path file = Files.createTempDirectory("unit-key").resolve("unit.p12");
            SigningCertificates.writePkcs12(unit, trustedCa.certificate(), file, password);
            return file;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static synchronized PdfSigner untrusted() {
        if (untrusted == null) {
            untrusted = pki("CA không được tin cậy", "Người ký lạ", false);
        }
        return untrusted;
    }

    private static PdfSigner pki(String caName, String signerName, boolean trust) {
        Instant from = Instant.now().minus(1, ChronoUnit.DAYS);
        Instant to = Instant.now().plus(30, ChronoUnit.DAYS);
        try {
            SigningCertificates.Issued ca = SigningCertificates.authority(caName, from, to);
            SigningCertificates.Issued signer = SigningCertificates.signer(ca, signerName, from, to);
            if (trust) {
                trustedCa = ca;
                Path folder = TrustAnchors.folder();
                if (folder == null) {
                    throw new IllegalStateException("thidua.trust-anchors is not set for the tests (ear/pom.xml)");
                }
                Files.createDirectories(folder);
                SigningCertificates.writePem(ca.certificate(), folder.resolve("it-ca-" + UUID.randomUUID() + ".pem"));
            }
            return new PdfSigner(signer.keys().getPrivate(), List.of(signer.certificate(), ca.certificate()));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
