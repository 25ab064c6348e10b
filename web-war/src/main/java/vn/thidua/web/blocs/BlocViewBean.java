package vn.thidua.web.blocs;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

import vn.thidua.bloc.service.BlocService;
import vn.thidua.bloc.service.BlocYearView;

/** /blocs/view.xhtml?id=…&amp;year=…: one bloc year, read-only (the service checks who may see it). */
@Named
@ViewScoped
public class BlocViewBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private BlocService blocs;

    private Long id;
    private Integer year;
    private BlocYearView bloc;

    public void load() {
        if (id == null) {
            throw new vn.thidua.shared.NotFoundException("Bloc", null);
        }
        int theYear = year != null ? year : blocs.years(id).stream().findFirst().orElse(java.time.Year.now().getValue());
        bloc = blocs.viewBlocYear(id, theYear);
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
