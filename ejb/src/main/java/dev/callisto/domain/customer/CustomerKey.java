package dev.callisto.domain.customer;

import dev.callisto.domain.InvalidInputException;
import java.util.regex.Pattern;

/**
 * How a customer is named across the product: a phone number (spaces and dashes as typed) or a
 * visitor or member id. Names travel in URL paths and file names, so path separators, {@code ..}
 * and control characters are refused rather than stored.
 */
public final class CustomerKey {

    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{N}+\\-_.@:() ]{1,80}");

    private CustomerKey() {}

    /** The customer's key, stripped; refused naming the field {@code customer}. */
    public static String of(String customer) {
        String key = customer == null ? "" : customer.strip();
        if (!ALLOWED.matcher(key).matches() || key.contains("..")) {
            throw new InvalidInputException(
                    "customer",
                    "a customer is a phone number or a visitor id: up to 80 letters, digits, spaces and + - _ . @ : ( ),"
                            + " without ..");
        }
        return key;
    }
}
