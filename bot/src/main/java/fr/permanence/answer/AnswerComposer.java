package fr.permanence.answer;

import fr.permanence.analysis.LegalReferences;
import fr.permanence.corpus.Article;
import fr.permanence.corpus.Passage;
import fr.permanence.corpus.SourceKind;
import fr.permanence.search.Hit;
import fr.permanence.search.SearchResult;
import fr.permanence.text.ListItems;
import fr.permanence.text.SentenceSplitter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The extractive answer, without any language model: up to three passages, each trimmed to its
 * most relevant sentences, quoted verbatim and followed by its citation; a reminder that this
 * is not legal advice; or an honest "nothing reliable found" that points to a person.
 *
 * <p>When a source says it plainly (a fact sheet's section, an article of the code or of the
 * agreement), its best sentence is the first line; the other quotes follow grouped by kind of
 * source: what the law says, what the Ministry explains, what the agreement adds, what the
 * union's documents say.
 *
 * <p>Thread-safety: immutable; safe to share.
 */
public final class AnswerComposer implements Answerer {
  /** Discord rejects longer message content; Matrix and the console accept it too. */
  public static final int MESSAGE_LIMIT = 2_000;
  /** Passages quoted at most: more would not fit a chat message nor be read. */
  static final int MAX_QUOTES = 3;
  /** A hit scoring under this share of the best one is too weak to quote beside it. */
  static final double MIN_RELATIVE_SCORE = 0.55;
  /** Longest quote: three quotes, their citations and the reminder fit in one chat message. */
  static final int MAX_QUOTE_CHARS = 480;
  /** Articles offered in "Voir aussi" at most. */
  static final int MAX_SEE_ALSO = 3;
  /** Hits searched for each question. */
  static final int SEARCH_LIMIT = 10;
  /** Marks sentences left out between two quoted ones. */
  static final String ELLIPSIS = " […] ";
  /** The order of the groups of quotes: the law, its plain explanation, the agreement, the union. */
  static final List<SourceKind> GROUPS =
      List.of(SourceKind.CODE, SourceKind.FICHE, SourceKind.CONVENTION, SourceKind.DOCUMENT);
  /** Sources whose best sentence can open an answer: they state rules, in plain or legal words. */
  static final Set<SourceKind> PLAIN = Set.of(SourceKind.FICHE, SourceKind.CODE, SourceKind.CONVENTION);

  private final BiFunction<String, Integer, SearchResult> search;
  private final Function<String, Optional<Passage>> articles;
  private final String contact;

  /**
   * @param search the passage search, (question, limit) → result
   * @param articles looks an article up by number, for "Voir aussi"
   * @param contact who members should ask, e.g. "la permanence juridique de l'UD (01 23 45 67 89)"
   */
  public AnswerComposer(BiFunction<String, Integer, SearchResult> search,
      Function<String, Optional<Passage>> articles, String contact) {
    this.search = Objects.requireNonNull(search, "search");
    this.articles = Objects.requireNonNull(articles, "articles");
    this.contact = Objects.requireNonNull(contact, "contact");
  }

  @Override
  public Answer answer(String question) {
    return answer(question, false);
  }

  @Override
  public Answer answer(String question, boolean filesSent) {
    return compose(search.apply(question == null ? "" : question, SEARCH_LIMIT), filesSent);
  }

  /** The answer for a search already made. */
  public Answer compose(SearchResult result) {
    return compose(result, false);
  }

