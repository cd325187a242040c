package org.froissart.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.froissart.document.Document;
import org.froissart.document.Failure;
import org.froissart.document.Input;

/**
 * Reads the inputs of a command: files by extension ({@code .txt}, {@code .html}/{@code .htm},
 * {@code .jsonl}), directories recursively, and {@code -} for standard input. Every input yields a
 * {@link Document} or a {@link Failure}; a bad input never stops the others. Thread-safe.
 */
public final class InputReader {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> KNOWN = List.of(".txt", ".html", ".htm", ".jsonl");

  private final ReadOptions options;
  private final TextDecoder decoder;
  private final HtmlExtractor html = new HtmlExtractor();

  public InputReader(ReadOptions options) {
    this.options = options;
    this.decoder = new TextDecoder(options.charset());
  }

  /**
   * One input to read: a file and the id its documents get, or standard input ({@code file} null).
   * A file that does not exist, or cannot be read, yields an {@code UNREADABLE} failure when read.
   */
  public record Source(String id, Path file) {
    public static final Source STANDARD_INPUT = new Source("stdin", null);

    public boolean isStandardInput() {
      return file == null;
    }
  }

  /** Reads every argument in order and hands each input to {@code sink}, as it goes. */
  public void read(List<String> arguments, InputStream stdin, Consumer<Input> sink) {
    for (Source source : sources(arguments)) {
      read(source, stdin, sink);
    }
  }

