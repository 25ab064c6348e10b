package vn.thidua.file.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The verifier against PDFs signed here by a test CA: a valid one, one changed after signing,
 * one with content appended after the signed revision, an unsigned one, one signed by a CA
 * that is not trusted, and none trusted at all; each refusal names its check.
 */
class PdfSignatureVerifierTest {

    private static final Instant FROM = Instant.now().minus(30, ChronoUnit.DAYS);
    private static final Instant TO = Instant.now().plus(365, ChronoUnit.DAYS);
    private static final String MARK = "QD-TEST-0001";

    private static SigningCertificates.Issued ca;
    private static SigningCertificates.Issued otherCa;
    private static PdfSigner chair;
    private static PdfSigner stranger;
    private static Calendar signedAt;

    @BeforeAll
    static void pki() throws Exception {
        ca = SigningCertificates.authority("CA thử nghiệm Thi đua", FROM, TO);
        otherCa = SigningCertificates.authority("CA không được tin cậy", FROM, TO);
        SigningCertificates.Issued chairCert = SigningCertificates.signer(ca, "Nguyễn Văn Chủ Tịch", FROM, TO);
        SigningCertificates.Issued strangerCert = SigningCertificates.signer(otherCa, "Người Lạ", FROM, TO);
        chair = new PdfSigner(chairCert.keys().getPrivate(), List.of(chairCert.certificate(), ca.certificate()));
        stranger = new PdfSigner(strangerCert.keys().getPrivate(), List.of(strangerCert.certificate(), otherCa.certificate()));
        signedAt = new GregorianCalendar(TimeZone.getTimeZone("Asia/Ho_Chi_Minh"));
        signedAt.setTimeInMillis(Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toEpochMilli());
    }

    static byte[] unsignedPdf() throws Exception {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.getDocumentInformation().setTitle(MARK);
            document.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        }
    }

    private static PdfSignatureVerifier trusting(SigningCertificates.Issued... anchors) {
        return new PdfSignatureVerifier(Arrays.stream(anchors).map(SigningCertificates.Issued::certificate).toList(), false);
    }

    private static SignatureCheck refusal(PdfSignatureVerifier verifier, byte[] pdf) {
        return assertThrows(SignatureRefusedException.class, () -> verifier.verify("quyet-dinh.pdf", pdf)).check();
    }

    @Test
    void aValidSignatureGivesTheSignersNameAndTheSigningTime() throws Exception {
        byte[] signed = chair.sign(unsignedPdf(), "Quyết định khen thưởng", signedAt);
        PdfSignature signature = trusting(ca).verify("quyet-dinh.pdf", signed);
        assertEquals("Nguyễn Văn Chủ Tịch", signature.signerName());
        assertEquals("CA thử nghiệm Thi đua", signature.issuerName());
        assertEquals(LocalDateTime.ofInstant(signedAt.toInstant(), ZoneId.systemDefault()), signature.signedAt());
    }

    @Test
    void aFileChangedAfterSigningIsRefusedAsAltered() throws Exception {
        byte[] signed = chair.sign(unsignedPdf(), "Quyết định khen thưởng", signedAt);
        byte[] altered = replace(signed, MARK, "QD-TEST-0009");
        assertEquals(SignatureCheck.ALTERED, refusal(trusting(ca), altered));
    }

    @Test
    void contentAppendedAfterTheSignedRevisionIsRefused() throws Exception {
        byte[] signed = chair.sign(unsignedPdf(), "Quyết định khen thưởng", signedAt);
        byte[] appended = Arrays.copyOf(signed, signed.length + 10);
        System.arraycopy("\n%%EOF\n% x".getBytes(StandardCharsets.US_ASCII), 0, appended, signed.length, 10);
        assertEquals(SignatureCheck.NOT_WHOLE_FILE, refusal(trusting(ca), appended));
    }

    @Test
    void anUnsignedPdfIsRefused() throws Exception {
        assertEquals(SignatureCheck.UNSIGNED, refusal(trusting(ca), unsignedPdf()));
    }

    @Test
    void aFileThatIsNoPdfIsRefusedAsUnreadable() {
        assertEquals(SignatureCheck.UNREADABLE,
                refusal(trusting(ca), "%PDF-1.7 signed".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void aSignerOfAnotherCaIsRefusedAsUntrusted() throws Exception {
        byte[] signed = stranger.sign(unsignedPdf(), "Quyết định khen thưởng", signedAt);
        assertEquals(SignatureCheck.UNTRUSTED, refusal(trusting(ca), signed));
        assertEquals("Người Lạ", trusting(ca, otherCa).verify("quyet-dinh.pdf", signed).signerName());
    }

    @Test
    void aSigningTimeOutsideTheCertificatesValidityIsUntrusted() throws Exception {
        Calendar before = (Calendar) signedAt.clone();
        before.setTimeInMillis(FROM.minus(1, ChronoUnit.DAYS).toEpochMilli());
        assertEquals(SignatureCheck.UNTRUSTED, refusal(trusting(ca), chair.sign(unsignedPdf(), "x", before)));
    }

    @Test
    void withoutTrustAnchorsNothingIsTrusted() throws Exception {
        byte[] signed = chair.sign(unsignedPdf(), "Quyết định khen thưởng", signedAt);
        assertEquals(SignatureCheck.NO_TRUST_ANCHORS, refusal(trusting(), signed));
    }

    @Test
    void theAnchorFolderTakesPemAndDerAndSkipsOtherFiles(@TempDir Path folder) throws Exception {
        SigningCertificates.writePem(ca.certificate(), folder.resolve("ca.pem"));
        Files.write(folder.resolve("other.der"), otherCa.certificate().getEncoded());
        Files.writeString(folder.resolve("README.txt"), "not a certificate");
        Files.writeString(folder.resolve("broken.crt"), "not a certificate either");
        List<java.security.cert.X509Certificate> anchors = TrustAnchors.load(folder);
        assertEquals(2, anchors.size());
        assertTrue(anchors.contains(ca.certificate()) && anchors.contains(otherCa.certificate()));
        assertEquals(List.of(), TrustAnchors.load(folder.resolve("missing")));
    }

    @Test
    void aSignerReadFromPkcs12SignsLikeTheKeyItself(@TempDir Path folder) throws Exception {
        SigningCertificates.Issued unit = SigningCertificates.signer(ca, "Ban Thi đua - Khen thưởng", FROM, TO);
        Path p12 = folder.resolve("unit.p12");
        SigningCertificates.writePkcs12(unit, ca.certificate(), p12, "demo".toCharArray());
        PdfSigner fromFile = PdfSigner.fromPkcs12(p12, "demo".toCharArray());
        assertArrayEquals(unit.certificate().getEncoded(), fromFile.certificate().getEncoded());
        assertEquals("Ban Thi đua - Khen thưởng",
                trusting(ca).verify("d.pdf", fromFile.sign(unsignedPdf(), "x", signedAt)).signerName());
    }

    private static byte[] replace(byte[] content, String from, String to) {
        byte[] needle = from.getBytes(StandardCharsets.US_ASCII);
        byte[] copy = content.clone();
        for (int i = 0; i <= copy.length - needle.length; i++) {
            if (Arrays.equals(copy, i, i + needle.length, needle, 0, needle.length)) {
                System.arraycopy(to.getBytes(StandardCharsets.US_ASCII), 0, copy, i, needle.length);
                return copy;
            }
        }
        throw new AssertionError(from + " not found in the PDF");
    }
}
