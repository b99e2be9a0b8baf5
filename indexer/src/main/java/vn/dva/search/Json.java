package vn.dva.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one JSON mapper of dva: UTF-8, ISO dates ({@code "2023-01-19"}), records as objects, unknown
 * properties ignored on input. Thread-safe.
 */
public final class Json {

  /** Shared mapper; do not reconfigure it. */
  public static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private Json() {}

  /** {@code value} as compact JSON. */
  public static String write(Object value) throws JsonProcessingException {
    return MAPPER.writeValueAsString(value);
  }

  /** Parses {@code json} into the given type. */
  public static <T> T read(String json, TypeReference<T> type) throws JsonProcessingException {
    return MAPPER.readValue(json, type);
  }
}
