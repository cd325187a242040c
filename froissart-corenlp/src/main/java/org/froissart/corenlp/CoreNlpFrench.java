package org.froissart.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.froissart.document.AnalyzedDocument;
import org.froissart.document.Dependency;
import org.froissart.document.EntityMention;
import org.froissart.document.Layer;
import org.froissart.document.NlpText;
import org.froissart.document.Sentence;
import org.froissart.document.Token;
import org.froissart.pipeline.Stage;

/**
 * Stanford CoreNLP's French models (tokenize, ssplit, mwt, pos, ner, depparse) over the repaired
 * text, mapped into Froissart's sentences, tokens, dependencies and entity mentions with offsets
 * in the document's own text. The CoreNLP pipeline (about 8 s and 450 MB to load) is built once
 * by the constructor and shared: {@code annotate} is safe from several threads.
 */
public final class CoreNlpFrench implements Stage {
  public static final String CORENLP_VERSION = "4.5.10";

  private final StanfordCoreNLP pipeline;
  private final FrenchLemmatizer lemmatizer = new FrenchLemmatizer();
  private final boolean parse;

  /** @param parse run the dependency parser (83% of the time); without it sentences have no dependencies */
  public CoreNlpFrench(boolean parse) {
    this.parse = parse;
    this.pipeline = new StanfordCoreNLP(properties(parse));
  }

  /** CoreNLP's French defaults, with a sentence break at every line break: crawled pages break lines between blocks. */
  public static Properties properties(boolean parse) {
    Properties props = new Properties();
    try (InputStream in = CoreNlpFrench.class.getResourceAsStream("/StanfordCoreNLP-french.properties")) {
      if (in == null) {
        throw new IllegalStateException("CoreNLP's French models (stanford-corenlp models-french jar) are not on the classpath");
      }
      props.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    props.setProperty("annotators", parse ? "tokenize,ssplit,mwt,pos,ner,depparse" : "tokenize,ssplit,mwt,pos,ner");
    props.setProperty("ssplit.newlineIsSentenceBreak", "always");
    props.setProperty("tokenize.options", "invertible=true");
    return props;
  }

  @Override
  public String name() {
    return "corenlp";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layer.NLP_TEXT);
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(Layer.SENTENCES, Layer.ENTITIES);
  }

  @Override
  public Map<String, String> resources() {
    return Map.of("corenlp", "stanford-corenlp-" + CORENLP_VERSION + "-models-french" + (parse ? "" : " (no depparse)"),
        "french-dictionary", "org.languagetool:french-pos-dict:0.6");
  }

