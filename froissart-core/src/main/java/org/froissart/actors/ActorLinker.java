package org.froissart.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.froissart.document.AnalyzedDocument;
import org.froissart.document.Dependency;
import org.froissart.document.EntityMention;
import org.froissart.document.Layer;
import org.froissart.document.PublishedDate;
import org.froissart.document.Sentence;
import org.froissart.document.Token;
import org.froissart.pipeline.Stage;

/**
 * Turns CoreNLP's named entities into actor mentions: knowledge-base names found or confirmed (and
 * the NER type corrected from them), titles and institutions ("le premier ministre irakien", "les
 * forces irakiennes"), surnames of people named earlier, and subject pronouns whose antecedent is
 * the previous subject. Each linked mention gets the CAMEO code its actor had on the published date.
 */
public final class ActorLinker implements Stage {
  /** Courtesy titles a name may carry ("M. Wang", "Mme Stenzel"); they are not part of the name. */
  private static final Pattern COURTESY = Pattern.compile(
      "^(?:(?:M|MM|Mme|Mmes|Mlle|Dr|Pr|Me|Mgr)\\.?|Monsieur|Madame|Mademoiselle|Docteur|Maître)\\s+");
  private static final Pattern MASCULINE = Pattern.compile("(?:MM?\\.|Monsieur)\\s");
  private static final Pattern FEMININE = Pattern.compile("(?:Mmes?|Mlle|Madame|Mademoiselle)\\b");
  private static final Pattern ARTICLE = Pattern.compile("^(?:l[ae]s?\\s+|l['’])");
  /** A title alone is not a name ("Monsieur le Président", "Présidente"). */
  private static final Pattern TITLE_ONLY = Pattern.compile(
      "(?i)(?:l[ea]\\s+)?(?:Président|Présidente|Commissaire|Ministre|Rapporteur|Rapporteure)");
  /** Two or more capitalised words: a person's name. */
  private static final Pattern FULL_NAME = Pattern.compile("\\s+\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)+");
  /** Capitalised common nouns French writes for institutions or ranks: not names. */
  private static final Pattern NOT_A_NAME = Pattern.compile("(?:É|E)tats?|Capitaine|Procureur");
  private static final Set<String> NOT_NAMES = Set.of("NOUN", "VERB", "ADJ", "ADV", "INTJ", "PRON", "DET", "AUX");
  /** Relations of a subject or object: a state or capital there acts, it stands for its government. */
  private static final Set<String> ACTING = Set.of("nsubj", "nsubj:pass", "obj", "iobj", "obl:agent");
  private static final Set<String> LOCATIVE = Set.of("à", "au", "aux", "en", "dans", "de", "du", "des", "d'", "d’",
      "vers", "depuis", "sur", "sous", "près", "entre", "jusqu'", "jusqu’", "jusque", "via");
  /** What may stand between a title and its holder's name: "le commissaire européen chargé de la gestion des crises, Janez Lenarcic". */
  private static final String BETWEEN_TITLE_AND_NAME = "[\\s,]*|,?\\s+(chargée?|en charge|responsable)\\s[^,.;]{0,60},\\s*";
  private static final Set<String> SUBJECT_PRONOUNS = Set.of("il", "elle");
  /** Kin a person's possessive names ("sa famille", "ses proches"): private people of that person's country. */
  private static final Set<String> KIN = Set.of("famille", "proches", "parents", "enfants", "épouse", "femme", "mari",
      "veuve", "sœur", "soeur", "frère", "mère", "père", "fils", "fille");
  private static final Set<String> POSSESSIVE = Set.of("sa", "son", "ses", "leur", "leurs");
  private static final Set<String> DEFINITE = Set.of("le", "la", "l'", "l’", "ce", "cet", "cette");
  /** Words after a noun that make it part of a longer title, not an epithet: "le président égyptien", "le chef de". */
  private static final Set<String> QUALIFYING = Set.of("ADJ", "NOUN", "PROPN");
  private static final Set<String> COMPLEMENT = Set.of("de", "du", "d'", "d’", "des");
  private static final Comparator<Draft> BY_POSITION = Comparator.comparingInt((Draft d) -> d.start)
      .thenComparingInt(d -> -d.end);

  private final KnowledgeBase kb;
  private final NameFinder names;
  private final TitleFinder titles;
  private final Pattern institution;
  private final Pattern person;

