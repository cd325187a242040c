package org.froissart.quotes;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.froissart.actors.Actor;
import org.froissart.actors.ActorKind;
import org.froissart.actors.KnowledgeBase;
import org.froissart.actors.PhraseActors;
import org.froissart.document.AnalyzedDocument;
import org.froissart.document.Dependency;
import org.froissart.document.DependencyGraph;
import org.froissart.document.EntityMention;
import org.froissart.document.Layer;
import org.froissart.document.OutletAttribution;
import org.froissart.document.Participant;
import org.froissart.document.Quote;
import org.froissart.document.Region;
import org.froissart.document.Sentence;
import org.froissart.document.Token;
import org.froissart.document.Words;
import org.froissart.pipeline.Stage;

/**
 * Finds reported speech: words in quotation marks (« », “ ”, " "; nested marks stay inside the
 * outer quote; a quote left open ends with its paragraph), clauses of a speech verb ("a estimé que
 * …"), and sentences resting on "selon X". Each quote gets its cue and speaker from the parse
 * (the incise after it, the verb before it, the verb it depends on), else the speaker of the quote
 * before it; and the medium it is relayed by ("rapporte Press Tv", "selon l'agence Tasnim").
 * Sentences resting on unnamed sources are marked for the events stage. Immutable, thread-safe.
 */
public final class QuoteFinder implements Stage {
  /** Quotes shorter than this are not given a speaker from the quote before: a scare-quoted word is no continuation. */
  private static final int CONTINUATION = 40;
  private static final Set<String> SUBJECT_PRONOUNS = Set.of("il", "elle", "ils", "elles");
  private static final Set<String> FIRST_PERSON = Set.of("je", "j'", "nous", "on", "tu", "vous");
  /** Texts that speak for whoever issued them: "le communiqué précise" is the speaker before. */
  private static final Set<String> DOCUMENTS = Set.of("communiqué", "texte", "déclaration", "lettre", "message", "note",
      "rapport", "document");
  /** Quotation marks around a name are no quote: "Journée d'Al-Qods", « Jehol 2 ». */
  private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile(
      "[«“\"]\\s*\\p{Lu}[\\p{L}\\d-]*(\\s+(du|de|de la|des|\\d+)|\\s+([dl]['’])?\\p{Lu}[\\p{L}\\d-]*){1,3}\\s*[»”\"]");
  /** What may stand between two quotations of one clause: a few words, no punctuation, no other quote. */
  private static final java.util.regex.Pattern LINK = java.util.regex.Pattern.compile("[^.!?;:,\\n«»“”\"]{1,40}");
  private static final Set<String> ACCORDING_TO = Set.of("selon", "d'après", "de après");

  private final SpeechVerbs verbs;
  private final KnowledgeBase kb;

  public QuoteFinder(SpeechVerbs verbs, KnowledgeBase kb) {
    this.verbs = verbs;
    this.kb = kb;
  }

