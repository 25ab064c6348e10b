package vn.thidua.file.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collections;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Signs a PDF with a key and its certificate chain: one incremental revision with a detached
 * CMS signature ({@code adbe.pkcs7.detached}, SHA-256, the signing time as a signed
 * attribute, the chain included), the form {@link PdfSignatureVerifier} checks. The key of
 * an issuing unit comes from a PKCS#12 file ({@link #configured()}); tests and the demo use
 * keys from {@link SigningCertificates}.
 */
public final class PdfSigner {

    public static final String KEYSTORE_PROPERTY = "thidua.signing.keystore";
    public static final String KEYSTORE_ENV = "THIDUA_SIGNING_KEYSTORE";
    public static final String PASSWORD_PROPERTY = "thidua.signing.password";
    public static final String PASSWORD_ENV = "THIDUA_SIGNING_PASSWORD";

    private final PrivateKey key;
    private final List<X509Certificate> chain;

    /** A signer with {@code key} and its chain, the signer's certificate first. */
    public PdfSigner(PrivateKey key, List<X509Certificate> chain) {
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a signer needs its certificate");
        }
        this.key = key;
        this.chain = List.copyOf(chain);
    }

    /** The signer of the first key entry of a PKCS#12 file. */
    public static PdfSigner fromPkcs12(Path file, char[] password) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, password);
        }
        for (String alias : Collections.list(store.aliases())) {
            if (store.isKeyEntry(alias)) {
                List<X509Certificate> chain = new ArrayList<>();
                for (Certificate c : store.getCertificateChain(alias)) {
                    chain.add((X509Certificate) c);
                }
                return new PdfSigner((PrivateKey) store.getKey(alias, password), chain);
            }
        }
        throw new GeneralSecurityException("no key entry in " + file);
    }

    /**
     * The issuing unit's signer configured by {@value #KEYSTORE_PROPERTY} (or
     * {@value #KEYSTORE_ENV}) with its password in {@value #PASSWORD_PROPERTY} (or
     * {@value #PASSWORD_ENV}); null when no key is configured or it cannot be read.
     */
    public static PdfSigner configured() {
        String file = setting(KEYSTORE_PROPERTY, KEYSTORE_ENV);
        if (file == null || !Files.isRegularFile(Path.of(file))) {
            return null;
        }
        String password = setting(PASSWORD_PROPERTY, PASSWORD_ENV);
        try {
            return fromPkcs12(Path.of(file), password == null ? new char[0] : password.toCharArray());
        } catch (IOException | GeneralSecurityException e) {
            java.util.logging.Logger.getLogger(PdfSigner.class.getName())
                    .warning(() -> "Signing key " + file + " unreadable: " + e.getMessage());
            return null;
        }
    }

    /** The signer's certificate. */
    public X509Certificate certificate() {
        return chain.get(0);
    }

    /** {@code pdf} with a new signed revision; {@code time} is the signing time stated. */
    public byte[] sign(byte[] pdf, String reason, Calendar time) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED);
            signature.setName(PdfSignatureVerifier.commonName(certificate().getSubjectX500Principal().getEncoded()));
            signature.setReason(reason);
            signature.setSignDate(time);
            document.addSignature(signature, content -> cms(content, time));
            document.saveIncremental(out);
            return out.toByteArray();
        }
    }

    private byte[] cms(InputStream content, Calendar time) throws IOException {
        try {
            String algorithm = "EC".equals(key.getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
            ContentSigner signer = new JcaContentSignerBuilder(algorithm).build(key);
            AttributeTable attributes = new AttributeTable(
                    new Attribute(CMSAttributes.signingTime, new DERSet(new Time(time.getTime()))));
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(attributes))
                    .build(signer, certificate()));
            generator.addCertificates(new JcaCertStore(chain));
            return generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false).getEncoded();
        } catch (OperatorCreationException | GeneralSecurityException | CMSException e) {
            throw new IOException("CMS signature failed: " + e.getMessage(), e);
        }
    }

    private static String setting(String property, String env) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(env);
        }
        return value == null || value.isBlank() ? null : value;
    }
}
