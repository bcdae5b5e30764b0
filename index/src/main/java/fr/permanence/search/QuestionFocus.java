package fr.permanence.search;

import fr.permanence.analysis.Terms;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;

/**
 * What a member's message actually asks, apart from the situation it describes. In "Je suis dev
 * dans une ESN de 200 personnes. Mon manager m'appelle sur Slack à 23 h. Est-ce que j'ai le droit
 * de ne pas répondre ?" the last sentence is the question; the others are context, which the
 * search weighs less and whose names (Slack, ESN) no quoted passage needs to mention.
 *
 * <p>The focus is every sentence ending with a question mark; without one, every sentence of
 * interrogative form ("Comment…", "Est-ce que…", "Peut-on…", "…a-t-il…", and chat's "…c'est
 * normal", "…j'ai le droit de…" anywhere in the sentence); without one either, the
 * last sentence. A focus of fewer than {@link #MIN_FOCUS_TERMS} searchable words ("Elle a
 * raison ?") refers to what precedes it: the sentence before joins the focus. A message of one
 * sentence is all focus.
 *
 * <p>Where something happens at work is its setting, not what is asked: "des caméras dans les
 * bureaux", "un logiciel installé dans l'atelier", "au magasin" ({@link #SETTING}). Such a
 * phrase goes to the context, so that the articles on a "bureau de conciliation" or on "ateliers
 * et chantiers d'insertion" no longer outrank those on the cameras asked about; not when the
 * focus would be left with fewer than {@link #MIN_FOCUS_TERMS} searchable words ("le wifi au
 * bureau ?"), nor when the place is named by what follows it ("au bureau de vote").
 *
 * @param focus the sentences asked, in their order
 * @param context the other sentences, in their order ("" when none)
 * @param focusTerms the focus's analysed terms, in order, without repeats
 * @param contextTerms the context's analysed terms that are not in the focus, in order, without repeats
 */
record QuestionFocus(String focus, String context, List<String> focusTerms, List<String> contextTerms) {
  /** Fewer searchable words than this, and the question leans on the sentence before it. */
  static final int MIN_FOCUS_TERMS = 3;

