package org.froissart.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.froissart.document.Document;
import org.froissart.document.Failure;
import org.froissart.document.Input;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputReaderTest {
  private static final String ARTICLE = "Le président libanais a reçu mercredi l’envoyé spécial français à Beyrouth.\n";

  @TempDir
  Path dir;

  private List<Input> read(ReadOptions options, String... paths) {
    List<Input> out = new ArrayList<>();
    new InputReader(options).read(List.of(paths), new ByteArrayInputStream(new byte[0]), out::add);
    return out;
  }

  private List<Input> read(String... paths) {
    return read(ReadOptions.DEFAULTS, paths);
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    return Files.write(p, bytes);
  }

  private static Failure failure(Input input, String code) {
    Failure f = assertInstanceOf(Failure.class, input);
    assertEquals(code, f.code(), f.message());
    return f;
  }

  @Test
  void badFilesGiveClearErrorsAndTheBatchGoesOn() throws IOException {
    write("a-empty.txt", new byte[0]);
    write("b-binary.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2});
    write("c-latin1.txt", "Le ministre a été reçu à Téhéran.".getBytes(StandardCharsets.ISO_8859_1));
    write("d-good.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));
    write("e-blank.txt", "  \n\n ".getBytes(StandardCharsets.UTF_8));
    List<Input> inputs = read(dir.toString());
    assertEquals(5, inputs.size());
    failure(inputs.get(0), "EMPTY");
    failure(inputs.get(1), "NOT_TEXT");
    Failure latin1 = failure(inputs.get(2), "BAD_ENCODING");
    assertTrue(latin1.message().contains("--encoding"), latin1.message());
    Document good = assertInstanceOf(Document.class, inputs.get(3));
    assertEquals("d-good.txt", good.id());
    assertEquals(ARTICLE, good.text());
    failure(inputs.get(4), "EMPTY");
  }

  @Test
  void readsLatin1WhenTheUserSaysSo() throws IOException {
    Path p = write("latin1.txt", "Le ministre a été reçu à Téhéran.".getBytes(StandardCharsets.ISO_8859_1));
    Input input = read(new ReadOptions(null, null, Charset.forName("windows-1252"), 1000), p.toString()).get(0);
    assertEquals("Le ministre a été reçu à Téhéran.", assertInstanceOf(Document.class, input).text());
  }

  @Test
  void refusesAHugeFileWithoutLoadingIt() throws IOException {
    Path huge = dir.resolve("huge.txt");
    byte[] block = "Une phrase de remplissage pour un très grand fichier.\n".repeat(1000).getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = Files.newOutputStream(huge)) {
      for (long written = 0; written < 50L * 1024 * 1024; written += block.length) {
        out.write(block);
      }
    }
    Failure f = failure(read(huge.toString(), dir.resolve("missing.txt").toString()).get(0), "TOO_LARGE");
    assertTrue(f.message().contains("--max-chars"), f.message());
  }

  @Test
  void jsonlKeepsGoingPastAMalformedLine() throws IOException {
    Path p = write("batch.jsonl", String.join("\n",
        "{\"id\": \"un\", \"text\": \"Premier texte.\", \"published\": \"2020-03-02\", \"outlet\": \"afp\"}",
        "{\"id\": \"deux\", \"text\": \"Deuxième texte",
        "[1, 2]",
        "{\"id\": \"sans-texte\"}",
        "",
        "{\"text\": \"Troisième texte.\", \"url\": \"https://example.org/a\"}",
        "{\"id\": \"page\", \"html\": \"<html><body><article><p>Un paragraphe.</p></article></body></html>\"}")
        .getBytes(StandardCharsets.UTF_8));
    List<Input> inputs = read(new ReadOptions("2021-01-01", null, StandardCharsets.UTF_8, 1000), p.toString());
    assertEquals(6, inputs.size());
    Document first = assertInstanceOf(Document.class, inputs.get(0));
    assertEquals("2020-03-02", first.metadata().published(), "the document's own date wins over --published");
    assertEquals(false, first.metadata().publishedFromUser());
    assertEquals("afp", first.metadata().outlet());
    assertEquals("batch.jsonl:2", failure(inputs.get(1), "MALFORMED_JSON").id());
    failure(inputs.get(2), "MALFORMED_JSON");
    failure(inputs.get(3), "MALFORMED_JSON");
    Document third = assertInstanceOf(Document.class, inputs.get(4));
    assertEquals("https://example.org/a", third.id(), "the URL is the id when there is none");
    assertEquals("2021-01-01", third.metadata().published());
    assertTrue(third.metadata().publishedFromUser());
    assertEquals("Un paragraphe.", assertInstanceOf(Document.class, inputs.get(5)).text());
  }

  @Test
  void readsDirectoriesRecursivelyInOrderAndSkipsUnknownFiles() throws IOException {
    write("b/deux.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));
    write("a/un.htm", "<p>Un texte.</p>".getBytes(StandardCharsets.UTF_8));
    write("a/image.png", new byte[] {1, 2, 3});
    List<Input> inputs = read(dir.toString());
    assertEquals(List.of("a/un.htm", "b/deux.txt"), inputs.stream().map(Input::id).toList());
  }

  @Test
  void standardInputAsTextIsNamedByItsHash() {
    List<Input> out = new ArrayList<>();
    new InputReader(ReadOptions.DEFAULTS).read(List.of("-"),
        new ByteArrayInputStream(ARTICLE.getBytes(StandardCharsets.UTF_8)), out::add);
    Document d = assertInstanceOf(Document.class, out.get(0));
    assertEquals(InputReader.shortHash(ARTICLE), d.id());
    assertEquals(16, d.id().length());
  }

  @Test
  void missingPathsAndWarcAreReportedNotFatal() throws IOException {
    Path warc = write("crawl.warc", "WARC/1.0".getBytes(StandardCharsets.UTF_8));
    List<Input> inputs = read(dir.resolve("nope.txt").toString(), warc.toString());
    failure(inputs.get(0), "UNREADABLE");
    failure(inputs.get(1), "UNSUPPORTED_FORMAT");
  }

  @Test
  void validatesTheUsersDate() {
    assertThrows(IllegalArgumentException.class, () -> new ReadOptions("02/03/2020", null, StandardCharsets.UTF_8, 10));
    assertThrows(IllegalArgumentException.class, () -> new ReadOptions("2020-02-30", null, StandardCharsets.UTF_8, 10));
    assertEquals("2020-03", new ReadOptions("2020-03", null, StandardCharsets.UTF_8, 10).published());
    assertNull(IsoDate.normalize("hier"));
    assertEquals("2022-10-05", IsoDate.normalize("2022-10-05T08:30:00+02:00"));
  }
}
