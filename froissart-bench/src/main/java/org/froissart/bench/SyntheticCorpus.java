package org.froissart.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes synthetic analysed records ({@code spec/output.md}) for the store benchmark: French-like
 * dispatches built from a small vocabulary, with actors, CAMEO codes and outlets drawn from skewed
 * (Zipf-like) distributions as in real event data, where a few countries, verbal cooperation
 * and a few outlets dominate. Every span's offsets hold. Deterministic for a seed; not thread-safe.
 */
final class SyntheticCorpus {
  /** Country code, name, adjective, capital: the most reported first. */
  static final String[][] COUNTRIES = {
      {"FRA", "France", "français", "Paris"}, {"IRN", "Iran", "iranien", "Téhéran"},
      {"USA", "États-Unis", "américain", "Washington"}, {"IRQ", "Irak", "irakien", "Bagdad"},
      {"SYR", "Syrie", "syrien", "Damas"}, {"ISR", "Israël", "israélien", "Jérusalem"},
      {"RUS", "Russie", "russe", "Moscou"}, {"TUR", "Turquie", "turc", "Ankara"},
      {"LBN", "Liban", "libanais", "Beyrouth"}, {"PSE", "Palestine", "palestinien", "Ramallah"},
      {"SAU", "Arabie saoudite", "saoudien", "Riyad"}, {"EGY", "Égypte", "égyptien", "Le Caire"},
      {"UKR", "Ukraine", "ukrainien", "Kiev"}, {"DEU", "Allemagne", "allemand", "Berlin"},
      {"GBR", "Royaume-Uni", "britannique", "Londres"}, {"CHN", "Chine", "chinois", "Pékin"},
      {"MAR", "Maroc", "marocain", "Rabat"}, {"DZA", "Algérie", "algérien", "Alger"},
      {"TUN", "Tunisie", "tunisien", "Tunis"}, {"LBY", "Libye", "libyen", "Tripoli"},
      {"JOR", "Jordanie", "jordanien", "Amman"}, {"YEM", "Yémen", "yéménite", "Sanaa"},
      {"QAT", "Qatar", "qatari", "Doha"}, {"MLI", "Mali", "malien", "Bamako"},
      {"AFG", "Afghanistan", "afghan", "Kaboul"}, {"PAK", "Pakistan", "pakistanais", "Islamabad"},
      {"IND", "Inde", "indien", "New Delhi"}, {"ESP", "Espagne", "espagnol", "Madrid"},
      {"ITA", "Italie", "italien", "Rome"}, {"BEL", "Belgique", "belge", "Bruxelles"}};
  /** CAMEO sector code, the French words for it. */
  static final String[][] SECTORS = {
      {"GOV", "le gouvernement"}, {"GOV", "le président"}, {"GOV", "le ministre des Affaires étrangères"},
      {"MIL", "l'armée"}, {"OPP", "l'opposition"}, {"MED", "la presse"}, {"CVL", "des manifestants"},
      {"REB", "des rebelles"}, {"JUD", "la justice"}, {"BUS", "des industriels"}};
  /** CAMEO root, PLOVER type, Goldstein score, trigger: GDELT's shares, verbal cooperation first. */
  static final String[][] ROOTS = {
      {"01", "CONSULT", "0.0", "a déclaré à propos de"}, {"04", "CONSULT", "1.0", "a rencontré"},
      {"05", "SUPPORT", "3.5", "a salué"}, {"02", "REQUEST", "3.0", "a appelé"},
      {"03", "AGREE", "4.0", "a promis de soutenir"}, {"11", "ACCUSE", "-2.0", "a critiqué"},
      {"19", "ASSAULT", "-10.0", "a bombardé"}, {"12", "REJECT", "-4.0", "a rejeté"},
      {"17", "COERCE", "-7.0", "a arrêté"}, {"14", "PROTEST", "-6.5", "a manifesté contre"},
      {"18", "ASSAULT", "-9.0", "a attaqué"}, {"07", "AID", "7.0", "a envoyé une aide à"},
      {"10", "REQUEST", "-5.0", "a exigé de"}, {"13", "THREATEN", "-6.0", "a menacé"},
      {"06", "COOPERATE", "6.0", "a coopéré avec"}, {"08", "CONCEDE", "5.0", "a cédé à"},
      {"09", "INVESTIGATE", "-2.0", "a enquêté sur"}, {"15", "MOBILIZE", "-7.2", "a déployé des troupes face à"},
      {"16", "REDUCE", "-4.0", "a rompu avec"}, {"20", "ASSAULT", "-10.0", "a massacré"}};
  static final String[][] OUTLETS = {
      {"afp", "Agence France-Presse", "FRA"}, {"reuters", "Reuters", "GBR"}, {"lemonde", "Le Monde", "FRA"},
      {"france24", "France 24", "FRA"}, {"rfi", "RFI", "FRA"}, {"lefigaro", "Le Figaro", "FRA"},
      {"liberation", "Libération", "FRA"}, {"ncri", "Conseil national de la Résistance iranienne", "IRN"},
      {"presstv", "Press TV", "IRN"}, {"lorient-le-jour", "L'Orient-Le Jour", "LBN"},
      {"jeuneafrique", "Jeune Afrique", "FRA"}, {"aps", "Algérie Presse Service", "DZA"},
      {"map", "Maghreb Arabe Presse", "MAR"}, {"tap", "Tunis Afrique Presse", "TUN"},
      {"lesoir", "Le Soir", "BEL"}, {"rts", "RTS", "CHE"}, {"ouestfrance", "Ouest-France", "FRA"},
      {"lexpress", "L'Express", "FRA"}, {"lepoint", "Le Point", "FRA"}, {"courrier", "Courrier international", "FRA"}};
  static final String[] WORDS = ("accord sanctions négociations frontière réfugiés élections sommet ministre"
      + " sécurité pétrole gaz nucléaire cessez-le-feu conflit crise humanitaire aide économie embargo dialogue"
      + " coalition milices attaque frappe manifestation prisonniers otages ambassade diplomatie conférence"
      + " résolution conseil président gouvernement parlement opposition armée police justice tribunal enquête"
      + " reconstruction investissement commerce exportations importations inflation monnaie dette budget"
      + " réformes corruption manifestants journalistes presse communiqué déclaration porte-parole délégation"
      + " visite officielle coopération partenariat alliance menace condamnation soutien rencontre entretien"
      + " mercredi jeudi vendredi samedi dimanche lundi mardi semaine mois région capitale province ville"
      + " village camp base aérienne port route pipeline centrale électricité eau santé hôpital école"
      + " université jeunesse femmes droits libertés détention procès verdict peine amnistie grâce").split(" ");
  private static final String[] FILLER = {"Selon", "D'après", "Pour", "Après", "Avant", "Depuis", "Malgré", "Face à"};
  private static final String[] STATUSES = {"asserted", "negated", "hypothetical", "future"};

