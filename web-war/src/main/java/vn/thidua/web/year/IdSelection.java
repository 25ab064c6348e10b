package vn.thidua.web.year;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** The ids ticked in one group of check boxes (a typed holder, so that Faces fills a List of Long). */
public class IdSelection implements Serializable {

    private static final long serialVersionUID = 1L;

    private List<Long> ids;

    IdSelection(List<Long> ids) {
        this.ids = new ArrayList<>(ids);
    }

    public List<Long> getIds() {
        return ids;
    }

    public void setIds(List<Long> ids) {
        this.ids = ids == null ? new ArrayList<>() : new ArrayList<>(ids);
    }
}
