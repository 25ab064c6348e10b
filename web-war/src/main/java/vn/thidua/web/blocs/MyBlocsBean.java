package vn.thidua.web.blocs;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

import vn.thidua.bloc.service.BlocService;
import vn.thidua.bloc.service.BlocYearRow;

/** /blocs/mine.xhtml: the blocs of the caller's unit, read-only. */
@Named
@RequestScoped
public class MyBlocsBean {

    @Inject
    private BlocService blocs;

    private List<BlocYearRow> rows;

    public List<BlocYearRow> getRows() {
        if (rows == null) {
            rows = blocs.myBlocs();
        }
        return rows;
    }
}
