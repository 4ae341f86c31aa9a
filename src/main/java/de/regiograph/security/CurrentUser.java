package de.regiograph.security;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is writing, for the audit fields {@code createdBy} and {@code updatedBy}. */
public final class CurrentUser {

    private CurrentUser() {}

    /**
     * The signed-in user's name; outside a request (the import command, the demo data at start-up)
     * {@code import:<operating system user>}.
     */
    public static String name() {
        var caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null || caller instanceof AnonymousAuthenticationToken || caller.getName() == null) {
            return "import:" + System.getProperty("user.name");
        }
        return caller.getName();
    }
}
