package vn.thidua.platform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Calendar;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.thidua.file.service.PdfSignatureVerifier;
import vn.thidua.file.service.PdfSigner;
import vn.thidua.file.service.TrustAnchors;

/**
 * The demo's keys as {@code ./portal.sh run} configures them: made once, the demo CA trusted,
 * and a PDF signed with the demo key passes the verifier; nothing happens without the switch.
 */
class DemoSigningKeysTest {

    @AfterEach
    void clear() {
        for (String p : new String[] {DemoSigningKeys.ENABLED_PROPERTY, TrustAnchors.PROPERTY, PdfSigner.KEYSTORE_PROPERTY,
                PdfSigner.PASSWORD_PROPERTY}) {
            System.clearProperty(p);
        }
    }

    private static void configure(Path folder, boolean enabled) {
        System.setProperty(DemoSigningKeys.ENABLED_PROPERTY, Boolean.toString(enabled));
        System.setProperty(TrustAnchors.PROPERTY, folder.resolve("trust-anchors").toString());
        System.setProperty(PdfSigner.KEYSTORE_PROPERTY, folder.resolve("demo-signer.p12").toString());
        System.setProperty(PdfSigner.PASSWORD_PROPERTY, "demo");
    }

    @Test
    void theDemoKeyIsMadeOnceAndItsSignatureIsTrusted(@TempDir Path folder) throws Exception {
        configure(folder, true);
        new DemoSigningKeys().create();
        Path keystore = folder.resolve("demo-signer.p12");
        byte[] first = Files.readAllBytes(keystore);
        new DemoSigningKeys().create();
        assertArrayEquals(first, Files.readAllBytes(keystore), "made once, then kept");
        assertEquals(1, TrustAnchors.configured().size());

        PdfSigner signer = PdfSigner.configured();
        assertNotNull(signer);
        byte[] pdf;
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            pdf = out.toByteArray();
        }
        byte[] signed = signer.sign(pdf, "Dự thảo quyết định", Calendar.getInstance());
        assertEquals(DemoSigningKeys.SIGNER, PdfSignatureVerifier.configured().verify("du-thao.pdf", signed).signerName());
    }

    @Test
    void withoutTheSwitchNoKeyIsMade(@TempDir Path folder) {
        configure(folder, false);
        new DemoSigningKeys().create();
        assertFalse(Files.exists(folder.resolve("demo-signer.p12")));
        assertTrue(TrustAnchors.configured().isEmpty());
    }
}
