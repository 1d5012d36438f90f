package dev.callisto.web.rest.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StrictJsonTest {

    enum Kind {
        A,
        B
    }

    record Line(String name, Integer quantity) {}

    record Form(
            String login,
            Long groupId,
            Boolean enabled,
            Kind kind,
            Instant at,
            Double score,
            List<Line> lines,
            Map<String, Integer> limits,
            JsonObject extra) {}

    private static List<FieldError> read(String json) throws NoSuchFieldException {
        return StrictJson.mismatches(StrictJson.document(json.getBytes(StandardCharsets.UTF_8)), Form.class);
    }

    @Test
    void aBodyOfTheDeclaredTypesPasses() throws Exception {
        assertEquals(
                List.of(),
                read("{\"login\":\"ann\",\"groupId\":3,\"enabled\":true,\"kind\":\"A\",\"at\":\"2026-12-04T10:00:00Z\","
                        + "\"score\":4,\"lines\":[{\"name\":\"x\",\"quantity\":2}],\"limits\":{\"a\":1},"
                        + "\"extra\":{\"any\":[1,\"two\"]},\"unknown\":5,\"groupIdNull\":null}"));
        assertEquals(List.of(), read("{\"login\":null,\"lines\":null}"));
    }

    @Test
    void eachFieldOfTheWrongTypeIsNamedWithItsPath() throws Exception {
        assertEquals(
                List.of(
                        new FieldError("login", "must be a string"),
                        new FieldError("groupId", "must be a whole number"),
                        new FieldError("enabled", "must be true or false"),
                        new FieldError("kind", "must be a string"),
                        new FieldError("score", "must be a number"),
                        new FieldError("lines[1].quantity", "must be a whole number"),
                        new FieldError("limits.b", "must be a whole number"),
                        new FieldError("extra", "must be a JSON object")),
                read(
                        "{\"login\":1e309,\"groupId\":\"3\",\"enabled\":\"yes\",\"kind\":1,\"score\":\"4\","
                                + "\"lines\":[{\"name\":\"x\"},{\"quantity\":2.5}],\"limits\":{\"a\":1,\"b\":\"2\"},\"extra\":[]}"));
        assertEquals(List.of(new FieldError("login", "must be a string")), read("{\"login\":true}"));
        assertEquals(List.of(new FieldError("lines", "must be a JSON array")), read("{\"lines\":{}}"));
    }

    @Test
    void anArrayWhereAnObjectIsDeclaredIsTheBodysFault() throws Exception {
        assertEquals(List.of(new FieldError("body", "must be a JSON object")), read("[{\"login\":\"ann\"}]"));
    }

    @Test
    void aBodyIsOneDocumentWithNothingAfterIt() {
        for (String body : List.of("{\"login\":\"ann\"} garbage", "{}{}", "{\"login\":", "")) {
            InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> read(body), body);
            assertEquals("body", e.errors().get(0).field(), body);
        }
    }
}
