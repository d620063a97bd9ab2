package dev.crosswalk.gateway.auth;

import dev.crosswalk.gateway.GatewayConfig;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Verifies people's bearer tokens with SmallRye JWT (RS256 signature, the algorithm fixed here and never taken
 * from the token; issuer; expiry; audience when configured) and turns their role
 * into scopes: {@code admin} and {@code editor} may read and write, {@code auditor} only read, and an
 * {@code admin} also manages the tenant's API keys. The
 * tenant comes from the {@code tenant} claim.
 */
@ApplicationScoped
public class BearerTokens {
    @Inject
    GatewayConfig config;

    private DefaultJWTParser parser;

    @PostConstruct
    void init() {
        JWTAuthContextInfo context = new JWTAuthContextInfo(config.jwt().publicKeyLocation().orElse(null),
                config.jwt().issuer());
        config.jwt().audience().ifPresent(context::setExpectedAudience);
        parser = new DefaultJWTParser(context);
    }

    public Optional<Principal> verify(String token) {
        if (config.jwt().publicKeyLocation().isEmpty()) {
            return Optional.empty();
        }
        try {
            JsonWebToken jwt = parser.parse(token);
            Object tenant = jwt.getClaim("tenant");
            if (tenant == null) {
                return Optional.empty();
            }
            Set<String> scopes = new HashSet<>();
            if (jwt.getGroups().contains("admin")) {
                scopes.add(Scopes.KEYS_ADMIN);
            }
            if (jwt.getGroups().contains("admin") || jwt.getGroups().contains("editor")) {
                scopes.addAll(Scopes.ALL);
            } else if (jwt.getGroups().contains("auditor")) {
                scopes.addAll(Scopes.READ);
            }
            return Optional.of(new Principal(tenant.toString(), "user:" + jwt.getSubject(), "bearer", scopes));
        } catch (ParseException e) {
            return Optional.empty();
        }
    }
}
