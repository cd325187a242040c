package org.froissart.actors;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.froissart.clean.OutletRegistry;
import org.froissart.document.Outlet;
import org.froissart.pipeline.ResourceLoader;
import org.froissart.pipeline.Table;
import org.froissart.time.Folding;

/**
 * Who is who, and on which date: the actors of {@code actors/*.tsv} (countries, places,
 * organisations, people) and the outlets of {@code clean/outlets.tsv}, the dated roles of actors
 * with the CAMEO code each confers, and the words that point at them (demonyms, titles, sector
 * nouns). Immutable and thread-safe once built.
 */
public final class KnowledgeBase {
  private static final Comparator<Role> LATEST_FIRST = Comparator.comparing((Role r) -> Role.firstDay(r.start())).reversed();

  private final Map<String, Actor> actors;
  private final List<Role> roles;
  private final Map<String, List<Role>> rolesByActor = new HashMap<>();
  private final Map<String, List<Actor>> byName = new HashMap<>();
  private final Map<String, String> demonyms;
  private final Map<String, String> capitals;
  private final List<Title> titles;
  private final Map<String, String> sectors;
  private final List<String> institutions;
  private final List<String> firstNames;
  private final CameoCodes cameo;
  private final String checksum;

  /** A title that names an office (titles.tsv); {@code pattern} is folded, {PAYS} marks the country slot. */
  public record Title(String pattern, String office, String body, String sector) {
  }

  private KnowledgeBase(Map<String, Actor> actors, List<Role> roles, Map<String, String> demonyms,
                        Map<String, String> capitals, List<Title> titles, Map<String, String> sectors,
                        List<String> institutions, List<String> firstNames, CameoCodes cameo, String checksum) {
    this.actors = actors;
    this.roles = List.copyOf(roles);
    this.demonyms = demonyms;
    this.capitals = capitals;
    this.titles = titles;
    this.sectors = sectors;
    this.institutions = institutions;
    this.firstNames = firstNames;
    this.cameo = cameo;
    this.checksum = checksum;
    for (Role role : roles) {
      if (!actors.containsKey(role.actor())) {
        throw new IllegalArgumentException("role " + role.office() + " of unknown actor '" + role.actor() + "'");
      }
      if (!cameo.isValid(role.code())) {
        throw new IllegalArgumentException("role " + role.office() + " of " + role.actor() + ": '" + role.code()
            + "' is not a valid CAMEO actor code");
      }
      rolesByActor.computeIfAbsent(role.actor(), k -> new ArrayList<>()).add(role);
    }
    rolesByActor.values().forEach(list -> list.sort(LATEST_FIRST));
    for (Actor actor : actors.values()) {
      if (actor.code() != null && !cameo.isValid(actor.code())) {
        throw new IllegalArgumentException("actor " + actor.id() + ": '" + actor.code() + "' is not a valid CAMEO actor code");
      }
      for (String name : actor.names()) {
        List<Actor> same = byName.computeIfAbsent(key(name), k -> new ArrayList<>());
        if (!same.contains(actor)) {
          same.add(actor);
        }
      }
    }
  }