  /**
   * What {@code arguments} name, in order: a file as given (its id is its name), the known files
   * under a directory, sorted (their ids are their paths in it), and {@code -} for standard input.
   */
  public List<Source> sources(List<String> arguments) {
    List<Source> sources = new ArrayList<>();
    for (String argument : arguments) {
      Path path = Path.of(argument);
      if (argument.equals("-")) {
        sources.add(Source.STANDARD_INPUT);
      } else if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(Files::isRegularFile).filter(p -> KNOWN.contains(extension(p.toString()))).sorted()
              .forEach(file -> sources.add(new Source(path.relativize(file).toString(), file)));
        } catch (IOException e) {
          sources.add(new Source(argument, path)); // reading it says why it cannot be read
        }
      } else {
        sources.add(new Source(Files.exists(path) ? path.getFileName().toString() : argument, path));
      }
    }
    return sources;
  }

  /** Reads one source and hands each of its inputs to {@code sink}, as it goes. */
  public void read(Source source, InputStream stdin, Consumer<Input> sink) {
    if (source.isStandardInput()) {
      readStdin(stdin, sink);
    } else if (!Files.exists(source.file())) {
      sink.accept(new Failure(source.id(), "UNREADABLE", "no such file or directory: " + source.id()));
    } else {
      readFile(source.file(), source.id(), sink);
    }
  }

  private void readFile(Path file, String id, Consumer<Input> sink) {
    String extension = extension(id);
    if (extension.equals(".warc") || extension.equals(".gz")) {
      sink.accept(new Failure(id, "UNSUPPORTED_FORMAT", "WARC and compressed inputs are not read yet;"
          + " give .txt, .html, .htm or .jsonl files"));
      return;
    }
    try {
      if (extension.equals(".jsonl")) {
        try (BufferedReader lines = Files.newBufferedReader(file, options.charset())) {
          readJsonl(id, lines, sink);
        }
        return;
      }
      // Size is checked before reading: a huge file is refused without loading it.
      long size = Files.size(file);
      long limit = (long) options.maxChars() * 4;
      if (size > limit) {
        sink.accept(tooLarge(id, size + " bytes"));
        return;
      }
      readText(id, Files.readAllBytes(file), extension, null, sink);
    } catch (IOException e) {
      sink.accept(new Failure(id, "UNREADABLE", "cannot read " + file + ": " + e));
    }
  }

  private void readStdin(InputStream stdin, Consumer<Input> sink) {
    try {
      byte[] bytes = stdin.readAllBytes();
      String head = new String(bytes, 0, Math.min(bytes.length, 64), StandardCharsets.UTF_8).stripLeading();
      if (head.startsWith("{")) {
        readJsonl("stdin", new BufferedReader(new InputStreamReader(new java.io.ByteArrayInputStream(bytes),
            options.charset())), sink);
      } else {
        readText(null, bytes, head.startsWith("<") ? ".html" : ".txt", null, sink);
      }
    } catch (IOException e) {
      sink.accept(new Failure("stdin", "UNREADABLE", "cannot read standard input: " + e));
    }
  }

  /** @param id the document's id, or null to name it by its text's hash */
  private void readText(String id, byte[] bytes, String extension, String url, Consumer<Input> sink) {
    TextDecoder.DecodeResult decoded = decoder.decode(id == null ? "stdin" : id, bytes);
    if (decoded.failure() != null) {
      sink.accept(decoded.failure());
      return;
    }
    if (id == null) {
      id = shortHash(decoded.text());
    }
    boolean isHtml = extension.equals(".html") || extension.equals(".htm");
    sink.accept(isHtml ? fromHtml(id, decoded.text(), url, null, null) : document(id, decoded.text(),
        new Document.Metadata(null, false, url, null, null)));
  }

  private void readJsonl(String file, BufferedReader lines, Consumer<Input> sink) throws IOException {
    String line;
    int number = 0;
    while ((line = lines.readLine()) != null) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      String where = file + ":" + number;
      if (line.length() > options.maxChars() * 2L) {
        sink.accept(tooLarge(where, line.length() + " chars on one line"));
        continue;
      }
      JsonNode node;
      try {
        node = JSON.readTree(line);
      } catch (JsonProcessingException e) {
        sink.accept(new Failure(where, "MALFORMED_JSON", "line " + number + " is not valid JSON: "
            + e.getOriginalMessage()));
        continue;
      }
      if (!node.isObject()) {
        sink.accept(new Failure(where, "MALFORMED_JSON", "line " + number + " is not a JSON object"));
        continue;
      }
      String url = string(node, "url");
      String id = firstNonNull(string(node, "id"), url);
      String text = string(node, "text");
      String htmlText = string(node, "html");
      if (text == null && htmlText == null) {
        sink.accept(new Failure(id == null ? where : id, "MALFORMED_JSON", "line " + number
            + " has neither a 'text' nor an 'html' field"));
        continue;
      }
      String ownDate = IsoDate.normalize(string(node, "published"));
      String title = string(node, "title");
      String outlet = string(node, "outlet");
      if (text == null) {
        String docId = id == null ? shortHash(htmlText) : id;
        sink.accept(fromHtml(docId, htmlText, url, ownDate, outlet));
        continue;
      }
      String docId = id == null ? shortHash(text) : id;
      if (text.isBlank()) {
        sink.accept(new Failure(docId, "EMPTY", "line " + number + " has an empty text"));
        continue;
      }
      sink.accept(document(docId, text, new Document.Metadata(ownDate, false, url, outlet, title)));
    }
  }

  private Input fromHtml(String id, String source, String url, String ownDate, String ownOutlet) {
    HtmlExtractor.Page page = html.extract(source, url);
    if (page.text().isBlank()) {
      return new Failure(id, "EMPTY", "the HTML page has no text");
    }
    String date = ownDate != null ? ownDate : IsoDate.normalize(page.published());
    String outlet = ownOutlet != null ? ownOutlet : page.siteName();
    return document(id, page.text(), new Document.Metadata(date, false, page.url(), outlet, page.title()));
  }

  /** Applies the size limit and the user's defaults (date and outlet for documents without their own). */
  private Input document(String id, String text, Document.Metadata metadata) {
    if (text.length() > options.maxChars()) {
      return tooLarge(id, text.length() + " chars");
    }
    boolean userDate = metadata.published() == null && options.published() != null;
    return new Document(id, text, new Document.Metadata(userDate ? options.published() : metadata.published(),
        userDate, metadata.url(), metadata.outlet() == null ? options.outlet() : metadata.outlet(), metadata.title()));
  }

  private Failure tooLarge(String id, String size) {
    return new Failure(id, "TOO_LARGE", "the input is too large (" + size + "); the limit is " + options.maxChars()
        + " chars, see --max-chars");
  }

  private static String string(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static String firstNonNull(String a, String b) {
    return a != null ? a : b;
  }

  private static String extension(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    int dot = lower.lastIndexOf('.');
    return dot < 0 ? "" : lower.substring(dot);
  }

  /** First 16 hex digits of the text's SHA-256: the id of a document that has none. */
  public static String shortHash(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
