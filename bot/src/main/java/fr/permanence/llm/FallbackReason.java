package fr.permanence.llm;

/**
 * Why a generated answer was not shown and the extractive answer was shown instead. The code
 * ends the answer's mode ({@code fallback:misquote}) so the question log can count them.
 */
public enum FallbackReason {
  TIMEOUT("timeout", "le modèle n'a pas répondu à temps"),
  UNREACHABLE("unreachable", "le modèle est injoignable"),
  HTTP_ERROR("http-error", "le service du modèle a renvoyé une erreur"),
  MALFORMED("malformed", "la réponse du modèle est illisible"),
  ERROR("error", "l'appel au modèle a échoué"),
  UNKNOWN_CITATION("unknown-citation", "la réponse cite un passage qui n'existe pas"),
  UNCITED_CLAIM("uncited-claim", "la réponse contient une affirmation sans citation"),
  MISQUOTE("misquote", "la réponse cite entre guillemets des mots absents du passage cité"),
  REFUSAL("refusal", "le modèle n'a pas répondu alors que la recherche avait trouvé des passages fiables"),
  TOO_LONG("too-long", "la réponse ne tient pas dans la limite de longueur");

  private final String code;
  private final String description;

  FallbackReason(String code, String description) {
    this.code = code;
    this.description = description;
  }

  /** Short stable code, as in {@code fallback:<code>}. */
  public String code() {
    return code;
  }

  /** What happened, in French. */
  public String description() {
    return description;
  }

  /** The answer mode recording this fallback. */
  public String mode() {
    return "fallback:" + code;
  }
}
