package vn.thidua.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Mounts the JSON API at /api. */
@ApplicationPath("api")
public class ApiApplication extends Application {
}