  public ActorLinker(KnowledgeBase kb) {
    this.kb = kb;
    this.names = new NameFinder(kb, a -> true);
    this.titles = new TitleFinder(kb);
    String name = "\\p{Lu}[\\p{L}'’-]*";
    String of = "(?:de\\s+la|de\\s+l['’]|du|des|de|d['’])\\s*";
    this.person = Pattern.compile("\\b(?:" + String.join("|", kb.firstNames()) + ")(?:\\s+" + name + ")+");
    this.institution = Pattern.compile("(?iu:\\b(?:" + String.join("|", kb.institutions()) + "))\\s+(?:" + of + ")?"
        + name + "(?:\\s+et\\s+" + of + name + ")*");
  }

  @Override
  public String name() {
    return "actors";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layer.SENTENCES, Layer.ENTITIES, Layer.PUBLISHED);
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(Layer.ENTITIES);
  }

  @Override
  public Map<String, String> resources() {
    return Map.of("actors", kb.checksum());
  }

  /** A mention being built: its span, type and link. */
  private static final class Draft {
    final int start;
    final int end;
    String type;
    Actor actor;
    String code;
    String role;
    boolean subject;
    String gender;

    Draft(int start, int end, String type) {
      this.start = start;
      this.end = end;
      this.type = type;
    }
  }

  @Override
  public AnalyzedDocument apply(AnalyzedDocument document) {
    String text = document.document().text();
    String keyed = NameFinder.keyed(text);
    PublishedDate published = document.get(Layer.PUBLISHED);
    String date = published == null ? null : published.value();
    List<EntityMention> entities = document.get(Layer.ENTITIES);
    List<Draft> drafts = new ArrayList<>();
    Map<String, Draft> epithets = new HashMap<>();
    int previousStart = 0;
    for (Sentence sentence : document.get(Layer.SENTENCES)) {
      List<Draft> inSentence = new ArrayList<>();
      List<NameFinder.Match> known = names.find(text, keyed, sentence.start(), sentence.end());
      for (EntityMention e : entities) {
        if (e.start() >= sentence.start() && e.end() <= sentence.end()) {
          fromEntity(e, text, sentence, known, date, drafts, inSentence);
        }
      }
      for (NameFinder.Match m : known) {
        if (inSentence.stream().noneMatch(d -> d.start < m.end() && m.start() < d.end)) {
          inSentence.add(linked(new Draft(m.start(), m.end(), null), m.actors(), date, drafts));
        }
      }
      people(text, sentence, inSentence);
      institutions(text, sentence, inSentence);
      inSentence.sort(BY_POSITION);
      for (TitleFinder.Match t : titlesIn(text, keyed, sentence)) {
        title(t, date, text, drafts, inSentence);
      }
      inSentence.sort(BY_POSITION);
      for (Draft d : inSentence) {
        if (d.actor == null && d.code == null && "PER".equals(d.type)) {
          surname(d, text, drafts);
        }
        String relation = relation(sentence, d);
        if (d.actor != null && (d.actor.kind() == ActorKind.STATE || kb.countryOfCapital(d.actor.id()) != null)) {
          metonymy(d, relation);
        }
        d.subject = "PER".equals(d.type) && relation.startsWith("nsubj");
      }
      epithets(sentence, epithets, inSentence);
      kin(sentence, drafts, inSentence);
      pronouns(sentence, previousStart, drafts, inSentence);
      drafts.addAll(inSentence);
      previousStart = sentence.start();
    }
    drafts.sort(BY_POSITION);
    List<EntityMention> mentions = new ArrayList<>();
    for (Draft d : drafts) {
      mentions.add(new EntityMention("m" + (mentions.size() + 1), d.start, d.end, text.substring(d.start, d.end),
          d.type, d.actor == null ? null : d.actor.id(), d.code, d.role));
    }
    return document.with(Layer.ENTITIES, List.copyOf(mentions));
  }

  /** CoreNLP's mention, cleaned of courtesy titles and articles, split or retyped by known names. */
  private void fromEntity(EntityMention e, String text, Sentence sentence, List<NameFinder.Match> known,
                          String date, List<Draft> earlier, List<Draft> out) {
    String surface = e.text();
    Matcher courtesy = COURTESY.matcher(surface);
    Matcher article = ARTICLE.matcher(surface);
    boolean titled = courtesy.find();
    String gender = !titled ? null : MASCULINE.matcher(surface).lookingAt() ? "m"
        : FEMININE.matcher(surface).lookingAt() ? "f" : null;
    int begin = e.start() + (titled ? courtesy.end() : article.find() ? article.end() : 0);
    int end = e.end();
    int start = begin;
    String rest = text.substring(start, end);
    if (start >= end || TITLE_ONLY.matcher(rest).matches() || NOT_A_NAME.matcher(rest).matches() || rest.length() < 3 && known.isEmpty()
        || !"ORG".equals(e.type())
        && commonWord(sentence, start, end) && known.stream().noneMatch(m -> m.start() == start)) {
      return;
    }
    if (known.stream().anyMatch(m -> m.start() <= start && end <= m.end() && m.end() - m.start() > end - start)) {
      return; // CoreNLP's "Gaza" inside the knowledge base's "bande de Gaza": the longer name stands
    }
    List<NameFinder.Match> inside = known.stream().filter(m -> inside(m.start(), m.end(), start, end)).toList();
    if (inside.size() == 1 && inside.get(0).start() == start && inside.get(0).end() == end) {
      return;
    }
    if (!inside.isEmpty() && ("MISC".equals(e.type()) || onlyJoiners(text, start, end, inside))) {
      return;
    }
    NameFinder.Match last = inside.isEmpty() ? null : inside.get(inside.size() - 1);
    if (last != null && last.end() == end && last.actors().get(0).kind() == ActorKind.PERSON
        && titleWords(sentence, start, last.start())) {
      return; // "Premier ministre Benjamin Netanyahu" taken whole for a place: the title finder reads the title
    }
    NameFinder.Match lead = inside.isEmpty() ? null : inside.get(0);
    if (lead != null && lead.start() == start && lead.actors().get(0).kind() == ActorKind.STATE
        && FULL_NAME.matcher(text.substring(lead.end(), end)).matches()) {
      // "Serbie Milan Milutinovic": a country, then a person CoreNLP ran into it
      out.add(new Draft(text.indexOf(text.substring(lead.end(), end).strip(), lead.end()), end, "PER"));
      return;
    }
    Draft d = new Draft(start, end, e.type());
    d.gender = gender;
    if ("LOC".equals(d.type) && inside.isEmpty() && !sentence.basic().isEmpty() && !placeMarked(sentence, start, end)) {
      d.type = "MISC"; // "Aclasta est administré…": an unknown bare word is no place by itself
    }
    String people = kb.countryOfDemonym(rest);
    if (people != null && Character.isUpperCase(rest.charAt(0))) {
      d.type = "MISC"; // "les Irakiens": a people, coded by its country, not a place
      d.code = people;
    }
    out.add(d);
    if ("ORG".equals(e.type())) {
      inside.stream().filter(m -> m.actors().get(0).kind() != ActorKind.PERSON && m.start() > start)
          .forEach(m -> out.add(linked(new Draft(m.start(), m.end(), null), m.actors(), date, earlier)));
    }
  }

  /** A first name and capitalised words that no other mention covers, or CoreNLP calls MISC: a person. */
  private void people(String text, Sentence sentence, List<Draft> inSentence) {
    Matcher m = person.matcher(text).region(sentence.start(), sentence.end());
    while (m.find()) {
      int start = m.start();
      int end = m.end();
      inSentence.removeIf(d -> d.start == start && d.end == end && "MISC".equals(d.type) && d.code == null);
      if (inSentence.stream().noneMatch(d -> d.start < end && start < d.end)) {
        inSentence.add(new Draft(start, end, "PER"));
      }
    }
  }

  /**
   * "mairie de Paris", "ministère de l'Économie et des Finances": one ORG mention; CoreNLP's pieces
   * inside it go, known places stay as the place the institution belongs to.
   */
  private void institutions(String text, Sentence sentence, List<Draft> inSentence) {
    Matcher m = institution.matcher(text).region(sentence.start(), sentence.end());
    while (m.find()) {
      int start = m.start();
      int end = m.end();
      if (inSentence.stream().anyMatch(d -> "ORG".equals(d.type) && d.start <= start && d.end >= end
          || ("PER".equals(d.type) || "ORG".equals(d.type)) && d.start > start && d.start < end)) {
        continue; // CoreNLP's organisation already, or an institution of a person or organisation named apart
      }
      inSentence.removeIf(d -> d.start >= start && d.end <= end && (d.actor == null || d.start == start));
      inSentence.add(new Draft(start, end, "ORG"));
    }
  }

  /** Whether the names found cover the span but for "en", "à", "de", "et" and punctuation between them. */
  private static boolean onlyJoiners(String text, int start, int end, List<NameFinder.Match> inside) {
    StringBuilder rest = new StringBuilder();
    int at = start;
    for (NameFinder.Match m : inside) {
      rest.append(text, at, m.start()).append(' ');
      at = m.end();
    }
    rest.append(text, at, end);
    return rest.toString().replaceAll("(?i)\\b(?:en|à|au|aux|de|du|des|et|la|le|les)\\b|\\b[dl]['’]|[\\s,;:()'’-]", "").isEmpty();
  }

  /** Whether every word from start to end is a common word ("Premier ministre", "président"). */
  private static boolean titleWords(Sentence sentence, int start, int end) {
    List<Token> tokens = sentence.tokens().stream().filter(t -> t.start() >= start && t.end() <= end).toList();
    return !tokens.isEmpty() && tokens.stream().allMatch(t -> NOT_NAMES.contains(t.upos()));
  }

  /** One token that CoreNLP itself tags as a common word ("Demandez", "État"): not a name. */
  private static boolean commonWord(Sentence sentence, int start, int end) {
    List<Token> tokens = sentence.tokens().stream().filter(t -> t.start() >= start && t.end() <= end).toList();
    return tokens.size() == 1 && NOT_NAMES.contains(tokens.get(0).upos());
  }

  /**
   * Whether an unknown one-word name reads as a place: it follows a locative preposition ("à Cesano",
   * "de la Vaux-Racine") or is coordinated with or apposed to another word.
   */
  private static boolean placeMarked(Sentence sentence, int start, int end) {
    List<Token> tokens = sentence.tokens();
    int word = -1;
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).start() >= start && tokens.get(i).end() <= end) {
        if (word >= 0) {
          return true; // several words: "Porte de Brandebourg" is judged by CoreNLP
        }
        word = i;
      }
    }
    for (Dependency dep : sentence.basic()) {
      if (dep.dependent() == word && (dep.relation().equals("conj") || dep.relation().equals("appos"))
          || dep.head() == word && dep.relation().equals("case")
          && LOCATIVE.contains(tokens.get(dep.dependent()).text().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private Draft linked(Draft d, List<Actor> candidates, String date, List<Draft> earlier) {
    Actor actor = choose(candidates, date, earlier);
    d.type = (actor != null ? actor : candidates.get(0)).kind().entityType();
    if (actor != null) {
      d.actor = actor;
      d.code = kb.codeOn(actor, date);
      Role role = kb.roleOn(actor.id(), date);
      d.role = role == null ? null : role.title();
      d.gender = actor.gender();
    }
    return d;
  }

  /**
   * Among actors sharing a name: the one the document named last, else the only one holding a role
   * on the date, else a state before an organisation, medium, person or place; null when actors of
   * the same kind remain and nothing tells them apart.
   */
  private Actor choose(List<Actor> candidates, String date, List<Draft> earlier) {
    if (candidates.size() == 1) {
      return candidates.get(0);
    }
    for (int i = earlier.size() - 1; i >= 0; i--) {
      Actor a = earlier.get(i).actor;
      if (a != null && candidates.contains(a)) {
        return a;
      }
    }
    List<Actor> holding = candidates.stream().filter(a -> kb.roleOn(a.id(), date) != null).toList();
    if (holding.size() == 1) {
      return holding.get(0);
    }
    ActorKind first = candidates.stream().map(Actor::kind).min(Comparator.naturalOrder()).orElseThrow();
    List<Actor> ofKind = candidates.stream().filter(a -> a.kind() == first).toList();
    return ofKind.size() == 1 ? ofKind.get(0) : null;
  }

  private List<TitleFinder.Match> titlesIn(String text, String keyed, Sentence sentence) {
    List<TitleFinder.Match> found = new ArrayList<>();
    int i = sentence.start();
    while (i < sentence.end()) {
      boolean wordStart = Character.isLetter(keyed.charAt(i)) && (i == 0 || !Character.isLetterOrDigit(keyed.charAt(i - 1)));
      TitleFinder.Match m = wordStart ? titles.matchAt(text, keyed, i, sentence.end()) : null;
      if (m != null) {
        found.add(m);
        i = m.end();
      } else {
        i++;
      }
    }
    return found;
  }

  /**
   * A title names its holder on the date; followed by a name ("le ministre iranien des Affaires
   * étrangères, Mohammad Javad Zarif") it gives that name its code and role instead.
   */
  private void title(TitleFinder.Match t, String date, String text, List<Draft> before, List<Draft> inSentence) {
    if (inSentence.stream().anyMatch(d -> d.start == t.start() && d.end == t.end() && d.actor != null)) {
      return; // a name of the knowledge base already ("gouvernement irakien")
    }
    KnowledgeBase.Title title = t.title();
    String body = title.body() != null ? title.body() : t.country();
    Actor holder = title.office() == null ? null : kb.holder(title.office(), body, date);
    String code = holder != null ? kb.codeOn(holder, date)
        : title.sector() != null && t.country() != null ? t.country() + title.sector()
        : title.sector() != null && title.body() != null ? title.body() + title.sector()
        : kb.actor(body) != null ? kb.actor(body).code() : null;
    Draft next = inSentence.stream().filter(d -> "PER".equals(d.type) && d.start >= t.end()
        && text.substring(t.end(), d.start).matches(BETWEEN_TITLE_AND_NAME)).findFirst().orElse(null);
    if (t.person() && next != null) {
      if (next.actor == null) {
        next.code = code;
        next.role = text.substring(t.start(), t.end());
      }
      return;
    }
    if (t.bare()) {
      holder = lastHolder(title.office(), date, before, inSentence, t.start());
      code = holder == null ? null : kb.codeOn(holder, date);
      if (holder == null) {
        return; // "le président" of whom the text does not say
      }
    }
    Draft d = new Draft(t.start(), t.end(), t.person() ? "PER" : "ORG");
    d.actor = holder;
    d.code = code;
    Role role = holder == null ? null : kb.roleOn(holder.id(), date);
    d.role = role == null ? null : role.title();
    d.gender = holder == null ? null : holder.gender();
    inSentence.removeIf(o -> o.actor == null && o.start >= d.start && o.end <= d.end);
    inSentence.add(d);
  }

  /** The last person named before {@code at} who holds {@code office} on the date, or null. */
  private Actor lastHolder(String office, String date, List<Draft> before, List<Draft> inSentence, int at) {
    Actor found = null;
    for (List<Draft> drafts : List.of(before, inSentence)) {
      for (Draft d : drafts) {
        Role role = d.actor == null || d.start >= at ? null : kb.roleOn(d.actor.id(), date);
        found = role != null && office.equals(role.office()) ? d.actor : found;
      }
    }
    return found;
  }

  /** "Kazemi" after "Mostafa Kazemi", "Bachar" after "Bachar Assad", a name repeated: the same person as the last one known. */
  private static void surname(Draft d, String text, List<Draft> earlier) {
    String name = text.substring(d.start, d.end);
    for (int i = earlier.size() - 1; i >= 0; i--) {
      Draft e = earlier.get(i);
      String full = text.substring(e.start, e.end);
      if ("PER".equals(e.type) && (e.actor != null || e.code != null)
          && (full.equals(name) || full.endsWith(" " + name) || full.startsWith(name + " "))) {
        d.actor = e.actor;
        d.code = e.code;
        d.role = e.role;
        d.gender = e.gender;
        return;
      }
    }
  }

  /**
   * "l'ayatollah" after "l'ayatollah Ali Khamenei", "le navigateur" after "le navigateur français
   * Alain Goma": a definite common noun that stood before a person's name refers to that person.
   * Reads the sentence's epithets, then records the nouns that stand before its coded names.
   */
  private static void epithets(Sentence sentence, Map<String, Draft> byNoun, List<Draft> inSentence) {
    List<Token> tokens = sentence.tokens();
    List<Draft> found = new ArrayList<>();
    for (int i = 1; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      Draft person = byNoun.get(t.text().toLowerCase(Locale.ROOT));
      Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
      boolean qualified = next != null && (Character.isUpperCase(next.text().charAt(0)) // "l'ayatollah Khamenei"
          || QUALIFYING.contains(next.upos()) || COMPLEMENT.contains(next.text().toLowerCase(Locale.ROOT)));
      if (person != null && !qualified && "NOUN".equals(t.upos())
          && DEFINITE.contains(tokens.get(i - 1).text().toLowerCase(Locale.ROOT))
          && inSentence.stream().noneMatch(d -> d.start < t.end() && t.start() < d.end)) {
        Draft d = new Draft(t.start(), t.end(), "PER");
        d.actor = person.actor;
        d.code = person.code;
        d.role = person.role;
        d.gender = person.gender;
        found.add(d);
      }
    }
    inSentence.addAll(found);
    for (Draft d : inSentence) {
      int first = 0;
      while (first < tokens.size() && tokens.get(first).start() < d.start) {
        first++;
      }
      int before = first - 1;
      if (before > 0 && "ADJ".equals(tokens.get(before).upos())) {
        before--; // "le navigateur français Alain Goma"
      }
      if ("PER".equals(d.type) && (d.actor != null || d.code != null) && before >= 0 && first < tokens.size()
          && tokens.get(first).start() == d.start && "NOUN".equals(tokens.get(before).upos())) {
        byNoun.put(tokens.get(before).text().toLowerCase(Locale.ROOT), d);
      }
    }
  }

  /** "sa famille" after "l'otage français Alain Goma": civilians (CVL) of the last coded person's country. */
  private void kin(Sentence sentence, List<Draft> before, List<Draft> inSentence) {
    List<Token> tokens = sentence.tokens();
    for (int i = 1; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (!KIN.contains(t.text().toLowerCase(Locale.ROOT))
          || !POSSESSIVE.contains(tokens.get(i - 1).text().toLowerCase(Locale.ROOT))) {
        continue;
      }
      Draft person = null;
      for (List<Draft> drafts : List.of(before, inSentence)) {
        for (Draft d : drafts) {
          person = "PER".equals(d.type) && d.code != null && d.start < t.start() ? d : person;
        }
      }
      Actor country = person == null || person.code.length() < 3 ? null : kb.actor(person.code.substring(0, 3));
      if (country != null && country.kind() == ActorKind.STATE) {
        Draft d = new Draft(tokens.get(i - 1).start(), t.end(), "PER");
        d.code = country.id() + "CVL";
        inSentence.add(d);
      }
    }
  }

  /** A country or capital that acts (subject, object, agent) is its government. */
  private void metonymy(Draft d, String relation) {
    if (!ACTING.contains(relation)) {
      return;
    }
    String country = d.actor.kind() == ActorKind.STATE ? d.actor.id() : kb.countryOfCapital(d.actor.id());
    d.type = "ORG";
    d.actor = kb.actor(country);
    d.code = country + "GOV";
  }

  /**
   * The dependency relation of the mention's head token (the token whose head is outside it); for a
   * name in apposition to a title ("le premier ministre irakien Nouri al-Maliki"), the title's.
   */
  private static String relation(Sentence sentence, Draft d) {
    for (Dependency dep : sentence.basic()) {
      Token t = sentence.tokens().get(dep.dependent());
      if (t.start() >= d.start && t.end() <= d.end) {
        Token head = dep.head() < 0 ? null : sentence.tokens().get(dep.head());
        if (head == null || head.start() < d.start || head.end() > d.end) {
          return dep.relation().equals("appos") || dep.relation().startsWith("flat") ? relationOf(sentence, dep.head())
              : dep.relation();
        }
      }
    }
    return "";
  }

  private static String relationOf(Sentence sentence, int token) {
    return sentence.basic().stream().filter(dep -> dep.dependent() == token).map(Dependency::relation)
        .findFirst().orElse("");
  }

  /**
   * "il" or "elle" as a subject refers to the last person who was a subject, in this sentence or
   * the one before, when the gender agrees.
   */
  private static void pronouns(Sentence sentence, int previousStart, List<Draft> before, List<Draft> inSentence) {
    for (Dependency dep : sentence.basic()) {
      Token t = sentence.tokens().get(dep.dependent());
      String word = t.text().toLowerCase(Locale.ROOT).replaceFirst("^-(t-)?", ""); // "a-t-il", "poursuit-il"
      boolean inverted = t.text().startsWith("-"); // the parser may take "-t-il" for an object
      if (!dep.relation().startsWith("nsubj") && !inverted || !SUBJECT_PRONOUNS.contains(word)) {
        continue;
      }
      String gender = word.equals("il") ? "m" : "f";
      Draft antecedent = null;
      for (Draft d : before) {
        antecedent = agrees(d, gender, previousStart, t.start()) ? d : antecedent;
      }
      for (Draft d : inSentence) {
        antecedent = agrees(d, gender, previousStart, t.start()) ? d : antecedent;
      }
      if (antecedent != null) {
        Draft p = new Draft(t.start(), t.end(), "PER");
        p.actor = antecedent.actor;
        p.code = antecedent.code;
        p.role = antecedent.role;
        p.gender = gender;
        p.subject = true;
        inSentence.add(p);
      }
    }
  }

  private static boolean agrees(Draft d, String gender, int from, int to) {
    return d.subject && d.start >= from && d.start < to && (d.actor != null || d.code != null)
        && (d.gender == null || d.gender.equals(gender));
  }

  private static boolean inside(int start, int end, int outerStart, int outerEnd) {
    return start >= outerStart && end <= outerEnd;
  }
}
