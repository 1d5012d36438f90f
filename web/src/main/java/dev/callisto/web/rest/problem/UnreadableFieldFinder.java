package dev.callisto.web.rest.problem;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads every JSON form strictly first ({@link StrictJson}: one document, each field of its
 * declared JSON type); when a body still cannot be bound to its form, finds which fields are at
 * fault by binding each one alone, so that the 400 names them ("state must be one of ...")
 * instead of quoting the binder's internal message.
 */
@Provider
public class UnreadableFieldFinder implements ReaderInterceptor {

    // One provider: JSON.createX() looks the provider up again (a class-path scan) on every call.
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!StrictJson.governs(context.getType()) || !StrictJson.isJson(context.getMediaType())) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        List<FieldError> mismatches = StrictJson.mismatches(StrictJson.document(body), context.getGenericType());
        if (!mismatches.isEmpty()) {
            throw new InvalidRequestException(mismatches);
        }
        context.setInputStream(new ByteArrayInputStream(body));
        try {
            return context.proceed();
        } catch (ProcessingException | JsonbException e) {
            throw new InvalidRequestException(faults(new String(body, StandardCharsets.UTF_8), context.getType()));
        }
    }

    static List<FieldError> faults(String body, Class<?> form) {
        if (!form.isRecord()) {
            return List.of(new FieldError("body", "does not match the expected shape"));
        }
        JsonObject json;
        try (var reader = JSON.createReader(new StringReader(body))) {
            json = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            return List.of(new FieldError("body", "not a JSON object: " + e.getMessage()));
        }
        List<FieldError> faults = new ArrayList<>();
        for (RecordComponent field : form.getRecordComponents()) {
            JsonValue value = json.get(field.getName());
            if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
                continue;
            }
            try {
                JSONB.fromJson(value.toString(), field.getGenericType());
            } catch (JsonbException e) {
                faults.add(new FieldError(field.getName(), expectation(field.getType())));
            }
        }
        return faults.isEmpty() ? List.of(new FieldError("body", "does not match the expected shape")) : faults;
    }

    private static String expectation(Class<?> type) {
        if (type.isEnum()) {
            return "must be one of " + Arrays.toString(type.getEnumConstants());
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "must be a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        return "must be a " + type.getSimpleName().toLowerCase();
    }
}
