package org.froissart.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

/**
 * Plain Stanford CoreNLP French (tokenize, ssplit, mwt, pos, ner, depparse) over the raw text, with
 * nothing of Froissart around it: no cleaning, no mapping into records, no lemmas, no output. It is
 * the named baseline of the analyze benchmark ({@code froissart-bench}), which reports Froissart's
 * throughput as a ratio to this one. It lives here because no other module may import CoreNLP.
 *
 * <p>It uses the same properties as {@link CoreNlpFrench}, so the ratio measures what Froissart
 * adds around the models rather than a difference of CoreNLP settings.
 *
 * <p>Thread safety: {@link #annotate} is safe from several threads, as CoreNLP's pipeline is; build
 * one instance and share it.
 */
public final class PlainCoreNlpBaseline {
  private final StanfordCoreNLP pipeline;

  /** Loads CoreNLP's French models (about 8 s and 450 MB). */
  public PlainCoreNlpBaseline() {
    this.pipeline = new StanfordCoreNLP(CoreNlpFrench.properties(true));
  }

  /** Annotates {@code text} as it is and returns the number of sentences CoreNLP found in it. */
  public int annotate(String text) {
    Annotation annotation = new Annotation(text);
    pipeline.annotate(annotation);
    return annotation.get(CoreAnnotations.SentencesAnnotation.class).size();
  }
}
