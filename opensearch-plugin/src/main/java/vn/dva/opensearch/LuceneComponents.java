package vn.dva.opensearch;

import java.io.IOException;
import java.io.Reader;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.util.FilesystemResourceLoader;
import org.apache.lucene.util.ResourceLoaderAware;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.analysis.CharFilterFactory;
import org.opensearch.index.analysis.TokenFilterFactory;
import org.opensearch.index.analysis.TokenizerFactory;
import org.opensearch.indices.analysis.AnalysisModule.AnalysisProvider;

/**
 * dva's Lucene factories as OpenSearch analysis components. OpenSearch does not look Lucene
 * factories up by their SPI names in a plugin's jars, so each is constructed here, by class, with
 * the component's settings as the factory's arguments ({@code "foldAlternatives": "false"}). A
 * factory that reads a file ({@code abbreviations} of {@code dvaAbbreviation}) reads it relative to
 * the node's config directory.
 */
final class LuceneComponents {

  private LuceneComponents() {}

  static AnalysisProvider<TokenFilterFactory> filter(
      Function<Map<String, String>, org.apache.lucene.analysis.TokenFilterFactory> constructor) {
    return (indexSettings, environment, name, settings) -> {
      org.apache.lucene.analysis.TokenFilterFactory lucene =
          informed(constructor.apply(arguments(settings)), environment);
      return new TokenFilterFactory() {
        @Override
        public String name() {
          return name;
        }

        @Override
        public TokenStream create(TokenStream input) {
          return lucene.create(input);
        }

        @Override
        public TokenStream normalize(TokenStream input) {
          return lucene.normalize(input);
        }
      };
    };
  }

  static AnalysisProvider<TokenizerFactory> tokenizer(
      Function<Map<String, String>, org.apache.lucene.analysis.TokenizerFactory> constructor) {
    return (indexSettings, environment, name, settings) -> {
      org.apache.lucene.analysis.TokenizerFactory lucene =
          informed(constructor.apply(arguments(settings)), environment);
      return new TokenizerFactory() {
        @Override
        public String name() {
          return name;
        }

        @Override
        public Tokenizer create() {
          return lucene.create();
        }
      };
    };
  }

  static AnalysisProvider<CharFilterFactory> charFilter(
      Function<Map<String, String>, org.apache.lucene.analysis.CharFilterFactory> constructor) {
    return (indexSettings, environment, name, settings) -> {
      org.apache.lucene.analysis.CharFilterFactory lucene =
          informed(constructor.apply(arguments(settings)), environment);
      return new CharFilterFactory() {
        @Override
        public String name() {
          return name;
        }

        @Override
        public Reader create(Reader reader) {
          return lucene.create(reader);
        }

        @Override
        public Reader normalize(Reader reader) {
          return lucene.normalize(reader);
        }
      };
    };
  }

  /**
   * The component's settings as a factory's mutable argument map, without OpenSearch's own keys
   * ({@code type}, and the {@code index.*} settings the node adds, such as {@code
   * index.version.created}).
   */
  static Map<String, String> arguments(Settings settings) {
    Map<String, String> args = new HashMap<>();
    for (String key : settings.keySet()) {
      if (!key.equals("type") && !key.startsWith("index.")) args.put(key, settings.get(key));
    }
    return args;
  }

  private static <T> T informed(T factory, Environment environment) throws IOException {
    if (factory instanceof ResourceLoaderAware aware) {
      aware.inform(
          new FilesystemResourceLoader(
              environment.configDir(), LuceneComponents.class.getClassLoader()));
    }
    return factory;
  }
}
