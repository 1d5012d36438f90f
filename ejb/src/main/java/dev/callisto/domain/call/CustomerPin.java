package dev.callisto.domain.call;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/** A customer's verification PIN, kept only as a salted hash. */
@Entity
@Table(name = "customer_pin", uniqueConstraints = @UniqueConstraint(columnNames = {"tenant_id", "customer"}))
@NamedQuery(
        name = "CustomerPin.find",
        query = "select p from CustomerPin p where p.tenantId = :tenantId and p.customer = :customer")
public class CustomerPin {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue
    private Long id;

    @Column(name = "tenant_id", nullable = false)
    private long tenantId;

    @Column(nullable = false, length = 80)
    private String customer;

    @Column(nullable = false, length = 32)
    private String salt;

    @Column(nullable = false, length = 64)
    private String hash;

    protected CustomerPin() {}

    public CustomerPin(long tenantId, String customer, String pin) {
        this.tenantId = tenantId;
        this.customer = customer;
        change(pin);
    }

    public void change(String pin) {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        salt = HexFormat.of().formatHex(bytes);
        hash = digest(salt, pin);
    }

    public boolean matches(String pin) {
        return MessageDigest.isEqual(
                hash.getBytes(StandardCharsets.US_ASCII), digest(salt, pin).getBytes(StandardCharsets.US_ASCII));
    }

    private static String digest(String salt, String pin) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest((salt + ":" + pin).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
