package fr.permanence.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the spellings of text messages and chat into standard French before a question is
 * searched: "jai droit a cb de jours ds ma boite ?" becomes "j'ai droit a combien de jours dans
 * ma boite ?". Spellings are rewritten — abbreviations, phonetic spellings, truncations.
 * Without this step such forms are either searched as rare words ("cb" and "mm" appear in a
 * handful of technical articles, so they pull those articles up) or lost, and a question in
 * "c cb ?" form is not recognised as one.
 *
 * <p>Words are the lexicon's business (corpus/lexicon), which adds the law's word to the
 * member's: "taf" also searches "travail". But the question's own words are searched too, as
 * written, and there the lexicon cannot take a word away: the few slang words whose stem is
 * another word of the texts are therefore rewritten here — "boss" stems like the "bosses" of a
 * floor, "lourdé" like a "faute lourde", and "n+1" is analysed as the number 1. Rewriting more common slang into its
 * everyday equivalent ("je bosse" → "je travaille", "ma boîte" → "l'entreprise") was measured
 * and dropped: the standard word is so common in the texts that it outweighed the rest of the
 * question ("je bosse" keeps its few "bosses" of floors). "Viré" stays too: "on m'a viré mon
 * salaire" is a transfer.
 *
 * <p>A word written all in capitals is an acronym and left alone ("DS" is a délégué syndical,
 * "ds" is "dans"). Rules only apply to whole words. Each rule says which usage justifies it;
 * rules whose short form is also a common word or acronym of working life are left out (for
 * instance "t" (tu es), "g" (j'ai), "sa" (ça), "avc").
 *
 * <p>Immutable and thread-safe.
 */
public final class InformalFrench {
  /** Not inside a word: letters, digits, apostrophes and hyphens join a word. */
  private static final String BEFORE = "(?<![\\p{L}\\p{N}'’\\-])";
  private static final String AFTER = "(?![\\p{L}\\p{N}'’\\-])";
  /**
   * The start of a whole word, or of the word an elided article or pronoun is glued to ("d'heures
   * sup", "l'indem", "qu'ya"): French writes "combien d'heures" with no space, and the word after
   * the apostrophe is a word of its own.
   */
  private static final String WORD_START = "(?:" + BEFORE + "|(?<=(?<![\\p{L}\\p{N}])(?:[cdjlmnst]|qu)['’]))";

  /**
   * One rewrite: {@code form} (a regular expression, whole words, any case) and its standard
   * spelling. {@code cues} are strings (in {@link #fold folded} case) one of which is in every
   * text the form matches: a text with none of them is passed over without running the
   * expression; a rule without cues is always run.
   */
  private record Rule(Pattern form, String standard, List<String> cues) {
    Rule(Pattern form, String standard, String... cues) {
      this(form, standard, List.of(cues));
    }

    static Rule words(String forms, String standard) {
      return new Rule(Pattern.compile(WORD_START + "(?:" + forms + ")" + AFTER,
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), standard, InformalFrench.cues(forms));
    }

    /** Whether a text whose folded form is {@code folded} may hold the form. */
    boolean mayMatch(String folded) {
      return cues.isEmpty() || cues.stream().anyMatch(folded::contains);
    }
  }

  private static final List<Rule> RULES = List.of(
      // Phonetic and consonant-only spellings of question words: "cb de jours", "pq", "koi".
      Rule.words("cb|cbn|cmb|cmbien|conbien", "combien"),
      Rule.words("pq|pk|pourkoi|pourquoa", "pourquoi"),
      Rule.words("pcq|pck|psk|paske|pasque", "parce que"),
      Rule.words("qd|kan|kand", "quand"),
      Rule.words("koi|quoa", "quoi"),
      Rule.words("cmt|koment|comen", "comment"),
      Rule.words("kel", "quel"),
      Rule.words("kelle", "quelle"),
      // "c normal ?", "c quoi" : "c" alone before a word stands for "c'est" (never a full stop,
      // a bracket or the end: "c)" numbers a list item).
      // Lowercase only: "en C" is a programming language.
      new Rule(Pattern.compile(BEFORE + "c(?=\\s+[\\p{L}\\d])"), "c'est", "c"),
      // The first person glued to its verb, as typed on a phone: "jai", "jsuis", "chui".
      Rule.words("jai|j ai", "j'ai"),
      Rule.words("jsuis|jsui|chui|chuis|j'suis|j’suis", "je suis"),
      Rule.words("jsais|jsai|chais", "je sais"),
      Rule.words("jpeux|jpe|jpeu", "je peux"),
      Rule.words("jdois|jdoi", "je dois"),
      Rule.words("jvais|jvai", "je vais"),
      Rule.words("jveux|jveu", "je veux"),
      Rule.words("jme", "je me"),
      Rule.words("ya|y'a|y’a", "il y a"),
      // The usual shorthand of text messages.
      Rule.words("pr", "pour"),
      Rule.words("pdt", "pendant"),
      Rule.words("dc", "donc"),
      Rule.words("ns", "nous"),
      Rule.words("vs", "vous"),
      Rule.words("tt", "tout"),
      Rule.words("tte", "toute"),
      Rule.words("ttes", "toutes"),
      Rule.words("tts", "tous"),
      Rule.words("tjrs|tjr|tjs", "toujours"),
      Rule.words("bcp", "beaucoup"),
      Rule.words("qqn|qqun|qqn'un", "quelqu'un"),
      Rule.words("qqch|qqc|qqchose", "quelque chose"),
      Rule.words("qq", "quelque"),
      Rule.words("mtn|mnt", "maintenant"),
      Rule.words("auj|ajd|aujd|aujourdhui", "aujourd'hui"),
      Rule.words("rdv", "rendez-vous"),
      Rule.words("stp|svp|svpl", "s'il vous plaît"),
      Rule.words("slt|bjr", "bonjour"),
      Rule.words("mrc|mci|mrci", "merci"),
      // "mm" is "même", except after a number, where it is a millimetre ("10 mm").
      new Rule(Pattern.compile("(?<![\\p{L}\\p{N}'’\\-]|\\d\\s{0,2})mm" + AFTER, Pattern.CASE_INSENSITIVE), "même", "mm"),
      // "ds ma boîte" is "dans"; after a determiner ("le ds", "notre ds") it is the délégué syndical.
      new Rule(Pattern.compile("(?<!\\b(?:le|un|du|au|mon|ton|son|notre|votre|leur|les|des|nos|vos|leurs|aux)\\s{1,3})"
          + BEFORE + "ds" + AFTER, Pattern.CASE_INSENSITIVE), "dans", "ds"),
      Rule.words("ds", "délégué syndical"),
      // "plein de mails", "on est plein à…": spoken French for "beaucoup", whose stem is that of
      // "temps plein", "plein emploi" and "trop-plein"; not after "temps", "le" ("faire le plein
      // de") nor "en" ("en plein de…").
      new Rule(Pattern.compile("(?<!\\b(?:temps|le|en|du|au)\\s{1,3})" + BEFORE + "plein(?=\\s+(?:de|des|d['’]|à|a)"
          + AFTER + "|\\s+d['’])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), "beaucoup", "plein"),
      // The clipped words of working life: "dispo", "une alloc", "la sécu". Not "perso" (personnel
      // or personnelles: "données perso" would become the staff) nor "appli" ("application" is
      // everywhere in the law: "pour l'application du présent article").
      Rule.words("dispo|dispos", "disponible"),
      Rule.words("alloc", "allocation"),
      Rule.words("allocs", "allocations"),
      Rule.words("indem|indemn", "indemnité"),
      Rule.words("indems", "indemnités"),
      Rule.words("sécu|secu", "sécurité sociale"),
      // "12 h max", "combien d'heures maxi", "la pause mini" : the clipped maximum and minimum,
      // which the law writes as durations "maximale", "minimale" (joined by the lexicon's families).
      Rule.words("max|maxi", "maximum"),
      Rule.words("mini", "minimum"),
      Rule.words("prudhommes|prudhomme|prud'hom|prud’hom|prudhom|prudhome|prudhomes|prud hommes|prud'homme|prud’homme",
          "prud'hommes"),
      // The "n+1" is the direct superior; analysed as it is written, it is only the number 1.
      new Rule(Pattern.compile("(?<![\\p{L}\\p{N}])n\\s?\\+\\s?[12](?!\\p{N})", Pattern.CASE_INSENSITIVE),
          "supérieur hiérarchique", "+"),
      // Slang whose stem is another word of the texts (see above).
      Rule.words("big boss|boss", "employeur"),
      Rule.words("lourdé|lourdée|lourdés|lourder", "licencié"),
      // Clippings whose stem is another word's: "dev" stems like "devant", "devait", "devis"; "dem"
      // like "demi" (a lexicon rule on those stems fired on "devant le juge").
      Rule.words("dev", "développeur"),
      Rule.words("devs", "développeurs"),
      Rule.words("dem", "démission"),
      // Truncations that only mean something after their noun: "heures sup", "rupture conv".
      Rule.words("(?:heures?|h)\\s+(?:sup|supp|sups|supps)", "heures supplémentaires"),
      Rule.words("rupture\\s+conv|rupt\\s+conv|rupture\\s+co", "rupture conventionnelle"),
      Rule.words("conv\\s+(?:coll|collec|collect|collective|co)|convention\\s+(?:coll|collec|collect)", "convention collective"),
      Rule.words("conv(?=\\s+syntec)", "convention"),
      Rule.words("licenciement\\s+[ée]co|licenciements\\s+[ée]co|lic\\s+[ée]co", "licenciement économique"),
      Rule.words("congés?\\s+mat|congés?\\s+mater", "congé maternité"),
      Rule.words("congés?\\s+pat|congés?\\s+pater", "congé paternité"),
      Rule.words("visite\\s+m[ée]d|visite\\s+m[ée]dic", "visite médicale"),
      Rule.words("entretien\\s+pr[ée]a|entretien\\s+pr[ée]al", "entretien préalable"),
      Rule.words("p[ée]riode\\s+d'ess|pe\\s+d'essai", "période d'essai"),
      Rule.words("arr[eê]t\\s+mal|arr[eê]t\\s+mala", "arrêt maladie"),
      // "Ça compte comme un accident du travail ?", "les heures de trajet comptent comme du travail
      // effectif ?": to count as, the everyday way to ask whether a fact falls under a legal
      // category. Analysed as written, "compte" is the noun of the compte personnel de formation
      // and the compte épargne-temps, everywhere in the law. What is asked is whether the fact is
      // the category that follows ("est-ce un accident du travail ?"): the verb is dropped for "est".
      Rule.words("compte\\s+comme|comptent\\s+comme|compter\\s+comme|comptera\\s+comme|compt[ée]e?s?\\s+comme",
          "est"),
      Rule.words("mi[- ]temps\\s+th[ée]rap|mi[- ]temps\\s+th[ée]ra|mtt", "mi-temps thérapeutique"));

  private InformalFrench() {}

  /** {@code text} with its informal spellings in standard French; everything else as it was. */
  public static String normalize(String text) {
    String out = text;
    String folded = fold(text);
    for (Rule rule : RULES) {
      if (rule.mayMatch(folded)) {
        String rewritten = replace(out, rule);
        if (!rewritten.equals(out)) {
          out = rewritten;
          folded = fold(out);
        }
      }
    }
    return out;
  }

  /**
   * {@code text} with each character in the case that case-insensitive matching compares (lower
   * case of upper case): a form matches a text only where their folded characters are equal.
   */
  static String fold(String text) {
    StringBuilder folded = new StringBuilder(text.length());
    text.codePoints().forEach(c -> folded.appendCodePoint(Character.toLowerCase(Character.toUpperCase(c))));
    return folded.toString();
  }

  /**
   * The cues of a rule's {@code forms} (alternatives separated by "|"): the literal beginning of
   * each alternative, folded, up to its first pattern character or optional letter ("congés?"
   * gives "congé"). None when an alternative begins with a pattern: the rule is always run.
   */
  static List<String> cues(String forms) {
    List<String> cues = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i <= forms.length(); i++) {
      char c = i < forms.length() ? forms.charAt(i) : '|';
      if (c == '\\') {
        i++; // an escaped character is never a separator
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth == 0) {
        String literal = literalStart(forms.substring(start, i));
        if (literal.isEmpty()) {
          return List.of();
        }
        cues.add(fold(literal));
        start = i + 1;
      }
    }
    return List.copyOf(cues);
  }

  /** The characters {@code alternative} matches literally before its first pattern character or optional letter. */
  private static String literalStart(String alternative) {
    StringBuilder literal = new StringBuilder();
    for (int i = 0; i < alternative.length(); i++) {
      char c = alternative.charAt(i);
      boolean optional = i + 1 < alternative.length() && "?*{".indexOf(alternative.charAt(i + 1)) >= 0;
      if ("\\[](){}.*+?^$|".indexOf(c) >= 0 || optional) {
        break;
      }
      literal.append(c);
    }
    return literal.toString();
  }

  private static String replace(String text, Rule rule) {
    Matcher m = rule.form().matcher(text);
    if (!m.find()) {
      return text;
    }
    StringBuilder out = new StringBuilder();
    do {
      String found = m.group();
      m.appendReplacement(out, Matcher.quoteReplacement(isAcronym(found) ? found : rule.standard()));
    } while (m.find());
    m.appendTail(out);
    return out.toString();
  }

  /** Two letters or more, all capitals and nothing else ("DS", "PR", "MM"): an acronym, not shorthand. */
  private static boolean isAcronym(String word) {
    return word.length() >= 2 && word.chars().allMatch(Character::isLetter)
        && word.equals(word.toUpperCase(Locale.ROOT));
  }
}
