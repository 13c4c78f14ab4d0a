package app.limber.system;

import java.util.Map;

/** The JSON body of every API error: the status, a summary, and one message per bad field. */
public record ApiError(int status, String error, String message, Map<String, String> fields) {
}
