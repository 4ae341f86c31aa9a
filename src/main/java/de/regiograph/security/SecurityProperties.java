package de.regiograph.security;

import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may use Regiograph.
 *
 * @param anonymousRead whether callers without credentials may read (role {@code reader}); never
 *     write ({@code REGIOGRAPH_SECURITY_ANONYMOUS_READ}; on in the demo profile, off otherwise)
 * @param users users for HTTP Basic: name, password hash ({@code {bcrypt}$2a$…}) and roles
 *     ({@code REGIOGRAPH_SECURITY_USERS_0_NAME}, {@code …_0_PASSWORD}, {@code …_0_ROLES})
 * @param jwt how bearer tokens map to users and roles; tokens are accepted when
 *     {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} (or {@code jwk-set-uri},
 *     {@code public-key-location}) is set
 */
@ConfigurationProperties("regiograph.security")
record SecurityProperties(
        @DefaultValue("false") boolean anonymousRead,
        @DefaultValue List<User> users,
        @DefaultValue Jwt jwt) {

    /** A user for HTTP Basic; the password is a hash with its id prefix, never plain text. */
    record User(String name, String password, Set<Role> roles) {}

    /**
     * @param rolesClaim the claim holding the roles, a dotted path for nested claims
     *     ({@code realm_access.roles} for Keycloak realm roles, {@code roles} for Entra ID app roles);
     *     values that name a role (case-insensitive) grant it, others are ignored
     *     ({@code REGIOGRAPH_SECURITY_JWT_ROLES_CLAIM})
     * @param nameClaim the claim recorded as the user's name in audit fields, {@code sub} when the
     *     token lacks it ({@code REGIOGRAPH_SECURITY_JWT_NAME_CLAIM})
     */
    record Jwt(
            @DefaultValue("roles") String rolesClaim,
            @DefaultValue("preferred_username") String nameClaim) {}
}
