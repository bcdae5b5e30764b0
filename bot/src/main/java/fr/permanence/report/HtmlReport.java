package fr.permanence.report;

import fr.permanence.text.Plural;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The review as one self-contained HTML page: inline CSS and SVG, no script, no font, no link
 * to fetch; readable on a phone. Members' words are escaped, their control characters made
 * visible, their direction isolated ({@code <bdi>}), and long ones folded.
 */
final class HtmlReport {
  /** Wordings longer than this (in code points) are folded behind their beginning. */
  private static final int FOLD_OVER = 400;
  /** A run this long without a space cannot fit a phone's line (about 35 characters at 16 px on 390 px). */
  private static final Pattern LONG_WORD = Pattern.compile("\\S{30,}");
  /** How much of a folded wording shows. */
  private static final int FOLDED_PREVIEW = 160;

  private static final String CSS = """
      :root{color-scheme:light;--ink:#1d2430;--muted:#5b6472;--line:#dde1e7;--blue:%s;--red:%s}
      *{box-sizing:border-box}
      body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:#f6f7f9}
      main{max-width:72rem;margin:0 auto;padding:1rem}
      h1{font-size:1.5rem;margin:.5rem 0}h2{font-size:1.2rem;margin:2rem 0 .5rem;border-bottom:2px solid var(--line)}
      .muted{color:var(--muted)}
      .figures{display:grid;grid-template-columns:repeat(auto-fit,minmax(9rem,1fr));gap:.6rem;margin:1rem 0}
      .figure{background:#fff;border:1px solid var(--line);border-radius:.5rem;padding:.6rem}
      .figure b{display:block;font-size:1.4rem}
      .chart{width:100%%;height:auto;display:block;background:#fff;border:1px solid var(--line);border-radius:.5rem}
      .chart text{font:12px system-ui,sans-serif;fill:var(--muted)}
      .chart.bars{max-width:30rem}
      #question-list td:first-child{min-width:6.5rem}
      #question-list td:nth-child(2){min-width:15rem}
      #question-list td:last-child{min-width:11rem}
      .legend span{display:inline-block;width:.8rem;height:.8rem;margin:0 .3rem 0 .8rem;vertical-align:middle}
      .group{background:#fff;border:1px solid var(--line);border-left:4px solid var(--blue);border-radius:.5rem;padding:.6rem .8rem;margin:.6rem 0}
      .gap .group{border-left-color:var(--red)}
      .group h3{font-size:1rem;margin:0 0 .3rem}
      .count{display:inline-block;min-width:2.2rem;text-align:center;background:var(--blue);color:#fff;border-radius:1rem;padding:0 .5rem;margin-right:.4rem}
      .gap .count{background:var(--red)}
      ul{margin:.3rem 0;padding-left:1.2rem}
      .wording,bdi,td,li,summary{overflow-wrap:break-word;white-space:pre-wrap}
      .unbroken{word-break:break-all}
      .filters{display:grid;grid-template-columns:repeat(auto-fit,minmax(12rem,1fr));gap:.5rem;margin:.5rem 0;background:#fff;border:1px solid var(--line);border-radius:.5rem;padding:.6rem}
      .filters input,.filters select{width:100%%;font:inherit;padding:.3rem;border:1px solid #b8bfca;border-radius:.3rem;background:#fff}
      .filters label{font-size:.9rem;color:var(--muted)}
      .filters .search{grid-column:1/-1}
      .flag{display:inline-block;background:#fde8c8;color:#7a4200;border-radius:.8rem;padding:0 .45rem;margin:.1rem .2rem .1rem 0;font-size:.85rem}
      .theme{display:inline-block;background:#e4eef8;color:#15406b;border-radius:.8rem;padding:0 .45rem;margin:.1rem .2rem .1rem 0;font-size:.85rem}
      .answer{background:#f6f7f9;border-left:3px solid var(--line);padding:.3rem .6rem;margin:.3rem 0}
      .up{color:#1d7a3a}.down{color:var(--red)}
      .handled{border-left-color:#1d7a3a!important}
      .now{color:#1d7a3a;font-weight:600}
      @media (max-width:40rem){
        #question-list thead{display:none}
        #question-list,#question-list tbody,#question-list tr,#question-list td{display:block;width:100%%}
        #question-list tr{border:1px solid var(--line);border-radius:.5rem;margin:.5rem 0;background:#fff}
        #question-list td{border:none;padding:.2rem .6rem}
        #question-list td[data-label]::before{content:attr(data-label) " : ";font-weight:600;color:var(--muted)}
        #question-list tr[hidden],#question-list td:empty{display:none}
        #themes-table th,#themes-table td{padding:.2rem .3rem;font-size:.8rem;hyphens:auto}
        /* On a phone the chart above gives each theme's trend: the table keeps counts only. */
        #themes-table th:nth-child(3),#themes-table td:nth-child(3),#themes-table th:nth-child(4),#themes-table td:nth-child(4){display:none}
      }
      details summary{cursor:pointer}
      .table{overflow-x:auto}
      table{border-collapse:collapse;width:100%%;background:#fff}
      th,td{border:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}
      footer{margin:2rem 0 1rem;font-size:.9rem;color:var(--muted)}
      """.formatted(SvgCharts.ANSWERED, SvgCharts.UNANSWERED);

