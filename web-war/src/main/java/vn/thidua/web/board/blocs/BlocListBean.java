package vn.thidua.web.board.blocs;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

import vn.thidua.bloc.service.BlocFilter;
import vn.thidua.bloc.service.BlocService;
import vn.thidua.bloc.service.BlocYearRow;
import vn.thidua.unit.service.ProvinceOption;
import vn.thidua.unit.service.UnitService;
import vn.thidua.web.PagedModel;

/** /board/blocs/list.xhtml: the blocs of every year, filtered, sorted and paged. */
@Named
@ViewScoped
public class BlocListBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private BlocService blocs;

    @Inject
    private UnitService units;

    private Integer year;
    private Long provinceId;
    private String text;
    private List<ProvinceOption> provinces;
    private PagedModel<BlocYearRow> model;

    @PostConstruct
    void init() {
        provinces = units.provinces();
        BlocService service = blocs;
        model = new PagedModel<>(page -> service.findBlocYears(new BlocFilter(year, provinceId, text), page));
    }

    public PagedModel<BlocYearRow> getModel() {
        return model;
    }

    public List<ProvinceOption> getProvinces() {
        return provinces;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Long getProvinceId() {
        return provinceId;
    }

    public void setProvinceId(Long provinceId) {
        this.provinceId = provinceId;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
