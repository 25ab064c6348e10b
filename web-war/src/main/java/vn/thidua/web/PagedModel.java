package vn.thidua.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import vn.thidua.shared.Page;
import vn.thidua.shared.PageRequest;

/**
 * A PrimeFaces lazy table model over a service method that pages, sorts and filters in
 * the database. Filters live in the backing bean (a form above the table), so the
 * table's own filter map is ignored.
 */
public class PagedModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    private final SerializableFetch<T> fetch;

    public PagedModel(SerializableFetch<T> fetch) {
        this.fetch = fetch;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) fetch.apply(PageRequest.of(0, 1)).total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy == null || sortBy.isEmpty() ? null : sortBy.values().iterator().next();
        PageRequest request = new PageRequest(first, pageSize, sort == null ? null : sort.getField(),
                sort == null || sort.getOrder() != SortOrder.DESCENDING);
        Page<T> page = fetch.apply(request);
        setRowCount((int) page.total());
        return page.rows();
    }

    /** A service call that returns one page; serializable because view-scoped beans are. */
    @FunctionalInterface
    public interface SerializableFetch<T> extends Function<PageRequest, Page<T>>, Serializable {
    }
}
