package vn.dva.web;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The HTML templates ({@code templates/*.peb} on the class path), rendered with Pebble.
 *
 * <p>Every {@code {{ value }}} is HTML-escaped unless a template marks it {@code | raw}; the only
 * raw values are snippets, which {@link vn.dva.search.SearchService} escapes before adding {@code
 * <mark>}, and SVG built here from numbers. Templates are parsed once and cached. Thread-safe.
 */
final class Templates {

  private static final Fmt FMT = new Fmt();

  private final PebbleEngine engine;
  private final Map<String, Object> globals;

  /** Templates that see {@code globals} (e.g. {@code hasArchive}) besides each page's model. */
  Templates(Map<String, Object> globals) {
    this.globals = Map.copyOf(globals);
    ClasspathLoader loader = new ClasspathLoader(Templates.class.getClassLoader());
    loader.setPrefix("templates");
    loader.setSuffix(".peb");
    loader.setCharset("UTF-8");
    engine =
        new PebbleEngine.Builder()
            .loader(loader)
            .autoEscaping(true)
            .defaultEscapingStrategy("html")
            .strictVariables(false)
            .newLineTrimming(true)
            .build();
  }

  /** Renders template {@code name} with {@code model}; {@code fmt} is always available. */
  String render(String name, Map<String, Object> model) {
    Map<String, Object> context = new HashMap<>(globals);
    context.putAll(model);
    context.put("fmt", FMT);
    StringWriter out = new StringWriter(8192);
    try {
      engine.getTemplate(name).evaluate(out, context);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render template " + name, e);
    }
    return out.toString();
  }
}