  @Override
  public String name() {
    return "quotes";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layer.BOILERPLATE, Layer.SENTENCES, Layer.ENTITIES, Layer.OUTLET);
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(Layer.QUOTES, Layer.UNNAMED_SOURCES);
  }

  @Override
  public Map<String, String> resources() {
    return verbs.checksums();
  }

  @Override
  public AnalyzedDocument apply(AnalyzedDocument document) {
    String text = document.text();
    List<Sentence> sentences = document.get(Layer.SENTENCES);
    List<Region> boilerplate = document.get(Layer.BOILERPLATE);
    List<EntityMention> mentions = document.get(Layer.ENTITIES);
    List<Draft> drafts = new ArrayList<>();
    for (int[] marked : marked(text)) {
      if (boilerplate.stream().noneMatch(r -> r.start() <= marked[0] && marked[0] < r.end())) {
        drafts.add(new Draft(marked[0], marked[1], "direct"));
      }
    }
    Map<Integer, Reader> readers = new HashMap<>();
    String home = mostNamedCountry(mentions);
    int previousStart = 0;
    for (Sentence s : sentences) {
      if (s.basic().isEmpty() || boilerplate.stream().anyMatch(r -> r.start() <= s.start() && s.end() <= r.end())) {
        previousStart = s.start();
        continue;
      }
      Reader reader = new Reader(new DependencyGraph(s), text, mentions, home, previousStart);
      readers.put(s.index(), reader);
      reader.reportedClauses(drafts);
      previousStart = s.start();
    }
    drafts.sort(Comparator.comparingInt((Draft d) -> d.start).thenComparingInt(d -> -d.end));
    List<Draft> merged = mixed(text, drafts);
    List<Participant> spoken = new ArrayList<>();
    Map<String, Integer> relays = new HashMap<>();
    for (Draft d : merged) {
      Sentence first = sentenceAt(sentences, d.start);
      Sentence last = sentenceAt(sentences, Math.max(d.start, d.end - 1));
      d.sentence = first == null ? 0 : first.index();
      Reader reader = last == null ? null : readers.get(last.index());
      Reader opening = first == null ? null : readers.get(first.index());
      if (reader != null) {
        reader.speaker(d, spoken);
      }
      if (d.speaker == null && opening != null && opening != reader) {
        opening.speaker(d, spoken);
      }
      Reader next = last == null ? null : readers.get(last.index() + 1);
      if (d.speaker == null && next != null && text.substring(d.end, last.end()).isBlank()) {
        next.speaker(d, spoken); // the parser ended the sentence at "!»": the incise opens the next one
      }
      if (reader != null) {
        reader.source(d);
      }
      if (d.speaker == null && !spoken.isEmpty() && d.end - d.start >= CONTINUATION) {
        d.speaker = spoken.get(spoken.size() - 1); // "Et de poursuivre : « … »"
      }
      if (d.source != null) {
        relays.merge(key(d.source), 1, Integer::sum);
      }
      if (d.cue != null && d.speaker != null && d.speaker.code() != null) {
        spoken.add(d.speaker); // a speaker read from a speech verb, not guessed, carries on to the quotes after
      }
    }
    echoes(text, merged);
    relay(merged, relays);
    List<Region> unnamed = unnamed(text, sentences);
    OutletAttribution outlet = document.get(Layer.OUTLET);
    List<Quote> quotes = new ArrayList<>();
    for (Draft d : merged) {
      List<String> attribution = new ArrayList<>();
      if (outlet != null && outlet.outlet() != null) {
        attribution.add("outlet:" + outlet.outlet().id());
      }
      if (d.source != null) {
        attribution.add("source:" + key(d.source));
      }
      if (unnamed.stream().anyMatch(r -> r.start() <= d.start && d.start < r.end())) {
        attribution.add("anonymous"); // "sur la base de documents de l'intérieur du régime, X a dit que …"
      }
      if (d.speaker != null && d.speaker.code() != null) {
        attribution.add("speaker:" + key(d.speaker));
      }
      quotes.add(new Quote("q" + (quotes.size() + 1), d.sentence, d.start, d.end, text.substring(d.start, d.end), d.kind,
          d.speaker, d.cue, d.source, attribution));
    }
    return document.with(Layer.QUOTES, List.copyOf(quotes)).with(Layer.UNNAMED_SOURCES, unnamed);
  }

  /** The country the document names most often ("la télévision d'État" of an article about Iran is Iran's); or null. */
  private String mostNamedCountry(List<EntityMention> mentions) {
    Map<String, Integer> counts = new HashMap<>();
    for (EntityMention m : mentions) {
      Actor country = m.code() == null || m.code().length() < 3 ? null : kb.actor(m.code().substring(0, 3));
      if (country != null && country.kind() == ActorKind.STATE) {
        counts.merge(country.id(), 1, Integer::sum);
      }
    }
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
  }

  private static String key(Participant p) {
    return p.actor() != null ? p.actor() : p.code();
  }

  /**
   * The spans [start, end) of the outermost quotations, marks included. Marks nest (« … " … " … »);
   * a straight quote closes the straight quote open above it, else opens one; a closing mark with
   * no opener is ignored; a quote still open at the end of its paragraph ends there.
   */
  static List<int[]> marked(String text) {
    List<int[]> out = new ArrayList<>();
    Deque<Character> closers = new ArrayDeque<>();
    int outer = -1;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : '\n';
      if (c == '\n') {
        if (!closers.isEmpty()) {
          int end = i;
          while (end > outer && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
          }
          add(text, out, outer, end);
          closers.clear();
        }
      } else if (c == '«' || c == '“' || c == '"' && !closers.contains('"')) {
        if (closers.isEmpty()) {
          outer = i;
        }
        closers.push(c == '«' ? '»' : c == '“' ? '”' : '"');
      } else if ((c == '»' || c == '”' || c == '"') && closers.contains(c)) {
        while (closers.pop() != c) {
          // an inner quote left open closes with the one around it
        }
        if (closers.isEmpty()) {
          add(text, out, outer, i + 1);
        }
      }
    }
    return out;
  }

  private static void add(String text, List<int[]> out, int start, int end) {
    String inside = text.substring(start, end);
    if (inside.codePoints().anyMatch(Character::isLetterOrDigit) && !NAME.matcher(inside).matches()) {
      out.add(new int[] {start, end});
    }
  }

  /**
   * A reported clause absorbs the quotations inside it ("a estimé que le "jeu" …" is one mixed
   * quote), and quoted fragments a few plain words apart join theirs ("a "été positive" et "va se
   * poursuivre"", "est un "devoir islamique"").
   */
  private static List<Draft> mixed(String text, List<Draft> sorted) {
    List<Draft> out = new ArrayList<>();
    for (Draft d : sorted) {
      Draft outer = out.isEmpty() ? null : out.get(out.size() - 1);
      if (outer != null && d.start >= outer.start && d.end <= outer.end + 1) {
        if (!outer.kind.equals("direct") && d.kind.equals("direct")) {
          outer.kind = "mixed";
        }
        continue; // what a quotation says it was told stays inside it
      }
      boolean overlaps = outer != null && d.start < outer.end && (d.kind.equals("direct") || outer.kind.equals("direct"));
      if (overlaps || outer != null && d.kind.equals("direct") && fragment(text, outer) && fragment(text, d)
          && LINK.matcher(text.substring(outer.end, d.start)).matches()) {
        outer.end = Math.max(outer.end, d.end); // the clause's last quoted words run past what the parser saw
        outer.kind = "mixed";
        continue;
      }
      out.add(d);
    }
    return out;
  }

  /** Quoted words that start in lower case: part of a clause, where a capital opens a sentence of its own. */
  private static boolean fragment(String text, Draft d) {
    return text.substring(d.start, d.end).codePoints().filter(Character::isLetter).limit(1).allMatch(Character::isLowerCase);
  }

  /**
   * Quoted words with no speaker that another quote repeats with one — a headline's "jeu dangereux"
   * and the article's "a dénoncé le "jeu dangereux"" — take that quote's speaker.
   */
  private static void echoes(String text, List<Draft> drafts) {
    for (Draft d : drafts) {
      if (d.speaker != null && d.speaker.code() != null) {
        continue;
      }
      String words = text.substring(d.start, d.end).replaceAll("^[«“\"\\s]+|[»”\"\\s]+$", "");
      for (Draft other : drafts) {
        if (other != d && other.speaker != null && other.speaker.code() != null && words.length() > 3
            && text.substring(other.start, other.end).contains(words)) {
          d.speaker = other.speaker;
          break;
        }
      }
    }
  }

  /**
   * An article relaying one medium — the same source cited twice or more and no other — reports
   * all its quotes through it ("rapporte Press Tv … indique Press Tv … selon Press Tv").
   */
  private static void relay(List<Draft> drafts, Map<String, Integer> relays) {
    if (relays.size() != 1 || relays.values().iterator().next() < 2) {
      return;
    }
    Participant source = drafts.stream().filter(d -> d.source != null).findFirst().orElseThrow().source;
    for (Draft d : drafts) {
      if (d.source == null && (d.speaker == null || !PhraseActors.same(d.speaker, source))) {
        d.source = source;
      }
    }
  }

  /** Sentences that name an unnamed source, and for the phrases that frame a whole report, the rest of the article. */
  private List<Region> unnamed(String text, List<Sentence> sentences) {
    List<Region> out = new ArrayList<>();
    for (Sentence s : sentences) {
      String words = text.substring(s.start(), s.end()).toLowerCase(Locale.ROOT).replace('’', '\'');
      for (SpeechVerbs.UnnamedSource phrase : verbs.unnamedSources()) {
        if (words.contains(phrase.words())) {
          out.add(new Region(s.start(), phrase.article() ? text.length() : s.end(), phrase.words()));
          break;
        }
      }
    }
    return out;
  }

  private static Sentence sentenceAt(List<Sentence> sentences, int offset) {
    for (Sentence s : sentences) {
      if (s.start() <= offset && offset < s.end()) {
        return s;
      }
    }
    return null;
  }

  /** A quote being built. */
  private static final class Draft {
    final int start;
    int end;
    String kind;
    int sentence;
    Participant speaker;
    Words cue;
    Participant source;

    Draft(int start, int end, String kind) {
      this.start = start;
      this.end = end;
      this.kind = kind;
    }
  }

  /** Reads one parsed sentence. */
  private final class Reader {
    private final DependencyGraph g;
    private final String text;
    private final List<EntityMention> mentions;
    private final PhraseActors actors;
    /** The country the document names most, or null. */
    private final String home;
    private final int previousStart;
    /** The speech verb of each reported clause this sentence gave (-1 for a sentence on "selon X"). */
    private final Map<Draft, Integer> verbOf = new HashMap<>();
    /** The head of "selon X" (-1: none; -2: not read yet) and whom X names. */
    private int according = -2;
    private Participant accordingActor;

    Reader(DependencyGraph g, String text, List<EntityMention> mentions, String home, int previousStart) {
      this.g = g;
      this.text = text;
      this.mentions = mentions;
      this.actors = new PhraseActors(g, text, mentions, kb);
      this.home = home;
      this.previousStart = previousStart;
    }

    /** The clauses of speech verbs ("a estimé que …") and the sentences resting on "selon X". */
    void reportedClauses(List<Draft> into) {
      for (int v = 0; v < g.size(); v++) {
        if (!g.is(v, "VERB") || speechVerb(v) == null) {
          continue;
        }
        for (Dependency d : g.children(v)) {
          int c = d.dependent();
          Dependency mark = g.child(c, "mark");
          if (mark != null && g.lemma(mark.dependent()).equals("que") && mark.dependent() > v
              && Set.of("ccomp", "obj", "xcomp", "advcl").contains(d.relation())) {
            int[] extent = g.extent(c);
            int end = extent[1];
            for (int j = mark.dependent(); j < end; j++) {
              if (g.token(j).text().equals(",") && "«“\"".contains(g.token(j + 1).text())) {
                end = j - 1; // ", « … », a-t-il affirmé" is a quote of its own after the clause
              }
            }
            Draft draft = clause(mark.dependent(), end, "indirect");
            if (draft != null) {
              verbOf.put(draft, v);
              into.add(draft);
            }
            break;
          }
        }
      }
      int according = accordingTo();
      if (according >= 0 && into.stream().noneMatch(q -> q.start < g.sentence().end() && g.sentence().start() < q.end)) {
        int root = root();
        int[] phrase = g.extent(according);
        int[] sentence = {0, g.size() - 1};
        int from = phrase[0] == 0 ? phrase[1] + 1 : 0;
        int to = phrase[0] == 0 ? sentence[1] : phrase[0] - 1;
        Draft draft = root < 0 ? null : clause(from, to, "indirect");
        if (draft != null) {
          verbOf.put(draft, -1);
          into.add(draft);
        }
      }
    }

    /** Tokens [from, to] less the punctuation at either end, as a draft; null when nothing is left. */
    private Draft clause(int from, int to, String kind) {
      while (from <= to && g.is(from, "PUNCT")) {
        from++;
      }
      while (to >= from && g.is(to, "PUNCT") && !"»\"”".contains(g.token(to).text())) {
        to--;
      }
      return from > to ? null : new Draft(g.token(from).start(), g.token(to).end(), kind);
    }

    /**
     * The head of "selon X" / "d'après X" when X names a known actor or a sector's ("selon la
     * télévision"), else -1; read once, with whom X names in {@link #accordingActor}.
     */
    private int accordingTo() {
      if (according == -2) {
        according = -1;
        for (int w = 0; w < g.size() && according < 0; w++) {
          Participant named = ACCORDING_TO.contains(g.preposition(w)) ? actors.of(w) : null;
          if (named == null && ACCORDING_TO.contains(g.preposition(w))) {
            named = earlierOfSector(w, List.of());
          }
          if (named != null) {
            according = w;
            accordingActor = named;
          }
        }
      }
      return according;
    }

    private int root() {
      for (int w = 0; w < g.size(); w++) {
        if (g.head(w) < 0 && !g.is(w, "PUNCT")) {
          return w;
        }
      }
      return -1;
    }

    /** The speech verb whose head is token {@code v} (a locution's other words within three tokens), or null. */
    private SpeechVerbs.Verb speechVerb(int v) {
      boolean withSe = g.children(v).stream().anyMatch(d -> d.relation().startsWith("expl")
          || g.is(d.dependent(), "PRON") && Set.of("se", "s'", "s’").contains(g.token(d.dependent()).text().toLowerCase(Locale.ROOT)));
      for (SpeechVerbs.Verb verb : verbs.withHead(g.lemma(v))) {
        if (withSe && !verb.reflexive()) {
          continue;
        }
        int last = v;
        boolean all = true;
        for (String word : verb.words().subList(1, verb.words().size())) {
          int found = -1;
          for (int j = last + 1; j < g.size() && j <= last + 3 && found < 0; j++) {
            found = g.lemma(j).equals(word) ? j : -1;
          }
          all &= found >= 0;
          last = Math.max(last, found);
        }
        if (all) {
          return verb;
        }
      }
      return null;
    }

    /**
     * The cue and speaker: for a reported clause, its verb's subject; for quoted words, the incise
     * after them ("», a-t-il affirmé"), else the speech verb before them in the sentence
     * ("a déclaré : « … »"), else the speech verb they depend on ("a dénoncé le "jeu dangereux"").
     */
    void speaker(Draft d, List<Participant> spoken) {
      Integer verb = verbOf.get(d);
      if (verb != null && verb < 0) {
        int according = accordingTo();
        d.cue = words(g.child(according, "case").dependent(), g.child(according, "case").dependent());
        d.speaker = accordingActor;
        return;
      }
      int incise = verb != null ? -1 : incise(d);
      int v = verb != null ? verb : incise >= 0 ? incise : cueVerb(d);
      if (v < 0) {
        d.speaker = d.end - d.start < CONTINUATION ? governingSubject(d) : null;
        return;
      }
      d.cue = cueWords(v);
      Participant subject = subject(v, spoken, v == incise);
      if (speechVerb(v).relays() && subject != null && subject.code() != null) {
        d.source = subject; // "a rapporté Europe 1": the words are someone else's
      } else {
        d.speaker = subject;
      }
    }

    /** For quoted words no speech verb introduces ("a visé des "usines""), the coded subject of the verb they depend on. */
    private Participant governingSubject(Draft d) {
      for (int i = 0; i < g.size(); i++) {
        if (g.token(i).start() >= d.start && g.token(i).end() <= d.end) {
          for (int k = g.head(i); k >= 0; k = g.head(k)) {
            if (g.is(k, "VERB") && (g.token(k).start() < d.start || g.token(k).start() >= d.end)) {
              Participant subject = subject(k, List.of(), false);
              return subject != null && subject.code() != null ? subject : null;
            }
          }
          return null;
        }
      }
      return null;
    }

    /** The speech verb of an incise: up to four words after the quote, punctuation aside ("», a-t-il dit"); or -1. */
    private int incise(Draft d) {
      for (int i = firstAfter(d.end), seen = 0; i >= 0 && i < g.size() && seen < 4; i++) {
        if (g.is(i, "VERB") && speechVerb(i) != null) {
          return i;
        }
        seen += g.is(i, "PUNCT") ? 0 : 1;
      }
      return -1;
    }

    /** The speech verb the quoted words depend on, else the last one before them in the sentence; or -1. */
    private int cueVerb(Draft d) {
      int first = -1;
      for (int i = 0; i < g.size() && first < 0; i++) {
        first = g.token(i).start() >= d.start && g.token(i).end() <= d.end ? i : -1;
      }
      if (first < 0) {
        return -1;
      }
      // the speech verb they depend on, up their heads
      for (int k = g.head(first), steps = 0; k >= 0 && steps < 8; k = g.head(k), steps++) {
        if (g.is(k, "VERB") && speechVerb(k) != null && g.token(k).start() < d.start) {
          return k;
        }
      }
      // the last speech verb before the quote in the sentence
      for (int i = first - 1; i >= 0; i--) {
        if (g.is(i, "VERB") && speechVerb(i) != null) {
          return i;
        }
      }
      return -1;
    }

    private int firstAfter(int offset) {
      for (int i = 0; i < g.size(); i++) {
        if (g.token(i).start() >= offset) {
          return i;
        }
      }
      return -1;
    }

    /** The verb's auxiliaries, itself, and a subject clitic right after it ("a-t-il affirmé", "poursuit-il"). */
    private Words cueWords(int v) {
      int from = v;
      int to = v;
      for (int k : g.verbGroup(v)) {
        from = Math.min(from, k);
      }
      if (v + 1 < g.size() && g.is(v + 1, "PRON") && g.relation(v + 1).startsWith("nsubj")) {
        to = v + 1;
      }
      return words(from, to);
    }

    private Words words(int from, int to) {
      int start = g.token(from).start();
      int end = g.token(to).end();
      return new Words(start, end, text.substring(start, end));
    }

    /**
     * Who the speech verb's subject is: a coded actor, a subject pronoun standing for the speaker
     * before (or the last person named), the words of an unknown subject ("sa famille"); for a
     * participle or infinitive with no subject ("Soulignant que", "pour dire"), its head verb's.
     */
    private Participant subject(int v, List<Participant> spoken, boolean incise) {
      Participant previous = spoken.isEmpty() ? null : spoken.get(spoken.size() - 1);
      for (int k = v, steps = 0; k >= 0 && steps < 3; k = g.head(k), steps++) {
        Dependency subject = null;
        for (Dependency d : g.children(k)) {
          int c = d.dependent();
          boolean after = incise && k == v && c > v;
          boolean inverted = incise && k == v && (g.token(c).text().startsWith("-") || c > v && d.relation().equals("obj"));
          boolean nsubj = d.relation().startsWith("nsubj") && !d.relation().contains("pass");
          if (nsubj && (subject == null || after) || inverted && (subject == null || subject.dependent() < v)) {
            subject = d; // an incise's subject follows its verb, and the parser may call it an object: "a déclaré le ministre"
          }
        }
        if (subject == null) {
          if (!g.is(k, "VERB") || !Set.of("advcl", "xcomp", "obl", "acl", "conj").contains(g.relation(k))) {
            return null;
          }
          continue;
        }
        int s = subject.dependent();
        int[] extent = g.extent(s);
        Participant named = actors.of(s);
        if (named != null && (named.mention() != null || named.start() < g.token(Math.min(extent[1], extent[0] + 3)).end())) {
          return named; // a nationality deep in the phrase is not the speaker ("les discussions sur le nucléaire iranien")
        }
        String word = g.token(s).text().toLowerCase(Locale.ROOT).replaceFirst("^-(t-)?", "");
        if (FIRST_PERSON.contains(word)) {
          return null; // "nous" inside the quote is its speaker, named elsewhere
        }
        if (SUBJECT_PRONOUNS.contains(word)) {
          Participant before = actors.antecedent(s, previousStart, List.of());
          Participant antecedent = previous != null ? previous : before;
          return antecedent == null ? null : new Participant(antecedent.mention(), g.token(s).start(), g.token(s).end(),
              g.token(s).text(), antecedent.actor(), antecedent.code());
        }
        Words w = words(extent[0], extent[1]);
        Participant earlier = DOCUMENTS.contains(g.lemma(s)) ? previous : earlierOfSector(s, spoken);
        return earlier != null && earlier.code() != null
            ? new Participant(earlier.mention(), w.start(), w.end(), w.text(), earlier.actor(), earlier.code())
            : new Participant(null, w.start(), w.end(), w.text(), null, null);
      }
      return null;
    }

    /**
     * "la présidence" after "la présidence française", "la télévision" after "la télévision d'État
     * iranienne": a sector noun with no country of its own stands for the last speaker so called,
     * else the last actor of that sector named before it; null when none.
     */
    private Participant earlierOfSector(int noun, List<Participant> spoken) {
      String sector = null;
      String[] words = text.substring(g.token(noun).start(), g.token(g.extent(noun)[1]).end()).split("[\\s,;:.!?()]+");
      for (int n = words.length; n > 0 && sector == null; n--) {
        sector = kb.sectorOf(String.join(" ", Arrays.copyOf(words, n))); // "services de secours", not "services"
      }
      if (sector == null) {
        return null;
      }
      String word = g.token(noun).text().toLowerCase(Locale.ROOT);
      for (int i = spoken.size() - 1; i >= 0; i--) {
        if (spoken.get(i).text().toLowerCase(Locale.ROOT).contains(word)) {
          return spoken.get(i);
        }
      }
      EntityMention found = null;
      for (EntityMention m : mentions) {
        if (m.end() <= g.token(noun).start() && m.code() != null && m.code().endsWith(sector)) {
          found = m;
        }
      }
      if (found != null) {
        return new Participant(found.id(), found.start(), found.end(), found.text(), found.actor(), found.code());
      }
      Token t = g.token(noun);
      return home == null ? null : new Participant(null, t.start(), t.end(), t.text(), null, home + sector);
    }

    /**
     * The medium or body the report is credited to in this sentence: "selon X" / "d'après X", the
     * subject of a relaying verb ("rapporte le site … Press Tv"), or of a speech verb other than the
     * quote's own cue ("indique Press Tv"); it becomes the speaker when the quote has none.
     */
    void source(Draft d) {
      Participant found = null;
      int according = accordingTo();
      if (according >= 0 && (verbOf.get(d) == null || verbOf.get(d) >= 0)) {
        found = accordingActor;
      }
      for (int v = 0; v < g.size() && found == null; v++) {
        SpeechVerbs.Verb verb = g.is(v, "VERB") ? speechVerb(v) : null;
        boolean cue = d.cue != null && g.token(v).start() >= d.cue.start() && g.token(v).end() <= d.cue.end();
        if (verb == null || cue || g.token(v).start() >= d.start && g.token(v).end() <= d.end) {
          continue;
        }
        Participant subject = subject(v, List.of(), true); // "indique Press Tv": such asides put their subject after
        if (subject != null && subject.code() != null && (verb.relays() || medium(subject))) {
          found = subject;
        }
      }
      if (found == null) {
        return;
      }
      if (d.speaker == null || d.speaker.code() == null) {
        d.speaker = found;
      } else if (!PhraseActors.same(found, d.speaker)) {
        d.source = found;
      }
    }

    private boolean medium(Participant p) {
      return p.code().contains("MED");
    }
  }
}
