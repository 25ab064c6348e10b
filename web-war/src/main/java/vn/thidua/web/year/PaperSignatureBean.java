package vn.thidua.web.year;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

import vn.thidua.covenant.entity.CovenantStatus;
import vn.thidua.covenant.service.CovenantService;
import vn.thidua.covenant.service.CovenantVersionView;
import vn.thidua.covenant.service.PaperSignatureService;
import vn.thidua.shared.Roles;
import vn.thidua.web.Messages;
import vn.thidua.web.Uploads;
import vn.thidua.bloc.service.BlocYearView;

/**
 * The covenant page's paper signatures (/year/covenant.xhtml): the leader, the deputy or a
 * Board specialist records a member unit's signature given on paper, with the day, the
 * signer and the scan of the signed page; anyone who reads the year opens the scan.
 */
@Named
@ViewScoped
public class PaperSignatureBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private YearContext year;

    @Inject
    private CovenantService covenants;

    @Inject
    private PaperSignatureService paper;

    private Long unitId;
    private LocalDate signedOn = LocalDate.now();
    private String signer;
    private transient UploadedFile scan;
    private CovenantVersionView openVersion;
    private boolean versionRead;

    /** Whether the caller records paper signatures: the year's leader or deputy, or a Board specialist. */
    public boolean isKeeper() {
        return year.isLeader() || FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.BOARD_SPECIALIST);
    }

    /** The version that takes signatures now (the latest, unless superseded), or null. */
    public CovenantVersionView getOpenVersion() {
        if (!versionRead) {
            List<CovenantVersionView> versions = covenants.versions(year.getBlocId(), year.getYear());
            openVersion = versions.isEmpty() || versions.get(0).status() == CovenantStatus.SUPERSEDED ? null
                    : versions.get(0);
            versionRead = true;
        }
        return openVersion;
    }

    /** The members that have not signed the open version. */
    public List<BlocYearView.Member> unsignedMembers(CovenantVersionView version) {
        return year.getMembers().stream().filter(m -> version != null && !version.hasSigned(m.unitId())).toList();
    }

    /** Records the paper signature (the page reloads: the upload is a full request). */
    public String record(Long versionId) {
        CovenantVersionView.Signature s = paper.recordSignedPage(versionId, unitId, signedOn, signer, Uploads.of(scan));
        Messages.info("year.paperSignature.recorded", s.unitName());
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/year/covenant?faces-redirect=true&bloc=" + year.getBlocId() + "&year=" + year.getYear();
    }

    /** The scan of a unit's signed page (the service checks who may read it and the content's hash). */
    public StreamedContent scan(Long versionId, CovenantVersionView.Signature s) {
        return DefaultStreamedContent.builder().name(s.scanName()).contentType(s.scanType())
                .stream(() -> new ByteArrayInputStream(paper.signedPage(versionId, s.unitId()))).build();
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public void setSignedOn(LocalDate signedOn) {
        this.signedOn = signedOn;
    }

    public String getSigner() {
        return signer;
    }

    public void setSigner(String signer) {
        this.signer = signer;
    }

    public UploadedFile getScan() {
        return scan;
    }

    public void setScan(UploadedFile scan) {
        this.scan = scan;
    }
}
