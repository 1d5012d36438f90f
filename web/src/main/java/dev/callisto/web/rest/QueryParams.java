package dev.callisto.web.rest;

import dev.callisto.domain.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Parses query parameters itself: JAX-RS answers 404 to an unparsable {@code @QueryParam int},
 * while a user deserves a 400 that names the parameter.
 */
public final class QueryParams {

    private QueryParams() {}

    public static int integer(String name, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, name + " must be a whole number, got '" + value + "'");
        }
    }

    public static Long optionalLong(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, name + " must be a whole number, got '" + value + "'");
        }
    }

    public static LocalDate date(String name, String value, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, name + " must be a date like 2026-11-22, got '" + value + "'");
        }
    }

    public static Instant optionalInstant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, name + " must be an instant like 2026-11-22T08:00:00Z");
        }
    }

    public static <E extends Enum<E>> E optionalEnum(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(name, "unknown " + name + " '" + value + "'");
        }
    }
}
