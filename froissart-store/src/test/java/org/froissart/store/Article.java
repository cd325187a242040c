package org.froissart.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Builds analysed records of {@code spec/output.md} for tests: every span is found in the text by
 * its words, so offsets always hold. The texts are written for these tests.
 */
final class Article {
  static final ObjectMapper JSON = new ObjectMapper();

  private final ObjectNode node = JSON.createObjectNode();
  private final String text;

  Article(String id, String text) {
    this.text = text;
    node.put("id", id).put("language", "fr").putNull("title");
    node.putObject("published").putNull("value").put("method", "unknown");
    node.putNull("outlet");
    node.put("text", text);
    node.putArray("boilerplate");
    node.putArray("sentences").addObject().put("start", 0).put("end", text.length());
    node.putArray("entities");
    node.putArray("timex");
    node.putArray("quotes");
    node.putArray("events");
    node.putArray("warnings");
    node.putObject("provenance").put("version", "0.1.0").putArray("stages").add("test");
  }

  Article title(String title) {
    node.put("title", title);
    return this;
  }

  Article published(String value) {
    ((ObjectNode) node.get("published")).put("value", value).put("method", "metadata");
    return this;
  }

  Article outlet(String id, String name, String country) {
    node.putObject("outlet").put("id", id).put("name", name).put("country", country).put("method", "metadata");
    return this;
  }

  Article mention(String id, String words, String type, String actor, String code) {
    int start = find(words);
    ((ArrayNode) node.get("entities")).addObject().put("id", id).put("start", start).put("end", start + words.length())
        .put("text", words).put("type", type).put("actor", actor).put("code", code).putNull("role");
    return this;
  }

  Article timex(String id, String words, String value) {
    int start = find(words);
    ((ArrayNode) node.get("timex")).addObject().put("id", id).put("start", start).put("end", start + words.length())
        .put("text", words).put("type", "DATE").put("value", value).putNull("anchor");
    return this;
  }

  Article quote(String id, String words, String speakerMention) {
    int start = find(words);
    ObjectNode q = ((ArrayNode) node.get("quotes")).addObject().put("id", id).put("start", start)
        .put("end", start + words.length()).put("text", words).put("kind", "direct");
    ObjectNode mention = mention(speakerMention);
    q.putObject("speaker").put("mention", speakerMention).put("text", mention.get("text").asText())
        .put("actor", mention.get("actor").asText(null)).put("code", mention.get("code").asText(null));
    q.putNull("cue");
    q.putNull("source");
    return this;
  }

  /**
   * An event; {@code target} may be null.
   *
   * @param date the event's date value, or null
   */
  Article event(String id, String cameo, String plover, double goldstein, int quadClass, String trigger, String source,
                String target, String date, String status, double confidence) {
    int start = find(trigger);
    ObjectNode e = ((ArrayNode) node.get("events")).addObject().put("id", id).put("sentence", 0).put("cameo", cameo)
        .put("plover", plover).put("goldstein", goldstein).put("quad_class", quadClass);
    e.putObject("trigger").put("start", start).put("end", start + trigger.length()).put("text", trigger);
    participant(e, "source", source);
    participant(e, "target", target);
    if (date == null) {
      e.putNull("date");
    } else {
      e.putObject("date").put("value", date).putNull("timex");
    }
    e.putNull("location");
    e.put("status", status);
    ArrayNode attribution = e.putArray("attribution");
    if (node.get("outlet").isObject()) {
      attribution.add("outlet:" + node.get("outlet").get("id").asText());
    }
    e.put("confidence", confidence);
    return this;
  }

  private void participant(ObjectNode event, String field, String mentionId) {
    if (mentionId == null) {
      event.putNull(field);
      return;
    }
    ObjectNode m = mention(mentionId);
    event.putObject(field).put("mention", mentionId).put("start", m.get("start").asInt()).put("end", m.get("end").asInt())
        .put("text", m.get("text").asText()).set("actor", m.get("actor"));
    ((ObjectNode) event.get(field)).set("code", m.get("code"));
  }

  private ObjectNode mention(String id) {
    for (var m : node.get("entities")) {
      if (m.get("id").asText().equals(id)) {
        return (ObjectNode) m;
      }
    }
    throw new IllegalArgumentException("no mention " + id);
  }

  private int find(String words) {
    int start = text.indexOf(words);
    if (start < 0) {
      throw new IllegalArgumentException("not in the text: " + words);
    }
    return start;
  }