  private final Review review;
  private final StringBuilder out = new StringBuilder(64 * 1024);

  HtmlReport(Review review) {
    this.review = review;
  }

  String render() {
    String title = "Bilan des questions " + Texts.period(review);
    out.append("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(Texts.html(title)).append("</title>\n<style>").append(CSS).append("</style>\n")
        .append("</head>\n<body>\n<main>\n")
        .append("<h1>Bilan des questions à la permanence</h1>\n<p class=\"muted\">")
        .append(Texts.html(Texts.period(review))).append("</p>\n");
    figures();
    themes();
    volume();
    questionList();
    gaps();
    groups("recurring", "", "Questions récurrentes", review.recurring(),
        "Aucune question posée plus d'une fois sur la période.",
        "Questions de même formulation ou auxquelles le bot a répondu par le même passage.");
    badlyRated();
    sources();
    out.append("<footer>Les membres n'apparaissent que sous pseudonyme ; le journal est effacé au bout de sa durée de"
        + " conservation et chacun peut demander l'effacement de ses questions (commande oubli).</footer>\n")
        .append("</main>\n<script>").append(SCRIPT).append("</script>\n</body>\n</html>\n");
    return out.toString();
  }

  private void figures() {
    out.append("<section class=\"figures\">\n");
    figure(Texts.number(review.total()), Plural.form(review.total(), "question", "questions"));
    figure(review.answeredPercent() + " %", "avec réponse");
    figure(Texts.number(review.members()), Plural.form(review.members(), "membre", "membres"));
    figure(review.satisfactionPercent() < 0 ? "—" : review.satisfactionPercent() + " %",
        "satisfaits (" + review.up() + " 👍, " + review.down() + " 👎)");
    figure(Texts.number(review.flagged()), "réponses probablement fausses");
    figure(Texts.latency(review.medianLatencyMicros()), "délai médian de réponse");
    out.append("</section>\n");
  }

  private void figure(String value, String label) {
    out.append("<div class=\"figure\"><b>").append(Texts.html(value)).append("</b>")
        .append(Texts.html(label)).append("</div>\n");
  }

  private void volume() {
    out.append("<section id=\"volume\">\n<h2>Questions par ").append(review.weekly() ? "semaine" : "jour")
        .append("</h2>\n").append(SvgCharts.volume(review.volume(), review.weekly())).append('\n')
        .append("<p class=\"legend muted\"><span style=\"background:").append(SvgCharts.ANSWERED)
        .append("\"></span>avec réponse<span style=\"background:").append(SvgCharts.UNANSWERED)
        .append("\"></span>sans réponse</p>\n</section>\n");
  }

  private void groups(String id, String cssClass, String title, List<QuestionGroup> groups, String none, String intro) {
    out.append("<section id=\"").append(id).append("\" class=\"groups").append(cssClass).append("\">\n<h2>")
        .append(Texts.html(title)).append("</h2>\n");
    if (groups.isEmpty()) {
      out.append("<p class=\"muted\">").append(Texts.html(none)).append("</p>\n</section>\n");
      return;
    }
    out.append("<p class=\"muted\">").append(Texts.html(intro)).append("</p>\n");
    for (QuestionGroup g : groups) {
      out.append("<article class=\"group\">\n<h3><span class=\"count\">").append(g.count()).append("</span>")
          .append(wording(g.label())).append("</h3>\n<p class=\"muted\">")
          .append(Texts.html(Texts.count(g.members(), "membre", "membres") + " · "
              + Texts.satisfaction(g.satisfactionPercent(), g.up(), g.down())))
          .append("</p>\n");
      if (g.examples().size() > 1) {
        out.append("<p>Autres formulations :</p>\n<ul>\n");
        for (String example : g.examples().subList(1, g.examples().size())) {
          out.append("<li>").append(wording(example)).append("</li>\n");
        }
        out.append("</ul>\n");
      }
      if (!g.passages().isEmpty()) {
        out.append("<p>Passages cités :</p>\n<ul>\n");
        for (Tally p : g.passages()) {
          out.append("<li>").append(Texts.html(Texts.visible(p.label(), false))).append(" — ")
              .append(Texts.count(p.count(), "fois", "fois")).append("</li>\n");
        }
        out.append("</ul>\n");
      }
      out.append("</article>\n");
    }
    out.append("</section>\n");
  }

  private void badlyRated() {
    if (!section("badly-rated", "", "Réponses mal notées", review.badlyRated().isEmpty(),
        "Aucune réponse notée 👎 sur la période.")) {
      return;
    }
    out.append("<div class=\"table\"><table>\n<thead><tr><th>Question</th><th>Avis</th><th>Raisons</th>"
        + "<th>Passages cités</th></tr></thead>\n<tbody>\n");
    for (Review.RatedAnswer a : review.badlyRated()) {
      out.append("<tr><td>").append(wording(a.question())).append("<br><small class=\"muted\">")
          .append(Texts.html(Texts.moment(a.at(), review.zone()) + " · " + a.mode())).append("</small></td><td>")
          .append(a.down()).append(" 👎");
      if (a.up() > 0) {
        out.append(", ").append(a.up()).append(" 👍");
      }
      out.append("</td><td>");
      for (String reason : a.reasons()) {
        out.append(wording(reason)).append("<br>");
      }
      out.append("</td><td>");
      for (String passage : a.passages()) {
        out.append(Texts.html(Texts.visible(passage, false))).append("<br>");
      }
      out.append("</td></tr>\n");
    }
    out.append("</tbody>\n</table></div>\n</section>\n");
  }

  private void sources() {
    out.append("<section id=\"sources\">\n<h2>Documents les plus cités</h2>\n");
    if (review.documents().isEmpty()) {
      out.append("<p class=\"muted\">Aucun document cité sur la période.</p>\n");
    } else {
      out.append(SvgCharts.bars("chart-documents", "Documents cités, en nombre de questions", review.documents()))
          .append('\n');
    }
    out.append("<h2>Articles du Code du travail les plus cités</h2>\n");
    if (review.articles().isEmpty()) {
      out.append("<p class=\"muted\">Aucun article cité sur la période.</p>\n");
    } else {
      out.append(SvgCharts.bars("chart-articles", "Articles cités, en nombre de questions", review.articles()))
          .append('\n');
    }
    out.append("</section>\n");
  }

  /** Inline filtering of the question list: no server, no external script. */
  private static final String SCRIPT = """
      (function(){
      function $(id){return document.getElementById(id);}
      function norm(s){return s.normalize('NFD').replace(/[\\u0300-\\u036f]/g,'').toLowerCase();}
      var rows=[].slice.call(document.querySelectorAll('#question-list tbody tr'));
      rows.forEach(function(r){r._text=norm(r.textContent);});
      var ids=['f-search','f-from','f-to','f-theme','f-platform','f-outcome','f-rating','f-flagged','f-doc'];
      function apply(){
        var words=norm($('f-search').value).split(/\\s+/).filter(Boolean);
        var from=$('f-from').value,to=$('f-to').value,th=$('f-theme').value,pl=$('f-platform').value;
        var oc=$('f-outcome').value,ra=$('f-rating').value,fl=$('f-flagged').checked,doc=$('f-doc').value,n=0;
        rows.forEach(function(r){var d=r.dataset;
          var ok=words.every(function(w){return r._text.indexOf(w)>=0;})
            &&(!from||d.day>=from)&&(!to||d.day<=to)
            &&(!th||d.themes.indexOf('|'+th+'|')>=0)&&(!pl||d.platform===pl)&&(!oc||d.outcome===oc)
            &&(!ra||(ra==='rated'?d.rating!=='none':d.rating===ra))&&(!fl||d.flagged==='1')
            &&(!doc||d.docs.indexOf('|'+doc+'|')>=0);
          r.hidden=!ok;if(ok){n++;}});
        $('f-shown').textContent=n+(n>1?' questions affichées':' question affichée')+' sur '+rows.length;
      }
      ids.forEach(function(id){$(id).addEventListener('input',apply);$(id).addEventListener('change',apply);});
      apply();
      })();
      """;

  /**
   * Opens a section with its heading; when it has nothing to show, says so and closes it.
   *
   * @return whether the section is open for its content
   */
  private boolean section(String id, String cssClass, String title, boolean empty, String none) {
    out.append("<section id=\"").append(id).append('"');
    if (!cssClass.isEmpty()) {
      out.append(" class=\"").append(cssClass).append('"');
    }
    out.append(">\n<h2>").append(Texts.html(title)).append("</h2>\n");
    if (empty) {
      out.append("<p class=\"muted\">").append(Texts.html(none)).append("</p>\n</section>\n");
      return false;
    }
    return true;
  }

  private void themes() {
    if (!section("themes", "", "Thèmes", review.themes().isEmpty(), "Aucune question sur la période.")) {
      return;
    }
    out.append("<p class=\"muted\">Thèmes tirés des mots des questions et, pour celles qui ont reçu une réponse, du plan du"
        + " Code du travail ou des sections des documents cités ; une question peut relever de plusieurs thèmes."
        + " Évolution par rapport aux ").append(Texts.html(Texts.count(review.periodDays(), "jour", "jours")))
        .append(" précédents.</p>\n");
    out.append(SvgCharts.themes(review.themes())).append('\n');
    out.append("<div class=\"table\"><table id=\"themes-table\">\n<thead><tr><th>Thème</th><th>Questions</th>"
        + "<th>Évolution</th><th>Période précédente</th><th>Sans réponse</th><th>Signalées</th></tr></thead>\n<tbody>\n");
    for (Review.ThemeCount t : review.themes()) {
      out.append("<tr><td>").append(Texts.html(t.theme())).append("</td><td>").append(t.count()).append("</td><td>")
          .append(Texts.html(t.trend())).append("</td><td>").append(t.previous()).append("</td><td>")
          .append(t.unanswered()).append("</td><td>").append(t.flagged()).append("</td></tr>\n");
    }
    out.append("</tbody>\n</table></div>\n</section>\n");
  }

  private void questionList() {
    List<QuestionEntry> entries = review.entries();
    if (!section("questions", "", "Toutes les questions", entries.isEmpty(), "Aucune question sur la période.")) {
      return;
    }
    out.append("<form class=\"filters\" role=\"search\" onsubmit=\"return false\">\n")
        .append("<label class=\"search\">Rechercher (question, réponse, sources)<input type=\"search\" id=\"f-search\""
            + " placeholder=\"par exemple : télétravail\"></label>\n")
        .append("<label>Du<input type=\"date\" id=\"f-from\"></label>\n<label>Au<input type=\"date\" id=\"f-to\"></label>\n");
    select("f-theme", "Thème", "Tous les thèmes", entries.stream().flatMap(e -> e.themes().stream()).distinct().sorted().toList());
    select("f-platform", "Plateforme", "Toutes", entries.stream().map(e -> e.question().platform()).distinct().sorted().toList());
    out.append("<label>Issue<select id=\"f-outcome\"><option value=\"\">Toutes</option>"
        + "<option value=\"answered\">répondues</option><option value=\"unanswered\">sans réponse</option>"
        + "<option value=\"noise\">hors question</option></select></label>\n")
        .append("<label>Avis<select id=\"f-rating\"><option value=\"\">Notées ou non</option>"
            + "<option value=\"rated\">notées</option><option value=\"up\">👍</option><option value=\"down\">👎</option>"
            + "<option value=\"none\">non notées</option></select></label>\n")
        .append("<label><input type=\"checkbox\" id=\"f-flagged\" style=\"width:auto\"> probablement fausses seulement</label>\n");
    select("f-doc", "Document cité", "Tous", entries.stream().flatMap(e -> e.documents().stream()).distinct().sorted().toList());
    out.append("</form>\n<p id=\"f-shown\" class=\"muted\" aria-live=\"polite\"></p>\n")
        .append("<div class=\"table\"><table id=\"question-list\">\n<thead><tr><th>Date</th>"
            + "<th>Question</th><th>Thèmes</th><th>Issue</th><th>Avis</th><th>Signalements</th><th>Sources</th></tr></thead>\n<tbody>\n");
    for (int i = entries.size() - 1; i >= 0; i--) {
      row(entries.get(i));
    }
    out.append("</tbody>\n</table></div>\n</section>\n");
  }

  private void select(String id, String label, String all, List<String> values) {
    out.append("<label>").append(Texts.html(label)).append("<select id=\"").append(id).append("\"><option value=\"\">")
        .append(Texts.html(all)).append("</option>");
    for (String v : values) {
      out.append("<option>").append(Texts.html(Texts.visible(v, false))).append("</option>");
    }
    out.append("</select></label>\n");
  }

  private void row(QuestionEntry e) {
    LoggedQuestion q = e.question();
    String outcome = switch (e.outcome()) {
      case ANSWERED -> "answered";
      case UNANSWERED -> "unanswered";
      case NOISE -> "noise";
    };
    String rating = q.down() > 0 ? "down" : q.up() > 0 ? "up" : "none";
    out.append("<tr data-day=\"").append(q.at().atZone(review.zone()).toLocalDate()).append("\" data-themes=\"|")
        .append(attr(String.join("|", e.themes()))).append("|\" data-platform=\"").append(attr(q.platform()))
        .append("\" data-outcome=\"").append(outcome).append("\" data-rating=\"").append(rating)
        .append("\" data-flagged=\"").append(e.flags().isEmpty() ? "0" : "1").append("\" data-docs=\"|")
        .append(attr(String.join("|", e.documents()))).append("|\">");
    out.append("<td data-label=\"Date\">").append(Texts.html(Texts.moment(q.at(), review.zone())))
        .append("<br><small class=\"muted\">").append(Texts.html(q.platform())).append("</small></td>")
        .append("<td data-label=\"Question\">").append(wording(q.text()));
    if (!q.answer().isBlank()) {
      out.append("<details><summary>Réponse envoyée</summary><div class=\"answer\">").append(wording(q.answer()))
          .append("</div></details>");
    }
    out.append("</td><td data-label=\"Thèmes\">");
    for (String t : e.themes()) {
      out.append("<span class=\"theme\">").append(Texts.html(t)).append("</span>");
    }
    out.append("</td><td data-label=\"Issue\">").append(Texts.html(e.outcome().label())).append("</td>")
        .append("<td data-label=\"Avis\">");
    if (q.up() > 0) {
      out.append("<span class=\"up\">").append(q.up()).append(" 👍</span> ");
    }
    if (q.down() > 0) {
      out.append("<span class=\"down\">").append(q.down()).append(" 👎</span>");
      for (String reason : q.reasons()) {
        out.append("<br>").append(wording(reason));
      }
    }
    out.append("</td><td data-label=\"Signalements\">");
    for (Flag f : Flag.values()) {
      if (e.flags().contains(f)) {
        out.append("<span class=\"flag\">").append(Texts.html(f.label())).append("</span>");
      }
    }
    out.append("</td><td data-label=\"Sources\">");
    for (String source : e.sources()) {
      out.append(Texts.html(Texts.visible(source, false))).append("<br>");
    }
    out.append("</td></tr>\n");
  }

  private static String attr(String value) {
    return Texts.html(Texts.visible(value, false));
  }

  private void gaps() {
    if (section("unanswered", "groups gap", "Questions sans réponse", review.openGaps().isEmpty(),
        review.handledGaps().isEmpty() ? "Le bot a trouvé une réponse à toutes les questions de la période."
            : "Tous les sujets sans réponse de la période sont traités.")) {
      out.append("<p class=\"muted\">Regroupées par thème et par formulation (les commandes et mots isolés sont écartés)."
          + (review.reasked() ? " Chaque question a été reposée à l'index d'aujourd'hui : « répondue maintenant » dit"
              + " qu'un document ajouté depuis couvre le sujet." : "")
          + " Pour marquer un sujet traité : <code>formateurs traite ID note</code> dans le chat, ou"
          + " <code>./permanence report gap handled ID \"note\"</code>.</p>\n");
      review.openGaps().forEach(this::gap);
      out.append("</section>\n");
    }
    if (!review.handledGaps().isEmpty()) {
      section("handled", "groups gap", "Sujets traités", false, "");
      out.append("<p class=\"muted\">Sujets sans réponse que des formateurs ont marqués comme traités, avec leur note.</p>\n");
      review.handledGaps().forEach(this::gap);
      out.append("</section>\n");
    }
  }

  private void gap(Review.Gap gap) {
    QuestionGroup g = gap.group();
    out.append("<article class=\"group").append(gap.handled() ? " handled" : "").append("\" id=\"")
        .append(gap.id()).append("\">\n<h3><span class=\"count\">").append(g.count()).append("</span>")
        .append(wording(g.label())).append("</h3>\n<p class=\"muted\"><span class=\"theme\">")
        .append(Texts.html(gap.theme())).append("</span> ").append(Texts.html(Texts.count(g.members(), "membre", "membres")))
        .append(" · ").append(gap.id()).append("</p>\n");
    if (g.examples().size() > 1) {
      out.append("<ul>\n");
      for (String example : g.examples().subList(1, g.examples().size())) {
        out.append("<li>").append(wording(example)).append("</li>\n");
      }
      out.append("</ul>\n");
    }
    if (gap.answeredNow() > 0) {
      out.append("<p class=\"now\">Répondue maintenant (")
          .append(Texts.count(gap.answeredNow(), "formulation", "formulations")).append(") : ")
          .append(Texts.html(Texts.visible(String.join(" ; ", gap.nowSources()), false))).append("</p>\n");
    } else if (review.reasked()) {
      out.append("<p class=\"muted\">Toujours sans réponse avec l'index d'aujourd'hui.</p>\n");
    }
    if (gap.handled()) {
      out.append("<p>Traité le ").append(Texts.html(Texts.day(gap.handledAt(), review.zone()))).append(" : ")
          .append(wording(gap.handledNote())).append("</p>\n");
    }
    out.append("</article>\n");
  }

  /** A member's words: escaped, controls visible, direction isolated, folded when long. */
  private static String wording(String text) {
    String visible = Texts.visible(text.strip(), true);
    int length = Texts.codePoints(visible);
    // Only a word too long for any line may be broken anywhere; ordinary words wrap between words.
    String cls = LONG_WORD.matcher(visible).find() ? "wording unbroken" : "wording";
    if (length <= FOLD_OVER) {
      return "<bdi class=\"" + cls + "\">" + Texts.html(visible) + "</bdi>";
    }
    return "<details><summary><bdi class=\"" + cls + "\">" + Texts.html(Texts.shorten(visible, FOLDED_PREVIEW))
        + "</bdi> (" + Texts.number(length) + " caractères)</summary><bdi class=\"" + cls + "\">" + Texts.html(visible)
        + "</bdi></details>";
  }
}
