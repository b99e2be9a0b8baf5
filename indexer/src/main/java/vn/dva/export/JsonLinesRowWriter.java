package vn.dva.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import vn.dva.search.Json;

/**
 * Rows as JSON lines: one object per line with the {@link ExportRow#COLUMNS} as keys, {@code
 * published} ISO or null, {@code directives} an array. Not thread-safe.
 */
public final class JsonLinesRowWriter implements RowWriter {

  private final Writer out;
  private final JsonGenerator json;

  public JsonLinesRowWriter(Writer out) throws IOException {
    this.out = out;
    this.json = Json.MAPPER.getFactory().createGenerator(out);
    // The generator must not close or flush the caller's stream on its own schedule.
    json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    json.disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);
  }

  @Override
  public void write(ExportRow r) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", r.id());
    json.writeStringField("title", r.title());
    json.writeStringField("url", r.url());
    json.writeStringField("province", r.province());
    json.writeStringField("province_now", r.provinceNow());
    json.writeStringField("published", r.published() == null ? null : r.published().toString());
    json.writeStringField("source", r.source());
    json.writeArrayFieldStart("directives");
    for (String d : r.directives()) json.writeString(d);
    json.writeEndArray();
    json.writeStringField("lead", r.lead());
    json.writeStringField("story", r.story());
    json.writeNumberField("versions", r.versions());
    json.writeEndObject();
    json.flush(); // into the Writer's buffer only (see FLUSH_PASSED_TO_STREAM above)
    out.write('\n');
  }

  @Override
  public void flush() throws IOException {
    json.flush();
    out.flush();
  }
}
