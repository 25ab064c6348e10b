package vn.thidua.meeting.service;

import vn.thidua.platform.DemoData;

/** DELIBERATE VIOLATION (removed in the next commit): an area uses platform. */
public final class DeliberateViolation {

    private DeliberateViolation() {
    }

    public static String demoSwitch() {
        return DemoData.ENABLED_PROPERTY;
    }

    public static Class<?> demo() {
        return DemoData.class;
    }
}
