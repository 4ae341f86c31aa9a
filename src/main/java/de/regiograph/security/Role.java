package de.regiograph.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a caller may do. Roles imply others: {@code admin} everything, {@code editor} and
 * {@code researcher} each {@code reader}; editor and researcher are independent of each other.
 */
public enum Role {
    /** Queries, without the contact persons of actors. */
    READER,
    /** Creates, updates and links entities and processes; sees contact persons. */
    EDITOR,
    /** Read-only Cypher ({@code cypher(...)}). */
    RESEARCHER,
    /** Deletes, imports, settings; everything the others may. */
    ADMIN;

    /** The name used in configuration, tokens and messages: {@code reader}, {@code editor}, … */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The Spring Security authority, {@code ROLE_READER} etc. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** This role and those it implies. */
    Set<Role> implied() {
        return switch (this) {
            case READER -> EnumSet.of(READER);
            case EDITOR -> EnumSet.of(EDITOR, READER);
            case RESEARCHER -> EnumSet.of(RESEARCHER, READER);
            case ADMIN -> EnumSet.allOf(Role.class);
        };
    }

    /** The authorities for holders of these roles, with the implied ones. */
    static String[] authorities(Set<Role> roles) {
        var all = EnumSet.noneOf(Role.class);
        roles.forEach(role -> all.addAll(role.implied()));
        return all.stream().map(Role::authority).toArray(String[]::new);
    }

    /** The role named by a configuration value or token claim (case-insensitive), if any. */
    static Optional<Role> named(String name) {
        return Arrays.stream(values())
                .filter(role -> role.name().equalsIgnoreCase(name.trim()))
                .findFirst();
    }
}