  private final Random random;
  private final JsonFactory json = new JsonFactory();
  private final Map<Integer, double[]> harmonic = new HashMap<>();

  SyntheticCorpus(long seed) {
    this.random = new Random(seed);
  }

  /** A skewed pick in [0, n): index i with weight 1 / (i + 1). */
  int zipf(int n) {
    double[] cumulative = harmonic.computeIfAbsent(n, size -> {
      double[] c = new double[size];
      double total = 0;
      for (int i = 0; i < size; i++) {
        total += 1.0 / (i + 1);
        c[i] = total;
      }
      return c;
    });
    int at = Arrays.binarySearch(cumulative, random.nextDouble() * cumulative[n - 1]);
    return Math.min(at < 0 ? -at - 1 : at, n - 1);
  }

  Random random() {
    return random;
  }

  /** How many events each of {@code documents} documents gets: {@code events} in all, 0 to twice the mean each. */
  int[] eventCounts(int documents, long events) {
    int mean = (int) Math.max(1, events / documents);
    int[] counts = new int[documents];
    long total = 0;
    for (int i = 0; i < documents; i++) {
      counts[i] = random.nextInt(2 * mean + 1);
      total += counts[i];
    }
    while (total != events) {
      int i = random.nextInt(documents);
      if (total < events) {
        counts[i]++;
        total++;
      } else if (counts[i] > 0) {
        counts[i]--;
        total--;
      }
    }
    return counts;
  }

