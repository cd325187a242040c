package org.froissart.app.web;

import java.util.LinkedHashMap;
import java.util.Map;

/** A request the API refuses: answered with its status and {@code {"error": message, "detail": detail}}. */
final class ApiException extends RuntimeException {
  private final int status;
  private final transient Object detail;

  private ApiException(int status, String message, Object detail) {
    super(message);
    this.status = status;
    this.detail = detail;
  }

  /** A parameter with a value the endpoint cannot take. */
  static ApiException badParameter(String name, String value, String expected) {
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("parameter", name);
    detail.put("value", value);
    detail.put("expected", expected);
    return new ApiException(400, "bad value for '" + name + "': expected " + expected, detail);
  }

  static ApiException badRequest(String message, Object detail) {
    return new ApiException(400, message, detail);
  }

  static ApiException notFound(String message, Object detail) {
    return new ApiException(404, message, detail);
  }

  int status() {
    return status;
  }

  /** What the answer's body says. */
  Map<String, Object> body() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", getMessage());
    body.put("detail", detail);
    return body;
  }
}
