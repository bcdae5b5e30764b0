package fr.permanence.legi;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Streams a legi-data code file or a kali-data agreement file ({@code {data, type, children:
 * [...]}} nodes of type code or "convention collective", section and article) and hands each
 * article to a consumer with the titles above it. Only one article is held in memory at a time.
 */
final class LegiCodeReader {
  /** Root type of a legi-data code. */
  static final String CODE = "code";
  /** Root type of a kali-data agreement. */
  static final String AGREEMENT = "convention collective";

  /** What the root node says about the code or agreement ({@code num} is an agreement's IDCC). */
  record Code(String id, String title, String versionDate, String num, String shortTitle) {}

  /** The file is JSON but not a legi-data code tree; the message says what was found. */
  static final class NotACodeException extends IOException {
    private static final long serialVersionUID = 1L;

    NotACodeException(String message) {
      super(message);
    }
  }

  private final ObjectMapper mapper;
  private final String rootType;

  /** @param rootType the root node's type: {@link #CODE} or {@link #AGREEMENT} */
  LegiCodeReader(ObjectMapper mapper, String rootType) {
    this.mapper = mapper;
    this.rootType = rootType;
  }

  /** Reads one code tree from {@code in} (left open) and returns what its root says. */
  Code read(InputStream in, Consumer<LegiArticle> articles) throws IOException {
    try (JsonParser parser = mapper.getFactory().createParser(in)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new NotACodeException("le fichier ne commence pas par un objet JSON");
      }
      Code[] root = new Code[1];
      node(parser, List.of(), true, articles, root);
      if (root[0] == null) {
        throw new NotACodeException("la racine n'est pas de type « " + rootType + " »");
      }
      return root[0];
    }
  }

  private void node(JsonParser parser, List<String> parents, boolean isRoot, Consumer<LegiArticle> articles,
      Code[] root) throws IOException {
    JsonNode data = null;
    String type = null;
    for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
      if (token != JsonToken.FIELD_NAME) {
        throw new NotACodeException("structure inattendue près de la ligne " + parser.currentLocation().getLineNr());
      }
      String field = parser.currentName();
      JsonToken value = parser.nextToken();
      switch (field) {
        case "data" -> data = parser.readValueAsTree();
        case "type" -> type = parser.getValueAsString();
        case "children" -> {
          if (value != JsonToken.START_ARRAY) {
            throw new NotACodeException("« children » n'est pas une liste, ligne " + parser.currentLocation().getLineNr());
          }
          if (data == null) {
            // The package always writes "data" first; a tree without it cannot give the sections' titles.
            throw new NotACodeException("« children » avant « data », ligne " + parser.currentLocation().getLineNr());
          }
          List<String> path = isRoot ? List.of() : append(parents, title(data));
          for (JsonToken child = parser.nextToken(); child != JsonToken.END_ARRAY; child = parser.nextToken()) {
            if (child != JsonToken.START_OBJECT) {
              throw new NotACodeException("élément de « children » qui n'est pas un objet, ligne "
                  + parser.currentLocation().getLineNr());
            }
            node(parser, path, false, articles, root);
          }
        }
        default -> parser.skipChildren();
      }
    }
    if (data == null) {
      throw new NotACodeException("nœud sans « data », ligne " + parser.currentLocation().getLineNr());
    }
    if (isRoot) {
      if (rootType.equals(type)) {
        root[0] = new Code(text(data, "id"), title(data), text(data, "dateDebutVersion"), text(data, "num"),
            text(data, "shortTitle"));
      }
    } else if ("article".equals(type)) {
      articles.accept(article(data, parents));
    }
  }

  private static LegiArticle article(JsonNode data, List<String> path) {
    String html = text(data, "texteHtml");
    if (html.isBlank()) {
      html = text(data, "content"); // kali-data
    }
    if (html.isBlank()) {
      html = text(data, "texte"); // plain text is valid HTML without tags
    }
    return new LegiArticle(text(data, "num"), text(data, "id"), text(data, "etat"),
        day(data.path("dateDebut"), LocalDate.MIN), day(data.path("dateFin"), LocalDate.MAX), html, path,
        ArticleNumber.collapse(text(data, "surtitre")));
  }

  /** Dates are epoch milliseconds at midnight UTC in the package; {@code missing} stands for none. */
  private static LocalDate day(JsonNode millis, LocalDate missing) {
    if (millis.isNumber()) {
      return LocalDate.ofInstant(Instant.ofEpochMilli(millis.asLong()), ZoneOffset.UTC);
    }
    if (millis.isTextual() && !millis.asText().isBlank()) {
      return LocalDate.parse(millis.asText().substring(0, Math.min(10, millis.asText().length())));
    }
    return missing;
  }

  /** A section title on one line, without the package's trailing spaces and full stop. */
  static String title(JsonNode data) {
    String title = ArticleNumber.collapse(text(data, "title"));
    return title.endsWith(".") && !title.endsWith("..") ? title.substring(0, title.length() - 1).strip() : title;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? "" : value.asText();
  }

  private static List<String> append(List<String> parents, String title) {
    List<String> path = new ArrayList<>(parents.size() + 1);
    path.addAll(parents);
    path.add(title);
    return List.copyOf(path);
  }
}
