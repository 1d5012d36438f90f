package dev.callisto.web.rest.problem;

/** One rejected field of a request and why. */
public record FieldError(String field, String message) {}