  /**
   * The answer for a search already made, for a question sent with files when {@code filesSent}:
   * then, as when the question points at a file or an earlier message ({@link UnseenMaterial}),
   * it says first that the bot reads this message alone.
   */
  public Answer compose(SearchResult result, boolean filesSent) {
    String unseen = UnseenMaterial.notice(result.question(), filesSent);
    String missing = Messages.missingArticles(result.missingReferences());
    String preface = unseen + missing;
    if (!result.problem().isEmpty() && result.hits().isEmpty()) {
      return refusal(result, missing.isEmpty() ? unseen + Messages.unsearchable(result.problem())
          : preface + Messages.nothingReliable(contact));
    }
    if (!result.answerable()) {
      return refusal(result, preface + Messages.nothingReliable(contact));
    }
    List<Hit> chosen = chosen(result.hits());
    List<String> seeAlso = seeAlso(chosen, result.hits());
    Hit leadHit = lead(chosen);
    Quote lead = leadHit == null ? null : quotes(List.of(leadHit), 1).get(0);
    List<Hit> others = chosen.stream().filter(h -> h != leadHit).toList();
    // Keep as many passages as fit, with fewer sentences each before dropping a passage.
    for (int count = others.size(); count >= 0; count--) {
      for (int sentences = 2; sentences >= 1; sentences--) {
        List<Quote> quotes = grouped(quotes(others.subList(0, count), sentences));
        String text = preface + render(lead, quotes, seeAlso);
        if (text.length() <= MESSAGE_LIMIT && (lead != null || !quotes.isEmpty())) {
          return answer(result, text, lead, quotes, seeAlso);
        }
      }
    }
    Quote one = lead != null ? lead : quotes(others.subList(0, 1), 1).get(0);
    List<Quote> none = List.of();
    one = shorten(one, (preface + render(one, none, seeAlso)).length() - MESSAGE_LIMIT);
    return answer(result, preface + render(one, none, seeAlso), one, none, seeAlso);
  }

  private static Answer answer(SearchResult result, String text, Quote lead, List<Quote> quotes, List<String> seeAlso) {
    List<Quote> all = new ArrayList<>();
    if (lead != null) {
      all.add(lead);
    }
    all.addAll(quotes);
    return new Answer(result.question(), true, text, all, seeAlso, "extractive", result);
  }

  /** {@code quotes} in the order of {@link #GROUPS}, each group in rank order. */
  private static List<Quote> grouped(List<Quote> quotes) {
    List<Quote> grouped = new ArrayList<>(quotes.size());
    for (SourceKind kind : GROUPS) {
      quotes.stream().filter(q -> q.citation().kind() == kind).forEach(grouped::add);
    }
    return grouped;
  }

  private Answer refusal(SearchResult result, String text) {
    return new Answer(result.question(), false, text, List.of(), List.of(), "extractive", result);
  }

  /**
   * The hit whose best sentence opens the answer: the first of a source that states rules plainly
   * ({@link #PLAIN}); when the question asks for a figure ("combien de jours", "quel délai"), the
   * first such hit stating it, if one of the quoted ones does ("25 jours ouvrés" rather than an
   * article saying only that every employee has a right to leave). Null when none is plain.
   */
  private static Hit lead(List<Hit> chosen) {
    List<Hit> plain = chosen.stream().filter(h -> PLAIN.contains(h.passage().kind())).toList();
    return plain.stream().filter(Hit::statesQuantityAsked).findFirst()
        .orElse(plain.isEmpty() ? null : plain.get(0));
  }

  private static List<Hit> chosen(List<Hit> hits) {
    List<Hit> chosen = new ArrayList<>();
    float best = hits.get(0).score();
    for (Hit h : hits) {
      if (chosen.size() == MAX_QUOTES || h.score() < best * MIN_RELATIVE_SCORE) {
        break;
      }
      chosen.add(h);
    }
    return chosen;
  }

  private static List<Quote> quotes(List<Hit> hits, int sentences) {
    List<Quote> quotes = new ArrayList<>();
    for (Hit h : hits) {
      Quote q = new Quote(excerpt(h, sentences), Citation.of(h.passage()), h.score());
      quotes.add(q.text().length() > MAX_QUOTE_CHARS ? shorten(q, q.text().length() - MAX_QUOTE_CHARS) : q);
    }
    return quotes;
  }

  /**
   * The hit's {@code sentences} best sentences, verbatim, in text order; "[…]" where sentences of the
   * passage were left out. When the first is an item of a list ("3° Pour les cadres, de quatre
   * mois."), the lines introducing it come first ("Le contrat … peut comporter une période d'essai
   * dont la durée maximale est :"), as many as the quote's length allows, the nearest kept longest:
   * an item alone does not say what it counts.
   */
  static String excerpt(Hit hit, int sentences) {
    List<String> picked = hit.highlights().isEmpty()
        ? SentenceSplitter.sentences(hit.passage().text()).stream().limit(1).toList()
        : sentences == 1 ? List.of(alone(hit.highlights())) : hit.best(sentences);
    String text = hit.passage().text();
    picked = withLeadIns(text, picked);
    StringBuilder out = new StringBuilder();
    int previousEnd = -1;
    for (String s : picked) {
      int at = text.indexOf(s, Math.max(0, previousEnd));
      if (out.length() > 0) {
        boolean adjacent = at >= 0 && text.substring(previousEnd, at).isBlank();
        out.append(adjacent ? " " : ELLIPSIS);
      } else if (at > 0) {
        out.append("[…] ");
      }
      out.append(s.replaceAll("\\s*\\n+\\s*", " "));
      previousEnd = at < 0 ? previousEnd : at + s.length();
    }
    if (previousEnd >= 0 && previousEnd < text.strip().length()) {
      out.append(" […]");
    }
    return out.toString();
  }

