package vn.thidua.bloc.internal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import vn.thidua.unit.service.UnitSuccession;

/**
 * The caller's unit lineage, read once per request. A page asks the access checks of
 * several areas, and each asked for the caller's unit and every unit record it succeeded
 * again (three queries each time). Keyed by the caller's name, because one request may
 * run calls under more than one identity. Nothing is kept past the request, so a change
 * of the caller's unit shows from the next request, on any node of a cluster; a unit's
 * succession within the request empties it at once.
 */
@RequestScoped
public class CallerLineageCache {

    private final Map<String, Set<Long>> byCaller = new HashMap<>();

    /** A unit was succeeded in this request: read every lineage again. */
    void onSuccession(@Observes(notifyObserver = Reception.IF_EXISTS) UnitSuccession succession) {
        byCaller.clear();
    }

    /** The lineage of {@code caller} seen in this request (nearest first), read with {@code read} the first time. */
    public Set<Long> lineageOf(String caller, Supplier<Set<Long>> read) {
        return byCaller.computeIfAbsent(caller, name -> Collections.unmodifiableSet(new LinkedHashSet<>(read.get())));
    }
}
