package vn.dva.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dva.search.Json;

class ResponsesTest {

  @Test
  void jsonEscapesMarkupSignsAndKeepsTheSameValue() throws Exception {
    Map<String, String> value =
        Map.of("snippet", "<mark>Chỉ thị</mark> 18-CT/TW & \"Dân vận khéo\" </script>");
    String json = new String(Responses.jsonBytes(value), StandardCharsets.UTF_8);
    assertThat(json).doesNotContain("<", ">", "&");
    assertThat(json).isEqualToIgnoringCase(Responses.safeJson(Json.write(value)));
    assertThat(Json.read(json, new TypeReference<Map<String, String>>() {})).isEqualTo(value);
  }
}