  /**
   * {@code picked} (in text order) with the lines introducing its first sentence before it when
   * that sentence is an item of a list, those not quoted already, the outermost dropped first
   * while the whole would exceed {@link #MAX_QUOTE_CHARS}.
   */
  private static List<String> withLeadIns(String text, List<String> picked) {
    if (picked.isEmpty()) {
      return picked;
    }
    int at = text.indexOf(picked.get(0));
    List<String> leadIns = new ArrayList<>();
    if (at >= 0) {
      for (int[] span : ListItems.leadIns(text, at)) {
        String line = text.substring(span[0], span[1]);
        if (!picked.contains(line)) {
          leadIns.add(line);
        }
      }
    }
    int length = picked.stream().mapToInt(String::length).sum();
    while (!leadIns.isEmpty()
        && length + leadIns.stream().mapToInt(l -> l.length() + ELLIPSIS.length()).sum() > MAX_QUOTE_CHARS) {
      leadIns.remove(0);
    }
    if (leadIns.isEmpty()) {
      return picked;
    }
    List<String> all = new ArrayList<>(leadIns);
    all.addAll(picked);
    return all;
  }

  /** The best of {@code highlights} (best first) that reads on its own, else the best. */
  private static String alone(List<String> highlights) {
    return highlights.stream().filter(OpeningSentence::standsAlone).findFirst().orElse(highlights.get(0));
  }

  /**
   * Articles the quoted passages point to, not quoted themselves: those a passage names in its text
   * ("art. L. 2315-94"), then those a fact sheet's section cites that the search also found for this
   * question, in the search's order. A section cites every article it rests on, often a dozen (the
   * sheet on sick leave cites the occupational-health and training articles too): offering those the
   * question does not reach would point members to unrelated law.
   */
  private List<String> seeAlso(List<Hit> quoted, List<Hit> found) {
    Set<String> excluded = new LinkedHashSet<>();
    quoted.stream().map(h -> h.passage().article()).filter(a -> a != null).forEach(a -> excluded.add(a.number()));
    Set<String> cited = new LinkedHashSet<>();
    List<String> candidates = new ArrayList<>();
    for (Hit h : quoted) {
      if (h.passage().article() == null) {
        candidates.addAll(LegalReferences.find(h.passage().text()));
        cited.addAll(h.passage().cites());
      }
    }
    found.stream().map(h -> h.passage().article()).filter(a -> a != null && cited.contains(a.number()))
        .forEach(a -> candidates.add(a.number()));
    Set<String> offered = new LinkedHashSet<>();
    for (String ref : candidates) {
      if (offered.size() < MAX_SEE_ALSO && !excluded.contains(ref) && articles.apply(ref).isPresent()) {
        offered.add(ref);
      }
    }
    return List.copyOf(offered);
  }

  private String render(Quote lead, List<Quote> quotes, List<String> seeAlso) {
    StringBuilder out = new StringBuilder();
    if (lead != null) {
      out.append("« ").append(lead.text()).append(" »\n— ").append(Messages.source(lead.citation()));
    } else {
      out.append(Messages.INTRO);
    }
    SourceKind group = null;
    for (Quote q : quotes) {
      if (q.citation().kind() != group) {
        group = q.citation().kind();
        out.append("\n\n").append(Messages.heading(group));
      }
      out.append("\n• « ").append(q.text()).append(" »\n  — ").append(Messages.source(q.citation()));
    }
    if (!seeAlso.isEmpty()) {
      out.append("\n\n").append(Messages.seeAlso(seeAlso, articles));
    }
    out.append("\n\n").append(Messages.disclaimer(contact));
    return out.toString();
  }

  private static Quote shorten(Quote q, int excess) {
    String text = q.text();
    int keep = Math.max(40, text.length() - excess - 8);
    int cut = text.lastIndexOf(' ', keep);
    return new Quote(text.substring(0, cut > 0 ? cut : keep) + " […]", q.citation(), q.score());
  }
}