  @Override
  public AnalyzedDocument apply(AnalyzedDocument document) {
    NlpText nlp = document.get(Layer.NLP_TEXT);
    String source = document.text();
    Annotation annotation = new Annotation(nlp.text());
    pipeline.annotate(annotation);
    List<Sentence> sentences = new ArrayList<>();
    List<EntityMention> entities = new ArrayList<>();
    for (CoreMap coreSentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreLabel> labels = coreSentence.get(CoreAnnotations.TokensAnnotation.class);
      if (labels.isEmpty()) {
        continue;
      }
      List<Token> tokens = new ArrayList<>(labels.size());
      int[][] spans = wordSpans(labels, nlp.text());
      for (int i = 0; i < labels.size(); i++) {
        CoreLabel label = labels.get(i);
        int start = nlp.toSource(spans[i][0]);
        int end = Math.max(start, nlp.toSourceEnd(spans[i][1]));
        String upos = label.tag() == null ? "X" : label.tag();
        FrenchLemmatizer.Analysis analysis = lemmatizer.analyze(label.word(), upos);
        tokens.add(new Token(tokens.size(), start, end, source.substring(start, end), label.word(), analysis.lemma(),
            upos, analysis.features()));
      }
      int index = sentences.size();
      sentences.add(new Sentence(index, tokens.get(0).start(), tokens.get(tokens.size() - 1).end(), tokens,
          dependencies(coreSentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class)),
          dependencies(coreSentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class))));
      collectEntities(labels, tokens, source, entities);
    }
    return document.with(Layer.SENTENCES, List.copyOf(sentences)).with(Layer.ENTITIES, List.copyOf(entities));
  }

  /**
   * Each word's span in the NLP text. The tokenizer splits a contraction ("du" = "de" + "le") into
   * words that carry slices of it ("d", "u"), without marking them as multi-word tokens; a run of
   * touching words one of which is not what its slice says is such a contraction, and every word of
   * it gets the whole contraction's span, which is what the text says.
   */
  private static int[][] wordSpans(List<CoreLabel> labels, String nlpText) {
    int[][] spans = new int[labels.size()][];
    int i = 0;
    while (i < labels.size()) {
      int j = i;
      boolean rewritten = !sliceIsWord(labels.get(i), nlpText);
      while (j + 1 < labels.size() && labels.get(j + 1).beginPosition() == labels.get(j).endPosition()
          && (rewritten || !sliceIsWord(labels.get(j + 1), nlpText))) {
        rewritten |= !sliceIsWord(labels.get(j + 1), nlpText);
        j++;
      }
      if (!rewritten) {
        j = i;
      }
      int begin = labels.get(i).beginPosition();
      int end = labels.get(j).endPosition();
      for (int k = i; k <= j; k++) {
        spans[k] = new int[] {begin, end};
      }
      i = j + 1;
    }
    return spans;
  }

  /** True unless the tokenizer rewrote a letter slice (quotes it normalises, « to ", do not count). */
  private static boolean sliceIsWord(CoreLabel label, String nlpText) {
    String slice = nlpText.substring(label.beginPosition(), label.endPosition());
    return slice.equals(label.word()) || slice.isEmpty() || !Character.isLetter(slice.charAt(0));
  }

  private static List<Dependency> dependencies(SemanticGraph graph) {
    if (graph == null) {
      return List.of();
    }
    List<Dependency> deps = new ArrayList<>();
    for (IndexedWord root : graph.getRoots()) {
      deps.add(new Dependency(-1, root.index() - 1, "root"));
    }
    for (SemanticGraphEdge edge : graph.edgeIterable()) {
      deps.add(new Dependency(edge.getGovernor().index() - 1, edge.getDependent().index() - 1,
          relation(edge.getRelation().toString())));
    }
    return deps;
  }

  /** Enhanced relations name their case marker as written; elided ones get their full form ("nmod:d'" → "nmod:de"). */
  static String relation(String name) {
    int colon = name.indexOf(':');
    if (colon < 0 || !name.endsWith("'")) {
      return name;
    }
    String marker = name.substring(colon + 1, name.length() - 1).toLowerCase(java.util.Locale.ROOT);
    return name.substring(0, colon + 1) + switch (marker) {
      case "d" -> "de";
      case "qu" -> "que";
      case "jusqu" -> "jusque";
      case "lorsqu" -> "lorsque";
      case "puisqu" -> "puisque";
      default -> marker + "e";
    };
  }

  /** Consecutive tokens with the same NER label form one mention. */
  private static void collectEntities(List<CoreLabel> labels, List<Token> tokens, String source,
                                      List<EntityMention> out) {
    int i = 0;
    while (i < labels.size()) {
      String type = labels.get(i).ner();
      if (type == null || type.equals("O")) {
        i++;
        continue;
      }
      int j = i;
      while (j + 1 < labels.size() && type.equals(labels.get(j + 1).ner())) {
        j++;
      }
      int start = tokens.get(i).start();
      int end = tokens.get(j).end();
      out.add(new EntityMention("m" + (out.size() + 1), start, end, source.substring(start, end),
          normalizeType(type), null, null, null));
      i = j + 1;
    }
  }

  /** The French model labels I-PER, I-LOC, I-ORG and I-MISC; anything else counts as MISC. */
  static String normalizeType(String ner) {
    String type = ner.startsWith("I-") || ner.startsWith("B-") ? ner.substring(2) : ner;
    return type.equals("PER") || type.equals("LOC") || type.equals("ORG") ? type : "MISC";
  }

}