  /** The bundled knowledge base, or the files of {@code resources}' override directory. */
  public static KnowledgeBase load(ResourceLoader resources) {
    Map<String, Actor> actors = new LinkedHashMap<>();
    Map<String, String> demonyms = new HashMap<>();
    Map<String, String> capitals = new HashMap<>();
    Table countries = Table.read(resources, "actors/countries.tsv",
        "code", "names_fr", "names_en", "demonyms_fr", "capital", "capital_fr", "capital_en");
    for (String[] r : countries.rows()) {
      put(actors, new Actor(r[0], ActorKind.STATE, r[0], r[0], names(r[1], r[2]), null, null, null));
      for (String demonym : Table.list(r[3])) {
        demonyms.put(key(demonym), r[0]);
      }
      if (!r[4].isEmpty()) {
        capitals.put(r[4], r[0]);
      }
    }
    CameoCodes cameo = new CameoCodes(resources, actors.keySet());
    Table places = Table.read(resources, "actors/places.tsv", "id", "country", "kind", "lat", "lon", "names_fr", "names_en");
    for (String[] r : places.rows()) {
      put(actors, new Actor(r[0], ActorKind.PLACE, Table.orNull(r[1]), Table.orNull(r[1]), names(r[5], r[6]), null,
          number(r[3]), number(r[4])));
    }
    Table organisations = Table.read(resources, "actors/organisations.tsv",
        "id", "kind", "country", "code", "names_fr", "names_en");
    for (String[] r : organisations.rows()) {
      put(actors, new Actor(r[0], ActorKind.ORGANISATION, Table.orNull(r[2]), r[3], names(r[4], r[5]), null, null, null));
    }
    // An organisation that also publishes (ncri, iaea) keeps its own code and gains the outlet's names.
    OutletRegistry outlets = new OutletRegistry(resources);
    for (Outlet outlet : outlets.all()) {
      Actor body = actors.get(outlet.id());
      if (body == null) {
        put(actors, new Actor(outlet.id(), ActorKind.MEDIA, outlet.country(), outletCode(outlet), outlet.names(), null,
            null, null));
      } else {
        List<String> names = new ArrayList<>(body.names());
        outlet.names().stream().filter(n -> !names.contains(n)).forEach(names::add);
        actors.put(body.id(), new Actor(body.id(), body.kind(), body.country(), body.code(), names, null, null, null));
      }
    }
    Table people = Table.read(resources, "actors/people.tsv", "id", "country", "gender", "names_fr", "names_en");
    for (String[] r : people.rows()) {
      put(actors, new Actor(r[0], ActorKind.PERSON, r[1], null, names(r[3], r[4]), r[2], null, null));
    }
    Table roleTable = Table.read(resources, "actors/roles.tsv", "actor", "office", "body", "code", "start", "end", "title_fr");
    List<Role> roles = roleTable.rows().stream()
        .map(r -> new Role(r[0], r[1], r[2], r[3], r[4], Table.orNull(r[5]), r[6])).toList();
    Table titleTable = Table.read(resources, "actors/titles.tsv", "title", "office", "body", "sector");
    List<Title> titles = titleTable.rows().stream()
        .map(r -> new Title(key(r[0]).replace("{pays}", "{PAYS}"), Table.orNull(r[1]), Table.orNull(r[2]),
            Table.orNull(r[3])))
        .toList();
    Table sectorTable = Table.read(resources, "actors/sectors.tsv", "noun", "sector");
    Map<String, String> sectors = new HashMap<>();
    sectorTable.rows().forEach(r -> sectors.put(key(r[0]), r[1]));
    Table institutionTable = Table.read(resources, "actors/institutions.tsv", "noun");
    List<String> institutions = institutionTable.rows().stream().map(r -> r[0]).toList();
    Table firstNameTable = Table.read(resources, "actors/first-names.tsv", "name");
    List<String> firstNames = firstNameTable.rows().stream().map(r -> r[0]).toList();
    String checksum = ResourceLoader.checksum(Stream.of(countries.checksum(), cameo.checksum(), places.checksum(),
            organisations.checksum(), outlets.checksum(), people.checksum(), roleTable.checksum(), titleTable.checksum(),
            sectorTable.checksum(), institutionTable.checksum(), firstNameTable.checksum())
        .reduce("", String::concat).getBytes(StandardCharsets.UTF_8));
    return new KnowledgeBase(actors, roles, demonyms, capitals, titles, Map.copyOf(sectors), institutions, firstNames,
        cameo, checksum);
  }

  /**
   * This knowledge base with more actors and roles (an imported dictionary). An id already present
   * is an error; a name already present is shared, and the date or the document chooses.
   */
  public KnowledgeBase with(Collection<Actor> more, Collection<Role> moreRoles, String source) {
    Map<String, Actor> all = new LinkedHashMap<>(actors);
    more.forEach(a -> put(all, a));
    List<Role> allRoles = new ArrayList<>(roles);
    allRoles.addAll(moreRoles);
    return new KnowledgeBase(all, allRoles, demonyms, capitals, titles, sectors, institutions, firstNames, cameo,
        ResourceLoader.checksum((checksum + source).getBytes(StandardCharsets.UTF_8)));
  }

  private static void put(Map<String, Actor> actors, Actor actor) {
    if (actors.putIfAbsent(actor.id(), actor) != null) {
      throw new IllegalArgumentException("two actors have the id '" + actor.id() + "'");
    }
  }

  private static List<String> names(String french, String english) {
    List<String> names = new ArrayList<>(Table.list(french));
    Table.list(english).stream().filter(n -> !names.contains(n)).forEach(names::add);
    return names;
  }

  private static Double number(String field) {
    return field.isEmpty() ? null : Double.valueOf(field);
  }

  /** News media code as MED; an outlet run by a government, an opposition or an NGO speaks for it. */
  private static String outletCode(Outlet outlet) {
    return switch (outlet.kind()) {
      case "government" -> outlet.country() + "GOV";
      case "opposition" -> outlet.country() + "OPP";
      case "ngo" -> "NGO";
      default -> outlet.country() + "MED";
    };
  }

