package vn.thidua.web.board.blocs;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;

import org.omnifaces.util.Faces;

import vn.thidua.bloc.entity.BlocYearRules;
import vn.thidua.bloc.service.BlocYearForm;
import vn.thidua.bloc.service.BlocYearService;
import vn.thidua.unit.service.ProvinceOption;
import vn.thidua.unit.service.UnitOption;
import vn.thidua.unit.service.UnitService;
import vn.thidua.web.Messages;

/**
 * /board/blocs/edit.xhtml?id=…&amp;year=…: a new bloc (no id) or one year of a bloc:
 * its details, members, leader and deputy, saved in one transaction.
 */
@Named
@ViewScoped
public class BlocEditBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private BlocYearService blocYears;

    @Inject
    private UnitService units;

    private Long id;
    private Integer year;
    private BlocYearForm form;
    private List<ProvinceOption> provinces;
    private List<UnitOption> candidates;

    /** Called by f:viewAction once the view parameters are set. */
    public void load() {
        provinces = units.provinces();
        int theYear = year == null ? Year.now().getValue() : year;
        if (id == null) {
            form = new BlocYearForm();
            form.setYear(theYear);
            if (provinces.size() == 1) {
                form.setProvinceId(provinces.get(0).getId());
            }
        } else {
            form = blocYears.loadBlocYear(id, theYear);
        }
        refreshCandidates();
    }

    /** The units of the chosen province that may become members. */
    public void refreshCandidates() {
        List<UnitOption> list = new ArrayList<>(form.getProvinceId() == null ? List.of()
                : units.currentUnits(form.getProvinceId()));
        // members of an earlier record (since renamed or merged) stay selectable
        List<Long> missing = form.getMemberUnitIds().stream()
                .filter(memberId -> list.stream().noneMatch(u -> u.id().equals(memberId))).toList();
        list.addAll(units.unitOptions(missing));
        candidates = list;
    }

    /** The year was changed on the form: load that year of the same bloc. */
    public void changeYear() {
        if (form.getBlocId() != null) {
            int chosen = form.getYear();
            form = blocYears.loadBlocYear(form.getBlocId(), chosen);
            refreshCandidates();
        }
    }

    public String save() {
        blocYears.saveBlocYear(form);
        Faces.getFlash().setKeepMessages(true);
        Messages.info("bloc.edit.saved", form.getName(), form.getYear());
        return "/board/blocs/list.xhtml?faces-redirect=true";
    }

    public int getMinMembers() {
        return BlocYearRules.MIN_MEMBERS;
    }

    public int getMaxMembers() {
        return BlocYearRules.MAX_MEMBERS;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public BlocYearForm getForm() {
        return form;
    }

    public List<ProvinceOption> getProvinces() {
        return provinces;
    }

    public List<UnitOption> getCandidates() {
        return candidates;
    }
}
