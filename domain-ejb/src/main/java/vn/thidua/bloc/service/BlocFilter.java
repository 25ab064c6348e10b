package vn.thidua.bloc.service;

import java.io.Serializable;

/** Filters of the bloc list; null fields do not filter. */
public record BlocFilter(Integer year, Long provinceId, String text) implements Serializable {

    public static BlocFilter none() {
        return new BlocFilter(null, null, null);
    }
}