  ObjectNode json() {
    return node.deepCopy();
  }

  static ObjectNode error(String id, String code, String message) {
    ObjectNode e = JSON.createObjectNode().put("id", id);
    e.putObject("error").put("code", code).put("message", message);
    return e;
  }

  /** Three analysed dispatches and an error record. */
  static List<ObjectNode> dispatches() {
    ObjectNode teheran = new Article("teheran.txt", "Téhéran, 3 mars 2020 – Le ministre iranien des Affaires étrangères"
        + " a rencontré mardi à Bagdad son homologue irakien. Les deux ministres ont salué « une coopération exemplaire »"
        + " entre l'Iran et l'Irak.")
        .title("L'Iran et l'Irak saluent leur coopération").published("2020-03-03").outlet("irna", "IRNA", "IRN")
        .mention("m1", "Téhéran", "LOC", "IRN", "IRN")
        .mention("m2", "ministre iranien des Affaires étrangères", "PER", "iran-foreign-minister", "IRNGOV")
        .mention("m3", "Bagdad", "LOC", "IRQ", "IRQ")
        .mention("m4", "homologue irakien", "PER", null, "IRQGOV")
        .mention("m5", "Iran", "LOC", "IRN", "IRN")
        .mention("m6", "Irak", "LOC", "IRQ", "IRQ")
        .timex("t1", "3 mars 2020", "2020-03-03")
        .timex("t2", "mardi", "2020-03-03")
        .quote("q1", "« une coopération exemplaire »", "m2")
        .event("e1", "040", "CONSULT", 1.0, 1, "a rencontré", "m2", "m4", "2020-03-03", "asserted", 0.8)
        .event("e2", "051", "SUPPORT", 3.4, 1, "ont salué", "m5", "m6", "2020-03-03", "asserted", 0.6)
        .json();
    ObjectNode paris = new Article("https://exemple.fr/erbil", "Paris, 12 mai 2021 – La France a condamné jeudi les tirs"
        + " de roquettes contre la base aérienne d'Erbil. Le Quai d'Orsay appelle Bagdad à protéger les forces de la"
        + " coalition, et l'Iran dément toute implication.")
        .title("Erbil : Paris condamne les tirs de roquettes").published("2021-05-12").outlet("afp", "Agence France-Presse", "FRA")
        .mention("m1", "France", "LOC", "FRA", "FRAGOV")
        .mention("m2", "Erbil", "LOC", "erbil", "IRQ")
        .mention("m3", "Quai d'Orsay", "ORG", "french-foreign-ministry", "FRAGOV")
        .mention("m4", "Bagdad", "LOC", "IRQ", "IRQGOV")
        .mention("m5", "Iran", "LOC", "IRN", "IRNGOV")
        .timex("t1", "jeudi", "2021-05-06")
        .event("e1", "122", "REJECT", -4.0, 3, "a condamné", "m1", null, "2021-05-06", "asserted", 0.9)
        .event("e2", "020", "APPEAL", 3.0, 1, "appelle", "m3", "m4", null, "asserted", 0.7)
        .event("e3", "1013", "REJECT", -2.0, 3, "dément", "m5", null, null, "negated", 0.4)
        .json();
    ObjectNode beyrouth = new Article("beyrouth.txt", "Beyrouth, 5 octobre 2022 – Le gouvernement libanais a signé avec"
        + " la France un accord d'assistance technique pour le secteur de l'électricité. Paris promet une aide de"
        + " 20 millions d'euros à l'Iran… pardon, au Liban, précise le communiqué.")
        .title("Électricité : Beyrouth et Paris signent un accord").published("2022-10").outlet("afp", "Agence France-Presse", "FRA")
        .mention("m1", "gouvernement libanais", "ORG", "lebanon-government", "LBNGOV")
        .mention("m2", "France", "LOC", "FRA", "FRA")
        .mention("m3", "Paris", "LOC", "FRA", "FRAGOV")
        .mention("m4", "Liban", "LOC", "LBN", "LBN")
        .event("e1", "057", "AGREE", 8.0, 1, "a signé", "m1", "m2", null, "asserted", 0.95)
        .event("e2", "0331", "AID", 5.2, 2, "promet", "m3", "m4", null, "future", 0.5)
        .json();
    return List.of(teheran, paris, beyrouth, error("vide.txt", "EMPTY", "the file is empty"));
  }
}
