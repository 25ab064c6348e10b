package vn.thidua.home.service;

import java.io.Serializable;
import java.util.List;

/** A member representative's home page for a year: its unit's tasks and the blocs it leads. */
public record MemberHome(int year, List<Task> tasks, List<BlocProgress> led) implements Serializable {

    public MemberHome {
        tasks = List.copyOf(tasks);
        led = List.copyOf(led);
    }

    public List<Task> getTasks() {
        return tasks;
    }

    public List<BlocProgress> getLed() {
        return led;
    }
}
