package vn.thidua.registry.service;

import java.io.Serializable;
import java.util.List;

/**
 * One page of the national export of a province's awards of a year: the page asked for
 * (from 1), its size, how many awards there are in all and on how many pages, and the rows in
 * a stable order (decision date, decision number, unit code, award kind).
 */
public record NationalExport(String provinceCode, String provinceName, int year, int page, int size, long total,
                             int totalPages, List<NationalAward> rows) implements Serializable {

    public NationalExport {
        rows = List.copyOf(rows);
    }
}
