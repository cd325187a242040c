package org.froissart.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Actor dictionaries in the PETRARCH/Phoenix text format, read and written:
 * <pre>
 * NOURI_AL-MALIKI_  [IRQ]
 * +MALIKI_
 *     [IRQGOV 20060520-20140907]
 * </pre>
 * A record is a primary phrase with an optional default code, synonyms on '+' lines, and date
 * restrictions on indented lines: {@code [CODE from-to]}, {@code [CODE <date]}, {@code [CODE >date]}
 * or {@code [CODE]}; dates are YYYYMMDD or YYMMDD (00–29 read as 2000s, 30–99 as 1900s), both
 * limits included. Comments: '#' or ';' to the end of the line, and {@code <!-- -->}.
 */
public final class PetrarchDictionary {
  private static final Pattern RESTRICTION = Pattern.compile("\\[\\s*([A-Z]+)\\s*(?:([<>])?\\s*(\\d{6}|\\d{8})"
      + "(?:\\s*-\\s*(\\d{6}|\\d{8}))?)?\\s*]");
  private static final Pattern PRIMARY = Pattern.compile("^([^\\[+\\s][^\\[]*?)\\s*(?:\\[\\s*([A-Z]+)\\s*])?\\s*$");
  private static final Set<String> PARTICLES = Set.of("al", "el", "ad", "ar", "as", "ash", "at", "az", "bin", "ben",
      "ibn", "de", "du", "des", "la", "le", "van", "von", "der");
  private static final DateTimeFormatter COMPACT = DateTimeFormatter.BASIC_ISO_DATE;

  /** Actors and their dated codes read from one dictionary. */
  public record Contents(List<Actor> actors, List<Role> roles) {
  }

  private PetrarchDictionary() {
  }

  /**
   * Reads a dictionary. Ids are {@code source:slug-of-the-primary-phrase} (-2, -3… when records
   * share one); a record with date
   * restrictions is a person, one without an organisation.
   *
   * @throws IllegalArgumentException naming the line of a malformed restriction or an invalid code
   */
  public static Contents read(Reader reader, String source, CameoCodes cameo) throws IOException {
    List<Actor> actors = new ArrayList<>();
    List<Role> roles = new ArrayList<>();
    Builder current = null;
    boolean inComment = false;
    BufferedReader lines = new BufferedReader(reader);
    int number = 0;
    for (String raw = lines.readLine(); raw != null; raw = lines.readLine()) {
      number++;
      String line = raw;
      if (inComment) {
        int close = line.indexOf("-->");
        if (close < 0) {
          continue;
        }
        line = line.substring(close + 3);
        inComment = false;
      }
      line = line.replaceAll("<!--.*?-->", "");
      if (line.contains("<!--")) {
        inComment = true;
        line = line.substring(0, line.indexOf("<!--"));
      }
      line = line.replaceAll("[#;].*$", "");
      if (line.isBlank()) {
        continue;
      }
      String where = source + ":" + number + ": ";
      if (line.startsWith("+")) {
        if (current == null) {
          throw new IllegalArgumentException(where + "a synonym before any actor");
        }
        current.names.add(name(line.substring(1)));
      } else if (Character.isWhitespace(line.charAt(0)) && line.strip().startsWith("[")) {
        if (current == null) {
          throw new IllegalArgumentException(where + "a date restriction before any actor");
        }
        current.restrictions.add(restriction(line.strip(), where, cameo));
      } else {
        Matcher m = PRIMARY.matcher(line);
        if (!m.matches()) {
          throw new IllegalArgumentException(where + "not an actor line: " + line.strip());
        }
        if (current != null) {
          current.addTo(actors, roles, source, cameo);
        }
        current = new Builder(m.group(2), where, cameo);
        current.names.add(name(m.group(1)));
      }
    }
    if (current != null) {
      current.addTo(actors, roles, source, cameo);
    }
    return new Contents(actors, roles);
  }

  private static final class Builder {
    final Set<String> names = new LinkedHashSet<>();
    final List<String[]> restrictions = new ArrayList<>();
    final String code;

    Builder(String code, String where, CameoCodes cameo) {
      if (code != null && !cameo.isValid(code)) {
        throw new IllegalArgumentException(where + "'" + code + "' is not a valid CAMEO actor code");
      }
      this.code = code;
    }

