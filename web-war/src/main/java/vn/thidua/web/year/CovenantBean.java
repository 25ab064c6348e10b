package vn.thidua.web.year;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import vn.thidua.covenant.entity.CriterionKind;
import vn.thidua.covenant.service.CovenantForm;
import vn.thidua.covenant.service.CovenantService;
import vn.thidua.covenant.service.CovenantVersionView;
import vn.thidua.covenant.service.CriterionView;
import vn.thidua.covenant.service.MovementForm;
import vn.thidua.covenant.service.MovementView;
import vn.thidua.document.service.DocumentFormat;
import vn.thidua.web.Messages;

/**
 * /year/covenant.xhtml?bloc=…&amp;year=…: the year's movement (launched by the leader)
 * and covenant: every version with its signatures, signing for the caller's own unit, and
 * the leader's draft or amendment.
 */
@Named
@ViewScoped
public class CovenantBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private YearContext year;

    @Inject
    private CovenantService covenants;

    private MovementForm movement;
    private boolean movementLaunched;
    private List<CovenantVersionView> versions;
    private CovenantForm covenantForm;

    /** f:viewAction: the year's header, then the movement and every covenant version. */
    public void load() {
        year.load();
        refresh();
        newCovenantForm();
    }

    private void refresh() {
        Optional<MovementView> launched = covenants.movement(year.getBlocId(), year.getYear());
        movementLaunched = launched.isPresent();
        movement = new MovementForm();
        movement.setBlocId(year.getBlocId());
        movement.setYear(year.getYear());
        launched.ifPresentOrElse(m -> {
            movement.setTitle(m.title());
            movement.setContent(m.content());
            movement.setTargets(m.targets());
            movement.setLaunchDate(m.launchDate());
        }, () -> movement.setLaunchDate(LocalDate.now()));
        versions = covenants.versions(year.getBlocId(), year.getYear());
    }

    public void launchMovement() {
        covenants.launchMovement(movement);
        Messages.info("year.movement.saved");
        refresh();
    }

    /** A new draft starts from the latest version's text and scale, or from one empty criterion. */
    public void newCovenantForm() {
        covenantForm = new CovenantForm();
        covenantForm.setBlocId(year.getBlocId());
        covenantForm.setYear(year.getYear());
        CovenantVersionView latest = getLatest();
        if (latest != null) {
            covenantForm.setContent(latest.content());
            covenantForm.setTargets(latest.targets());
            for (CriterionView c : latest.criteria()) {
                covenantForm.addItem(c.kind(), c.title(), c.maxPoints(), c.evidenceRequired());
            }
        } else {
            covenantForm.addItem(CriterionKind.CRITERION, null, null, false);
        }
    }

    public void addItem() {
        covenantForm.addItem(CriterionKind.CRITERION, null, null, false);
    }

    public void removeItem(CovenantForm.Item item) {
        covenantForm.getItems().remove(item);
    }

    /** Drafts the covenant, or amends it when it already has signatures. */
    public void saveCovenant() {
        if (isAmending()) {
            covenants.amendCovenant(covenantForm);
            Messages.info("year.covenant.amended");
        } else {
            covenants.draftCovenant(covenantForm);
            Messages.info("year.covenant.saved");
        }
        refresh();
        newCovenantForm();
    }

    public void sign(Long versionId) {
        covenants.signCovenant(versionId, year.getMyUnitId());
        Messages.info("year.covenant.signed", year.getMyUnitName());
        refresh();
    }

    public CovenantVersionView getLatest() {
        return versions == null || versions.isEmpty() ? null : versions.get(0);
    }

    /** Whether the caller may sign {@code v} for their own unit. */
    public boolean canSign(CovenantVersionView v) {
        return v.signableBy(year.getMyUnitId());
    }

    public boolean isAmending() {
        CovenantVersionView latest = getLatest();
        return latest != null && !latest.signatures().isEmpty();
    }

    public MovementForm getMovement() {
        return movement;
    }

    public boolean isMovementLaunched() {
        return movementLaunched;
    }

    public List<CovenantVersionView> getVersions() {
        return versions;
    }

    public CovenantForm getCovenantForm() {
        return covenantForm;
    }

    /** The year's latest covenant as an official document (Decree 30 layout), PDF or Word. */
    public StreamedContent document(String format) {
        DocumentFormat f = DocumentFormat.valueOf(format);
        Long blocId = year.getBlocId();
        int y = year.getYear();
        return DefaultStreamedContent.builder().name("giao-uoc-thi-dua-" + y + "." + f.extension())
                .contentType(f.contentType())
                .stream(() -> new ByteArrayInputStream(covenants.covenantDocument(blocId, y, f))).build();
    }

    public CriterionKind[] getCriterionKinds() {
        return CriterionKind.values();
    }
}
