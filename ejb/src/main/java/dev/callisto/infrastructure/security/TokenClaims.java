package dev.callisto.infrastructure.security;

import java.lang.reflect.Method;
import java.security.Principal;
import java.util.Optional;

/**
 * Reads a claim of the caller's OpenID Connect token when the caller signed in through Keycloak.
 * WildFly's elytron-oidc-client hands the application an {@code OidcPrincipal}; it is read
 * reflectively so the application neither compiles against nor needs WildFly's OIDC module when
 * it runs with the file realm (then there is no token and no claim).
 */
public final class TokenClaims {

    private TokenClaims() {}

    public static Optional<String> claim(Principal principal, String name) {
        if (principal == null || !principal.getClass().getName().endsWith("OidcPrincipal")) {
            return Optional.empty();
        }
        try {
            Object context = method(principal, "getOidcSecurityContext").invoke(principal);
            Object token = method(context, "getToken").invoke(context);
            Object value = token.getClass()
                    .getMethod("getClaimValueAsString", String.class)
                    .invoke(token, name);
            return Optional.ofNullable((String) value);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Method method(Object target, String name) throws NoSuchMethodException {
        return target.getClass().getMethod(name);
    }
}
