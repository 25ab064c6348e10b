package vn.thidua.shared;

import java.io.Serializable;
import java.util.List;

/** One page of a longer list, with the size of the whole list. */
public record Page<T>(List<T> rows, long total) implements Serializable {

    public Page {
        rows = List.copyOf(rows);
    }
}
