package de.regiograph.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * HTTP Basic against the configured users and, when an issuer or key is configured, OAuth2 bearer
 * tokens. The HTTP rules guard pages and exports; which GraphQL field needs which role is decided in
 * one place, {@link GraphQlAccess}, so that fields added later are covered without annotations.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET) // not for the import command
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

    private static final String READER = Role.READER.name();

    @Bean
    SecurityFilterChain filterChain(
            HttpSecurity http, SecurityProperties properties, ObjectProvider<JwtDecoder> jwtDecoder) throws Exception {
        var anonymous = new ArrayList<String>();
        anonymous.add("ROLE_ANONYMOUS");
        if (properties.anonymousRead()) {
            anonymous.add(Role.READER.authority());
        }
        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .anonymous(a -> a.authorities(anonymous.toArray(String[]::new)))
                .httpBasic(b -> b.realmName("Regiograph"))
                .authorizeHttpRequests(requests -> requests
                        // GraphQL decides per field (GraphQlAccess); the body limit and errors come first
                        .requestMatchers("/graphql", "/error")
                        .permitAll()
                        .requestMatchers("/webjars/**", "/favicon.ico", "/actuator/health/**")
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .hasRole(Role.ADMIN.name())
                        .anyRequest()
                        .hasRole(READER));
        if (jwtDecoder.getIfAvailable() != null) {
            http.oauth2ResourceServer(o -> o.jwt(j -> j.jwtAuthenticationConverter(tokenConverter(properties.jwt()))));
        }
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** The configured users; none unless configured (the demo profile brings its own). */
    @Bean
    UserDetailsService users(SecurityProperties properties) {
        var users = new InMemoryUserDetailsManager();
        for (int i = 0; i < properties.users().size(); i++) {
            var user = properties.users().get(i);
            var setting = "regiograph.security.users[" + i + "]";
            if (user.name() == null || user.name().isBlank()) {
                throw new IllegalStateException(setting + ".name is missing");
            }
            if (user.password() == null
                    || !user.password().matches("\\{(bcrypt|argon2|argon2@SpringSecurity_v5_8|pbkdf2|scrypt)}.+")) {
                throw new IllegalStateException(setting + ".password must be a password hash with its prefix, e.g."
                        + " {bcrypt}$2a$10$…; plain text passwords are not accepted");
            }
            if (user.roles() == null || user.roles().isEmpty()) {
                throw new IllegalStateException(setting + ".roles is missing (reader, editor, researcher, admin)");
            }
            users.createUser(User.withUsername(user.name())
                    .password(user.password())
                    .authorities(Role.authorities(user.roles()))
                    .build());
        }
        // only the lookup: as a UserDetailsPasswordService the manager would have every cheap hash
        // (the demo's cost 4) re-encoded at cost 10 on first use, making each later request slower
        return users::loadUserByUsername;
    }

    /** Roles from the configured claim (a dotted path into nested claims), the name from its claim. */
    static Converter<Jwt, AbstractAuthenticationToken> tokenConverter(SecurityProperties.Jwt settings) {
        return jwt -> {
            var roles = EnumSet.noneOf(Role.class);
            Object value = jwt.getClaims();
            for (var part : settings.rolesClaim().split("\\.")) {
                value = value instanceof Map<?, ?> map ? map.get(part) : null;
            }
            Collection<?> values = value instanceof Collection<?> list
                    ? list
                    : value instanceof String text ? java.util.List.of(text.split("[ ,]+")) : java.util.List.of();
            values.forEach(v -> Role.named(String.valueOf(v)).ifPresent(roles::add));
            var name = jwt.getClaimAsString(settings.nameClaim());
            return new JwtAuthenticationToken(
                    jwt,
                    AuthorityUtils.createAuthorityList(Role.authorities(roles)),
                    name == null ? jwt.getSubject() : name);
        };
    }
}
