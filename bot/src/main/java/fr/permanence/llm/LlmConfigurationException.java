package fr.permanence.llm;

/** The language-model settings cannot be used; the message says in French what to fix. */
public final class LlmConfigurationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public LlmConfigurationException(String message) {
    super(message);
  }

  public LlmConfigurationException(String message, Throwable cause) {
    super(message, cause);
  }
}
