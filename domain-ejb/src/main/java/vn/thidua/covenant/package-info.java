/**
 * The year's emulation movement and covenant. The bloc leader (or deputy) launches the
 * movement and drafts the covenant with its criteria; every member unit signs for itself;
 * the covenant is in force once all current members have signed. A covenant version with
 * a signature is never edited: an amendment is a new version that needs every signature
 * again, and the earlier versions stay readable.
 *
 * <p>Layout: {@code entity} holds {@code Movement}, {@code CovenantVersion} (the drafting
 * and signing rules), {@code Criterion} and {@code CovenantSignature}, with the named
 * queries the service reuses. {@code service} is the public face: {@code CovenantService}
 * (launch, draft, amend, sign, record a paper signature; read), the forms it takes
 * ({@code MovementForm}, {@code CovenantForm}) and the view records pages and other areas
 * read ({@code MovementView}, {@code CovenantVersionView} with its signatures and unsigned
 * members, {@code CriterionView}), each built by a few row queries, never by lazy loading.
 * {@code PaperSignatureService} records a signature given on paper with the day, the signer
 * and the scan of the signed page (a file of the file area), and serves the scan to readers.
 * Scoring reads the version in force through {@link vn.thidua.covenant.service.CovenantService#inForce}.
 *
 * <p>The home pages read each bloc's current covenant and who signed it, for many blocs in one
 * query ({@code CovenantService#covenantStates}, {@code CovenantState}).
 */
package vn.thidua.covenant;
