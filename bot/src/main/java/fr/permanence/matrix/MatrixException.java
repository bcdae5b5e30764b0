package fr.permanence.matrix;

/** A homeserver's refusal: HTTP status, Matrix error code and message, and the request concerned. */
public final class MatrixException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;
  private final String errcode;

  public MatrixException(String request, int status, String errcode, String error) {
    super(request + " → HTTP " + status + " " + errcode + ": " + error);
    this.status = status;
    this.errcode = errcode;
  }

  public int status() {
    return status;
  }

  public String errcode() {
    return errcode;
  }

  /**
   * Whether trying again later may succeed: server and gateway errors, and a rate limit still in
   * force after the client's own retries. Anything else (403, 404, 400…) is an answer.
   */
  public boolean transientFailure() {
    return status >= 500 || status == 429;
  }

  /**
   * Whether the access token is refused: revoked (the session was logged out), expired or wrong.
   * Only a person can give the bot a new one.
   */
  public boolean unknownToken() {
    return status == 401 || "M_UNKNOWN_TOKEN".equals(errcode) || "M_MISSING_TOKEN".equals(errcode);
  }
}
