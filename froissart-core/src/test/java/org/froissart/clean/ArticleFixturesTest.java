package org.froissart.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.froissart.document.AnalyzedDocument;
import org.froissart.document.Document;
import org.froissart.document.Failure;
import org.froissart.document.Input;
import org.froissart.document.Layer;
import org.froissart.document.OutletAttribution;
import org.froissart.document.PublishedDate;
import org.froissart.document.Region;
import org.froissart.pipeline.DocumentRejected;
import org.froissart.read.InputReader;
import org.froissart.read.ReadOptions;
import org.froissart.testkit.CleaningStages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The example articles (examples/articles, written for Froissart in the style of crawled pages):
 * each NAME.expect gives the published date, outlet, language and title; each NAME.boilerplate
 * lists the pieces that must be boilerplate. Every other line must stay article text.
 */
class ArticleFixturesTest {
  static final Path ARTICLES = Path.of("../examples/articles");

  static Stream<String> articles() throws IOException {
    try (Stream<Path> files = Files.list(ARTICLES)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".expect"))
          .map(n -> n.substring(0, n.length() - ".expect".length())).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("articles")
  void cleansAsExpected(String name) throws IOException, DocumentRejected {
    Properties expect = new Properties();
    expect.load(new StringReader(Files.readString(ARTICLES.resolve(name + ".expect"))));
    Document document = read(name);
    if (expect.getProperty("language").equals("en")) {
      DocumentRejected rejected = org.junit.jupiter.api.Assertions.assertThrows(DocumentRejected.class,
          () -> CleaningStages.all(document));
      assertEquals("UNSUPPORTED_LANGUAGE", rejected.code());
      return;
    }
    AnalyzedDocument d = CleaningStages.all(document);
    PublishedDate published = d.get(Layer.PUBLISHED);
    assertEquals(blankToNull(expect.getProperty("published")), published.value(), "published");
    assertEquals(expect.getProperty("published_method"), published.method(), "published method");
    OutletAttribution outlet = d.get(Layer.OUTLET);
    assertEquals(blankToNull(expect.getProperty("outlet")), outlet == null || outlet.outlet() == null ? null
        : outlet.outlet().id(), "outlet");
    assertEquals(blankToNull(expect.getProperty("title")), d.get(Layer.TITLE), "title");
    assertEquals(expect.getProperty("language"), d.get(Layer.LANGUAGE), "language");

    String text = d.text();
    List<Region> boilerplate = d.get(Layer.BOILERPLATE);
    Path pieces = ARTICLES.resolve(name + ".boilerplate");
    List<String> expected = Files.exists(pieces) ? Files.readAllLines(pieces, StandardCharsets.UTF_8).stream()
        .filter(l -> !l.isEmpty()).toList() : List.of();
    List<Region> expectedSpans = new ArrayList<>();
    for (String piece : expected) {
      int at = text.indexOf(piece);
      assertTrue(at >= 0, "fixture piece not in text: " + piece);
      Region span = new Region(at, at + piece.length(), "expected");
      expectedSpans.add(span);
      assertTrue(TextLines.covered(TextLines.strip(text, span), boilerplate), name + ": not marked as boilerplate: " + piece);
    }
    for (Region line : TextLines.of(text)) {
      Region stripped = TextLines.strip(text, line);
      if (stripped.start() == stripped.end() || overlapsAny(stripped, expectedSpans)) {
        continue;
      }
      for (Region r : boilerplate) {
        assertFalse(r.start() < stripped.end() && stripped.start() < r.end(),
            name + ": article line marked " + r.reason() + ": " + text.substring(stripped.start(), stripped.end()));
      }
    }
  }

  private static Document read(String name) {
    Path file = Files.exists(ARTICLES.resolve(name + ".txt")) ? ARTICLES.resolve(name + ".txt")
        : ARTICLES.resolve(name + ".html");
    List<Input> inputs = new ArrayList<>();
    new InputReader(ReadOptions.DEFAULTS).read(List.of(file.toString()), null, inputs::add);
    assertEquals(1, inputs.size());
    if (inputs.get(0) instanceof Failure f) {
      fail("could not read " + name + ": " + f);
    }
    return (Document) inputs.get(0);
  }

  private static boolean overlapsAny(Region line, List<Region> spans) {
    return spans.stream().anyMatch(s -> s.start() < line.end() && line.start() < s.end());
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
