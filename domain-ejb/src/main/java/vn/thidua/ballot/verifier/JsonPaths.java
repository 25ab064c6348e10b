package vn.thidua.ballot.verifier;

import java.util.Set;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/** Strict reading of the record's JSON: every mismatch names the path. */
final class JsonPaths {

    private JsonPaths() {
    }

    static JsonObject object(JsonValue v, String path, String... keys) {
        if (!(v instanceof JsonObject o)) {
            throw new MalformedRecordException(path + ": expected an object");
        }
        if (keys.length > 0 && !o.keySet().equals(Set.of(keys))) {
            throw new MalformedRecordException(path + ": expected exactly the keys " + String.join(", ", keys)
                    + ", found " + o.keySet());
        }
        return o;
    }

    static JsonArray array(JsonValue v, String path) {
        if (!(v instanceof JsonArray a)) {
            throw new MalformedRecordException(path + ": expected an array");
        }
        return a;
    }

    static JsonArray array(JsonValue v, String path, int size) {
        JsonArray a = array(v, path);
        if (a.size() != size) {
            throw new MalformedRecordException(path + ": expected " + size + " items, found " + a.size());
        }
        return a;
    }

    static String string(JsonValue v, String path) {
        if (!(v instanceof JsonString s)) {
            throw new MalformedRecordException(path + ": expected a string");
        }
        return s.getString();
    }

    static int integer(JsonValue v, String path) {
        if (!(v instanceof JsonNumber n) || !n.isIntegral()) {
            throw new MalformedRecordException(path + ": expected an integer");
        }
        try {
            return n.intValueExact();
        } catch (ArithmeticException e) {
            throw new MalformedRecordException(path + ": integer out of range");
        }
    }
}
