package dev.callisto.domain.phone;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberToCarrierMapper;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.google.i18n.phonenumbers.geocoding.PhoneNumberOfflineGeocoder;
import dev.callisto.domain.InvalidInputException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A telephone number as the phone network and people write it ({@code 010 6000 1234},
 * {@code +86 138 0013 8000}, {@code 4008001234}), kept in E.164 ({@code +861060001234}).
 * libphonenumber parses it, with the tenant's region for numbers without a country code, and
 * tells where a number is and whose network it is on ({@code 北京市 中国移动}).
 */
public record DialledNumber(String e164) {

    /** Numbers without a country code are taken as numbers of this region (the product's home market). */
    public static final String DEFAULT_REGION = "CN";

    private static final PhoneNumberUtil NUMBERS = PhoneNumberUtil.getInstance();

    /** @throws InvalidInputException naming {@code field} if it is not a possible telephone number */
    public static DialledNumber parse(String raw, String field) {
        return tryParse(raw)
                .orElseThrow(() -> new InvalidInputException(
                        field, field + " is a telephone number, e.g. +86 10 6000 1234 or 010 6000 1234"));
    }

    /** The number, if {@code raw} is a possible one (caller ids may be anything, or {@code anonymous}). */
    public static Optional<DialledNumber> tryParse(String raw) {
        if (raw == null || raw.isBlank() || raw.length() > 40) {
            return Optional.empty();
        }
        try {
            PhoneNumber n = NUMBERS.parse(raw, DEFAULT_REGION);
            return NUMBERS.isPossibleNumber(n)
                    ? Optional.of(new DialledNumber(NUMBERS.format(n, PhoneNumberUtil.PhoneNumberFormat.E164)))
                    : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /**
     * The ways people store this number ({@code +8613800138000}, {@code 8613800138000},
     * {@code 13800138000}, {@code 013800138000}), to find it among numbers typed in by hand.
     */
    public List<String> writtenForms() {
        try {
            PhoneNumber n = NUMBERS.parse(e164, DEFAULT_REGION);
            String national = NUMBERS.getNationalSignificantNumber(n);
            return List.of(e164, e164.substring(1), national, "0" + national);
        } catch (NumberParseException e) {
            return List.of(e164);
        }
    }

    /** Where the number is and its network, in the language given, e.g. "北京市" or "Beijing, China Mobile". */
    public String location(Locale language) {
        try {
            PhoneNumber n = NUMBERS.parse(e164, DEFAULT_REGION);
            String place = PhoneNumberOfflineGeocoder.getInstance().getDescriptionForNumber(n, language);
            String network = PhoneNumberToCarrierMapper.getInstance().getNameForNumber(n, language);
            return (place + " " + network).strip();
        } catch (NumberParseException e) {
            return "";
        }
    }
}
