package vn.thidua.web.security;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/**
 * The idle timeout of portal sessions: {@code thidua.session.idle-seconds} when the server
 * defines it (config/oidc.cli sets it from THIDUA_SESSION_IDLE_SECONDS), otherwise the 30
 * minutes of web.xml. After it, the next request asks for a new login.
 */
@WebListener
public class SessionTimeout implements HttpSessionListener {

    static final String PROPERTY = "thidua.session.idle-seconds";

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        Integer seconds = Integer.getInteger(PROPERTY);
        if (seconds != null && seconds > 0) {
            event.getSession().setMaxInactiveInterval(seconds);
        }
    }
}
