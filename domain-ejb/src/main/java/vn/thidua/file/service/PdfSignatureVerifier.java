package vn.thidua.file.service;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.CMSVerifierCertificateNotValidException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * Verifies the signature of a signed PDF (PAdES / detached CMS, sub-filters
 * {@code adbe.pkcs7.detached} and {@code ETSI.CAdES.detached}) with PDFBox and BouncyCastle,
 * in this order, each failure naming its {@link SignatureCheck}:
 * <ol>
 *   <li>the file carries a signature ({@link SignatureCheck#UNSIGNED});</li>
 *   <li>each signature's byte range is well formed and leaves out exactly its /Contents hex
 *       string, and the CMS structure is readable ({@link SignatureCheck#UNREADABLE});</li>
 *   <li>each signature's CMS signature is valid over the bytes of its range, digest included
 *       ({@link SignatureCheck#ALTERED});</li>
 *   <li>the last signature covers the whole file: its range ends at the file's end, so no
 *       incremental update follows the signed revision ({@link SignatureCheck#NOT_WHOLE_FILE});</li>
 *   <li>each signer's certificate builds a PKIX path (JDK {@code CertPathBuilder}) to one of
 *       the trust anchors, valid at the signing time the signature claims, with the key usage
 *       for signing if it states one; revocation only when asked
 *       ({@link SignatureCheck#UNTRUSTED}, {@link SignatureCheck#NO_TRUST_ANCHORS}).</li>
 * </ol>
 * Uses the JDK's own JCA providers (no BouncyCastle provider is registered).
 */
public final class PdfSignatureVerifier {

    private static final Logger LOG = Logger.getLogger(PdfSignatureVerifier.class.getName());
    private static final Set<String> SUB_FILTERS = Set.of("adbe.pkcs7.detached", "ETSI.CAdES.detached");

    private final List<X509Certificate> anchors;
    private final boolean revocation;

    /** A verifier trusting {@code anchors}, checking revocation when {@code revocation}. */
    public PdfSignatureVerifier(Collection<X509Certificate> anchors, boolean revocation) {
        this.anchors = List.copyOf(anchors);
        this.revocation = revocation;
    }

    /** A verifier over the configured trust anchors ({@link TrustAnchors}), read now. */
    public static PdfSignatureVerifier configured() {
        return new PdfSignatureVerifier(TrustAnchors.configured(), TrustAnchors.revocationChecked());
    }

    /**
     * The signature of the whole file, once every check has passed.
     *
     * @throws SignatureRefusedException naming the first check that failed
     */
    public PdfSignature verify(String fileName, byte[] pdf) {
        List<PDSignature> signatures;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            signatures = document.getSignatureDictionaries();
        } catch (IOException e) {
            throw refused(SignatureCheck.UNREADABLE, fileName, e.getMessage());
        }
        if (signatures.isEmpty()) {
            throw refused(SignatureCheck.UNSIGNED, fileName, "no signature dictionary");
        }
        List<Checked> checked = new ArrayList<>();
        for (PDSignature signature : signatures) {
            checked.add(integrity(fileName, pdf, signature));
        }
        Checked last = checked.stream().max(Comparator.comparingLong(Checked::end)).orElseThrow();
        if (last.end() != pdf.length) {
            throw refused(SignatureCheck.NOT_WHOLE_FILE, fileName,
                    "signed range ends at " + last.end() + " of " + pdf.length + " bytes");
        }
        if (anchors.isEmpty()) {
            throw refused(SignatureCheck.NO_TRUST_ANCHORS, fileName, "no trust anchor configured");
        }
        for (Checked c : checked) {
            trust(fileName, c);
        }
        return new PdfSignature(commonName(last.signer().getSubjectX500Principal().getEncoded()),
                commonName(last.signer().getIssuerX500Principal().getEncoded()),
                LocalDateTime.ofInstant(last.signedAt(), ZoneId.systemDefault()));
    }

    /** A signature whose integrity holds: its signer, the chain it carries, its time, its range's end. */
    private record Checked(X509Certificate signer, List<X509Certificate> carried, Instant signedAt, long end) {
    }

    private Checked integrity(String fileName, byte[] pdf, PDSignature signature) {
        String subFilter = signature.getSubFilter();
        if (subFilter == null || !SUB_FILTERS.contains(subFilter)) {
            throw refused(SignatureCheck.UNREADABLE, fileName, "sub-filter " + subFilter);
        }
        int[] range = signature.getByteRange();
        if (range == null || range.length != 4 || range[0] != 0 || range[1] <= 0 || range[2] <= range[1]
                || range[3] < 0 || (long) range[2] + range[3] > pdf.length || !onlyContentsLeftOut(pdf, range)) {
            throw refused(SignatureCheck.UNREADABLE, fileName, "byte range");
        }
        byte[] signed = new byte[range[1] + range[3]];
        System.arraycopy(pdf, 0, signed, 0, range[1]);
        System.arraycopy(pdf, range[2], signed, range[1], range[3]);
        CMSSignedData cms;
        SignerInformation signer;
        X509CertificateHolder holder;
        List<X509Certificate> carried = new ArrayList<>();
        try {
            cms = new CMSSignedData(new CMSProcessableByteArray(signed), firstObject(signature.getContents()));
            Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                throw refused(SignatureCheck.UNREADABLE, fileName, signers.size() + " signers");
            }
            signer = signers.iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(signer.getSID());
            if (matches.isEmpty()) {
                throw refused(SignatureCheck.UNREADABLE, fileName, "signer certificate missing");
            }
            holder = matches.iterator().next();
            JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
            for (X509CertificateHolder h : cms.getCertificates().getMatches(null)) {
                carried.add(converter.getCertificate(h));
            }
            if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(holder))) {
                throw refused(SignatureCheck.ALTERED, fileName, "signature value");
            }
            return new Checked(converter.getCertificate(holder), carried, signingTime(signer, signature), range[2] + (long) range[3]);
        } catch (CMSVerifierCertificateNotValidException e) {
            throw refused(SignatureCheck.UNTRUSTED, fileName, "certificate not valid at the signing time");
        } catch (CMSSignerDigestMismatchException e) {
            throw refused(SignatureCheck.ALTERED, fileName, "digest of the signed bytes");
        } catch (CMSException e) {
            // a signature value that does not verify is reported by some versions as a CMSException
            throw refused(e.getMessage() != null && e.getMessage().contains("verify")
                    ? SignatureCheck.ALTERED : SignatureCheck.UNREADABLE, fileName, e.getMessage());
        } catch (OperatorCreationException | GeneralSecurityException | IOException | IllegalArgumentException
                 | ClassCastException e) {
            throw refused(SignatureCheck.UNREADABLE, fileName, e.getMessage());
        }
    }

    /**
     * The CMS structure at the start of /Contents: the hex string is reserved larger than the
     * signature and padded with zeros, which BouncyCastle refuses as trailing data.
     */
    private static ContentInfo firstObject(byte[] contents) throws IOException {
        try (ASN1InputStream in = new ASN1InputStream(contents)) {
            ASN1Primitive first = in.readObject();
            if (first == null) {
                throw new IOException("empty signature");
            }
            return ContentInfo.getInstance(first);
        }
    }

    /** The gap of the byte range is exactly one hex string: {@code <}, hex digits, {@code >}. */
    private static boolean onlyContentsLeftOut(byte[] pdf, int[] range) {
        if (pdf[range[1]] != '<' || pdf[range[2] - 1] != '>') {
            return false;
        }
        for (int i = range[1] + 1; i < range[2] - 1; i++) {
            if (Character.digit(pdf[i], 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private static Instant signingTime(SignerInformation signer, PDSignature signature) {
        AttributeTable attributes = signer.getSignedAttributes();
        Attribute time = attributes == null ? null : attributes.get(CMSAttributes.signingTime);
        if (time != null && time.getAttrValues().size() > 0) {
            ASN1Encodable value = time.getAttrValues().getObjectAt(0);
            return Time.getInstance(value).getDate().toInstant();
        }
        Calendar date = signature.getSignDate();
        return date == null ? Instant.now() : date.toInstant();
    }

    private void trust(String fileName, Checked c) {
        boolean[] usage = c.signer().getKeyUsage();
        if (usage != null && !usage[0] && !usage[1]) {
            throw refused(SignatureCheck.UNTRUSTED, fileName, "key usage allows no signature");
        }
        try {
            Set<TrustAnchor> trusted = new HashSet<>();
            for (X509Certificate anchor : anchors) {
                trusted.add(new TrustAnchor(anchor, null));
            }
            X509CertSelector target = new X509CertSelector();
            target.setCertificate(c.signer());
            PKIXBuilderParameters parameters = new PKIXBuilderParameters(trusted, target);
            parameters.setRevocationEnabled(revocation);
            parameters.setDate(Date.from(c.signedAt()));
            List<X509Certificate> store = new ArrayList<>(c.carried());
            store.add(c.signer());
            parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(store)));
            CertPathBuilder.getInstance("PKIX").build(parameters);
        } catch (GeneralSecurityException e) {
            throw refused(SignatureCheck.UNTRUSTED, fileName, e.getMessage());
        }
    }

    /** The CN of a DER-encoded X.500 name, or the whole name when it has none. */
    static String commonName(byte[] encodedX500) {
        X500Name name = X500Name.getInstance(encodedX500);
        RDN[] cn = name.getRDNs(BCStyle.CN);
        if (cn.length == 0) {
            return name.toString();
        }
        ASN1Encodable value = cn[0].getFirst().getValue();
        return value instanceof ASN1String text ? text.getString() : IETFUtils.valueToString(value);
    }

    private static SignatureRefusedException refused(SignatureCheck check, String fileName, String detail) {
        LOG.info(() -> "Signed PDF " + fileName + " refused: " + check + " (" + detail + ")");
        return new SignatureRefusedException(check, fileName);
    }
}
