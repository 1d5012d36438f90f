package dev.callisto.application.call;

/**
 * Checks what a customer keyed in during a verification segment. The default checks the PIN
 * stored for the customer ({@link StoredPinVerifier}); a deployment can provide another
 * implementation (a bank's own service, say) as a CDI alternative.
 */
public interface CustomerVerifier {
    boolean verify(long tenantId, String customer, String pin);
}
