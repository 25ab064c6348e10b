package vn.thidua.shared;

import java.io.Serializable;

/**
 * Which slice of a list to fetch and how to sort it. The sort field is a name the
 * service knows (it maps it to a column itself), never query text from a page.
 */
public record PageRequest(int first, int size, String sortField, boolean ascending) implements Serializable {

    public static final int MAX_SIZE = 200;

    public PageRequest {
        if (first < 0) {
            first = 0;
        }
        if (size <= 0 || size > MAX_SIZE) {
            size = MAX_SIZE;
        }
    }

    public static PageRequest of(int first, int size) {
        return new PageRequest(first, size, null, true);
    }
}
