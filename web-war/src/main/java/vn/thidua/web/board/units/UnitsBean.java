package vn.thidua.web.board.units;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.thidua.unit.service.ProvinceOption;
import vn.thidua.unit.service.UnitForm;
import vn.thidua.unit.service.UnitOption;
import vn.thidua.unit.service.UnitRow;
import vn.thidua.unit.service.UnitService;
import vn.thidua.web.Messages;
import vn.thidua.web.PagedModel;

/**
 * /board/units/list.xhtml: the unit registry. Creating a unit, correcting it, renaming
 * it from a date, and merging units into a successor (the last two end the old records
 * and cannot be undone, so the page asks for confirmation).
 */
@Named
@ViewScoped
public class UnitsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private UnitService units;

    private String text;
    private Long provinceId;
    private boolean currentOnly = true;
    private List<ProvinceOption> provinces;
    private List<UnitOption> currentUnits;
    private PagedModel<UnitRow> model;

    private UnitForm createForm;
    private Long renameUnitId;
    private UnitForm renameForm;
    private List<Long> mergeUnitIds = new ArrayList<>();
    private UnitForm mergeForm;
    private Long contactUnitId;
    private UnitForm contactForm;

    @PostConstruct
    void init() {
        provinces = units.provinces();
        UnitService service = units;
        model = new PagedModel<>(page -> service.findUnits(text, provinceId, currentOnly, page));
        resetForms();
    }

    public void create() {
        units.createUnit(createForm);
        Messages.info("unit.created", createForm.getName());
        resetForms();
    }

    public void rename() {
        UnitForm old = units.loadUnit(renameUnitId);
        renameForm.setVersion(old.getVersion());
        units.renameUnit(renameUnitId, renameForm);
        Messages.info("unit.renamed", old.getName(), renameForm.getName(), renameForm.getValidFrom());
        resetForms();
    }

    public void merge() {
        units.mergeUnits(mergeUnitIds, mergeForm);
        Messages.info("unit.merged", mergeUnitIds.size(), mergeForm.getName(), mergeForm.getValidFrom());
        resetForms();
    }

    /** The chosen unit's record, for its contact e-mail (where its reminders go). */
    public void prepareContact() {
        contactForm = contactUnitId == null ? null : units.loadUnit(contactUnitId);
    }

    /** Stores the unit's contact e-mail (a correction of the record: same name, same dates). */
    public void saveContact() {
        units.correctUnit(contactForm);
        Messages.info("unit.contactEmail.saved", contactForm.getName());
        resetForms();
    }

    /** Fills the rename form with the chosen unit's current details. */
    public void prepareRename() {
        if (renameUnitId != null) {
            UnitForm unit = units.loadUnit(renameUnitId);
            renameForm.setProvinceId(unit.getProvinceId());
            renameForm.setCode(unit.getCode());
            renameForm.setName(unit.getName());
            renameForm.setShortName(unit.getShortName());
            renameForm.setParentId(unit.getParentId());
            renameForm.setHeaderParent(unit.getHeaderParent());
            renameForm.setHeaderIssuer(unit.getHeaderIssuer());
            renameForm.setHeaderTitle(unit.getHeaderTitle());
            renameForm.setHeaderMotto(unit.getHeaderMotto());
            renameForm.setDocSymbol(unit.getDocSymbol());
            renameForm.setSignerAuthority(unit.getSignerAuthority());
            renameForm.setSignerTitle(unit.getSignerTitle());
            renameForm.setSignerName(unit.getSignerName());
            renameForm.setContactEmail(unit.getContactEmail());
        }
    }

    private void resetForms() {
        Long defaultProvince = provinces.size() == 1 ? provinces.get(0).getId() : null;
        createForm = new UnitForm();
        createForm.setProvinceId(defaultProvince);
        createForm.setValidFrom(LocalDate.now());
        renameForm = new UnitForm();
        renameForm.setValidFrom(LocalDate.now());
        renameUnitId = null;
        mergeForm = new UnitForm();
        mergeForm.setProvinceId(defaultProvince);
        mergeForm.setValidFrom(LocalDate.now());
        mergeUnitIds = new ArrayList<>();
        contactUnitId = null;
        contactForm = null;
        currentUnits = null;
    }

    /** The current units (parent, rename and merge choices), read once per view until a change. */
    public List<UnitOption> getCurrentUnits() {
        if (currentUnits == null) {
            currentUnits = units.currentUnits(null);
        }
        return currentUnits;
    }

    public PagedModel<UnitRow> getModel() {
        return model;
    }

    public List<ProvinceOption> getProvinces() {
        return provinces;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Long getProvinceId() {
        return provinceId;
    }

    public void setProvinceId(Long provinceId) {
        this.provinceId = provinceId;
    }

    public boolean isCurrentOnly() {
        return currentOnly;
    }

    public void setCurrentOnly(boolean currentOnly) {
        this.currentOnly = currentOnly;
    }

    public UnitForm getCreateForm() {
        return createForm;
    }

    public Long getRenameUnitId() {
        return renameUnitId;
    }

    public void setRenameUnitId(Long renameUnitId) {
        this.renameUnitId = renameUnitId;
    }

    public UnitForm getRenameForm() {
        return renameForm;
    }

    public List<Long> getMergeUnitIds() {
        return mergeUnitIds;
    }

    public void setMergeUnitIds(List<Long> mergeUnitIds) {
        this.mergeUnitIds = mergeUnitIds;
    }

    public UnitForm getMergeForm() {
        return mergeForm;
    }

    public Long getContactUnitId() {
        return contactUnitId;
    }

    public void setContactUnitId(Long contactUnitId) {
        this.contactUnitId = contactUnitId;
    }

    public UnitForm getContactForm() {
        return contactForm;
    }
}
