package vn.thidua.web.blocs;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

import vn.thidua.bloc.service.BlocAccess;
import vn.thidua.bloc.service.BlocService;
import vn.thidua.bloc.service.BlocYearView;
import vn.thidua.regulation.service.RegulationService;
import vn.thidua.regulation.service.RegulationView;

/** /blocs/view.xhtml?id=…&amp;year=…: one bloc year, read-only (the service checks who may see it). */
@Named
@ViewScoped
public class BlocViewBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private BlocService blocs;

    @Inject
    private RegulationService regulations;

    @Inject
    private BlocAccess access;

    private Long id;
    private Integer year;
    private BlocYearView bloc;
    private RegulationView regulation;
    private boolean regulationShown;
    private java.util.List<RegulationView> regulationHistory;

    public void load() {
        if (id == null) {
            throw new vn.thidua.shared.NotFoundException("Bloc", null);
        }
        int theYear = year != null ? year : blocs.years(id).stream().findFirst().orElse(java.time.Year.now().getValue());
        bloc = blocs.viewBlocYear(id, theYear);
        // the regulation in force that year and every version up to it (issue 15, item 8), for those
        // who may read the bloc's year (the page itself is open to members of the bloc in any year)
        regulationShown = access.isBoard() || access.callerMemberUnit(id, theYear).isPresent();
        regulationHistory = regulationShown ? regulations.versions(id, theYear) : java.util.List.of();
        regulation = regulationShown ? regulations.inForce(id, theYear).orElse(null) : null;
    }

    /** Whether the caller may read the year shown, and so its regulation. */
    public boolean isRegulationShown() {
        return regulationShown;
    }

    /** The bloc's regulation in force in the year shown; null when none was adopted. */
    public RegulationView getRegulation() {
        return regulation;
    }

    /** Every version of the bloc's regulation drafted in the year shown or before, latest first. */
    public java.util.List<RegulationView> getRegulationHistory() {
        return regulationHistory;
    }

    public BlocYearView getBloc() {
        return bloc;
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
}
