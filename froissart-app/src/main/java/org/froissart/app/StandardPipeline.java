package org.froissart.app;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.froissart.actors.ActorLinker;
import org.froissart.actors.KnowledgeBase;
import org.froissart.actors.PetrarchDictionary;
import org.froissart.clean.BoilerplateMarker;
import org.froissart.clean.LanguageIdentifier;
import org.froissart.clean.LayoutFinder;
import org.froissart.clean.NlpTextRepair;
import org.froissart.clean.OutletFinder;
import org.froissart.clean.OutletRegistry;
import org.froissart.clean.PublishedDateFinder;
import org.froissart.corenlp.CoreNlpFrench;
import org.froissart.events.CameoOntology;
import org.froissart.events.EventCoder;
import org.froissart.events.EventLexicon;
import org.froissart.pipeline.Pipeline;
import org.froissart.pipeline.ResourceLoader;
import org.froissart.pipeline.Stage;
import org.froissart.quotes.QuoteFinder;
import org.froissart.quotes.SpeechVerbs;
import org.froissart.time.AbsoluteDates;
import org.froissart.time.TimexFinder;

/** Froissart's stages in their order, from cleaning to linguistics. */
public final class StandardPipeline {
  private StandardPipeline() {
  }

  /**
   * The bundled knowledge base (or {@code resources}' files) with the actor dictionaries given in
   * the PETRARCH format added; each dictionary's ids are prefixed with its file name.
   */
  public static KnowledgeBase knowledgeBase(ResourceLoader resources, List<Path> dictionaries) throws IOException {
    KnowledgeBase kb = KnowledgeBase.load(resources);
    for (Path file : dictionaries) {
      String source = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
      try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        PetrarchDictionary.Contents c = PetrarchDictionary.read(in, source, kb.cameo());
        kb = kb.with(c.actors(), c.roles(), file.getFileName() + ":" + ResourceLoader.checksum(Files.readAllBytes(file)));
      }
    }
    return kb;
  }

  /**
   * @param linguistics run CoreNLP and the stages that need its sentences (off: cleaning, published date and outlet only, in milliseconds)
   * @param parse       run the dependency parser when linguistics are on
   */
  public static Pipeline create(ResourceLoader resources, boolean linguistics, boolean parse) {
    return create(resources, KnowledgeBase.load(resources), linguistics, parse);
  }

  /** @param actors the knowledge base the actors stage links mentions to */
  public static Pipeline create(ResourceLoader resources, KnowledgeBase actors, boolean linguistics, boolean parse) {
    return new Pipeline(stages(resources, actors, linguistics, parse));
  }

  /** The stages {@link #create} chains, for tools that wrap them (the benchmark times each one). */
  public static List<Stage> stages(ResourceLoader resources, boolean linguistics, boolean parse) {
    return stages(resources, KnowledgeBase.load(resources), linguistics, parse);
  }

  private static List<Stage> stages(ResourceLoader resources, KnowledgeBase actors, boolean linguistics,
                                    boolean parse) {
    List<Stage> stages = new ArrayList<>(List.of(
        new BoilerplateMarker(resources),
        new LayoutFinder(),
        new PublishedDateFinder(new AbsoluteDates(resources)),
        new OutletFinder(new OutletRegistry(resources)),
        new LanguageIdentifier(),
        new NlpTextRepair()));
    if (linguistics) {
      stages.add(new CoreNlpFrench(parse));
      stages.add(new TimexFinder(resources));
      stages.add(new ActorLinker(actors));
      stages.add(new QuoteFinder(SpeechVerbs.load(resources), actors));
      CameoOntology cameo = CameoOntology.load(resources);
      stages.add(new EventCoder(cameo, EventLexicon.load(resources, cameo), actors));
    }
    return stages;
  }
}
