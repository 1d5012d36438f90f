package dev.callisto.web.rest.problem;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.JsonValue.ValueType;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A JSON body read as its form declares it, before the binder sees it: the binder (Yasson) turns
 * a number or a boolean into a string, takes a JSON text followed by anything as that text, and
 * reports a wrong type as "body". Here a body is one JSON document and nothing after it, and each
 * field has the JSON type of its declaration (a string for text, enums and times; a whole number
 * for integer fields; an array for lists; an object for forms and maps), or the 400 names it.
 */
public final class StrictJson {

    // One provider: JSON.createX() looks the provider up again (a class-path scan) on every call.
    private static final JsonProvider JSON = JsonProvider.provider();

    private StrictJson() {}

    /** application/json or any +json type. */
    public static boolean isJson(MediaType type) {
        return type != null
                && type.getType().equalsIgnoreCase("application")
                && (type.getSubtype().equalsIgnoreCase("json")
                        || type.getSubtype().toLowerCase().endsWith("+json"));
    }

    /** Whether bodies of this type are checked: forms (records), lists of them and JSON-P values. */
    static boolean governs(Class<?> type) {
        return type.isRecord() || Collection.class.isAssignableFrom(type) || JsonValue.class.isAssignableFrom(type);
    }

    /** The one JSON document {@code body} holds; anything after it is an error. */
    static JsonValue document(byte[] body) {
        try (JsonParser parser = JSON.createParser(new ByteArrayInputStream(body))) {
            if (!parser.hasNext()) {
                throw invalid("body", "a JSON body is required");
            }
            parser.next();
            JsonValue value = parser.getValue();
            if (hasMore(parser)) {
                throw invalid("body", "must be one JSON document with nothing after it");
            }
            return value;
        } catch (JsonException e) { // a parsing error, or too few bytes to tell the encoding
            throw invalid("body", body.length == 0 ? "a JSON body is required" : "not JSON: " + e.getMessage());
        }
    }

    /** Whether anything but whitespace follows: a token, or text that is not even one. */
    private static boolean hasMore(JsonParser parser) {
        try {
            return parser.hasNext();
        } catch (JsonException e) {
            return true;
        }
    }

    /** Every field whose JSON type is not the one declared, by its path ({@code items[2].name}). */
    static List<FieldError> mismatches(JsonValue value, Type declared) {
        List<FieldError> faults = new ArrayList<>();
        check(value, declared, "body", faults);
        return faults;
    }

    private static void check(JsonValue value, Type declared, String path, List<FieldError> faults) {
        if (value.getValueType() == ValueType.NULL) {
            return; // required fields are Bean Validation's to report
        }
        Class<?> type = raw(declared);
        String expected = expectation(value, type);
        if (expected != null) {
            faults.add(new FieldError(path, expected));
            return;
        }
        if (type.isRecord()) {
            JsonObject object = value.asJsonObject();
            for (RecordComponent field : type.getRecordComponents()) {
                JsonValue member = object.get(field.getName());
                if (member != null) {
                    check(member, field.getGenericType(), child(path, field.getName()), faults);
                }
            }
        } else if (Collection.class.isAssignableFrom(type) && declared instanceof ParameterizedType p) {
            JsonArray array = value.asJsonArray();
            for (int i = 0; i < array.size(); i++) {
                check(array.get(i), p.getActualTypeArguments()[0], path + "[" + i + "]", faults);
            }
        } else if (Map.class.isAssignableFrom(type) && declared instanceof ParameterizedType p) {
            value.asJsonObject()
                    .forEach((key, member) -> check(member, p.getActualTypeArguments()[1], child(path, key), faults));
        }
    }

    /** What the value should have been, or null if its JSON type fits the declared one. */
    private static String expectation(JsonValue value, Class<?> type) {
        ValueType kind = value.getValueType();
        if (type == String.class || type.isEnum() || Temporal.class.isAssignableFrom(type)) {
            return value instanceof JsonString ? null : "must be a string";
        }
        if (isWhole(type)) {
            return value instanceof JsonNumber n && n.isIntegral() ? null : "must be a whole number";
        }
        if (type == Double.class || type == double.class || type == BigDecimal.class || type == Float.class) {
            return value instanceof JsonNumber ? null : "must be a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return kind == ValueType.TRUE || kind == ValueType.FALSE ? null : "must be true or false";
        }
        if (type.isRecord() || Map.class.isAssignableFrom(type) || type == JsonObject.class) {
            return kind == ValueType.OBJECT ? null : "must be a JSON object";
        }
        if (Collection.class.isAssignableFrom(type) || type == JsonArray.class) {
            return kind == ValueType.ARRAY ? null : "must be a JSON array";
        }
        if (type == JsonStructure.class) {
            return kind == ValueType.OBJECT || kind == ValueType.ARRAY ? null : "must be a JSON object or array";
        }
        return null; // JsonValue, Object or a type the binder judges alone
    }

    private static boolean isWhole(Class<?> type) {
        return type == Integer.class
                || type == int.class
                || type == Long.class
                || type == long.class
                || type == Short.class
                || type == short.class
                || type == BigInteger.class;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }

    private static String child(String path, String name) {
        return path.equals("body") ? name : path + "." + name;
    }

    private static InvalidRequestException invalid(String field, String message) {
        return new InvalidRequestException(List.of(new FieldError(field, message)));
    }
}