    void addTo(List<Actor> actors, List<Role> roles, String source, CameoCodes cameo) {
      String first = names.iterator().next();
      String slug = source + ":" + first.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
      String id = slug;
      for (int n = 2; actors.stream().map(Actor::id).anyMatch(id::equals); n++) {
        id = slug + "-" + n; // two records with one primary phrase (a city-state and its capital)
      }
      String defaultCode = code;
      for (String[] r : restrictions) {
        if (r[1] == null && r[2] == null) {
          defaultCode = r[0];
        } else {
          roles.add(new Role(id, "dictionary", id, r[0], r[1], r[2], ""));
        }
      }
      String anyCode = defaultCode != null ? defaultCode : restrictions.isEmpty() ? null : restrictions.get(0)[0];
      String country = anyCode != null && cameo.isCountry(anyCode.substring(0, 3)) ? anyCode.substring(0, 3) : null;
      ActorKind kind = restrictions.stream().anyMatch(r -> r[1] != null || r[2] != null) ? ActorKind.PERSON
          : ActorKind.ORGANISATION;
      actors.add(new Actor(id, kind, country, defaultCode, List.copyOf(names), null, null, null));
    }
  }

  /** {code, start or null, end (exclusive) or null}. */
  private static String[] restriction(String text, String where, CameoCodes cameo) {
    Matcher m = RESTRICTION.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException(where + "not a date restriction: " + text);
    }
    if (!cameo.isValid(m.group(1))) {
      throw new IllegalArgumentException(where + "'" + m.group(1) + "' is not a valid CAMEO actor code");
    }
    String sign = m.group(2);
    if (m.group(3) == null) {
      return new String[] {m.group(1), null, null};
    }
    LocalDate a = date(m.group(3));
    if (m.group(4) != null) {
      return new String[] {m.group(1), a.toString(), date(m.group(4)).plusDays(1).toString()};
    }
    if ("<".equals(sign)) {
      return new String[] {m.group(1), null, a.plusDays(1).toString()};
    }
    if (">".equals(sign)) {
      return new String[] {m.group(1), a.toString(), null};
    }
    throw new IllegalArgumentException(where + "a single date needs '<' or '>': " + text);
  }

  private static LocalDate date(String digits) {
    if (digits.length() == 6) {
      int yy = Integer.parseInt(digits.substring(0, 2));
      digits = (yy < 30 ? "20" : "19") + digits;
    }
    return LocalDate.parse(digits, COMPACT);
  }

  /** "NOURI_AL-MALIKI_" → "Nouri al-Maliki": capitals where French writes them, so case can count. */
  static String name(String phrase) {
    String words = phrase.strip().replace('_', ' ').strip();
    StringBuilder out = new StringBuilder();
    for (String word : words.split("\\s+")) {
      if (out.length() > 0) {
        out.append(' ');
      }
      String[] parts = word.split("-", -1);
      for (int i = 0; i < parts.length; i++) {
        String p = parts[i].toLowerCase(Locale.ROOT);
        boolean particle = PARTICLES.contains(p) && (i < parts.length - 1 || out.length() > 0);
        out.append(i > 0 ? "-" : "").append(particle || p.isEmpty() ? p
            : Character.toUpperCase(p.charAt(0)) + p.substring(1));
      }
    }
    return out.toString();
  }

  /** Writes every actor of the knowledge base, its names and its dated codes. */
  public static void write(KnowledgeBase kb, PrintWriter out) {
    out.println("# Froissart knowledge base, exported in the PETRARCH actor dictionary format.");
    out.println("# knowledge base " + kb.checksum());
    for (Actor actor : kb.actors()) {
      Set<String> phrases = new LinkedHashSet<>();
      actor.names().forEach(n -> phrases.add(phrase(n)));
      out.println();
      String defaultCode = actor.code() != null ? actor.code() : actor.country();
      out.println(phrases.iterator().next() + (defaultCode == null ? "" : "  [" + defaultCode + "]") + "  # " + actor.id());
      phrases.stream().skip(1).forEach(p -> out.println("+" + p));
      List<Role> roles = new ArrayList<>(kb.roles(actor.id()));
      java.util.Collections.reverse(roles);
      for (Role r : roles) {
        String from = r.start() == null ? null : Role.firstDay(r.start()).format(COMPACT);
        String to = r.end() == null ? null : Role.endExclusive(r.end()).minusDays(1).format(COMPACT);
        String span = from == null ? "<" + to : to == null ? ">" + from : from + "-" + to;
        out.println("\t[" + r.code() + " " + span + "]" + (r.title().isEmpty() ? "" : "  # " + r.title()));
      }
    }
    out.flush();
  }

  private static String phrase(String name) {
    return name.toUpperCase(Locale.ROOT).replaceAll("[\\s]+", "_") + "_";
  }
}