  /** A sentence end: . ! ? … (and closing quotes or brackets), then spaces; or a line break. */
  private static final Pattern END = Pattern.compile("(?<=[.!?…])[»\"')\\]]*\\s+|\\s*\\n+\\s*");
  /** The word before a full stop that makes it an abbreviation, not a sentence end ("art.", "L.", "p."). */
  private static final Pattern ABBREVIATION = Pattern.compile(
      "(?:^|[\\s('’])(?:\\p{L}|art|arts|al|cf|ex|etc|pp|n°|mme|mlle|dr|env|cad|vs)\\.$",
      Pattern.CASE_INSENSITIVE);
  /** Sentences that ask without a question mark: interrogative words first, or a subject inverted after the verb. */
  private static final Pattern INTERROGATIVE = Pattern.compile(
      "^(?:est-ce|comment|combien|quel|quelle|quels|quelles|pourquoi|quand|où|ou est|qui|que|quoi|lequel|laquelle"
          + "|peut-on|puis-je|dois-je|ai-je|suis-je|doit-on|faut-il|est-il|a-t-on|y a-t-il"
          + "|je (?:voudrais|souhaite|souhaiterais|aimerais) savoir|j'aimerais savoir|savez-vous|pouvez-vous)\\b"
          + "|\\p{L}+-(?:t-)?(?:il|elle|on|ils|elles|je|vous|nous)\\b"
          // Chat asks without inversion nor question mark, anywhere in the sentence: "mon chef
          // m'appelle le soir, j'ai le droit de pas répondre", "c'est combien la prime".
          + "|\\b(?:c'est|c’est)\\s+(?:quoi|combien|normal|légal|legal|possible|obligatoire|autorisé|autorise)\\b"
          + "|\\b(?:j'ai|j’ai|on a|il a|elle a|ils ont|elles ont)\\s+(?:le\\s+)?droit\\b",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * A question asking who someone is ("qui dirige…", "c'est qui le…", in a text message "c ki le…",
   * "le nom du…", "qui est la secrétaire…", "qui est le ministre…", "comment il s'appelle") or who did one past deed ("qui a gagné…", "qui a écrit…", "qui a fondé…"): the texts — the law, the Ministry's sheets, the agreement, the union's
   * documents — explain rules and positions, they are no directory of today's office holders.
   */
  private static final Pattern ASKS_FOR_A_PERSON = Pattern.compile(
      "(?iu)\\b(?:qui\\s+(?:dirige|préside|preside|représente|represente|s'occupe|s’occupe|est\\s+(?:le|la|l'|l’)\\s*"
          + "(?:président|présidente|president|presidente|secrétaire|secretaire|directeur|directrice|dirigeant|dirigeante"
          + "|patron|patronne|chef|inspecteur|inspectrice|médecin|medecin|délégué|déléguée|delegue|deleguee|ministre))"
          + "|c'?\\s*est\\s+(?:qui|ki)|c’\\s*est\\s+(?:qui|ki)|\\bc\\s+(?:qui|ki)\\b|comment\\s+(?:(?:il|elle)\\s+)?s['’]appelle|(?:il|elle)\\s+s['’]appelle\\s+comment|(?:le|son|leur)\\s+nom\\s+(?:du|de|d['’])"
          // who did one past deed: won a race, wrote a book, founded a company — a person and an event
          + "|qui\\s+(?:l['’]\\s*)?a\\s+(?:gagné|gagne|remporté|remporte|écrit|ecrit|rédigé|redige|fondé|fonde|inventé|invente))");

  /**
   * A workplace's premises after a preposition of place: "dans les bureaux", "à l'atelier", "sur le
   * chantier", "dans l'open space". Only premises: a car park, a canteen or a changing room is as
   * often the thing asked about ("un parking près du boulot ?") as where it happens. Not followed
   * by a complement that makes it an institution or a body ("bureau de vote", "bureau de
   * jugement", "atelier de découpe" names what is asked).
   */
  private static final Pattern SETTING = Pattern.compile(
      "(?iu)(?<![\\p{L}])(?:(?:dans|sur|devant|au|aux|en)\\s+"
          + "(?:(?:le|la|les|l['’]|mon|ma|mes|notre|nos|leur|leurs|son|sa|ses|ce|cet|cette|ces|un|une|des)\\s*)?"
          // "à l'atelier", and "a l'atelier" typed without its accent; not "il y a un bureau" (the verb)
          + "|[àa]\\s+(?:la|le|les|l['’]|mon|ma|mes|notre|nos)\\s*)"
          + "(?:bureaux?|open[ -]?spaces?|ateliers?|locaux|usines?|entrep[ôo]ts?|magasins?|boutiques?|agences?"
          + "|chantiers?)(?![\\p{L}])(?!\\s+(?:de|d['’]|du|des)(?![\\p{L}]))");

  /** An aside in brackets ("(un keylogger genre Hubstaff)"): an example or a detail, not what is asked. */
  private static final Pattern ASIDE = Pattern.compile("\\s*\\([^()]*\\)");

  /** {@code text} without its asides in brackets: where the names a passage must mention are looked for. */
  static String withoutAsides(String text) {
    String out = ASIDE.matcher(text).replaceAll("").strip();
    return out.isEmpty() ? text : out;
  }

  /** Whether {@code focus} asks who someone is ({@link #ASKS_FOR_A_PERSON}). */
  static boolean asksForAPerson(String focus) {
    return ASKS_FOR_A_PERSON.matcher(focus).find();
  }

  QuestionFocus {
    focusTerms = List.copyOf(focusTerms);
    contextTerms = List.copyOf(contextTerms);
  }

  /** Whether the message has context apart from its question. */
  boolean hasContext() {
    return !contextTerms.isEmpty();
  }

  /** The whole of {@code question} as its focus, without context. */
  static QuestionFocus whole(String question, Analyzer analyzer) {
    return new QuestionFocus(question, "", distinct(Terms.of(analyzer, question)), List.of());
  }

  /** {@code focus} and {@code context}, the focus's settings ({@link #SETTING}) moved to the context. */
  private static QuestionFocus settingApart(String focus, String context, Analyzer analyzer) {
    Matcher m = SETTING.matcher(focus);
    StringBuilder settings = new StringBuilder();
    StringBuilder rest = new StringBuilder();
    while (m.find()) {
      settings.append(settings.length() == 0 ? "" : " ").append(m.group().strip());
      m.appendReplacement(rest, " ");
    }
    m.appendTail(rest);
    String asked = rest.toString().replaceAll("\\s{2,}", " ").strip();
    if (settings.length() == 0 || Terms.of(analyzer, asked).size() < MIN_FOCUS_TERMS) {
      asked = focus;
      settings.setLength(0);
    }
    String around = context.isEmpty() ? settings.toString()
        : settings.length() == 0 ? context : context + " " + settings;
    List<String> focusTerms = distinct(Terms.of(analyzer, asked));
    List<String> contextTerms = new ArrayList<>(distinct(Terms.of(analyzer, around)));
    contextTerms.removeAll(focusTerms);
    return new QuestionFocus(asked, around, focusTerms, contextTerms);
  }

  /** Finds the focus of {@code question}, its words analysed by {@code analyzer}. */
  static QuestionFocus of(String question, Analyzer analyzer) {
    List<String> sentences = sentences(question);
    if (sentences.size() <= 1) {
      return settingApart(question, "", analyzer);
    }
    boolean[] asked = new boolean[sentences.size()];
    boolean any = mark(sentences, asked, s -> s.endsWith("?") || s.matches("(?s).*\\?[»\"')\\]]*$"));
    if (!any) {
      any = mark(sentences, asked, s -> INTERROGATIVE.matcher(s.toLowerCase(Locale.ROOT)).find());
    }
    if (!any) {
      asked[sentences.size() - 1] = true;
    }
    // A short question ("Elle a raison ?") is about the sentence before it.
    for (int i = sentences.size() - 1; i > 0; i--) {
      if (asked[i] && !asked[i - 1] && Terms.of(analyzer, sentences.get(i)).size() < MIN_FOCUS_TERMS) {
        asked[i - 1] = true;
      }
    }
    StringBuilder focus = new StringBuilder();
    StringBuilder context = new StringBuilder();
    for (int i = 0; i < sentences.size(); i++) {
      StringBuilder into = asked[i] ? focus : context;
      into.append(into.length() == 0 ? "" : " ").append(sentences.get(i));
    }
    return settingApart(focus.toString(), context.toString(), analyzer);
  }

  /** The sentences of {@code text}, stripped; a full stop after an abbreviation does not end one. */
  static List<String> sentences(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = END.matcher(text);
    int start = 0;
    while (m.find()) {
      String candidate = text.substring(start, m.start()).strip();
      boolean newline = m.group().contains("\n");
      if (!newline && candidate.endsWith(".") && ABBREVIATION.matcher(candidate).find()) {
        continue;
      }
      if (!candidate.isEmpty()) {
        out.add(candidate);
      }
      start = m.end();
    }
    String last = text.substring(start).strip();
    if (!last.isEmpty()) {
      out.add(last);
    }
    return out;
  }

  private static boolean mark(List<String> sentences, boolean[] asked, Predicate<String> test) {
    boolean any = false;
    for (int i = 0; i < sentences.size(); i++) {
      if (test.test(sentences.get(i))) {
        asked[i] = true;
        any = true;
      }
    }
    return any;
  }

  private static List<String> distinct(List<String> terms) {
    Set<String> set = new LinkedHashSet<>(terms);
    return new ArrayList<>(set);
  }
}