  /** A side of an event or a mention: what the text says and what it is linked to. */
  private record Actor(String text, String actor, String code, String type) {
  }

  private record Span(int start, int end) {
  }

  private Actor actor() {
    String[] country = COUNTRIES[zipf(COUNTRIES.length)];
    if (random.nextInt(3) == 0) {
      return new Actor(random.nextBoolean() ? country[1] : country[3], country[0], country[0], "LOC");
    }
    String[] sector = SECTORS[zipf(SECTORS.length)];
    boolean linked = sector[1].startsWith("le président") || sector[1].startsWith("le ministre");
    String text = sector[1] + " " + country[2];
    return new Actor(text, linked ? sector[1].substring(3).replace(' ', '-') + "-" + country[0].toLowerCase() : null,
        country[0] + sector[0], linked ? "PER" : "ORG");
  }

  private String words(int n) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      s.append(i == 0 ? "" : " ").append(WORDS[zipf(WORDS.length)]);
    }
    return s.toString();
  }

  /** Writes document {@code number} with {@code events} events as one JSON line. */
  void write(Writer out, int number, int events) throws IOException {
    LocalDate published = LocalDate.of(2010, 1, 1).plusDays(random.nextInt(15 * 365));
    String[] outlet = OUTLETS[zipf(OUTLETS.length)];
    String[] place = COUNTRIES[zipf(COUNTRIES.length)];
    StringBuilder text = new StringBuilder();
    List<Actor> mentions = new ArrayList<>();
    List<Span> mentionSpans = new ArrayList<>();
    text.append(place[3]).append(", ");
    Span dateline = append(text, published.getDayOfMonth() + " " + MONTHS[published.getMonthValue() - 1] + " "
        + published.getYear());
    text.append(" (").append(outlet[1]).append(") – ");
    String[] trigger = new String[events];
    int[] triggerStart = new int[events];
    int[] source = new int[events];
    int[] target = new int[events];
    String[][] root = new String[events][];
    for (int e = 0; e < events; e++) {
      root[e] = ROOTS[zipf(ROOTS.length)];
      Actor from = actor();
      Actor to = random.nextInt(10) == 0 ? null : actor();
      source[e] = mentions.size();
      mentions.add(from);
      mentionSpans.add(append(text, capitalized(from.text())));
      text.append(' ');
      trigger[e] = root[e][3];
      triggerStart[e] = text.length();
      text.append(trigger[e]).append(' ');
      if (to == null) {
        target[e] = -1;
        text.append("la situation");
      } else {
        target[e] = mentions.size();
        mentions.add(to);
        mentionSpans.add(append(text, to.text()));
      }
      text.append(' ').append(words(2 + random.nextInt(4))).append(". ");
      text.append(FILLER[random.nextInt(FILLER.length)]).append(' ').append(words(8 + random.nextInt(10))).append(". ");
    }
    text.append(capitalized(words(10 + random.nextInt(15)))).append(". Réf. ").append(number).append('.');
    String body = text.toString();

    try (JsonGenerator g = json.createGenerator(out)) {
      g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
      g.writeStartObject();
      g.writeStringField("id", "synthetique-" + number);
      g.writeStringField("language", "fr");
      g.writeStringField("title", capitalized(words(4 + random.nextInt(5))) + " à " + place[3]);
      g.writeObjectFieldStart("published");
      g.writeStringField("value", published.toString());
      g.writeStringField("method", "metadata");
      g.writeEndObject();
      g.writeObjectFieldStart("outlet");
      g.writeStringField("id", outlet[0]);
      g.writeStringField("name", outlet[1]);
      g.writeStringField("country", outlet[2]);
      g.writeStringField("method", "metadata");
      g.writeEndObject();
      g.writeStringField("text", body);
      g.writeArrayFieldStart("entities");
      for (int m = 0; m < mentions.size(); m++) {
        Actor a = mentions.get(m);
        Span s = mentionSpans.get(m);
        g.writeStartObject();
        g.writeStringField("id", "m" + (m + 1));
        g.writeNumberField("start", s.start());
        g.writeNumberField("end", s.end());
        g.writeStringField("text", body.substring(s.start(), s.end()));
        g.writeStringField("type", a.type());
        g.writeStringField("actor", a.actor());
        g.writeStringField("code", a.code());
        g.writeNullField("role");
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("timex");
      g.writeStartObject();
      g.writeStringField("id", "t1");
      g.writeNumberField("start", dateline.start());
      g.writeNumberField("end", dateline.end());
      g.writeStringField("text", body.substring(dateline.start(), dateline.end()));
      g.writeStringField("type", "DATE");
      g.writeStringField("value", published.toString());
      g.writeNullField("anchor");
      g.writeEndObject();
      g.writeEndArray();
      g.writeArrayFieldStart("quotes");
      g.writeEndArray();
      g.writeArrayFieldStart("events");
      for (int e = 0; e < events; e++) {
        g.writeStartObject();
        g.writeStringField("id", "e" + (e + 1));
        g.writeNumberField("sentence", 2 * e);
        g.writeStringField("cameo", root[e][0] + random.nextInt(4));
        g.writeStringField("plover", root[e][1]);
        g.writeNumberField("goldstein", Double.parseDouble(root[e][2]));
        int rootNumber = Integer.parseInt(root[e][0]);
        g.writeNumberField("quad_class", rootNumber <= 5 ? 1 : rootNumber <= 8 ? 2 : rootNumber <= 13 ? 3 : 4);
        g.writeObjectFieldStart("trigger");
        g.writeNumberField("start", triggerStart[e]);
        g.writeNumberField("end", triggerStart[e] + trigger[e].length());
        g.writeStringField("text", trigger[e]);
        g.writeEndObject();
        participant(g, "source", source[e], mentions, mentionSpans, body);
        participant(g, "target", target[e], mentions, mentionSpans, body);
        if (random.nextInt(10) < 6) {
          g.writeObjectFieldStart("date");
          g.writeStringField("value", published.minusDays(random.nextInt(4)).toString());
          g.writeNullField("timex");
          g.writeEndObject();
        } else {
          g.writeNullField("date");
        }
        g.writeNullField("location");
        int s = random.nextInt(20);
        g.writeStringField("status", STATUSES[s < 17 ? 0 : s - 16]);
        g.writeArrayFieldStart("attribution");
        g.writeString("outlet:" + outlet[0]);
        g.writeEndArray();
        g.writeNumberField("confidence", Math.round((0.2 + 0.8 * random.nextDouble()) * 100) / 100.0);
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("warnings");
      g.writeEndArray();
      g.writeObjectFieldStart("provenance");
      g.writeStringField("version", "synthetic");
      g.writeEndObject();
      g.writeEndObject();
    }
    out.write('\n');
  }

  private static void participant(JsonGenerator g, String field, int mention, List<Actor> mentions, List<Span> spans,
                                  String body) throws IOException {
    if (mention < 0) {
      g.writeNullField(field);
      return;
    }
    Actor a = mentions.get(mention);
    Span s = spans.get(mention);
    g.writeObjectFieldStart(field);
    g.writeStringField("mention", "m" + (mention + 1));
    g.writeNumberField("start", s.start());
    g.writeNumberField("end", s.end());
    g.writeStringField("text", body.substring(s.start(), s.end()));
    g.writeStringField("actor", a.actor());
    g.writeStringField("code", a.code());
    g.writeEndObject();
  }

  private static final String[] MONTHS = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
      "septembre", "octobre", "novembre", "décembre"};

  private static Span append(StringBuilder text, String words) {
    int start = text.length();
    text.append(words);
    return new Span(start, text.length());
  }

  private static String capitalized(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
