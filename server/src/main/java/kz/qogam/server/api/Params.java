package kz.qogam.server.api;

import io.javalin.http.Context;
import kz.qogam.server.http.ProblemException;

/** Query-string parameters checked the same way everywhere: a bad value is a 400 that says what is allowed. */
final class Params {
    private Params() {}

    static int integer(Context ctx, String name, int fallback, int min, int max) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return fallback;
        try {
            int i = Integer.parseInt(v.trim());
            if (i >= min && i <= max) return i;
        } catch (NumberFormatException ignored) {
            // reported below with the allowed range
        }
        throw ProblemException.badRequest("Parameter '" + name + "' must be an integer from " + min + " to " + max + ", got '" + v + "'");
    }

    static String required(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) throw ProblemException.badRequest("Parameter '" + name + "' is required");
        return v;
    }
}
