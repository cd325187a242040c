package org.froissart.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.froissart.document.AnalyzedDocument;
import org.froissart.document.Layer;
import org.froissart.document.NlpText;
import org.froissart.document.PublishedDate;
import org.froissart.document.Sentence;
import org.froissart.document.Timex;
import org.froissart.document.Warning;
import org.froissart.pipeline.ResourceLoader;
import org.froissart.pipeline.Stage;
import org.froissart.time.TimexResolver.PreviousDate;
import org.froissart.time.TimexResolver.Reference;
import org.froissart.time.TimexResolver.Resolution;

/**
 * The time stage: finds the dates, times, durations and sets of the article text with the rules of
 * {@link TimexGrammar} and resolves them with {@link TimexResolver} against the published date,
 * the tense of their clause and the previous date of the text. A weekday that contradicts the date
 * it names gives a WEEKDAY_MISMATCH warning. Immutable and thread-safe.
 */
public final class TimexFinder implements Stage {
  private final TimeWords words;
  private final TimexGrammar grammar;

  public TimexFinder(ResourceLoader resources) {
    this.words = new TimeWords(resources);
    this.grammar = new TimexGrammar(words);
  }

  @Override
  public String name() {
    return "time";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layer.NLP_TEXT, Layer.PUBLISHED, Layer.SENTENCES);
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(Layer.TIMEX);
  }

  @Override
  public Map<String, String> resources() {
    return Map.of("time-words", words.checksum());
  }

  @Override
  public AnalyzedDocument apply(AnalyzedDocument document) {
    NlpText nlp = document.get(Layer.NLP_TEXT);
    PublishedDate published = document.get(Layer.PUBLISHED);
    Reference reference = Reference.parse(published == null ? null : published.value());
    List<Sentence> sentences = document.get(Layer.SENTENCES);
    List<Timex> timexes = new ArrayList<>();
    List<Warning> warnings = new ArrayList<>();
    PreviousDate previous = null;
    List<Candidate> candidates = grammar.find(nlp.text());
    for (int i = 0; i < candidates.size(); i++) {
      Candidate c = candidates.get(i);
      int start = nlp.toSource(c.start());
      int end = nlp.toSourceEnd(c.end());
      String id = "t" + (timexes.size() + 1);
      PreviousDate anchor = previous;
      if (c.reading() instanceof Reading.Clock && i + 1 < candidates.size()) {
        anchor = dayRightAfter(nlp, c, candidates.get(i + 1), sentences, reference, previous, "t" + (timexes.size() + 2));
      }
      Resolution r = TimexResolver.resolve(c, tenseAt(sentences, start, end), reference, anchor);
      String type = c.type().equals("TIME") && !r.value().contains("T") ? "DATE" : c.type();
      timexes.add(new Timex(id, start, end, document.text().substring(start, end), type, r.value(), r.anchor()));
      if (r.warning() != null) {
        warnings.add(new Warning("WEEKDAY_MISMATCH", "'" + document.text().substring(start, end) + "': " + r.warning(),
            start, end));
      }
      if (r.day() != null) {
        previous = new PreviousDate(r.day(), id);
      }
    }
    AnalyzedDocument result = document.with(Layer.TIMEX, List.copyOf(timexes));
    for (Warning w : warnings) {
      result = result.withWarning(w);
    }
    return result;
  }

  /** "vers 15 h 30, hier", "4 h mardi": a time of day falls on the day named right after it, if any. */
  private static PreviousDate dayRightAfter(NlpText nlp, Candidate clock, Candidate next, List<Sentence> sentences,
                                            Reference reference, PreviousDate previous, String nextId) {
    boolean adjacent = nlp.text().substring(clock.end(), next.start()).matches("[ ,]{0,3}");
    boolean namesDay = next.reading() instanceof Reading.Calendar
        || next.reading() instanceof Reading.Shift s && s.unit().equals("D");
    if (!adjacent || !namesDay) {
      return previous;
    }
    int start = nlp.toSource(next.start());
    Resolution day = TimexResolver.resolve(next, tenseAt(sentences, start, nlp.toSourceEnd(next.end())), reference, previous);
    return day.day() == null ? previous : new PreviousDate(day.day(), nextId);
  }

  private static Tense tenseAt(List<Sentence> sentences, int start, int end) {
    for (Sentence s : sentences) {
      if (s.start() <= start && start < s.end()) {
        return Tense.of(s, start, end);
      }
    }
    return Tense.UNKNOWN;
  }
}