  /** How names are compared: case, accents, apostrophes folded, hyphens read as spaces. */
  static String key(String name) {
    return Folding.fold(name).replace('-', ' ').replaceAll("\\s+", " ").strip();
  }

  public Actor actor(String id) {
    return actors.get(id);
  }

  public Collection<Actor> actors() {
    return actors.values();
  }

  public List<Role> roles() {
    return roles;
  }

  /** The actor's roles, the latest first. */
  public List<Role> roles(String actorId) {
    return rolesByActor.getOrDefault(actorId, List.of());
  }

  /** Every actor one of whose names is {@code name} (case, accents and hyphens aside). */
  public List<Actor> named(String name) {
    return byName.getOrDefault(key(name), List.of());
  }

  /** The role the actor held on {@code date} (the latest begun if several), or null. */
  public Role roleOn(String actorId, String date) {
    if (date == null) {
      return null;
    }
    return roles(actorId).stream().filter(r -> r.heldOn(date)).findFirst().orElse(null);
  }

  /** The CAMEO code the actor had on {@code date}: its role's, else its own, else its country's. */
  public String codeOn(Actor actor, String date) {
    Role role = roleOn(actor.id(), date);
    if (role != null) {
      return role.code();
    }
    return actor.code() != null ? actor.code() : actor.country();
  }

  /** Who held {@code office} of {@code body} (a country code or an organisation id) on {@code date}, or null. */
  public Actor holder(String office, String body, String date) {
    if (date == null) {
      return null;
    }
    return roles.stream()
        .filter(r -> r.office().equals(office) && r.body().equals(body) && r.heldOn(date))
        .max(Comparator.comparing((Role r) -> Role.firstDay(r.start())))
        .map(r -> actors.get(r.actor())).orElse(null);
  }

  /** The country (alpha-3) a demonym form names ("irakiennes" → IRQ), or null. */
  public String countryOfDemonym(String word) {
    return demonyms.get(key(word));
  }

  /** The country whose capital the place is, or null. */
  public String countryOfCapital(String placeId) {
    return capitals.get(placeId);
  }

  public List<Title> titles() {
    return titles;
  }

  /** Folded sector nouns ("forces", "régime") to their CAMEO sector. */
  public Map<String, String> sectors() {
    return sectors;
  }

  /** The CAMEO sector a noun names ("forces" → MIL, "Régime" → GOV), or null. */
  public String sectorOf(String noun) {
    return sectors.get(key(noun));
  }

  /** Nouns that head an institution's name ("ministère", "mairie"), lower case. */
  public List<String> institutions() {
    return institutions;
  }

  /** Common first names, as written. */
  public List<String> firstNames() {
    return firstNames;
  }

  public CameoCodes cameo() {
    return cameo;
  }

  public String checksum() {
    return checksum;
  }

  /**
   * What a reviewer must fix: overlapping holders of one office (interim holders aside), and names
   * shared by two actors of the same kind whose roles cannot tell them apart by date.
   */
  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    Map<String, List<Role>> byOffice = new TreeMap<>();
    roles.stream().filter(r -> !r.title().contains("(intérim)"))
        .forEach(r -> byOffice.computeIfAbsent(r.office() + " of " + r.body(), k -> new ArrayList<>()).add(r));
    byOffice.forEach((office, holders) -> {
      for (int i = 0; i < holders.size(); i++) {
        for (int j = i + 1; j < holders.size(); j++) {
          Role a = holders.get(i);
          Role b = holders.get(j);
          if (a.overlaps(b) && !a.actor().equals(b.actor())) {
            problems.add(office + ": " + a.actor() + " (" + a.start() + " to " + a.end() + ") and " + b.actor() + " ("
                + b.start() + " to " + b.end() + ") overlap");
          }
        }
      }
    });
    new TreeMap<>(byName).forEach((name, named) -> {
      for (ActorKind kind : ActorKind.values()) {
        List<Actor> same = named.stream().filter(a -> a.kind() == kind).toList();
        if (same.size() > 1 && !decidedByDate(same)) {
          problems.add("the name '" + name + "' belongs to " + same.stream().map(Actor::id).toList()
              + ", and no date tells them apart");
        }
      }
    });
    return problems;
  }

  /** Actors sharing a name can be told apart when each holds roles and no two of their roles overlap. */
  private boolean decidedByDate(List<Actor> same) {
    for (int i = 0; i < same.size(); i++) {
      if (roles(same.get(i).id()).isEmpty()) {
        return false;
      }
      for (int j = i + 1; j < same.size(); j++) {
        for (Role a : roles(same.get(i).id())) {
          for (Role b : roles(same.get(j).id())) {
            if (a.overlaps(b)) {
              return false;
            }
          }
        }
      }
    }
    return true;
  }
}
