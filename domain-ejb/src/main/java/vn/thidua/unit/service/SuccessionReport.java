package vn.thidua.unit.service;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a province succession moves (or, previewed, would move): for each kind of item
 * its count and names, and whether it was applied.
 */
public record SuccessionReport(String predecessorName, String successorName, LocalDate effectiveFrom,
                               boolean applied, List<Line> lines) implements Serializable {

    /** One kind of item with the names of what moves. */
    public record Line(SuccessionItem kind, List<String> names) implements Serializable {

        public int getCount() {
            return names.size();
        }

        public SuccessionItem getKind() {
            return kind;
        }

        public String getNames() {
            return String.join("; ", names);
        }
    }

    static SuccessionReport of(String predecessorName, String successorName, LocalDate effectiveFrom, boolean applied,
                               Map<SuccessionItem, List<String>> items) {
        List<Line> lines = new ArrayList<>();
        for (SuccessionItem kind : SuccessionItem.values()) {
            lines.add(new Line(kind, items.getOrDefault(kind, List.of())));
        }
        return new SuccessionReport(predecessorName, successorName, effectiveFrom, applied, List.copyOf(lines));
    }

    /** How many items of {@code kind} move. */
    public int count(SuccessionItem kind) {
        return lines.stream().filter(l -> l.kind() == kind).mapToInt(Line::getCount).sum();
    }

    /** The names of the items of {@code kind}. */
    public List<String> names(SuccessionItem kind) {
        return lines.stream().filter(l -> l.kind() == kind).flatMap(l -> l.names().stream()).toList();
    }

    public List<Line> getLines() {
        return lines;
    }

    public String getPredecessorName() {
        return predecessorName;
    }

    public String getSuccessorName() {
        return successorName;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public boolean isApplied() {
        return applied;
    }
}
