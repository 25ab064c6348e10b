/**
 * Uploaded files (evidence, signed documents). A file is checked by its content and its
 * name must say the same type (PDF, PNG, JPEG, Word .docx, Excel .xlsx; no macro-enabled
 * Office content), at most 10 MB; it is read once, straight into the stored content with
 * its SHA-256 computed on the way, stored in the database inside the transaction of the
 * change it belongs to (so a failed change leaves no orphan), and its hash is checked on
 * every read. A file that must carry a digital signature (the Chair's award decision) is
 * stored only after its PDF signature was verified (PAdES/CMS integrity over the signed byte
 * range, a signed revision covering the whole file, the signer's chain to the configured
 * trust anchors) and keeps the verified signer and signing time.
 *
 * <h2>Layout</h2>
 * <ul>
 *   <li>{@code entity}: {@code StoredFile}.</li>
 *   <li>{@code service}: {@code FileService} (store, read back), {@code FileRules} (what may
 *       be uploaded, the one read), {@code Upload} (a file as sent: name, size, stream);
 *       {@code PdfSignatureVerifier} with {@code TrustAnchors} (the CA folder of
 *       {@code THIDUA_TRUST_ANCHORS}), {@code SignatureCheck} and
 *       {@code SignatureRefusedException} (which check failed), {@code PdfSignature} (the
 *       verified signer); {@code PdfSigner} (signs with a unit's PKCS#12 key) and
 *       {@code SigningCertificates} (a small CA for tests and the demo).</li>
 *   <li>{@code internal}: {@code OfficePackage} (the part names and content types of an
 *       Office Open XML package, from the ZIP's central directory).</li>
 * </ul>
 */
package vn.thidua.file;
